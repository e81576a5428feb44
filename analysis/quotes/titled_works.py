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


def titled_act_object(text: str, s0: int, e0: int, lemma: str, is_act_object) -> bool:
    """Does the content text[s0:e0] open with an act object of ``lemma`` (as
    ``is_act_object`` reads it: ``content._is_act_object``) that a quoted title follows
    after a comma ('a short guide to the beach, "The Sand That Stayed," which ...')?

    >>> t = 'a guide to the beach, "The Sand That Stayed," which'
    >>> titled_act_object(t, 0, len(t), "write", lambda *a: True)
    True
    >>> titled_act_object(t, 0, len(t), "write", lambda *a: False)
    False
    """
    comma = text.find(", ", s0, e0)
    return (
        comma > s0 and apposed_title_at(text, comma, e0) and is_act_object(text, s0, comma, lemma)
    )
