"""Quotation formats without a reporting verb (issue 12): dash-attributed quotation
paragraphs, paragraphs of unquoted speech announced by "X added:", and interview or
debate transcripts inside an article. Every sentence here is written for the test."""

from __future__ import annotations

import pandas as pd

from analysis import extract_quotes


def _quotes(text: str) -> list[tuple[str, str]]:
    q = extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return [(r.speaker, r.quote) for r in q.itertuples()]


# --------------------------------------------------------------------------- dash


def test_quotation_then_dash_and_name_is_the_name_s_quote():
    text = (
        "We asked voters what they made of the debate.\n\n"
        "“He talked about the economy and never once about my town.” ― Maria Olsen\n"
        "“I came in undecided and I am leaving undecided.”— Tomas R. Varga.\n"
        "“Nobody on that stage spoke for people like us.” — Li Wen, 42, of Dayton"
    )
    assert _quotes(text)[-3:] == [
        ("Maria Olsen", "He talked about the economy and never once about my town."),
        ("Tomas R. Varga", "I came in undecided and I am leaving undecided."),
        ("Li Wen", "Nobody on that stage spoke for people like us."),
    ]


def test_name_dash_then_quotation_is_the_name_s_quote():
    text = "Readers answered.\n\nAda Brennan ― “I will vote, but I will not be happy about it.”"
    assert _quotes(text) == [("Ada Brennan", "I will vote, but I will not be happy about it.")]


def test_dash_lists_that_are_not_speech_give_no_quote():
    text = (
        "The playlist for the evening:\n\n"
        "“Dancing In The Dark” — Bruce Springsteen\n"
        "“Hold On” — Jo Smith\n\n"
        "Final scores:\n\nLakers — 102\n\nCeltics — 99\n\n"
        "PORTLAND --  “The river is rising and we are ready for it.”"
    )
    assert _quotes(text) == []


def test_quotation_inside_a_prose_sentence_keeps_no_dash_byline():
    text = 'The minister called the plan "a gift to the country for years to come." -- Ann Ko'
    assert all(spk != "Ann Ko" for spk, _ in _quotes(text))
