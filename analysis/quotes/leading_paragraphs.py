"""Leading paragraphs: paragraphs that are nothing but a quotation, right before a
paragraph whose quotation a frame after it attributes ('"A."\n\n"B."\n\n"C," said Ann
Roe, who ...'), after a paragraph of narration. This module owns that backward carry:
A and B are Ann Roe's, carried from C's attribution as forward carries are. A carry
from the speaker before (a quotation paragraph after another speaker's quote) is the
forward pass's, which runs first; this pass is only asked when that one found none.
"""

from __future__ import annotations

import bisect

# how many bare paragraphs before the attributed one are read (bounded: linear)
_LEAD_MAX = 3
# how far back the narration paragraph before the first bare paragraph is looked for
_LEAD_BACK = 600


def _lead_whole_paragraph(text, b):
    """Is block ``b`` ([qs, qe, cs, ce, unclosed, next]) a closed quotation that makes
    up its paragraph (only blanks before it on its line and after it on its line)?

    >>> _lead_whole_paragraph('x\\n"A b."\\n', [2, 8, 3, 7, False, -1])
    True
    >>> _lead_whole_paragraph('x "A b."\\n', [2, 8, 3, 7, False, -1])
    False
    """
    if b[4] or b[5] != -1:
        return False
    ls = text.rfind("\n", max(0, b[0] - 200), b[0])
    if (ls < 0 and b[0] > 200) or text[ls + 1 : b[0]].strip():
        return False
    le = text.find("\n", b[1], b[1] + 200)
    return not text[b[1] : le if le >= 0 else len(text)].strip()


def _lead_break_between(text, a, b):
    """Is ``text[a:b]`` blank and holding a line break (the next paragraph)?"""
    return b - a < 200 and "\n" in text[a:b] and not text[a:b].strip()


def leading_paragraph_anchor(text, blocks, bid, used_blocks, quote_starts):
    """The attributed quote whose speaker block ``bid`` is carried to when it is a
    whole quotation paragraph leading (through at most two more such paragraphs) to a
    paragraph whose quotation is attributed by a frame after it in that paragraph, and
    the paragraph before the first of them is narration (no quotation mark, no quote
    of its own; ``quote_starts``: sorted starts of the quotes found so far). None
    otherwise.

    >>> class Q:
    ...     attribution, start, m_start, cue_start = "attributed", 20, 26, 23
    >>> t = 'Rain.\\n\\n"A b."\\n\\n"C d," said Ann.'
    >>> blocks = [[7, 13, 8, 12, False, -1], [15, 22, 16, 21, False, -1]]
    >>> q = Q()
    >>> q.start, q.cue_start, q.m_start = 16, 23, 28
    >>> leading_paragraph_anchor(t, blocks, 0, {1: q}, [16]) is q
    True
    >>> leading_paragraph_anchor(t, blocks, 0, {1: q}, [0]) is None
    True
    """
    b = blocks[bid]
    if not _lead_whole_paragraph(text, b):
        return None
    anchor = None
    for j in range(bid + 1, min(len(blocks), bid + 1 + _LEAD_MAX)):
        nb = blocks[j]
        if not _lead_break_between(text, blocks[j - 1][1], nb[0]):
            return None
        q = used_blocks.get(j)
        if q is not None:
            le = text.find("\n", nb[1])
            le = len(text) if le < 0 else le
            if (
                q.attribution == "attributed"
                and nb[0] <= q.start < nb[1]
                and nb[1] <= q.cue_start < le
                and nb[1] <= q.m_start < le
            ):
                anchor = q
            break
        if not _lead_whole_paragraph(text, nb):
            return None
    if anchor is None:
        return None
    # back over the bare paragraphs before this one to the narration paragraph
    first = bid
    while first > 0 and bid - first < _LEAD_MAX:
        pb = blocks[first - 1]
        if not _lead_break_between(text, pb[1], blocks[first][0]):
            break
        prev = used_blocks.get(first - 1)
        if prev is not None and prev.attribution == "carried" and prev.m_start == anchor.m_start:
            return anchor  # (the paragraph before was carried back to the same speaker)
        if not _lead_whole_paragraph(text, pb) or prev is not None:
            return None  # (after another speaker's quotation: carried forward instead)
        first -= 1
    at = blocks[first][0]
    pe = text.rfind("\n", max(0, at - 200), at)
    if pe < 0:
        return None
    while pe > 0 and text[pe - 1].isspace():
        pe -= 1
    ps = text.rfind("\n", max(0, pe - _LEAD_BACK), pe) + 1
    if pe <= ps or (ps == 0 and pe > _LEAD_BACK):
        return None
    if any(c in text[ps:pe] for c in '"“”'):
        return None
    k = bisect.bisect_left(quote_starts, ps)
    if k < len(quote_starts) and quote_starts[k] < pe:
        return None
    return anchor
