"""A clock time's "a.m."/"p.m." before a capitalised word (session 32, bug62).
Sentences written for this test. The period ends the sentence unless the next word
continues the time (resources/time_continuations.txt: weekdays, months, time zones;
a digit; "<Word> time") or the time modifies a noun after a determiner ("the 10:20
p.m. Route 9 bus")."""

import pytest

from analysis.sentences import load_abbreviations, load_time_continuations, split_sentences


def _split(text):
    return split_sentences(text)["text"].tolist()


@pytest.mark.parametrize(
    "text",
    [
        "The count ended shortly after 10 p.m. Turnout was 71 per cent.",
        "The mill closed at 6 a.m. Workers went home.",
        "Doors opened at 7:30 P.M. Mayor Ann Roe spoke first.",
        "The bus left at 11 p.m. Monday's schedule was cancelled.",
        'He said it ended "by 9 p.m." Ann Roe agreed.',
        "It ended at 5 p.m. The crowd left.",
    ],
)
def test_time_ends_the_sentence_before_a_new_one(text):
    assert len(_split(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Polls close at 8 p.m. ET across the province.",
        "The vote is at 5 p.m. Tuesday in the hall.",
        "It opens at 9 a.m. Eastern on Friday.",
        "The launch is set for 7 p.m. Moscow time on Friday.",
        "The hearing starts at 10 a.m. Jan. 3 in Regina.",
        "The hearing starts at 10 a.m. March 3 in Regina.",
        "The flight lands at 6 a.m. GMT on Sunday.",
        "The ferry leaves at 6 a.m. 12 times a week.",
        "She said the 10:20 p.m. Route 9 bus was her only way home.",
        "He took a 6 a.m. Air Canada flight to Halifax.",
    ],
)
def test_time_goes_on(text):
    assert _split(text) == [text]


def test_time_abbreviations_have_their_own_section():
    ab = load_abbreviations()
    assert "p.m" in ab["time"] and "a.m" in ab["time"]
    assert "p.m" not in ab["final"]


def test_time_continuations_list():
    words = load_time_continuations()
    for w in ("Monday", "Tues.", "October", "Sept.", "ET", "MDT", "Pacific"):
        assert w in words
    assert "The" not in words and "Turnout" not in words


def test_other_final_abbreviations_unchanged():
    assert _split("He moved to the U.S. Smith stayed. Then he left.") == [
        "He moved to the U.S. Smith stayed.",
        "Then he left.",
    ]
