"""Integration fixes of session 27 (int51), each checked on sentences written for this file.

* "If A, he said, B" was written twice (w50: a whole condition before an inserted frame,
  both sides the speaker's; left52: the same for "If"/"Unless" of three words or more):
  one rule now (``additions._conditional_lead``), and its pattern is one pass — the first
  version repeated a group that could itself hold spaces, so a long condition with a
  semicolon and no comma backtracked exponentially (22 words: seconds; 40: hours).
"""

from __future__ import annotations

from analysis.quotes import additions
from tests._quote_rows import quote_rows


def test_conditional_lead_is_one_rule_for_if_and_unless():
    assert additions._conditional_lead("If the mill closes next year, ")
    assert additions._conditional_lead("Unless the trees survive, ")
    assert not additions._conditional_lead("If so, ")
    assert not additions._conditional_lead("If anything, ")
    assert not additions._conditional_lead("Until the money is found, ")


def test_long_condition_without_comma_returns():
    # (the old pattern did not return on this in any useful time)
    lead = "If " + " ".join(["the council"] * 40) + "; then it closes, "
    assert not additions._conditional_lead(lead)
    text = lead + "he said, the town will lose the mill."
    rows = quote_rows(text, "quote")
    assert rows and all(q in text and "he said" not in q for (q,) in rows)


def test_unless_condition_and_result_are_one_statement():
    text = "Unless the young trees survive the drought, he said, the slope will slide again."
    rows = quote_rows(text, "quote", "statement_id")
    assert [q for q, _ in rows] == [
        "Unless the young trees survive the drought",
        "the slope will slide again",
    ]
    assert rows[0][1] == rows[1][1]
