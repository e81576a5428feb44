"""Two people coordinated with an apposed kin noun as one speaker: "Ann Roe and her
brother, Tom Roe, said" / "Ann Roe and his sister Mia Vale told council" is the pair
"Ann Roe and Tom Roe", as the written golds write two people reported together, where
the apposition speaker (``apposed_speakers``) kept the apposed name (the second person
only). This module owns that one test on tokens (``kin_pair_start``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import _lines

# possessives before the kin noun ("and his sister", "and her husband")
_KIN_POSSESSIVES = frozenset("his her their".split())
# a capitalised name word (letters, apostrophes, hyphens, a period of an initial)
_NAME_WORD_RE = re.compile(r"[A-Z][A-Za-z'’.\-]*$")


@lru_cache(maxsize=1)
def _kin_words() -> frozenset[str]:
    """The kin nouns of ``resources/kin_nouns.txt`` ("sister", "husband")."""
    return frozenset(w for _g, _t, w in (line.partition("\t") for line in _lines("kin_nouns.txt")))


def _name_run_start(toks, e):
    """Start of the run of two to five capitalised name words ending right before token
    ``e``, else -1."""
    b = e
    while b - 1 >= 0 and e - b < 5 and _NAME_WORD_RE.match(toks[b - 1][2]):
        b -= 1
    return b if e - b >= 2 else -1


def kin_pair_start(toks, j):
    """Start of "<Name> and <his/her/their> <kin noun>[,]" when the name at token ``j``
    is apposed to that kin noun and the first name opens the sentence (or follows a
    quotation or a dash), else -1.

    >>> ws = "Ann Roe and her brother , Tom Roe".split()
    >>> kin_pair_start([(0, 0, w) for w in ws], 6)
    0
    >>> ws = "He met Ann Roe and her brother , Tom Roe".split()
    >>> kin_pair_start([(0, 0, w) for w in ws], 8)
    -1
    """
    i = j - 1 if j >= 1 and toks[j - 1][2] == "," else j
    if i < 4 or toks[i - 1][2] not in _kin_words() or toks[i - 2][2] not in _KIN_POSSESSIVES:
        return -1
    if toks[i - 3][2] != "and" or (b := _name_run_start(toks, i - 3)) < 0:
        return -1
    if b > 0 and toks[b - 1][2] not in ('"', "\u201d", "\u201c", "\u2014", "--", ":"):
        return -1  # ("He met Ann Roe and her brother, Tom Roe"): an object, not the pair
    return b
