"""The source of "<X> quoted <someone>, an indefinite description ..., as saying A"
when the apposition names nobody ("The guild quoted one of its members, an educator
at a rural daycare near Coaticook, as saying A"; "The club quoted its oldest employee,
a groundskeeper who has worked there since 1990, as saying A"): the speaker is the
apposition's description up to its first preposition or relative word ("an educator",
"a groundskeeper"), the words the written guidelines take for an unnamed person. An
apposition with a name is ``nonspeech._statement_or_quoted_as``'s own case.
"""

from __future__ import annotations

from .blocks import MASK

# words that end the description's head ("an educator at ...", "a groundskeeper who")
_APPOSITION_HEAD_ENDS = frozenset(
    "at in near from of with for on who whom whose that which since by".split()
)
_CLAUSE_BREAKS = frozenset((",", ";", ".", ":"))


def quoted_apposition_span(toks, k, quoted_verbs):
    """Token range (first, end) of the indefinite description that is the source of
    the "as saying" at token ``k`` (``toks[k - 1]`` "as", ``toks[k - 2]`` a comma):
    the apposition "a/an <lower-case words>" after "quoted <someone>,", cut at its
    first preposition or relative word; None when the pattern does not hold.

    >>> ws = "The guild quoted a member , an educator near Magog , as saying".split()
    >>> quoted_apposition_span([(0, 0, w) for w in ws], 11, {"quoted"})
    (6, 8)
    >>> ws = "The guild thanked a member , an educator near Magog , as saying".split()
    >>> quoted_apposition_span([(0, 0, w) for w in ws], 11, {"quoted"}) is None
    True
    """
    e = k - 2
    c1 = None
    for m in range(e - 1, max(-1, e - 16), -1):
        w = toks[m][2]
        if w == ",":
            c1 = m
            break
        if w in _CLAUSE_BREAKS or w[:1] == MASK:
            return None
    if c1 is None or c1 + 2 >= e or toks[c1 + 1][2].lower() not in ("a", "an"):
        return None
    for m in range(c1 - 1, max(-1, c1 - 13), -1):  # "quoted <someone>" before the comma
        w = toks[m][2]
        if w.lower() in quoted_verbs:
            break
        if w in _CLAUSE_BREAKS or w[:1] == MASK:
            return None
    else:
        return None
    h = c1 + 2
    while h < e and toks[h][2].isalpha() and toks[h][2].islower():
        if toks[h][2] in _APPOSITION_HEAD_ENDS:
            break
        h += 1
    return (c1 + 1, h) if h > c1 + 2 else None
