"""A pair of person nouns under one determiner before a restrictive "who" clause that
runs up to the cue ("a brother and sister who farm the quarter said", "A husband and
wife who run the store say"): this module owns finding that pair as the cue's subject,
so the object inside the relative clause ("the quarter") is not read as the speaker.
"""

from __future__ import annotations

_PAIR_DETS = frozenset(("a", "an", "the"))


def pair_relative_head(toks, a, j):
    """(start, end) character span of "<det> <noun> and <noun>" opening at token ``a``
    when "who" follows it and the noun phrase at token ``j`` lies after that "who";
    None otherwise.

    >>> t = [(i, i + 1, w) for i, w in enumerate("a brother and sister who farm the quarter".split())]
    >>> pair_relative_head(t, 0, 6)
    (0, 4)
    >>> t = [(i, i + 1, w) for i, w in enumerate("a brother of Tom who farms the land".split())]
    >>> pair_relative_head(t, 0, 6) is None
    True
    """
    if a + 5 > j or toks[a][2].lower() not in _PAIR_DETS:
        return None
    first, conj, second, rel = (toks[a + x][2] for x in range(1, 5))
    if conj != "and" or rel != "who":
        return None
    if not (first.isalpha() and first.islower() and second.isalpha() and second.islower()):
        return None
    return toks[a][0], toks[a + 3][1]
