"""The final period of a company's legal-form suffix in a speaker string ("Northwind
Ltd." or "Northwind Ltd"): one form per speaker and article, the one the article
itself writes before a following word ("Northwind Ltd. said", "Acme Corp said"), so
that every path that names the company (its own sentence, "the company said", a
quotation's "said Maple Corp.") gives the same speaker. The suffixes are the
abbreviations of ``analysis/resources/company_suffixes.txt``.
"""

from __future__ import annotations

import re

from .lexicon import COMPANY_SUFFIXES

# after "<name>.": a word in lower case, a comma or other clause mark, a possessive
_DOTTED_NEXT = r"\.(?:[ \t]+[a-z(\d]|[,;:)]|['’]s\b)"
# after "<name>" itself: a space, clause mark or possessive (no period, no letter)
_BARE_NEXT = r"(?=[ \t,;:)]|['’]s\b)"


def _suffix_base(speaker) -> str | None:
    """The speaker without a final period when its last word is a company suffix
    written in capitals ("Northwind Ltd." -> "Northwind Ltd"), else None."""
    if not isinstance(speaker, str) or " " not in speaker:
        return None
    base = speaker[:-1] if speaker[-1:] == "." else speaker
    last = base.rsplit(" ", 1)[-1]
    if not last[:1].isupper() or last.lower() not in COMPANY_SUFFIXES:
        return None
    return base


def dotted_form(text: str, speaker: str, cache: dict | None = None) -> str:
    """The form of ``speaker`` (a name ending in a company suffix) the article ``text``
    writes most often before a following word: with the suffix's period ("Ltd. said")
    or without it ("Ltd said"); ``speaker`` itself when the text does not tell or the
    name has no company suffix.

    >>> dotted_form("Northwind Ltd. said it would cut jobs.", "Northwind Ltd")
    'Northwind Ltd.'
    >>> dotted_form("Acme Corp said sales fell, Acme Corp.", "Acme Corp.")
    'Acme Corp'
    """
    base = _suffix_base(speaker)
    if base is None or base not in text:
        return speaker
    if cache is not None and base in cache:
        return cache[base]
    esc = re.escape(base)
    lead = r"(?<![\w&.-])"
    dotted = len(re.findall(lead + esc + _DOTTED_NEXT, text)) if base + "." in text else 0
    bare = len(re.findall(lead + esc + _BARE_NEXT, text))
    got = speaker
    if dotted and dotted >= bare:
        got = base + "."
    elif bare > dotted:
        got = base
    if cache is not None:
        cache[base] = got
    return got


def dot_company_suffixes(text: str, quotes) -> None:
    """Give every quote of one article whose speaker ends in a company suffix the
    form :func:`dotted_form` reads from ``text`` (in place).

    >>> class Q:
    ...     speaker = "Northwind Ltd"
    >>> q = Q(); dot_company_suffixes("Northwind Ltd. said it would close.", [q])
    >>> q.speaker
    'Northwind Ltd.'
    """
    cache: dict = {}
    for q in quotes:
        s = q.speaker
        if isinstance(s, str) and " " in s and _suffix_base(s) is not None:
            q.speaker = dotted_form(text, s, cache)
