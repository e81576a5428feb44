"""The top speaker of an article, second pass (issue 12, helper top12b, session 12), on
sentences written for these tests (fictional names and events): quotes of the main
person that a construction hid ("said that, if the reports are true, ...")."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import extract_quotes


def quotes(text: str) -> pd.DataFrame:
    return extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))


@pytest.mark.parametrize(
    "text",
    [
        "Mira Tallon said that, if the reports are true, the dam is unsafe.",
        "Mira Tallon, head of the Northern Water Agency, said in a statement Wednesday that, "
        "if its claims are true, the dam is unsafe.",
        "Mira Tallon said Wednesday that, when the claims were checked, the dam was unsafe.",
    ],
)
def test_that_then_comma_opens_the_content(text):
    q = quotes(text)
    assert list(q["speaker"]) == ["Mira Tallon"]
    assert q["quote"].iloc[0].endswith("the dam is unsafe") or q["quote"].iloc[0].endswith(
        "the dam was unsafe"
    )


def test_comma_after_content_still_ends_it():
    q = quotes('"We won," Lee Park said, and Kim Dow claimed that the vote was fair.')
    assert list(q["speaker"]) == ["Lee Park", "Kim Dow"]
    assert list(q["quote"]) == ["We won", "the vote was fair"]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            '"Our ideas of success are different," agrees Lina Morrow, 30, of Dayton.',
            "Lina Morrow",
            "agrees",
        ),
        ('"This is fantastic!" beamed Ed Hale of Dayton, who came early.', "Ed Hale", "beamed"),
        ('"Is the mayor profiling voters?" reacted Tom Vance.', "Tom Vance", "reacted"),
    ],
)
def test_unlisted_verb_before_the_speaker_after_a_quotation(text, speaker, cue):
    q = quotes(text)
    assert list(q["speaker"]) == [speaker]
    assert list(q["cue"]) == [cue]


@pytest.mark.parametrize(
    "text",
    [
        '"Scandal," stars Kerry Wash.',  # a title, not a quotation
        '"We are all set." Lee Park walked out.',  # no comma, "!" or "?" before the verb
    ],
)
def test_unlisted_verb_after_short_title_is_no_frame(text):
    assert quotes(text).empty


def test_lead_subordinate_clause_ends_at_its_comma_before_a_colon_quotation():
    q = quotes(
        "When Hale suggested that the city would sue the state, Ray fired back: "
        '"If they sue us in a court in Dayton, they will lose."'
    )
    assert list(q["speaker"]) == ["Hale", "Ray"]
    assert q["quote"].iloc[0] == "the city would sue the state"


def test_lead_subordinate_clause_ends_at_a_quoted_comma():
    q = quotes('While Hale said the plan "will fail," others disagreed.')
    assert list(q["speaker"]) == ["Hale"]
    assert "disagreed" not in q["quote"].iloc[0]


def test_opening_reporting_participle_is_no_name():
    q = quotes(
        "Sen. Tom Vance spoke in Leeds on Friday. Conceding that there would be a deal "
        '"down the line" he warned: "It is not going to happen any time soon."'
    )
    assert list(q["speaker"]) == ["Tom Vance"]


def test_honorific_after_a_sentence_opener_keeps_its_gender():
    text = (
        "Tom Pell, a former congressman, visited the mansion. President Ed Marsh greeted "
        'him warmly. "I thought we had patched it up," Mr. Pell said. But Mrs. Marsh, who '
        'was distracted by another guest, was not as friendly. "There was some iciness '
        'there," he said.'
    )
    assert list(quotes(text)["speaker"]) == ["Tom Pell", "Tom Pell"]


def test_a_convention_is_no_antecedent_of_he():
    text = (
        "One claim of President Tom Vale's speech to the Unity National Convention on "
        "Monday night does not hold up.\n\nHe told his audience, to loud applause:\n\n"
        '"Nobody has ever been more qualified than my friend to serve as mayor."'
    )
    assert list(quotes(text)["speaker"]) == ["Tom Vale"]


@pytest.mark.parametrize(
    "text",
    [
        "Lee Ray has backed more visas but has since said he now believes the system needs reform.",
        "Lee Ray, the senator, has repeatedly promised to cut taxes for small farms.",
        "Lee Ray backed more visas, and has also said he now believes the system needs reform.",
    ],
)
def test_cue_after_conjunction_and_two_adverbs(text):
    assert list(quotes(text)["speaker"]) == ["Lee Ray"]


@pytest.mark.parametrize(
    "text",
    [
        "It was less than three years ago that Oren Bask, who is thinking about running for "
        "governor, said it was impossible for him to win.",
        "It was three years ago that Oren Bask, the mayor, said it was impossible for him to win.",
    ],
)
def test_name_after_that_with_an_apposition(text):
    assert list(quotes(text)["speaker"]) == ["Oren Bask"]


def test_present_tense_of_caution_and_quip():
    q = quotes('"We will win," Lee Park quips. Ann Vale cautions that she sees two sides to it.')
    assert list(q["speaker"]) == ["Lee Park", "Ann Vale"]


def test_remarks_after_an_adjective_is_a_noun():
    assert quotes("His Islamophobic remarks loomed large at the debate on Monday.").empty


def test_object_verb_with_a_named_listener_after_a_quotation():
    q = quotes(
        '"Your show is amazing," Peter Vance assured Kolb, after Kolb assured Vance that '
        "most listeners backed him."
    )
    assert list(q["speaker"]) == ["Peter Vance", "Kolb"]


def test_no_break_space_inside_a_name():
    text = (
        "FBI Director Jim\u00a0Corley said the emails were not marked. "
        "Corley added that the server was insecure."
    )
    assert list(quotes(text)["speaker"]) == ["Jim Corley", "Jim Corley"]


def test_time_phrase_without_comma_before_the_subject():
    text = (
        "On Thursday evening Ann Vale delivered her acceptance speech. "
        '"A man you can bait with a tweet is not a man we can trust," said the nominee.'
    )
    assert list(quotes(text)["speaker"]) == ["Ann Vale"]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Vale declined to claim victory - saying that she was relieved at the numbers.",
        "Ann Vale declined to claim victory - only saying that she was relieved at the numbers.",
        "Ann Vale declined to claim victory, only saying that she was relieved at the numbers.",
    ],
)
def test_participle_cue_after_a_spaced_hyphen_or_only(text):
    q = quotes(text)
    assert list(q["speaker"]) == ["Ann Vale"]
    assert list(q["quote"]) == ["she was relieved at the numbers"]


def test_unclosed_dash_before_a_nested_cue_ends_the_content():
    q = quotes(
        "Mira Tallon said in a statement that, if the reports are true, the dam is unsafe "
        '— which she added "is deeply regrettable."'
    )
    assert list(q["speaker"]) == ["Mira Tallon", "Mira Tallon"]
    assert list(q["cue"]) == ["said", "added"]


def test_closed_dash_pair_stays_inside_the_content():
    q = quotes('Mira Tallon said the plan — which she called "a mess" — would fail.')
    assert q["quote"].iloc[0].endswith("would fail")


def test_quotation_framed_by_the_next_sentence():
    q = quotes(
        '"If you are listening, I hope you find the letters." Peter Vance said. Others left.'
    )
    assert list(q["speaker"]) == ["Peter Vance"]


def test_next_sentence_with_another_verb_frames_nothing():
    assert quotes('"If you are listening, I hope you find the letters." Peter Vance left.').empty


def test_titled_name_of_a_place_is_the_person():
    q = quotes(
        '"I do not know where he stands on that," said voter Stephanie Holt of Derry, N.H., '
        "before the barbecue."
    )
    assert list(q["speaker"]) == ["Stephanie Holt"]
