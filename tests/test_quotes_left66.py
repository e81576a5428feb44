"""left66: content before a cue whose speaker is a company name with a trailing
legal-form dot ("<content>, X Inc. said Tuesday, adding that B") gives both rows to the
company; guards for "the company" and a person in the same frame. Sentences written
for these tests."""

from __future__ import annotations

from _quote_rows import speech_rows

_LEAD = "OTTAWA — A regional radio station will go silent next month.\n\n"


def _rows(text):
    return [(s, q) for s, _, q in speech_rows(text)]


def test_company_with_dot_before_cue_and_adding_keeps_both_rows():
    text = (
        "Listenership has fallen by half since 2010, Northwind Broadcasting Inc. said "
        "Tuesday, adding that no buyer had been found."
    )
    assert _rows(text) == [
        ("Northwind Broadcasting Inc.", "Listenership has fallen by half since 2010"),
        ("Northwind Broadcasting Inc.", "no buyer had been found"),
    ]


def test_company_with_dot_and_a_place_phrase_after_the_cue():
    text = (
        _LEAD + "Listenership has fallen by half since 2010, Northwind Broadcasting Inc. "
        "said in a letter to staff on Monday, adding that no buyer had been found."
    )
    assert _rows(text) == [
        ("Northwind Broadcasting Inc.", "Listenership has fallen by half since 2010"),
        ("Northwind Broadcasting Inc.", "no buyer had been found"),
    ]


def test_other_legal_forms_with_a_dot():
    for form in ("Corp.", "Co."):
        text = f"Orders fell by a third last year, Harbor Mills {form} said, adding that the plant would close."
        assert _rows(text) == [
            (f"Harbor Mills {form}", "Orders fell by a third last year"),
            (f"Harbor Mills {form}", "the plant would close"),
        ]


def test_the_company_said_adding_keeps_both_rows():
    text = "Orders fell by a third last year, the company said, adding that the plant would close."
    assert _rows(text) == [
        ("the company", "Orders fell by a third last year"),
        ("the company", "the plant would close"),
    ]


def test_person_said_adding_keeps_both_rows():
    text = "Orders fell by a third last year, Ann Roe said, adding that the plant would close."
    assert _rows(text) == [
        ("Ann Roe", "Orders fell by a third last year"),
        ("Ann Roe", "the plant would close"),
    ]


def test_compound_content_keeps_the_legal_form_dot_on_both_rows():
    text = (
        "Listenership has fallen, and ads are down, Northwind Inc. said Tuesday, "
        "adding that no buyer had been found."
    )
    assert _rows(text) == [
        ("Northwind Inc.", "Listenership has fallen, and ads are down"),
        ("Northwind Inc.", "no buyer had been found"),
    ]


def test_legal_form_dot_that_ends_a_sentence_stays_out():
    text = "The plant was sold to Northwind Inc. Ann Roe said, adding that jobs would go."
    assert all(s == "Ann Roe" for s, _ in _rows(text))
