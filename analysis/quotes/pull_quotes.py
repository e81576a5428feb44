"""Pull quotes: a paragraph that is only a quotation repeating sentences quoted elsewhere.

This module owns one layout element of web news: the pull quote, a paragraph that is
nothing but a quotation whose every sentence the article quotes again in another
quotation ('"We are not a museum. We are better."' set off on its own, and later '"We are
not a museum. We are better," he said'). It is display text like a headline or a subhead:
the words have their row where they are attributed, so the bare paragraph gives none
(``pull_quote_blocks``, asked by ``assemble._carried_blocks`` before it carries a bare
block). One pass over the blocks: linear in the article.
"""

from __future__ import annotations

import re
from collections import Counter

_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+")
_TRIM = " \t\n.,;:!?\u00a0"


def _sentences(text: str, cs: int, ce: int) -> list[str]:
    out = []
    for part in _SENTENCE_SPLIT_RE.split(text[cs:ce]):
        part = part.strip(_TRIM)
        if part:
            out.append(part)
    return out


def _own_paragraph(text: str, qs: int, qe: int) -> bool:
    """Is the block ``qs``..``qe`` the whole of its paragraph? (Only the blanks next to
    it are read: a paragraph of many blocks costs no scan of the paragraph per block.)"""
    i = qs
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    j, n = qe, len(text)
    while j < n and text[j] in " \t\u00a0":
        j += 1
    return (i == 0 or text[i - 1] == "\n") and (j == n or text[j] == "\n")


def pull_quote_blocks(text: str, blocks) -> set[int]:
    """Indexes of the closed blocks that make up their paragraph and whose sentences (20
    characters or more in all) all appear again in another quotation of ``text``.

    >>> from analysis.quotes.blocks import find_blocks
    >>> t = ('Lee runs the fair.\\n\\n"We are not a museum. We are better."\\n\\n'
    ...      '"We are not a museum. We are better," Lee said.')
    >>> pull_quote_blocks(t, find_blocks(t))
    {0}
    >>> t = 'Lee runs the fair.\\n\\n"We are not a museum. We are better."\\n\\nLee said so.'
    >>> pull_quote_blocks(t, find_blocks(t))
    set()
    """
    per_block = [_sentences(text, b[2], b[3]) for b in blocks]
    seen = Counter(s for sents in per_block for s in set(sents))
    out = set()
    for bid, b in enumerate(blocks):
        sents = per_block[bid]
        if b[4] or not sents or sum(map(len, sents)) < 20:
            continue  # (an unclosed block runs on: a carried quotation, no pull quote)
        if all(seen[s] >= 2 for s in sents) and _own_paragraph(text, b[0], b[1]):
            out.add(bid)
    return out
