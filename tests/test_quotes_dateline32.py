"""A dateline that opens a paragraph ("HALIFAX — ", "OTTAWA (CP) — ",
"WASHINGTON, Jan 5 (Reuters) - ") is never part of a quote span: a direct quote
starts at its opening quotation mark, indirect content after the dateline."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import extract_quotes
from analysis.quotes.datelines import DATELINE_RE as _DATELINE_RE


def _rows(text):
    q = extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return list(zip(q["speaker"], q["quote"], q["kind"], q["start"], q["end"], strict=True))


@pytest.mark.parametrize(
    "text, speaker, quote, kind",
    [
        ("HALIFAX — “We will not close the plant,” said Ann Roe.", "Ann Roe", "We will not close the plant", "direct"),
        ('OTTAWA (CP) — "The budget is balanced," Finance Minister Tom Vale said Tuesday.',
         "Tom Vale", "The budget is balanced", "direct"),
        ("WINNIPEG — The city will cut bus routes, Mayor Jo Lee said Monday.",
         "Jo Lee", "The city will cut bus routes", "indirect"),
        ("HALIFAX, N.S. — “We are ready,” Chief Ray Poole said.", "Ray Poole", "We are ready", "direct"),
        ('WASHINGTON — "We will act on this," President Ann Roe said.', "Ann Roe", "We will act on this", "direct"),
        ("TORONTO -- The province will hire more nurses, Premier Ann Roe said.",
         "Ann Roe", "The province will hire more nurses", "indirect"),
        ('REGINA – "The roads are closed," said Ann Roe.', "Ann Roe", "The roads are closed", "direct"),
    ],
)  # fmt: skip
def test_dateline_outside_quote(text, speaker, quote, kind):
    rows = _rows(text)
    assert [(s, q, k) for s, q, k, _, _ in rows] == [(speaker, quote, kind)]
    _, q, _, start, end = rows[0]
    assert text[start:end] == q  # offsets still index the text


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("WASHINGTON, Jan 5 (Reuters) - The United States will raise steel tariffs, Commerce Secretary Ann Roe "
         "said on Tuesday.", "Ann Roe", "The United States will raise steel tariffs"),
        ('WASHINGTON, Jan 5 (Reuters) - "We will act," Commerce Secretary Ann Roe said on Tuesday.',
         "Ann Roe", "We will act"),
        ("LONDON, March 3 (Reuters) - Britain will cut interest rates, Finance Minister Ann Roe said.",
         "Ann Roe", "Britain will cut interest rates"),
        ('SAN JUAN, Puerto Rico, March 3 (AP) — "The power is back," Governor Ann Roe said.',
         "Ann Roe", "The power is back"),
    ],
)  # fmt: skip
def test_wire_dateline_with_date(text, speaker, quote):
    assert [(s, q) for s, q, *_ in _rows(text)] == [(speaker, quote)]


def test_headline_line_before_dateline():
    text = "Plant to stay open\nHALIFAX — “We will not close the plant,” said Ann Roe."
    rows = _rows(text)
    assert [(s, q) for s, q, *_ in rows] == [("Ann Roe", "We will not close the plant")]
    assert text[rows[0][3] : rows[0][4]] == rows[0][1]


def test_dateline_after_a_first_paragraph():
    text = "The mill reopened.\n\nHALIFAX — “We will not close the plant,” said Ann Roe."
    assert [(s, q) for s, q, *_ in _rows(text)] == [("Ann Roe", "We will not close the plant")]


def test_dateline_alone_on_its_line():
    text = "HALIFAX —\n“We will not close the plant,” said Ann Roe."
    assert [(s, q) for s, q, *_ in _rows(text)] == [("Ann Roe", "We will not close the plant")]


def test_all_caps_word_without_dash_is_no_dateline():
    # "NATO said ...": an organisation, not a place followed by a dash
    rows = _rows("NATO said it would send more troops to the border.")
    assert [(s, q) for s, q, *_ in rows] == [("NATO", "it would send more troops to the border")]
    # "BREAKING:" is a label with a colon, no dateline; the quotation is found as before
    rows = _rows('BREAKING: "We will act on this," President Ann Roe said.')
    assert [(s, q) for s, q, *_ in rows] == [("Ann Roe", "We will act on this")]


def test_dash_inside_a_sentence_keeps_its_content():
    # a capitalised word and a dash in mid-paragraph is no dateline: only the opening counts
    text = "The mayor spoke first. NATO - the alliance - will send troops, Ann Roe said."
    assert all(not q.startswith("the alliance") for _, q, *_ in _rows(text))


@pytest.mark.parametrize(
    "opening",
    [
        "HALIFAX — We",
        "HALIFAX, N.S. — We",
        "OTTAWA (CP) — We",
        "WASHINGTON, Jan 5 (Reuters) - We",
        "LONDON, March 3 (Reuters) - We",
        "SAN JUAN, Puerto Rico, March 3 (AP) — We",
        "NEW YORK -- We",
    ],
)
def test_dateline_matcher(opening):
    m = _DATELINE_RE.match(opening)
    assert m is not None and m.end() == opening.rindex("We")


@pytest.mark.parametrize("opening", ["NATO said we", "BREAKING: We", "Halifax — We", "OTTAWA — we"])
def test_dateline_matcher_rejects(opening):
    assert _DATELINE_RE.match(opening) is None
