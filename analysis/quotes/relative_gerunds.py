"""Gerund cues inside a non-restrictive relative clause: in "the leader sat with Ann
Roe, who a week ago surprised him by declaring she could not support him", the cue
"declaring" after "by" is the relative's, so its speaker is the "who" (resolved to Ann
Roe like any ", who said"), not the sentence subject. This module owns finding that
"who": the last ", who" before the gerund in its sentence with no comma, semicolon,
dash, quotation or other clause opener between them (a relative that closed earlier,
"Ann Roe, who chairs the board, surprised him by declaring", leaves the old reading).
"""

from __future__ import annotations

from .blocks import MASK

# tokens that end the relative clause or open another clause before the gerund
_CLAUSE_BREAKS = frozenset(
    ", ; : — – - ( ) and but while whereas although though because when after before "
    "since if that which who whom whose".split()
)


def relative_who_before(toks, k: int, ss: int) -> tuple[int, int] | None:
    """(start, end) of the "who" of a ", who" relative clause that runs on to the -ing
    cue at token ``k`` (after its preposition at ``k - 1``), in the sentence starting
    at ``ss``; None when the gerund stands outside any such clause.

    >>> toks = [(i, i + 1, w) for i, w in enumerate(
    ...     "He met Ann Roe , who surprised him by declaring".split())]
    >>> relative_who_before(toks, 9, 0)
    (5, 6)
    >>> toks = [(i, i + 1, w) for i, w in enumerate(
    ...     "Ann Roe , who chairs it , surprised him by declaring".split())]
    >>> relative_who_before(toks, 10, 0) is None
    True
    """
    for i in range(k - 2, 0, -1):
        s, _e, w = toks[i]
        if s < ss or MASK in w:
            return None
        low = w.lower()
        if low == "who":
            return (toks[i][0], toks[i][1]) if toks[i - 1][2] == "," else None
        if low in _CLAUSE_BREAKS or w[:1] in "\"“”'‘’":
            return None
    return None
