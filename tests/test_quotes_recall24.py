"""Recall rules of session 20 (recall24, issue #12): quotes the written sets and
PolNeAR train missed. Every article here is fictional and written for the test."""

from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from _quote_rows import quote_rows  # noqa: E402

_QA = (
    "Karen Olsen-Vale, a glacier guide from Harrow Bay, has led tours on the ice for 20 "
    "years. Olsen-Vale spoke with the Coast Ledger.\n\n"
    "Q: What has changed since you started?\n\n"
    "A: The ice is thinner every spring. We walk where there used to be a lake.\n\n"
    "Q: Will you keep guiding?\n\n"
    "A: As long as my knees hold out."
)


def test_interview_answers_are_quotes_of_the_interviewee():
    rows = quote_rows(_QA, "speaker", "quote")
    assert ("Karen Olsen-Vale", "As long as my knees hold out.") in rows
    assert (
        "Karen Olsen-Vale",
        "The ice is thinner every spring. We walk where there used to be a lake.",
    ) in rows


def test_interview_questions_are_no_quotes():
    quotes = [q for (q,) in quote_rows(_QA, "quote")]
    assert not any(q.endswith("?") for q in quotes), quotes


def test_content_before_speaker_and_manner_adverb():
    assert quote_rows("The ferry will run late, Ann Roe said proudly.", "speaker", "quote") == [
        ("Ann Roe", "The ferry will run late")
    ]
    assert quote_rows(
        "Her uncle, Tom Vale, built the boat himself, Mia said quietly.", "quote"
    ) == [("Her uncle, Tom Vale, built the boat himself",)]


def test_content_before_speaker_and_occasion_with_listener():
    text = "The pool should have stayed open, Roe said during her budget speech to the council."
    assert quote_rows(text, "speaker", "quote") == [("Roe", "The pool should have stayed open")]
    assert quote_rows("The pool will close, Lee said to the crowd.", "quote") == [
        ("The pool will close",)
    ]


def test_manner_adverb_tail_keeps_a_clause_after_the_cue():
    assert quote_rows("The pool will close, Lee said the county would pay.", "quote") == [
        ("the county would pay",)
    ]
    # "for anonymity": no article, no tail
    rows = quote_rows(
        "“I would want answers,” said a party member, asking for anonymity to speak freely.",
        "cue",
    )
    assert ("asking",) not in rows


def test_reported_quotation_closing_on_a_comma_ends_before_the_next_speaker():
    text = (
        "Although Ann Roe admitted to the paper that she and the mayor had “been friends "
        "for years,” she insisted they had never met."
    )
    rows = quote_rows(text, "cue", "quote")
    assert ("admitted", "she and the mayor had “been friends for years,”") in rows
    assert ("insisted", "they had never met") in rows
    text = (
        "But even as Lee claimed on Tuesday that “the ferry is safe,” a former inspector "
        "said the two ships were quite different."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Lee", "the ferry is safe") in rows
    assert ("a former inspector", "the two ships were quite different") in rows


def test_quotation_comma_cut_keeps_a_following_clause_of_the_same_frame():
    rows = quote_rows("Lee said that the plan was “flawed,” and Roe said it was fine.", "quote")
    assert rows == [("the plan was “flawed,”",), ("it was fine",)]


def test_just_before_a_time_word_after_the_cue():
    text = "As the Ledger reported just today, the inspector sent subpoenas to the charity."
    assert quote_rows(text, "speaker", "quote") == [
        ("the Ledger", "the inspector sent subpoenas to the charity")
    ]


def test_source_of_according_to_with_its_own_relative_clause():
    text = (
        "Spending rose, according to the budget office, which also warned that a return "
        "to balance is unlikely."
    )
    rows = quote_rows(text, "cue", "quote")
    assert ("according to", "Spending rose") in rows
    assert ("warned", "a return to balance is unlikely") in rows
    text = "The deficit will grow, according to the budget office, which also said debt is high."
    assert ("said", "debt is high") in quote_rows(text, "cue", "quote")


def test_which_and_an_ly_adverb_before_a_verb_is_left_alone():
    text = "After thanking the crowd, which loudly chanted his name, he spoke for an hour."
    assert quote_rows(text, "cue") == []


def test_relative_clause_on_the_subject_ends_before_the_main_verb():
    rows = quote_rows("Ann Roe, who said the plan would fail, was fired on Monday.", "quote")
    assert rows == [("the plan would fail",)]
    rows = quote_rows(
        "The Ledger, which has since reported that the mayor resigned, has been sold.",
        "speaker",
        "quote",
    )
    assert rows == [("the Ledger", "the mayor resigned")]
    # the relative on an object: the commas inside the content stay
    rows = quote_rows(
        "The mayor thanked Ann Roe, who said the plan, approved in May, would fail.", "quote"
    )
    assert rows == [("the plan, approved in May, would fail",)]


def test_privy_to_after_a_speaker_noun():
    rows = quote_rows("Two officials privy to the talks said the deal was close.", "speaker")
    assert rows == [("two officials privy to the talks",)]


def test_share_written_in_words_after_a_conjunction():
    text = "About 30 per cent said they had cut their hours, and nine per cent said they had quit."
    rows = quote_rows(text, "speaker", "quote")
    assert ("nine per cent", "they had quit") in rows
    text = "Half said they would wait, while twenty-five percent said they would sell."
    assert ("twenty-five percent", "they would sell") in quote_rows(text, "speaker", "quote")


def test_conjunction_and_pronoun_with_its_own_cue_after_an_insertion():
    rows = quote_rows(
        "The results were strong, Lee said, but she cautioned that the outlook is weak.",
        "cue",
        "quote",
    )
    assert rows == [("said", "The results were strong"), ("cautioned", "the outlook is weak")]
    # no cue after the pronoun: the clause goes on with the insertion's content
    rows = quote_rows(
        "The results were strong, Lee said, and she thinks the outlook is weak.", "cue"
    )
    assert rows == [("said",), ("said",)]


def test_because_clause_after_an_insertion_keeps_the_clause_before():
    text = "The findings matter, his sister says, because the region has so few records."
    assert quote_rows(text, "quote") == [
        ("The findings matter",),
        ("because the region has so few records",),
    ]
    # a leading adverbial is no clause of its own
    text = "In the end, she says, because the money ran out, the shop closed."
    assert quote_rows(text, "quote") == [("because the money ran out, the shop closed",)]


def test_insertion_after_a_mixed_quotation_and_a_note_to_clients():
    text = (
        "The quarter was “clean,” analyst Tom Greer wrote in a note to clients, but the "
        "warning was “bigger than the market expected.”"
    )
    assert quote_rows(text, "quote") == [
        ("The quarter was “clean,”",),
        ("but the warning was “bigger than the market expected.”",),
    ]
    # a quotation alone before the insertion: what follows is the writer's narrative
    assert quote_rows("“We won,” Lee said, and the crowd cheered.", "quote") == [("We won",)]


def test_listener_of_a_memo_before_a_participle_is_no_tail():
    text = "As the chief executive, Jeff Lee, put it in his memo to employees explaining the deal."
    assert ("As the chief executive",) not in quote_rows(text, "quote")


def test_school_division_is_an_organisation_that_it_refers_to():
    text = (
        "Schools will be closed Thursday, the school division said. Parents will hear by "
        "evening whether schools will open Friday, it said."
    )
    rows = quote_rows(text, "speaker", "speaker_type")
    assert rows == [("the school division", "organization")] * 2
