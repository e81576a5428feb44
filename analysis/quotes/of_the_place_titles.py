"""Titled people after a place named with "of the": "Municipality of Lake of the Rivers
Reeve Ann Roe said", "Township of Lake of the Woods Mayor Tom Vale said". The walk back
from the cue stops at the place name's lower-case "the" and keeps "the Rivers Reeve Ann
Roe", read as an organisation; this module owns moving the start to the capitalised
title before the person's full name (a given name and one or two more capitalised words),
as for a place named without "the" ("Elm Creek Reeve Ann Roe said").
"""

from __future__ import annotations


def _cap(w: str) -> bool:
    return w[:1].isupper()


def of_the_place_title_start(toks, np_, lex):
    """The start of "<Title> <Given> <Surname>" when the noun phrase ``np_`` (start, end)
    opens with the "the" of a place named "<Cap> of the <Cap> ..." and ends with a
    capitalised title and a full name; None otherwise.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "Lake of the Rivers Reeve Ann Roe said".split()]
    >>> of_the_place_title_start(t, (2, 7), lexicon())
    4
    >>> t = [(0, 0, w) for w in "Friends of the Rivers said".split()]
    >>> of_the_place_title_start(t, (2, 4), lexicon()) is None
    True
    """
    j, e = np_
    if j < 2 or toks[j][2] != "the" or toks[j - 1][2] != "of" or not _cap(toks[j - 2][2]):
        return None
    for i in range(j + 2, e - 2):
        w = toks[i][2]
        if (
            _cap(w)
            and w.lower().rstrip(".") in lex.titles
            and toks[i + 1][2].lower() in lex.gender
            and 2 <= e - (i + 1) <= 3
            and all(_cap(toks[x][2]) for x in range(j + 1, e))
        ):
            return i
    return None
