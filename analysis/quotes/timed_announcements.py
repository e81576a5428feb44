"""An announcement still to come, named as the time or condition of something else: "once
the province announces its capital plan", "when the company reports its results", "until
Ottawa reveals its budget". A present-tense cue inside a clause opened by
once/when/until/after/before, whose object is a noun phrase (no "that", auxiliary,
quotation or colon in the clause), names an event that has not happened, not a
statement ("after Lee announced his candidacy" stays a report); this module owns
recognising it (``nonspeech`` asks it).
"""

from __future__ import annotations

from .blocks import MASK

# the cue lemmas whose object can be a thing made public ("its plan", "its results")
TIMED_LEMMAS = frozenset(("announce", "report", "reveal"))

_SUBORDINATORS = frozenset("once when whenever until till after before".split())
_OBJECT_DETS = frozenset("its their the a an his her our new".split())
_CLAUSE_WORDS = frozenset(
    "that will would could can may might must should shall is are was were has have had".split()
)
_CLAUSE_END = frozenset((",", ".", ";", "!", "?", ":"))


def timed_announcement(c) -> bool:
    """Is the present-tense cue at ``c.k`` (tokens ``c.toks`` of (start, end, word)) the
    verb of a time or condition clause with a noun-phrase object: "once" + a subject of at most
    five words + the cue + a determiner, and no "that", quotation or colon before the
    clause ends?

    >>> from types import SimpleNamespace as N
    >>> t = [(0, 0, w) for w in "Work begins once the province announces its plan .".split()]
    >>> timed_announcement(N(toks=t, k=5, kend=6))
    True
    >>> t = [(0, 0, w) for w in "Work began after the province announced that it would pay .".split()]
    >>> timed_announcement(N(toks=t, k=5, kend=6))
    False
    """
    toks, k, kend = c.toks, c.k, c.kend
    if toks[k][2].endswith("ed"):
        return False  # "after Lee announced his candidacy": a past act, reported speech
    if kend >= len(toks) or toks[kend][2].lower() not in _OBJECT_DETS:
        return False
    for j in range(k - 1, max(-1, k - 7), -1):
        w = toks[j][2]
        if w.lower() in _SUBORDINATORS:
            break
        if not w[:1].isalpha() or w.lower() in ("that", "who", "which"):
            return False
    else:
        return False
    if j == k - 1:
        return False  # no subject between ("after announcing")
    for t in toks[kend : kend + 30]:
        w = t[2]
        if w in _CLAUSE_END:
            return w != ":"
        if w[0] == MASK or w.lower() in _CLAUSE_WORDS:
            return False  # a quotation, or a clause ("announces the route will run")
    return True
