"""Sentence spans for the quote rules (``rule_sentences``). The package has one
sentence splitter, ``analysis.sentences.split_sentences``; the rules take its spans
and adapt them in two ways that need the quotation blocks: a boundary that falls
inside a quotation block (a quotation in marks ``split_sentences`` does not pair,
such as ``''...''`` or an unclosed quotation) is removed, so a quotation is never cut
in two, and every line break ends a unit (a headline or a list line is its own unit
for the rules).
"""

from __future__ import annotations

import re
from itertools import chain

import numpy as np

from ..sentences import split_sentences
from .blocks import MASK
from .datelines import abbrev_dateline
from .lexicon import lexicon

# the start of a unit that is the frame of the quotation before it: "Lang tweeted",
# "Ms. Hale wrote", "she asked", "tweeted Lang", "Lang, 45, said"
_FRAME_START_RE = re.compile(
    r"(?:(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov)\.\s+)?(?:[A-Z][\w'’\-]*\s+){1,3}|(?:he|she|they)\s+"
    # or a name and a short apposition: "Lang, 45,", "Rep. Dale Lang, R-Pa.,"
    r"|(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov)\.\s+)?(?:[A-Z][\w'’\-]*\s+){0,2}[A-Z][\w'’\-]*"
    r",[ \t][^,!?\n\"“”]{1,40},\s+)?"
    r"([a-z]+)(?=[\s.,]|$)"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every ``split_sentences`` sentence of one text.

    >>> sentence_spans('He left. "We are ready. We will talk," Putin said.')
    [(0, 8), (9, 50)]
    """
    frame = split_sentences({"0": text})
    starts = frame["start"].to_numpy(np.int64).tolist()
    ends = frame["end"].to_numpy(np.int64).tolist()
    return list(zip(starts, ends, strict=True))


def rule_sentences(text: str, masked: str, spans) -> list[tuple[int, int]]:
    """The units the rules work in, from the sentence ``spans`` (sorted (start, end)
    pairs indexing ``text``): spans joined where the boundary between them lies
    inside one quotation block of ``masked``, then cut at every line break, each
    without its outer whitespace (empty units dropped).

    >>> from analysis.quotes.blocks import find_blocks, mask_text
    >>> t = "''We won. We will go on,'' he said.\\nNext line"
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ["''We won.", "We will go on,'' he said.", 'Next line']
    >>> m = mask_text(t, find_blocks(t))
    >>> [t[s:e] for s, e in rule_sentences(t, m, sentence_spans(t))]
    ["''We won. We will go on,'' he said.", 'Next line']
    """
    n = len(text)
    spans = spans if isinstance(spans, (list, tuple)) else list(spans)
    # clamped one by one only when some bound lies outside the text (checked at once)
    bounds = list(chain.from_iterable(spans))
    if bounds and (min(bounds) < 0 or max(bounds) > n):  # (spans of another text: no crash)
        spans = [(max(0, min(s, n)), max(0, min(e, n))) for s, e in spans]
    out: list[tuple[int, int]] = []
    append = out.append
    find = text.find
    masked_any = MASK in masked  # (no block: no boundary lies inside one)
    # (no long dash and no "--": no dateline of ``abbrev_dateline`` anywhere)
    dashed = "—" in text or "–" in text or "--" in text
    js = je = -1  # the unit being joined
    for s, e in spans:
        if js >= 0:
            if masked_any and (
                (0 < s < n and masked[s - 1] == MASK == masked[s])
                or (
                    0 < je
                    and masked[je - 1] == MASK
                    and (
                        (je < n and masked[je] == MASK) or _frame_after_mark(text, masked, je, s, e)
                    )
                )
            ):  # the boundary lies inside a quotation block, or '"... Too late!" Lang tweeted.'
                je = max(je, e)
                continue
            if (
                js < je
                and not (text[js].isspace() or text[je - 1].isspace())
                and find("\n", js, je) < 0
                and not (dashed and abbrev_dateline(text, js, je))
            ):
                append((js, je))  # (the usual unit: one line, trimmed already)
            else:
                _cut_lines(append, find, text, js, je, dashed)
        js, je = s, e
    if js >= 0:
        _cut_lines(append, find, text, js, je, dashed)
    return out


def _cut_lines(append, find, text, s, e, dashed=True):
    """append the pieces of s..e between its line breaks, each trimmed (none empty);
    ``dashed`` False: the text holds no long dash and no "--", so no line opens with
    a dateline to cut."""
    cut = _cut_dateline if dashed else _no_dateline
    pos = cut(append, text, s, e)
    nl = find("\n", pos, e)
    if nl < 0 and pos == s < e and not text[s].isspace() and not text[e - 1].isspace():
        append((s, e))  # (the usual unit: one line, trimmed already)
        return
    while nl >= 0:
        _append_trimmed(append, text, pos, nl)
        pos = cut(append, text, nl + 1, e)
        nl = find("\n", pos, e)
    _append_trimmed(append, text, pos, e)


def _no_dateline(_append, _text, pos, _e):
    """``_cut_dateline`` for a text with no long dash and no "--": ``pos``."""
    return pos


def _cut_dateline(append, text, pos, e):
    """Append a dateline that opens the line at ``pos`` ("SMITHERS, B.C. — Water ...")
    as a unit of its own and return where the rest of the line starts; ``pos`` when
    the line opens with no such dateline.

    >>> out = []
    >>> t = "SMITHERS, B.C. — Water rose, says Ann Roe."
    >>> pos = _cut_dateline(out.append, t, 0, len(t))
    >>> [t[a:b] for a, b in out], t[pos:]
    (['SMITHERS, B.C.'], 'Water rose, says Ann Roe.')
    """
    m = abbrev_dateline(text, pos, e)  # (the one dateline matcher, a place like "B.C.")
    if m is None:
        return pos
    _append_trimmed(append, text, pos, m.start("dash"))
    return m.end()


def _frame_after_mark(text, masked, pe, s, e):
    """Does the unit s..e (after the unit ending at pe) open with the frame of a
    quotation that closed with "!" or "?" at pe ('"Too late!" Lang tweeted.')?"""
    if not (1 < pe <= s < e) or masked[pe - 1] != MASK or text[pe - 2] not in "!?":
        return False
    if "\n" in text[pe:s] or e - s > 200:
        return False
    m = _FRAME_START_RE.match(text, s, e)
    return m is not None and m.group(1) in lexicon().verb_lemma


def _append_trimmed(append, text, a, b):
    """append((a, b)) for the span a..b of text without its outer whitespace, unless
    nothing is left."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        append((a, b))
