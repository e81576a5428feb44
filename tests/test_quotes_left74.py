"""left74's rules (session 37 round 2, rows left by round 1), each checked on sentences
written for this file.

* "It was, she insisted, the only option" (a frame inserted after a subject and a
  copula): the words after the insertion complete the copula's clause, so both sides
  are rows (``additions._copula_complement``); "the only option" was taken for a ranked
  apposition to the clause before and "It was" dropped. "Sales rose four per cent, the
  agency said, the largest increase in a decade" keeps its apposition out.
* "The ruling, he argued, ignored the evidence, and the judge, he added, was biased"
  (two inserted frames in one sentence): the second frame's left side starts after the
  ", and" / ", but" / ";" that follows the first frame, and the first frame's right side
  ends there (``additions._past_earlier_insertion``, ``_end_earlier_rows``); the second
  frame's left side ran from the sentence start. With no earlier frame ("The ruling
  ignored the evidence, and the judge, he added, was biased") the left side is kept whole.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _rows(text):
    return quote_rows(text, "speaker", "speaker_type", "cue", "quote")


def _said(text):
    """(speaker in lower case, quote) of every row."""
    return [(s.lower(), q) for s, q in quote_rows(text, "speaker", "quote")]


def test_copula_before_insertion_keeps_both_sides():
    assert _said("It was, she insisted, the only option.") == [
        ("she", "It was"),
        ("she", "the only option"),
    ]
    text = "The council met in Moncton on Monday. The cause is, the mayor said, the first big leak."
    assert _said(text) == [("the mayor", "The cause is"), ("the mayor", "the first big leak")]


def test_ranked_apposition_after_full_clause_stays_out():
    text = "Sales rose four per cent, the agency said, the largest increase in a decade."
    assert _said(text) == [("the agency", "Sales rose four per cent")]
    text = "Sales were up, the agency said, the largest increase in a decade."
    assert _said(text) == [("the agency", "Sales were up")]


def test_second_insertion_starts_after_and():
    text = "The ruling, he argued, ignored the evidence, and the judge, he added, was biased."
    assert _said(text) == [
        ("he", "The ruling"),
        ("he", "ignored the evidence"),
        ("he", "the judge"),
        ("he", "was biased"),
    ]
    text = "The plan, Ann Roe said, will cost more; the mayor, she added, has no answer."
    assert _said(text) == [
        ("ann roe", "The plan"),
        ("ann roe", "will cost more"),
        ("ann roe", "the mayor"),
        ("ann roe", "has no answer"),
    ]


def test_second_insertion_without_earlier_frame_keeps_left_side():
    text = "The ruling ignored the evidence, and the judge, he added, was biased."
    assert _said(text) == [
        ("he", "The ruling ignored the evidence, and the judge"),
        ("he", "was biased"),
    ]
    text = "The plan, she said, will cost more, and the mayor has no answer."
    assert _said(text) == [
        ("she", "The plan"),
        ("she", "will cost more, and the mayor has no answer"),
    ]
