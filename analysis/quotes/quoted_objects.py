"""The object of an active "quoted X as saying" (``quoted_object_part``): which part of
X is the speaker when X is a description ("quoted one of its members, a rural nurse in
Gimli, as saying": the description nearest "as"), a pronoun ("quoted her as saying")
or a name with a description in apposition ("quoted Ann Roe, a nurse, as saying": the
name). nonspeech._statement_or_quoted_as asks it when its noun-phrase reading finds no
object or finds only the description of a named person.
"""

from __future__ import annotations

from .blocks import MASK
from .lexicon import _lines

# verbs whose object is the one quoted ("quoted X as saying", "cited X as saying")
_QUOTED_OBJECT_VERBS = frozenset(("quoted", "quotes", "quoting", "cited", "cites", "citing"))

# a form of "be" before the verb makes it a passive ("was quoted ... as saying"): the
# subject is the speaker, the passive rule's case
_QUOTED_OBJECT_BE = frozenset("was were is are be been being".split())

# an "object" opening with a preposition is an adjunct ("quoted in the paper as saying")
_QUOTED_OBJECT_PREPS = frozenset(
    "in on at by from to for with during after before about into over".split()
)

# determiners and quantity words that open a description, never a name
_QUOTED_OBJECT_DETS = frozenset(
    "the a an one its his her their our this that some two three".split()
)

# places that may follow a town in commas ("a nurse in Gimli, Manitoba,"): never a name
_QUOTED_OBJECT_PLACES = frozenset(
    _lines("provinces.txt") + _lines("places.txt") + _lines("place_abbreviations.txt")
)

# how far back from "as" the verb may stand (verb, up to 16 words of object, "as")
_QUOTED_OBJECT_REACH = 18


def _quoted_object_name(toks, a, b):
    """Is toks[a:b] a person's or organization's name (capitalised words, no opening
    determiner, not a province or country)?

    >>> _quoted_object_name([(0, 0, "Ann"), (0, 0, "Roe")], 0, 2)
    True
    >>> _quoted_object_name([(0, 0, "Manitoba")], 0, 1)
    False
    """
    words = [t[2] for t in toks[a:b]]
    if not words or len(words) > 5 or words[0].lower() in _QUOTED_OBJECT_DETS:
        return False
    if not all(w[:1].isupper() and w.replace(".", "").replace("-", "").isalpha() for w in words):
        return False
    return " ".join(words) not in _QUOTED_OBJECT_PLACES


def quoted_object_part(toks, k):
    """(first, end) token range of the speaker in "<verb> X as saying" before the cue at
    token ``k`` (toks[k - 1] is "as"; verb = quoted/cited, active): the name when a part
    of X between commas is one, else the last part that opens in lower case (the
    description nearest "as"), else the whole of X; None when no such verb stands
    within reach or the verb is a passive.

    >>> toks = [(0, 0, w) for w in "It quoted one of its members , a nurse , as saying".split()]
    >>> quoted_object_part(toks, 11)
    (7, 9)
    >>> toks = [(0, 0, w) for w in "It quoted Ann Roe , a nurse , as saying".split()]
    >>> quoted_object_part(toks, 9)
    (2, 4)
    """
    if k < 3 or toks[k - 1][2].lower() != "as":
        return None
    m = k - 2
    while (
        m >= 0 and k - m <= _QUOTED_OBJECT_REACH and toks[m][2].lower() not in _QUOTED_OBJECT_VERBS
    ):
        w = toks[m][2]
        if w in (";", ".", ":", "(", ")", "—", "–") or w[:1] == MASK:
            return None
        m -= 1
    if m < 0 or toks[m][2].lower() not in _QUOTED_OBJECT_VERBS:
        return None
    if m >= 1 and toks[m - 1][2].lower() in _QUOTED_OBJECT_BE:
        return None
    a, b = m + 1, k - 1
    if a >= b or toks[a][2].lower() in _QUOTED_OBJECT_PREPS or toks[a][2] == ",":
        return None
    parts, s = [], a
    for x in range(a, b + 1):
        if x == b or toks[x][2] == ",":
            if x > s:
                parts.append((s, x))
            s = x + 1
    if not parts or len(parts) > 3:
        return None
    for p in parts:
        if _quoted_object_name(toks, *p):
            return p
    lower = [p for p in parts if toks[p[0]][2][:1].islower()]
    return lower[-1] if lower else parts[0]
