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


def test_participle_of_a_noun_in_a_lead_phrase_is_no_speech():
    text = "In a string of new radio ads announced Wednesday, the senator and his allies talk about jobs."
    assert speech_rows(text) == []
    assert speech_rows("Among the changes announced earlier this year, fares will rise.") == []


def test_a_lead_phrase_before_a_real_speaker_still_frames():
    text = "In a statement, the company announced Wednesday that it would close the plant."
    assert _pairs(text) == [("the company", "it would close the plant")]
    text = "In a release, the union announced Monday, the strike will end on Friday."
    assert _pairs(text) == [("the union", "the strike will end on Friday")]


def test_told_him_so_is_no_row():
    assert speech_rows("Ann Roe told him so, but he did not listen.") == []
    assert speech_rows("She had told him so more than once.") == []
    assert speech_rows("She told them so on Monday.") == []


def test_told_with_so_opening_a_clause_still_frames():
    assert _pairs("Lee told reporters so far the talks had gone well.") == [
        ("Lee", "so far the talks had gone well")
    ]
    assert _pairs("She told him the plan was so bad it would fail.") == [
        ("She", "the plan was so bad it would fail")
    ]


def test_a_note_that_read_keeps_the_note_as_polnear_does():
    # PolNeAR train annotates "One message read ..." with the message as the source
    rows = _pairs('The ransom note read: "We have your son."')
    assert rows == [("The ransom note", "We have your son.")]


def test_a_long_subject_recommends():
    text = (
        "The five-member jury, which heard from 20 witnesses over two weeks, recommended "
        "that the province install barriers."
    )
    assert _pairs(text) == [("The five-member jury", "the province install barriers")]
    assert _pairs(
        "The new jury, which heard from witnesses, recommended that the city fix the road."
    ) == [("The new jury", "the city fix the road")]
    assert speech_rows("The plan, which staff have recommended, would remove the rule.") == []
