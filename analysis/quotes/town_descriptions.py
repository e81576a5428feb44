"""An indefinite description that ends in "from <Town>, <Prov.>," before a cue ("A
41-year-old pastry chef from Truro, N.S., said"): the start of the description when
the phrase parser stops at the town (an unlisted head noun, a capitalised "A" opening
the sentence), so the speaker is the description, never the province's abbreviation.
"""

from __future__ import annotations

import re

from .blocks import MASK

# a modifier word of the description: lower-case letters joined by hyphens, or an age
# ("41-year-old", "pastry", "semi-retired")
_TOWN_DESCRIPTION_WORD_RE = re.compile(r"(?:\d{1,3}-)?[a-z]+(?:-[a-z]+)*")

# what may stand before the description's article: the sentence start, a clause comma
# or a quotation's mask
_TOWN_DESCRIPTION_OPENERS = frozenset((",", ";", ":", "and", "but", "\u2014", "--"))


def town_description_start(toks, c):
    """Start of "<a|an|the> <one to five lower-case words> from|of <Town>" ending at the
    comma ``c`` before the province ("A 41-year-old pastry chef from Truro, N.S.,
    said"); -1 when the words before the town are no such description.

    >>> ws = "A 41-year-old pastry chef from Truro , N.S. , said".split()
    >>> town_description_start([(0, 0, w) for w in ws], 6)
    0
    >>> ws = "Ann Roe , a baker from Truro , N.S. , said".split()
    >>> town_description_start([(0, 0, w) for w in ws], 7)
    -1
    >>> ws = "The mayor of Truro , N.S. , said".split()
    >>> town_description_start([(0, 0, w) for w in ws], 4)
    0
    >>> ws = "Sales in Truro , N.S. , said".split()
    >>> town_description_start([(0, 0, w) for w in ws], 3)
    -1
    """
    t = c - 1
    while t - 1 >= 0 and c - t < 3 and toks[t - 1][2][:1].isupper() and toks[t - 1][2].isalpha():
        t -= 1
    f = t - 1
    if f < 2 or toks[f][2].lower() not in ("from", "of"):
        return -1
    d = f - 1
    while d >= 0 and f - d <= 5 and _TOWN_DESCRIPTION_WORD_RE.fullmatch(toks[d][2]):
        if toks[d][2] in ("a", "an", "the"):
            break
        d -= 1
    if d < 0 or d == f - 1 or toks[d][2].lower() not in ("a", "an", "the"):
        return -1
    if d > 0 and toks[d - 1][2] not in _TOWN_DESCRIPTION_OPENERS and toks[d - 1][2][0] != MASK:
        return -1  # ("Ann Roe, a baker from Truro": an apposition, the other rules')
    if d > 1 and toks[d - 1][2] == "," and toks[d - 2][2][:1].isupper():
        return -1
    return d
