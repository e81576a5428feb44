"""Kin named by a shared surname: "his widow said" (a possessed spouse noun left a
description) is the one person the article names in full with the possessor's surname,
near the quote and of the kin noun's gender; "his" / "her" names the
last clause subject of that gender first ("Angus Carmody ... A, his widow said. '"B,"
Catherine Carmody, 84, said'" -> Catherine Carmody).
"""

from __future__ import annotations

import bisect
import re

from .kin import _KIN_GENDER
from .mentions import _ALL, _SUBJ

# spouses, who share a surname by custom ("his widow", "her late husband")
_SPOUSE_NOUNS = frozenset("widow widower wife husband".split())

# "his widow", "her late husband"
_POSSESSED_KIN_RE = re.compile(r"(his|her)[ \t]+(?:(?:late|eldest|youngest|only)[ \t]+)?([a-z]+)")


def _kin_by_shared_surname(an, quotes, before=3000, after=400):
    """Give each quote whose speaker is still "his <spouse>" / "her <spouse>" the one person
    named in full, from ``before`` characters before the quote's mention to ``after``
    characters after it, whose surname is that of the person "his" / "her" names there
    and who is not of the other gender than the kin noun. Speaker strings only.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Angus Roe died. He was 88. A, his widow said. B, Catherine Roe said."
    >>> an = _ArticleNames(t, [(0, 15), (16, 26), (27, 45), (46, len(t))], lexicon(), None)
    >>> class Q: pass
    >>> q = Q(); q.mention = q.speaker = "his widow"; q.m_start = t.index("his widow")
    >>> q.m_end = q.m_start + 9; q.stype = "unknown"
    >>> _kin_by_shared_surname(an, [q]); q.speaker
    'Catherine Roe'
    """
    for q in quotes:
        lm = (q.mention or "").lower()
        m = _POSSESSED_KIN_RE.fullmatch(lm)
        if m is None or (q.speaker or "").lower() != lm or m.group(2) not in _SPOUSE_NOUNS:
            continue  # (a spouse only: "her grandfather" with no tie stays a description)
        an.antecedents()
        want_owner = "m" if m.group(1) == "his" else "f"  # (a clause subject first)
        owner = an.pick(_SUBJ, q.m_start, want_owner, before) or an.pick(
            _ALL, q.m_start, want_owner, before
        )
        if owner is None:
            continue
        got = _same_surname_near(an, owner[1], q.m_start - before, q.m_end + after)
        want = _KIN_GENDER[m.group(2)]
        fits = {c for c, g in got.items() if g in (None, want)}
        if len(fits) == 1:
            q.speaker, q.stype = fits.pop(), "person"


def _same_surname_near(an, owner, lo, hi):
    """{canonical full name: gender or None} of the people other than ``owner`` named
    in full between ``lo`` and ``hi`` with ``owner``'s surname."""
    last = owner.split()[-1]
    pos = an.positions()
    got: dict = {}
    for i in range(bisect.bisect_left(pos, max(0, lo)), bisect.bisect_left(pos, hi)):
        item = an.item_of(i, _ALL)
        if item is None or len(item[1]) < 2:
            continue
        canon = an.canonical(item[1], item[2])
        if canon == owner or canon.split()[-1] != last or " " not in canon or canon == last:
            continue
        g = item[2] or an.lex.gender.get(canon.split()[0].lower())
        got.setdefault(canon, g if g in ("m", "f") else None)
    return got
