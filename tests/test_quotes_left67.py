"""left67: rows left by session 33. Sentences written for these tests.

1. "recalled" + a noun-phrase object dated by a year ("Firefighters recalled a smaller
   fire at the same plant in 2019", "She recalled the 2018 flood") is a memory, no speech
   (``recalled_objects``); "recalled that A", a that-less clause, a quotation before
   "she recalled" and an undated object (which PolNeAR annotates) stay rows.
2. A fronted date without a comma ("On March 1 the legion said A", "In 2019 the legion
   said A", "On Sept. 12, 2019 the board said A") opens no subject: the speaker is the
   noun phrase after it, as with the comma (``np_left_core._fronted_date_number``);
   "the Jan. 6 committee" keeps its date.
3. A restrictive relative on the subject after a fronted adjunct and its comma ("In
   March, a nurse who said she was tired told reporters that the ward was full") ends
   before the main verb, as at the sentence start (``content._OPENING_RELATIVE_RE``), and
   the main cue finds the subject across it, also with a lower-case title head ("a
   trustee who ...": ``sentence_subjects._leading_np``). The relative's own row stays,
   by the older tests' convention (tests/test_quotes_left26.py: "The aide who said the
   plan would fail has resigned" is a row).
4. An inserted "she said" before a quotation that opens lower-case and is followed by
   more of the writer's words, none of which holds a clause ('The bear stopped, she
   said, "about the width of a pencil" from the cabin'), gives the quotation only: the
   narration before the insertion is no row (``additions._quoted_fragment_only``). A
   quotation ending the sentence ('The parties should talk, the minister said, "sooner
   rather than later."', written set 122) or holding a clause keeps both halves.
5. A vote count's "said yes/no" whose subject holds a vote ("the members who voted",
   "who cast ballots") is no speech; the outer "the union said" row stays
   (``vote_answers``). A survey's answer ("61 percent of the growers said yes",
   tests/test_quotes_recall.py), "He has said yes" and "The mayor said no to the plan"
   keep their rows (the current convention).
"""

from __future__ import annotations

from _quote_rows import speech_rows


def _rows(text):
    return [(s, q) for s, _, q in speech_rows(text)]


# 1. "recalled" + a dated noun-phrase object


def test_recalled_a_dated_event_is_no_speech():
    assert _rows("Firefighters recalled a smaller fire at the same plant in 2019.") == []
    assert _rows("Ann Roe recalled a bitter strike at the mill in March 1998.") == []
    assert _rows("The retired captain recalled the 2011 storm on the Fundy shore.") == []


def test_recalled_that_clause_stays_a_row():
    assert _rows("She recalled that the alarm never rang.") == [("She", "the alarm never rang")]


def test_recalled_a_clause_with_a_year_stays_a_row():
    assert _rows("She recalled the alarm never rang in 2019.") == [
        ("She", "the alarm never rang in 2019")
    ]


def test_quotation_before_recalled_stays_a_row():
    assert _rows('"It was dark," she recalled.') == [("she", "It was dark")]


def test_recalled_an_undated_object_keeps_the_current_row():
    assert _rows("Tom Vale recalled an anecdote about the mayor.") == [
        ("Tom Vale", "an anecdote about the mayor")
    ]


# 2. a fronted date without a comma


def test_fronted_day_without_comma_gives_the_row():
    text = "On March 1 the legion said the hall would close."
    assert _rows(text) == [("the legion", "the hall would close")]
    assert _rows(text.replace("March 1", "March 1,")) == _rows(text)


def test_fronted_year_and_abbreviated_month_without_comma():
    assert _rows("In 2019 the legion said the hall would close.") == [
        ("the legion", "the hall would close")
    ]
    assert _rows("On Feb. 1 the legion said the hall would close.") == [
        ("the legion", "the hall would close")
    ]
    assert _rows("On Sept. 12, 2019 the legion said the hall would close.") == [
        ("the legion", "the hall would close")
    ]


def test_fronted_date_before_a_plural_subject():
    assert _rows("On March 1 officials said the hall would close.") == [
        ("officials", "the hall would close")
    ]


def test_date_inside_a_noun_phrase_stays():
    assert _rows("The Jan. 6 committee said the hall would close.") == [
        ("the Jan. 6 committee", "the hall would close")
    ]
    assert _rows("About 200 nurses said the hall would close.") == [
        ("About 200 nurses", "the hall would close")
    ]


# 3. a relative clause on the subject after a fronted adjunct


def test_relative_after_fronted_adjunct_ends_before_the_main_verb():
    text = "In March, a nurse who said she was tired told reporters that the ward was full."
    assert _rows(text) == [("a nurse", "she was tired"), ("a nurse", "the ward was full")]
    assert _rows(text.replace("In March, a", "A")) == _rows(text)


def test_relative_after_fronted_adjunct_with_a_title_head():
    text = "After the vote, a trustee who said she was upset told reporters the board had erred."
    assert _rows(text) == [("a trustee", "she was upset"), ("a trustee", "the board had erred")]


def test_relative_on_an_object_keeps_its_whole_content():
    text = "In March, the mayor thanked a nurse who said she was tired of the long shifts."
    assert _rows(text) == [("a nurse", "she was tired of the long shifts")]


def test_title_before_an_of_phrase_in_an_apposition_names_no_speaker():
    text = (
        "His appointment of Ann Roe, the president of the Harbour Institute, to the "
        "drafting committee suggests that he wants the party to change."
    )
    assert _rows(text) == []


# 4. an inserted frame before a quoted fragment inside the writer's sentence


def test_quoted_fragment_inside_narration_gives_the_quotation_only():
    text = 'The bear stopped, she said, "about the width of a pencil" from the cabin.'
    assert _rows(text) == [("she", '"about the width of a pencil" from the cabin')]
    text = 'The storm left, Tom Vale said, "a tangle of wires" across the road.'
    assert _rows(text) == [("Tom Vale", '"a tangle of wires" across the road')]


def test_quotation_ending_the_sentence_keeps_both_halves():
    text = (
        'The parties should get back to the table, the minister said, "sooner rather than later."'
    )
    assert _rows(text) == [
        ("the minister", "The parties should get back to the table"),
        ("the minister", "sooner rather than later."),
    ]


def test_quoted_clause_after_the_insertion_keeps_both_halves():
    text = 'The rink was full, Ann Roe said, "because the final was free" for the town.'
    assert [q for _, q in _rows(text)][:1] == ["The rink was full"]


# 5. a vote count's "said yes/no"


def test_vote_count_said_yes_is_no_speech():
    text = "Eighty-seven per cent of the members who voted said yes, the union said."
    assert _rows(text) == [("the union", "Eighty-seven per cent of the members who voted said yes")]
    assert _rows("Most of the members who cast ballots said no to the offer.") == []


def test_survey_and_person_answers_keep_their_rows():
    assert _rows("Asked if the toll was fair, 61 percent of the drivers said yes.") == [
        ("61 percent of the drivers", "yes")
    ]
    assert _rows("Ann Roe has said yes.") == [("Ann Roe", "yes")]
    assert _rows("The mayor said no to the plan.") == [("The mayor", "no to the plan")]
