"""bug81's rules (session 43, top speaker per article), each checked on sentences
written for this file.

* ``Dr. Vale stated:`` + ``"The board isn’t about “fair play” anymore. It’s about
  power."``: a curly pair inside a quotation opened by a straight mark is nested in
  it (``blocks._nested_pair_end``, asked by ``blocks.find_blocks``) when it closes in
  the same paragraph and the straight quotation goes on after it (its closing mark
  follows in the paragraph, or the paragraph ends open and the next one opens with a
  straight mark); the curly opening mark used to end the straight quotation, which
  lost the whole quotation and its speaker (a missed quote of the article's top
  speaker). A curly quotation after a straight one left open by mistake (``"We will
  see, Ann Roe said. “No,” Al Poe said.``) still opens a new quotation.
"""

from __future__ import annotations

from analysis.quotes.blocks import _nested_pair_end, find_blocks
from tests._quote_rows import has_quote, speech_rows


def test_nested_curly_pair_in_straight_quotation_kept():
    text = (
        "Senator Nora Vale called for a review on Monday.\n\nDr. Vale stated:\n\n"
        '"The board isn’t about “fair play” anymore. It’s about power."\n\n'
        "The board declined to comment."
    )
    assert has_quote(
        text, "Nora Vale", "The board isn’t about “fair play” anymore. It’s about power."
    )


def test_nested_curly_pair_in_quotation_carried_over_paragraphs():
    text = (
        "Senator Nora Vale called for a review on Monday.\n\nDr. Vale stated:\n\n"
        '"The board isn’t about “fair play” anymore. It’s about power.\n\n'
        '"The latest example is the parking rule."\n\nThe board declined to comment.'
    )
    rows = speech_rows(text)
    assert (
        "Nora Vale",
        "stated",
        "The board isn’t about “fair play” anymore. It’s about power.",
    ) in rows
    assert ("Nora Vale", "stated", "The latest example is the parking rule.") in rows


def test_nested_curly_pair_in_inline_quotation():
    text = '"We believe in “open doors” for everyone," Nora Vale said on Tuesday.'
    assert has_quote(text, "Nora Vale", "We believe in “open doors” for everyone")


def test_curly_quotation_after_unclosed_straight_mark_stays_new():
    # near miss: the straight quotation is never closed in its paragraph and the next
    # paragraph does not go on with it, so the curly mark opens a new quotation
    text = '"We will see, Nora Vale said. “Nobody knows,” Tom Bray added.\n\nThe vote is Friday.'
    assert _nested_pair_end(text, text.index("“"), text.index("“") + 1, '"') == -1
    assert has_quote(text, "Tom Bray", "Nobody knows")


def test_curly_pair_closing_in_next_paragraph_not_nested():
    text = '"We are about “fairness\nand more” here," Nora Vale said.'
    assert _nested_pair_end(text, text.index("“"), text.index("“") + 1, '"') == -1


def test_find_blocks_one_block_for_nested_pair():
    text = '"We believe in “open doors” for everyone," Nora Vale said.'
    blocks = find_blocks(text)
    assert len(blocks) == 1
    assert text[blocks[0][2] : blocks[0][3]] == "We believe in “open doors” for everyone,"
