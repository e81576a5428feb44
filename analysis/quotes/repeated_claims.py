"""Whose words a rejected claim repeats: this module owns the possessor of "Ben Ash
dismissed her assertion that the dock was safe" when the claim repeats the opening
words of an earlier row ("Ann Roe said the dock was safe." / '"The dock was safe," she
said'): the possessor is the one who said them, of the pronoun's gender, though
another person (of a gender no list knows) was named in between. The search reads a
bounded stretch before the claim (no article scan per quote).
"""

from __future__ import annotations

import re

_WORD_RE = re.compile(r"[\w'’-]+")


def claim_repeated_by(an, q, persons, want, subject, reach=3000):
    """(position, name) of the person in ``persons`` ((position, name, gender) of the
    rows so far) who said the first words (four to eight) of the claim ``q`` within
    ``reach`` characters before its frame, of gender ``want`` or none known, other
    than ``subject`` (the one who rejects it); None when no earlier row holds them.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Ann Roe said the dock was safe. Ho Vale spoke. Ben Ash denied her claim that the dock was safe."
    >>> an = _ArticleNames(t, [(0, 31), (32, 46), (47, len(t))], lexicon(), None)
    >>> class Q: start, end, m_start = t.rindex("the dock"), len(t) - 1, t.index("her")
    >>> claim_repeated_by(an, Q, [(0, "Ann Roe", "f"), (32, "Ho Vale", None)], "f", "Ben Ash")
    (0, 'Ann Roe')
    """
    words = _WORD_RE.findall(an.text[q.start : min(q.end, q.start + 120)])[:8]
    if len(words) < 4:
        return None
    rx = re.compile(r"\b" + r"[\s\"“”‘’',]+".join(re.escape(w) for w in words) + r"\b", re.I)
    lo = max(0, q.m_start - reach)
    hits = list(rx.finditer(an.text, lo, q.m_start))
    if not hits:
        return None
    hit = hits[-1]
    best = None
    for pos, canon, g in persons:
        if canon == subject or (g is not None and g != want) or pos >= q.m_start:
            continue
        gap = abs(pos - hit.start())
        if gap <= 400 and (best is None or gap < best[0]):
            best = (gap, pos, canon)
    return None if best is None else (best[1], best[2])
