"""left33: fronted adjuncts without a comma, "It" after a body subject, and
other small attribution gaps (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests._quote_rows import speech_rows


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "In Ottawa the minister announced on Wednesday that taxes would fall next year.",
            "the minister",
            "taxes would fall next year",
        ),
        (
            "In a letter the union said it would strike next week.",
            "the union",
            "it would strike next week",
        ),
        (
            "At the meeting the mayor said the bridge would reopen.",
            "the mayor",
            "the bridge would reopen",
        ),
        (
            "Last week the council said it would cut the budget.",
            "the council",
            "it would cut the budget",
        ),
        ("In Toronto the premier said the deal was done.", "the premier", "the deal was done"),
    ],
)
def test_fronted_adjunct_without_comma(text, speaker, quote):
    assert (speaker, quote) in [(s, q) for s, _, q in speech_rows(text)]


def test_fronted_adjunct_keeps_post_modifier():
    rows = speech_rows("In Ottawa a spokesman for the city said the plan was dead.")
    assert [(s, q) for s, _, q in rows] == [("a spokesman for the city", "the plan was dead")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The coroner's jury made 14 recommendations. It said the jail should hire more nurses.",
            "the jury",
        ),
        ("The panel heard from 40 witnesses. It said the rules were too weak.", "the panel"),
        ("The inquest heard from the guards. It said the cell had no camera.", "the inquest"),
        ("The board met on Tuesday. It said fares would rise in June.", "the board"),
    ],
)
def test_it_after_a_body_subject(text, speaker):
    assert [s for s, _, _ in speech_rows(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "In the words of Coun. Ray Dunn: \u201cWe have waited long enough for this bridge.\u201d",
            "Ray Dunn",
            "We have waited long enough for this bridge.",
        ),
        (
            "Ann Roe is the mayor. In the words of Coun. Ray Dunn: \u201cWe have waited long enough.\u201d",
            "Ray Dunn",
            "We have waited long enough.",
        ),
        (
            "In the words of the report: \u201cThe system failed.\u201d",
            "the report",
            "The system failed.",
        ),
    ],
)
def test_in_the_words_of_with_a_colon(text, speaker, quote):
    assert [(s, q) for s, _, q in speech_rows(text)] == [(speaker, quote)]


def test_in_the_words_of_colon_mid_sentence_gives_no_row():
    assert speech_rows("The plan, in the words of Ray Dunn: a mess.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A letter on the desk read \u201cClosed until further notice.\u201d",
            "a letter on the desk",
        ),
        (
            "A letter on the desk reads \u201cClosed until further notice.\u201d",
            "a letter on the desk",
        ),
    ],
)
def test_written_notice_reads_in_any_tense(text, speaker):
    assert [(s, q) for s, _, q in speech_rows(text)] == [(speaker, "Closed until further notice.")]


@pytest.mark.parametrize(
    "text",
    [
        "A sign on the door reads \u201cClosed until further notice.\u201d",
        "A sign on the door read \u201cClosed until further notice.\u201d",
        "The sign read \u201cClosed until further notice.\u201d",
    ],
)
def test_sign_that_reads_gives_no_row(text):
    # left70: the written guidelines (a sign, banner or placard shows words; nobody
    # speaks) win over this file's first convention; a letter keeps its row
    assert speech_rows(text) == []


def test_person_placed_reading_aloud_is_no_written_notice():
    assert speech_rows("The man on the stage read \u201cJobs now.\u201d") == []
