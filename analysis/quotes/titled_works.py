"""A work's title set off after an act object ('wrote a short guide to the beach, "The
Sand That Stayed," which ...'; 'wrote a book, "Salt and Cedar."'): the quotation names
the guide or book, it is no speech, so the act object keeps the verb an act. This module
owns the check that such a title follows the object: a quotation right after the comma
whose words are in title case (each word of four letters or more capitalised) and that
ends the sentence or a comma closes."""

from __future__ import annotations

import re

# ', "Title Words,"' / ', “Title Words.”' right at the comma
_TITLE_RE = re.compile(r",[ \t]+[\"“](?P<title>[^\"“”\n]{2,80}?)[,.]?[\"”]")

_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")


def apposed_title_at(text: str, comma: int, hi: int) -> bool:
    """Does a quoted title in title case follow the comma at ``comma`` (before ``hi``)?

    >>> t = 'a short guide to the beach, "The Sand That Stayed," which'
    >>> apposed_title_at(t, t.index(","), len(t))
    True
    >>> t = 'a letter to the council, "we are tired of waiting," she said'
    >>> apposed_title_at(t, t.index(","), len(t))
    False
    """
    m = _TITLE_RE.match(text, comma, hi)
    if m is None:
        return False
    words = _WORD_RE.findall(m.group("title"))
    return (
        bool(words) and words[0][0].isupper() and all(w[0].isupper() for w in words if len(w) >= 4)
    )
