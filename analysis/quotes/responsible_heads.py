"""The speaker phrase of "the <role> responsible for <field> said": the adjective
"responsible" and its "for" phrase post-modify a role or body ("the federal minister
responsible for northern affairs", "the agency responsible for the park"), so the
speaker is the phrase before "responsible", not the field after "for"
(``responsible_for_head``, asked by ``np_left._widened_np`` when the phrase read before
the cue follows "responsible for").
"""

from __future__ import annotations

# the words that open such a phrase (a determiner or a possessive ends the walk back)
_OPENERS = frozenset(("the", "a", "an", "The", "A", "An"))


def responsible_for_head(toks, np_, lex):
    """(start, end) of the role phrase before "responsible for" when ``np_`` (the phrase
    read before the cue) comes after those two words (and at most two lower-case
    modifiers of the field) and the role's head is a
    speaker noun or a title, else None.

    >>> from analysis.quotes.lexicon import lexicon
    >>> lex = lexicon()
    >>> t = [(0, 0, w) for w in "the federal minister responsible for northern affairs said".split()]
    >>> responsible_for_head(t, (5, 7), lex), responsible_for_head(t, (6, 7), lex)
    ((0, 3), (0, 3))
    >>> t = [(0, 0, w) for w in "the factors responsible for the decline said".split()]
    >>> responsible_for_head(t, (4, 6), lex) is None
    True
    """
    j = np_[0]
    f = j - 1  # "for", over the field's lower-case modifiers ("for northern affairs")
    while f > j - 4 and f >= 3 and toks[f][2] != "for" and toks[f][2].isalpha():
        f -= 1
    if f < 3 or toks[f][2] != "for" or toks[f - 1][2] != "responsible":
        return None
    j = f + 1
    head = toks[j - 3][2]
    if not head.isalpha() or not head.islower():
        return None
    if head not in lex.nouns and head not in lex.titles:
        return None
    i = j - 4
    while i >= max(0, j - 8):
        w = toks[i][2]
        if w in _OPENERS or w.endswith(("'s", "’s")):
            return i, j - 2
        if not (w.islower() and w.replace("-", "").isalpha()):
            return None
        i -= 1
    return None
