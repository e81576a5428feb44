"""Rules from left29: a sentence-opening plural group before a place ("Officials in
Beijing said"), descriptions resolved to the named person they describe, and the
smaller precision fixes of the session. Sentences written for these tests."""

from __future__ import annotations

from _quote_rows import quote_rows, speech_rows


def _speakers(text):
    return [r[0] for r in speech_rows(text)]


def test_opening_plural_before_a_place_is_the_group():
    assert _speakers("Officials in Beijing said the talks would resume.") == [
        "Officials in Beijing"
    ]
    text = "Rain fell. Farmers in Alberta, Saskatchewan and Manitoba say the drought cut yields."
    assert _speakers(text) == ["Farmers in Alberta, Saskatchewan and Manitoba"]
    rows = quote_rows("Farmers in Manitoba say the price fell.", "speaker", "speaker_type")
    assert rows == [("Farmers in Manitoba", "group")]


def test_group_interviewed_or_polled_across_a_place():
    text = "Many veterans interviewed across South Carolina this week said the policy was unfair."
    assert "South Carolina" not in _speakers(text)
    assert _speakers("Voters polled in Ohio said the economy mattered most.") == [
        "Voters polled in Ohio"
    ]


def test_opening_plural_keeps_the_old_readings():
    # a firm after "at" stays the speaker; "close to" keeps the head only
    assert _speakers("Analysts at Q&R Global said the outlook was stable.") == ["Q&R Global"]
    assert _speakers("Sources close to the minister say she will resign.") == ["sources"]
    assert _speakers("Ottawa officials said the bridge would stay closed.") == ["Ottawa officials"]


def test_chief_executive_is_the_ceo_named_before():
    text = (
        "Northwind CEO Ann Roe spoke to reporters on Monday. "
        "The company will cut 200 jobs, the chief executive said."
    )
    assert _speakers(text) == ["Ann Roe"]


def test_researcher_is_the_scientist_introduced_in_apposition():
    text = (
        "Dr. Mira Holt, a marine biologist, has studied the reef for a decade. "
        "The water is warming faster than expected, the researcher said."
    )
    assert _speakers(text) == ["Mira Holt"]
    text = 'Tom Vale, an ecologist at the university, walked the shore. "It is gone," the scientist said.'
    assert _speakers(text) == ["Tom Vale"]


def test_opening_apposition_before_the_name_is_no_content():
    assert speech_rows("The city's fire chief, Tom Vale, testified on Wednesday.") == []
    text = "The city's fire chief, Tom Vale, said the pier was unsafe."
    assert speech_rows(text) == [("Tom Vale", "said", "the pier was unsafe")]
    # a clause before the name stays the content
    assert speech_rows("The plan is dead, Tom Vale said.") == [
        ("Tom Vale", "said", "The plan is dead")
    ]


def test_relative_that_after_a_contact_relative_is_no_content():
    assert speech_rows("She praised the essay he wrote that changed the debate.") == []
    assert speech_rows("In the end she wrote that prices rose.") == [
        ("she", "wrote", "prices rose")
    ]


def test_pronoun_in_a_pair_of_speakers_is_resolved():
    text = "George Smith spoke on Monday. He and Mr. Allen said the deal was fair."
    assert _speakers(text) == ["George Smith and Allen"]
    text = "Jane Roe spoke. She and Tom Vale said the deal was fair."
    assert _speakers(text) == ["Jane Roe and Tom Vale"]


def test_outlet_credit_after_a_said_frame_is_no_statement():
    text = '"We will win," said Ann Roe, the group\'s executive director, reports USA Today.'
    assert speech_rows(text) == [("Ann Roe", "said", "We will win")]
    assert speech_rows("The mill will close, the union reports.") == [
        ("the union", "reports", "The mill will close")
    ]


def test_long_subject_before_told():
    text = "Another, a nurse who works at the clinic, told the room that she saw the smoke."
    assert speech_rows(text) == [("a nurse", "told", "she saw the smoke")]
