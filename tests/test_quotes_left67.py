"""left67: rows left by session 33. Sentences written for these tests.

1. "recalled" + a noun-phrase object dated by a year ("Firefighters recalled a smaller
   fire at the same plant in 2019", "She recalled the 2018 flood") is a memory, no speech
   (``recalled_objects``); "recalled that A", a that-less clause, a quotation before
   "she recalled" and an undated object (which PolNeAR annotates) stay rows.
2. A fronted date without a comma ("On March 1 the legion said A", "In 2019 the legion
   said A", "On Sept. 12, 2019 the board said A") opens no subject: the speaker is the
   noun phrase after it, as with the comma (``np_left_core._fronted_date_number``);
   "the Jan. 6 committee" keeps its date.
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
