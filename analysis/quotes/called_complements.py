"""Object complements after a speech noun's clause in a "called X Y" frame: in "He
called her assertion that the mill would close a fantasy", "her assertion that A" is
the object of "called" and "a fantasy" its complement, the subject's label for the
claim, not part of A. This module owns finding where such a complement starts
(a noun phrase with "a"/"an", a quotation or listed words at the clause's end), so the
noun frame's content ends before it.
"""

from __future__ import annotations

import re

from .blocks import MASK
from .lexicon import _lines

_COMPLEMENT_VERBS = frozenset(_lines("complement_verbs.txt"))
_COMPLEMENT_WORDS = frozenset(_lines("complement_words.txt"))

# a degree adverb or a joiner inside a complement of listed words ("completely false
# and misleading", "baseless, reckless")
_COMPLEMENT_GLUE = frozenset(
    "and or but , completely utterly simply wholly totally entirely patently plainly "
    "just pure absolute complete".split()
)

# auxiliaries and copulas: a quotation right after one is the clause's own predicate
# ('her claim that the plant was "unsafe"'), not the complement
_BEFORE_PREDICATE = frozenset(
    "is was are were be been being am seems seemed looked looks sounded remains remained "
    "called said".split()
)

_WORD_RE = re.compile(r"[^\s,]+|,")


def _verb_before(masked, at):
    """The word right before position ``at`` (the object's start), lower-cased."""
    w = masked[max(0, at - 16) : at].rstrip().rsplit(None, 1)
    return w[-1].lower() if w else ""


def complement_start(masked, obj_lo, lo, hi):
    """Where the content ``masked[lo:hi]`` of a speech noun whose phrase starts at
    ``obj_lo`` ends when that phrase is the object of a complement verb ("called",
    "branded"): before its complement, a final "a"/"an" noun phrase of up to four words,
    a final quotation or final listed words; else ``hi``.

    >>> t = "He called her assertion that the mill would close a fantasy."
    >>> lo = t.index("the mill")
    >>> t[lo : complement_start(t, t.index("her"), lo, len(t) - 1)]
    'the mill would close'
    >>> t = "He called for her claim that the mill would close a plant."
    >>> lo = t.index("the mill")
    >>> t[lo : complement_start(t, t.index("her"), lo, len(t) - 1)]
    'the mill would close a plant'
    """
    if _verb_before(masked, obj_lo) not in _COMPLEMENT_VERBS:
        return hi
    words = [(m.start(), m.group().rstrip(".!?;:")) for m in _WORD_RE.finditer(masked, lo, hi)]
    words = [w for w in words if w[1]]
    n = len(words)
    if n < 4:
        return hi
    if words[-1][1][0] == MASK:  # 'called her claim that A "pure fiction."'
        before = words[-2][1].lower()
        return (
            hi
            if before in _BEFORE_PREDICATE or before[0] == MASK
            else _end(masked, lo, words[-1][0])
        )
    k = n
    while k > 3 and words[k - 1][1].lower() in _COMPLEMENT_WORDS | _COMPLEMENT_GLUE:
        k -= 1
    if k < n and words[k][1].lower() in ("and", "or", "but", ","):
        return hi  # "the plant was unsafe and wrong": the clause's own predicate
    if k < n and words[-1][1].lower() in _COMPLEMENT_WORDS:
        return _end(
            masked, lo, words[k][0]
        )  # "... nonsense", "... completely false and misleading"
    for i in range(n - 1, max(2, n - 6), -1):
        if words[i][1] in ("a", "an"):  # "... a fantasy", "... an outright lie"
            return _end(masked, lo, words[i][0])
    return hi


def _end(masked, lo, cut):
    """``cut`` moved back over the spaces before it."""
    return lo + len(masked[lo:cut].rstrip())
