"""Rules from left32: a speaker between dashes before "but"/"and" or with a day ("— Lee
said Monday —"), "A, according to X, but B", and "They" after a plural noun for persons
("Several nurses spoke ... They said ..."). Sentences written for these tests."""

from __future__ import annotations

from _quote_rows import speech_rows


def _pairs(text):
    return [(s, q) for s, _, q in speech_rows(text)]


def test_dash_speaker_before_but_gives_both_sides():
    assert _pairs("Taxes will rise — Ann Roe said — but not soon.") == [
        ("Ann Roe", "Taxes will rise"),
        ("Ann Roe", "but not soon"),
    ]
    assert _pairs("Taxes will rise — Ann Roe said — but they will not rise soon.") == [
        ("Ann Roe", "Taxes will rise"),
        ("Ann Roe", "but they will not rise soon"),
    ]


def test_dash_speaker_with_a_day_gives_both_sides():
    rows = _pairs("The budget is late — Mayor Tom Vale said on Monday — and the council is angry.")
    assert rows == [("Tom Vale", "The budget is late"), ("Tom Vale", "and the council is angry")]
    rows = _pairs("The road will close — Ann Roe said Friday — until spring.")
    assert rows == [("Ann Roe", "The road will close"), ("Ann Roe", "until spring")]


def test_dash_speaker_before_and_a_phrase_is_unchanged():
    # "and" + a phrase, no clause: no continuation of the speaker's words (as before)
    assert _pairs("The road will close — the mayor said — and the bridge too.") == []


def test_according_to_before_but_and_a_clause_gives_both_clauses():
    text = (
        "Ticket sales rose by a third last year, according to the orchestra's annual report, "
        "but donations fell sharply."
    )
    assert _pairs(text) == [
        ("the orchestra's annual report", "Ticket sales rose by a third last year"),
        ("the orchestra's annual report", "but donations fell sharply"),
    ]
    text = "The bridge will reopen in May, according to city engineer Ann Roe, but the ramp will stay closed."
    assert _pairs(text) == [
        ("Ann Roe", "The bridge will reopen in May"),
        ("Ann Roe", "but the ramp will stay closed"),
    ]


def test_according_to_before_but_and_no_clause_keeps_the_first():
    text = "The plant will close, according to the union, but not before June."
    assert _pairs(text) == [("the union", "The plant will close")]


def test_according_to_before_but_with_its_own_cue():
    text = "The plant will close in June, according to the union, but it also warned that jobs would go."
    assert speech_rows(text) == [
        ("the union", "according to", "The plant will close in June"),
        ("the union", "warned", "jobs would go"),
    ]


def test_they_after_a_plural_person_noun_is_the_group():
    text = (
        "Several nurses spoke outside the hospital. They gave only their first names, "
        "saying they feared reprisals."
    )
    assert _pairs(text) == [("nurses", "they feared reprisals")]
    text = (
        "Three of the paramedics spoke outside the hospital. They said the ward was short-staffed."
    )
    assert _pairs(text) == [("paramedics", "the ward was short-staffed")]


def test_they_after_a_plural_thing_stays_they():
    assert _pairs("The roads were closed on Monday. They said the storm was over.") == [
        ("They", "the storm was over")
    ]


def test_already_working_cases_from_the_brief():
    # "In the words of", a jury's recommendation and a recalled time worked at base
    assert _pairs("In the words of Coun. Ray Dunn, the plan is a disaster.") == [
        ("Ray Dunn", "the plan is a disaster")
    ]
    assert _pairs("The jury recommended that the city install a fence at the crossing.") == [
        ("The jury", "the city install a fence at the crossing")
    ]
    assert _pairs("She recalled the 2018 flood, when the river rose over the bridge.") == []
