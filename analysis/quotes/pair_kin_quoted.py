"""Pair of kin quoted apart: "the two said" left as written when the two were never
written together, read as the last person quoted and the one other person of that
surname quoted before ("The victim's mother, Ann Roe, ... '...,' she said." far above,
then "His sister, Eva, said ... . Both women hugged the Crown attorney. '...,' the two
said" -> "Ann Roe and Eva Roe"). This module owns that last pass after the pair rules
(``groups._resolve_pair``, ``pair_named``, ``pair_mentions``), which need the two quoted
one after the other or written together.
"""

from __future__ import annotations

_PAIR_WORDS = frozenset(("the two", "both", "the pair", "both of them", "the two of them"))
_SEXED = {"the two men": "m", "both men": "m", "the two women": "f", "both women": "f"}


def quoted_kin_pairs(an, quotes, reach=1500):
    """Give a pair mention still unresolved ("the two", "both women") the person quoted
    last before it (a full name, within ``reach`` characters) and the one other person
    of that surname quoted before in the article, in the order first quoted, as two
    full names joined by "and"; nothing when there is no such person or more than one,
    or when a sexed mention ("the two women") does not fit a given name's gender.

    >>> class Q:
    ...     def __init__(s, sp, at, mention=None):
    ...         s.speaker, s.m_start, s.mention, s.stype = sp, at, mention or sp, "person"
    >>> qs = [Q("Ann Roe", 10), Q("Tom Vale", 200), Q("Eva Roe", 400), Q("the two", 500)]
    >>> quoted_kin_pairs(None, qs); qs[-1].speaker
    'Ann Roe and Eva Roe'
    """
    for k, q in enumerate(quotes):
        lm = (q.mention or "").lower()
        if (lm not in _PAIR_WORDS and lm not in _SEXED) or (q.speaker or "").lower() != lm:
            continue
        prev = [p for p in quotes[:k] if p.stype == "person" and p.speaker]
        if not prev or q.m_start - prev[-1].m_start > reach:
            continue
        last = prev[-1].speaker
        words = last.split()
        if len(words) < 2:
            continue
        others = {p.speaker for p in prev if p.speaker != last and _surname(p.speaker) == words[-1]}
        if len(others) != 1:
            continue
        other = others.pop()
        if lm in _SEXED and not all(_fits(an, n, _SEXED[lm]) for n in (other, last)):
            continue
        q.speaker, q.stype = f"{other} and {last}", "group"


def _surname(name):
    words = name.split()
    return words[-1] if len(words) >= 2 else None


def _fits(an, name, want):
    """May ``name`` be of the gender ``want`` (its given name unknown, or of it)?"""
    g = an.lex.gender.get(name.split()[0].lower())
    return g in (want, None, "u")
