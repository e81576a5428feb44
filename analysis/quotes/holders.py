"""Organisations a description owns: "The company's largest investor, Northgate
Ventures," names an organisation that belongs to the company (its investor, its
parent, its lender), so a later "the company said" is not that organisation but the
one the company was before.
"""

from __future__ import annotations

import re

from .antecedents import _unquoted_before
from .wordscan import _word_after_comma


def owned_by_description(an, head, name, at, reach=3000):
    """Is the organisation ``name`` introduced, in the unquoted ``reach`` characters
    before ``at``, as something "the <head>" (or "its") owns ("The company's largest
    investor, Northgate Ventures," for ``head`` "company")?

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Acme Inc. cut jobs. The company's largest investor, Northgate Ventures, said no."
    >>> an = _ArticleNames(t, [(0, 19), (20, len(t))], lexicon(), None)
    >>> owned_by_description(an, "company", "Northgate", len(t))
    True
    >>> owned_by_description(an, "company", "Acme Inc.", len(t))
    False
    """
    first = name.split()[0] if name else ""
    if not first[:1].isupper():
        return False
    _lo, seg = _unquoted_before(an, at, reach)
    if not _word_after_comma(seg, first):
        return False  # (every match holds ", <first>" or ", the <first>": no pattern)
    rx = re.compile(
        r"(?<![\w'’])(?:[Tt]he[ \t]+" + re.escape(head) + r"['’]s|[Ii]ts)[ \t]+"
        r"(?:[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*,[ \t]+(?:the[ \t]+)?" + re.escape(first) + r"\b"
    )
    return rx.search(seg) is not None


def other_org_quoted(groups, name, at, reach=4000, head=None):
    """The organisation quoted last before ``at`` (within ``reach``) that is not
    ``name`` nor a shortening of it, or None; with ``head`` ("company"), one that is no
    lower-case description of another kind ("the B.C. forests ministry").

    >>> other_org_quoted([(0, "Acme Inc.", "organization"), (50, "Northgate", "organization")],
    ...                  "Northgate Ventures", 90)
    'Acme Inc.'
    >>> other_org_quoted([(0, "Acme Inc.", "organization"), (50, "the ministry", "organization")],
    ...                  "Northgate Ventures", 90, head="company")
    'Acme Inc.'
    """
    first = name.split()[0] if name else ""
    for pos, other, kind in reversed(groups):
        if at - pos > reach:
            return None
        if head is not None and other[:1].islower() and other.split()[-1] != head:
            continue  # ("the ministry" is no "company")
        if kind == "organization" and other.split()[:1] != [first] and pos < at:
            return other
    return None
