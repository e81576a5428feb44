"""w62's rules (session 29, the sixtysecond written batch), each checked on sentences
written for this file.

* "A, the firm said Thursday, even as engineers described the damage." / "A, Mayor Ann
  Roe said Tuesday night after council voted to fund the arena.": a subordinate clause
  of time or circumstance ("as", "even as", "after", "while", "before", "until") that ends
  the sentence after the frame, with no "that" and no comma, is the frame's tail, and the
  content is the clause before the frame (``sides._SUBORDINATE_TAIL_RE``); the subordinate
  clause was taken as the content. Not an amount ("officials said as many as 40 people
  had died": content).
"""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows


def test_even_as_tail_after_time_word_leaves_content_before():
    text = (
        "HALIFAX — The bridge would stay closed for at least two weeks, Harbour Crossing "
        "Ltd. said Thursday, even as engineers described the damage as minor."
    )
    assert has_quote(
        text, "Harbour Crossing", "The bridge would stay closed for at least two weeks"
    )
    assert not any("engineers" in q for (q,) in quote_rows(text, "quote"))


def test_after_clause_without_comma_is_a_tail():
    text = (
        "MONCTON — The vote was about jobs, not about a private business, Mayor Dana "
        "Leclair said Tuesday night after council voted 6-5 to put $9 million toward the "
        "arena."
    )
    assert has_quote(text, "Leclair", "The vote was about jobs, not about a private business")
    assert not any("council voted" in q for (q,) in quote_rows(text, "quote"))


def test_while_clause_tail_with_a_plain_said():
    text = "The clinic will reopen in May, Olu Barnes said while touring the ward on Monday."
    assert has_quote(text, "Barnes", "The clinic will reopen in May")


def test_amount_after_said_is_still_content():
    text = "After the storm hit the town on Monday, officials said as many as 40 people had died."
    assert has_quote(text, "officials", "as many as 40 people had died")


def test_that_clause_after_the_subordinate_is_still_content():
    text = "Late on Monday, the premier said after the meeting that taxes would fall."
    assert has_quote(text, "premier", "taxes would fall")
