"""Partitive described subjects: a name set off by commas after "One of those younger
artists," opens its clause as much as one after "The spokesman," does ("One of those
younger artists, Nia Voss, was chosen in 2020. ... '...,' she said": Nia Voss is the
sentence's subject, so a later "she" may stand for her). This module owns recognising
that prefix, asked by ``mentions._ArticleNames.starts_clause``.
"""

from __future__ import annotations

_PARTS = frozenset("one another two three some".split())
_WHOLE_DETS = frozenset("the those these his her their its our my".split())


def partitive_described_subject(prefix) -> bool:
    """Are the words ``prefix`` before a name a partitive description of the clause's
    subject that the name stands in apposition to: "One of those younger artists,", "One
    of her students,", "Another of the founders," (a part, "of", a determiner, at most
    three lower-case words, the last closed by a comma)?

    >>> partitive_described_subject("One of those younger artists,".split())
    True
    >>> partitive_described_subject("One of those who met Ann,".split())
    False
    >>> partitive_described_subject("One of those younger artists".split())
    False
    """
    if not 4 <= len(prefix) <= 6 or prefix[0].lower() not in _PARTS or prefix[1] != "of":
        return False
    if prefix[2].lower() not in _WHOLE_DETS or not prefix[-1].endswith(","):
        return False
    words = prefix[3:-1] + [prefix[-1][:-1]]
    return all(
        w.replace("-", "").isalpha() and w.islower() and w not in ("who", "that") for w in words
    )
