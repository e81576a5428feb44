"""Placed groups: the speaker phrase of a group placed by a preposition of place that
no other rule walks over ("above", "beyond", "near", "along", "below" ...): "Growers on
the benches above the lake say" is the growers, not "the lake". This module owns only
that walk back from the place to the group's head (a plural or "a"/"one" and a noun).
"""

from __future__ import annotations

from .lexicon import _DETS, _PRONOUNS, _SENT_START_STOP
from .np_left_core import _geographic_subject
from .phrases import _np_word

# prepositions that place a group by a landmark ("Families below the dam")
_PLACE_PREPS = frozenset(
    "above across near beyond along below beneath under around outside inside past".split()
)
# prepositions walked over between the group and that place ("on the benches above")
_HOP_PREPS = _PLACE_PREPS | frozenset("on in at of from by".split())
# words that may stand before the group ("and growers near the lake said")
_GROUP_OPENERS = frozenset("and but that".split())


def placed_group_start(toks, np_, lex):
    """Start of the group placed at the lower-case landmark ``np_`` (token range) by one
    of the place prepositions, over at most two more place phrases; -1 when the words
    before are no group opening its clause ("The house above the lake").

    >>> ws = "Growers on the benches above the lake".split()
    >>> from analysis.quotes.lexicon import lexicon
    >>> placed_group_start([(0, 0, w) for w in ws], (5, 7), lexicon())
    0
    >>> ws = "He saw the house above the lake".split()
    >>> placed_group_start([(0, 0, w) for w in ws], (5, 7), lexicon())
    -1
    """
    a, e = np_
    if a < 2 or toks[a - 1][2].lower() not in _PLACE_PREPS:
        return -1
    if not all(toks[x][2].isalpha() and toks[x][2].islower() for x in range(a, e)):
        return -1  # a named place is ``_geographic_prep``'s ("near Peyto Lake")
    p = a - 1
    for _ in range(3):
        q = p - 1
        if q >= 0 and toks[q][2].lower() not in _DETS and _geographic_subject(toks, q):
            if (j := _group_opening(toks, q, lex)) >= 0:
                return j  # (else a place in the plural, "on the benches": walk on)
        x = q  # hop over "<prep> the benches" to the preposition before it
        while x >= 0 and q - x < 3 and toks[x][2].isalpha() and toks[x][2].islower():
            if toks[x][2] in _HOP_PREPS:
                break
            x -= 1
        if x < 1 or x == q or toks[x][2] not in _HOP_PREPS:
            return -1
        p = x
    return -1


def _group_opening(toks, q, lex):
    """Start of the group headed by token ``q`` (over its determiner and modifiers),
    or -1 when a word other than punctuation or a conjunction stands before it."""
    j = q
    while j - 1 >= 0 and _np_word(toks[j - 1][2], lex) and toks[j - 1][2].lower() not in _PRONOUNS:
        j -= 1
    while j < q and toks[j][2].lower() in _SENT_START_STOP and toks[j][2].lower() not in _DETS:
        j += 1
    if j == 0 or not toks[j - 1][2][:1].isalnum() or toks[j - 1][2].lower() in _GROUP_OPENERS:
        return j
    return -1
