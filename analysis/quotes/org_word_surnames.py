"""A lone capitalised organisation word that is the surname of a person the article named
in full: "Ray Church, a farmer, ... Church said" is Ray Church, although "Church",
"Court", "Bank" or "Post" alone is typed an organisation word ("Grace Church", "the
Supreme Court"). This module owns that test (``org_word_surname``), asked by
``roles._resolve_named`` before a one-word mention typed an organisation is kept as
written. Every full name in the article that ends with the word must be a person's: a
given name of known sex that no church, shelter or hall is named after ("Grace Church",
"Hope House" stay organisations), so an article that also names "St. Mark's Church" or
"Royal Bank" keeps the organisation.
"""

from __future__ import annotations

from ..surname_org_words import _INSTITUTION_GIVEN
from .article_memo import article_memo


def org_word_surname(an, mention: str) -> bool:
    """Is the one capitalised word ``mention`` the surname of a person the article names
    in full, and of no organisation it names?

    >>> from types import SimpleNamespace as N
    >>> e = lambda *w: (0, w, None, None)
    >>> an = N(by_last={"church": [e("Ray", "Church"), e("Church")]},
    ...        lex=N(gender={"ray": "m", "grace": "f"}, org_words={"Church"}))
    >>> org_word_surname(an, "Church")
    True
    >>> an.by_last["church"].insert(0, e("Grace", "Church"))
    >>> org_word_surname(an, "Church")
    False
    """
    if " " in mention or not mention[:1].isupper() or not mention[1:].islower():
        return False
    if mention not in an.lex.org_words:
        return False  # ("Democrats" after "Virginia Democrats": no organisation word)
    return article_memo(an, "org_word_surname", mention, lambda: _all_persons(an, mention))


def _all_persons(an, mention):
    """``org_word_surname``'s scan of the article's full names ending with ``mention``
    (once per article and word)."""
    found = False
    for e in an.by_last.get(mention.lower(), ()):
        words = e[1]
        if len(words) == 1:
            continue
        given = words[0].lower()
        if (
            len(words) != 2
            or words[1] != mention
            or an.lex.gender.get(given) not in ("m", "f")
            or given in _INSTITUTION_GIVEN
        ):
            return False  # ("Royal Bank", "Grace Church", "St. Mark's Church": a body's name)
        found = True
    return found
