"""The top speaker of an article (issue 12, helper top14, session 14), on sentences
written for these tests (fictional names and events): statements of the main person
that a construction hid, and rows that gave a statement to a phrase that names nobody."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import extract_quotes


def quotes(text: str) -> pd.DataFrame:
    return extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ('"Perpetual motion!" Dale Fenwick, 45, said.', "Perpetual motion!", "said"),
        ('"Is it over?" Dale Fenwick, the mayor, asked.', "Is it over?", "asked"),
        (
            '"Perpetual motion!" Rep. Dale Fenwick, R-Pa., said of the swirl of parties.',
            "Perpetual motion!",
            "said",
        ),
        ('"Why now?" Dale Fenwick, the mayor, wondered aloud.', "Why now?", "wondered"),
    ],
)
def test_exclamation_then_name_with_apposition_and_cue(text, quote, cue):
    q = quotes(text)
    assert list(q["speaker"]) == ["Dale Fenwick"]
    assert list(q["quote"]) == [quote]
    assert list(q["cue"]) == [cue]


def test_exclamation_then_a_sentence_of_its_own_is_no_frame():
    assert quotes('"Stop!" Dale Fenwick, who was tired, left the room.').empty


@pytest.mark.parametrize(
    "text",
    [
        "The lawsuit filed by a former aide named Tom Vark, an Army reserve major who Fenwick "
        "fired in June, alleges a long list of violations by the office.",
        "He also hosts a Sunday radio show, writes a weekly column and teaches.",
    ],
)
def test_object_after_a_comma_and_a_cue_is_no_inverted_speaker(text):
    assert not (quotes(text)["speaker"].str.contains("long list|weekly column")).any()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The plan will fail, said a spokesman for the mayor.", "a spokesman for the mayor"),
        ("The plan will fail, says the campaign.", "the campaign"),
        ("Prices rose 5 percent, said the bank.", "the bank"),
        (
            "Defending the port is within the mayor's reach, said a handful of Dayton "
            "Democrats who know him.",
            "a handful of Dayton Democrats",
        ),
    ],
)
def test_inverted_speaker_after_a_comma_still_found(text, speaker):
    q = quotes(text)
    assert len(q) == 1
    assert q["speaker"].iloc[0].startswith(speaker.split(" of ")[0])


@pytest.mark.parametrize(
    "text",
    [
        "Her campaign has heard what voters are saying, and that she is as strong as ever.",
        "Trailing in the polls, Mr. Fenwick hopes to stop Ms. Ray, denying her a first-ballot "
        "victory at the convention.",
        "Does the candidate get tired and say the wrong thing or make bad decisions?",
    ],
)
def test_no_report_of_speech(text):
    assert quotes(text).empty


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Mr. Fenwick denied her claims that the port was sold.", "her claims that"),
        ("Mr. Fenwick denied that the port was sold.", "the port was sold"),
        ('That is what Lee Park said: "We will win."', "We will win."),
        ("Crews were released, showing what many analysts said was a thaw.", "was a thaw"),
    ],
)
def test_reports_next_to_those_still_found(text, quote):
    q = quotes(text)
    assert len(q) == 1
    assert quote in q["quote"].iloc[0]


@pytest.mark.parametrize(
    "text",
    [
        "Voters know that Ray simply can't do what he promises to do.",
        "Ray will say whatever makes sense at the moment he says it, from farm aid to roads.",
        "Mayor Bob Vance wrote the letter on Monday to the state's legal adviser.",
    ],
)
def test_cue_without_reported_content(text):
    assert quotes(text).empty


def test_promise_with_content_still_found():
    q = quotes("Mayor Ray promised to do better on roads.")
    assert list(q["quote"]) == ["to do better on roads"]


@pytest.mark.parametrize(
    "text",
    [
        "When Robby Vale, Ray’s campaign manager, was asked during a lunch if Ray would hold a "
        "press conference, he laughed and said, “We’ll see.”",
        "When Robby Vale, Ray’s campaign manager was asked if Ray would hold a press "
        "conference, he laughed and said, “We’ll see.”",
    ],
)
def test_main_clause_pronoun_after_an_opening_clause(text):
    q = quotes(text)
    assert list(q["speaker"]) == ["Robby Vale"]
    assert list(q["speaker_mention"]) == ["he"]


def test_opening_clause_subject_still_found():
    q = quotes('When Lee Park thanked the crowd and said, "We won."')
    assert list(q["speaker"]) == ["Lee Park"]


def test_preposition_opening_a_sentence_is_no_given_name():
    text = (
        "Dana Roe spoke to the press on Monday. Given Roe's record, his words will carry "
        'weight. "I will endorse you," he said.'
    )
    assert list(quotes(text)["speaker"]) == ["Dana Roe"]


def test_dateline_before_a_participle_lead():
    q = quotes(
        "BUENA PARK, Calif. - Rallying hundreds of workers who are struggling to get by, "
        "Ann Ray tried here last week to reach them and promised to deliver change."
    )
    assert list(q["speaker"]) == ["Ann Ray"]


def test_deny_a_named_person_something_is_no_speech():
    assert quotes("Sen. Ed Kane denied Carter a final-night photograph of unity.").empty
    q = quotes("Kane denied Monday the claims that he lied.")
    assert list(q["speaker"]) == ["Kane"]


def test_she_is_contracted_subject_is_the_pronoun():
    q = quotes(
        "Mattie Vance, 70, runs a shop. She's a Ray supporter but concedes that most of "
        "her peers love the Vales."
    )
    assert list(q["speaker"]) == ["Mattie Vance"]
    assert list(q["speaker_mention"]) == ["She"]


@pytest.mark.parametrize("dash", [" - ", " — ", "—"])
def test_relative_who_between_dashes(dash):
    text = (
        f'Mayor Dale Fenwick{dash}who previously said he would "close every bridge" in the '
        f"county{dash}said at a rally that the budget was sound."
    )
    q = quotes(text)
    assert list(q["speaker"]) == ["Dale Fenwick", "Dale Fenwick"]
    assert list(q["quote"]) == [
        'he would "close every bridge" in the county',
        "the budget was sound",
    ]


def test_who_after_a_closing_dash_is_not_the_inserted_name():
    text = "The envoy spoke against candidates — like Mayor Dale Fenwick — who say it is over."
    assert "Dale Fenwick" not in list(quotes(text)["speaker"])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "While old Iowa political hands say there is a benefit from the tour, they say "
            "it would have made more sense to visit earlier.",
            "old Iowa political hands",
        ),
        ("When local officials said the road was closed, nobody listened.", "local officials"),
        ("As the Dayton Ledger revealed, the port was sold in May.", "the Dayton Ledger"),
    ],
)
def test_clause_opener_is_no_part_of_the_speaker(text, speaker):
    q = quotes(text)
    assert set(q["speaker"]) == {speaker}


def test_hyphenated_name_at_a_sentence_start_is_no_dateline():
    text = (
        "The shutdown is inflicting pain:\n\nOhio\n\nWDAY-TV: \u201cThe office will stop "
        "transition assistance and close hotlines for veterans.\u201d"
    )
    assert list(quotes(text)["speaker"]) == ["WDAY-TV"]
