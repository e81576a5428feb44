"""Curling line-up positions as speakers ("the third said", "the lead said"): the
player the article titled with that position before the name in a line-up ("with
third Noor Vale, second Bo Ray and lead Lu Chen"), never a count or an ordinal.
"""

from __future__ import annotations

import re

from .antecedents import _set_person
from .blocks import MASK

# mentions of a line-up position ("the third", "The vice-skip")
LINEUP_MENTIONS = frozenset(
    ("the third", "the second", "the lead", "the fourth", "the vice", "the vice-skip")
)

# a position written as a title before a full name after a comma, "with" or "and"
# (group 1: the position; group 2: the name)
_LINEUP_TITLED_RE = re.compile(
    r"(?:,|\bwith|\band)[ \t]+(third|second|lead|fourth|vice|vice-skip|skip|alternate)[ \t]+"
    r"([A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,2})"
)


def lineup_position_name(text, at, position, reach=6000):
    """The full name the text before ``at`` titles with the curling ``position`` in a
    line-up that titles at least two players; None when there is none.

    >>> t = "Roe, third Noor Vale, second Bo Ray and lead Lu Chen won. The third said A."
    >>> lineup_position_name(t, t.index("The third"), "third")
    'Noor Vale'
    >>> lineup_position_name("It was the third Ann Roe won.", 25, "third") is None
    True
    """
    lo = max(0, at - reach)
    if text.find(position, lo, at) < 0:
        return None
    found = None
    hits = list(_LINEUP_TITLED_RE.finditer(text, lo, at))
    for k, m in enumerate(hits):
        if m.group(1) != position:
            continue
        near = [
            h
            for h in hits[max(0, k - 3) : k + 4]
            if h is not m and abs(h.start() - m.start()) < 200
        ]
        if any(h.group(1) != position for h in near):
            found = m  # (another position titled in the same line-up)
    return None if found is None else found.group(2)


def resolve_lineup_position(an, q, persons):
    """Fill "the third" with the player titled "third" in the article's line-up; False
    when there is none."""
    lm = q.mention.lower()
    if lm not in LINEUP_MENTIONS:
        return False
    at = min(q.start, q.m_start)
    name = lineup_position_name(an.masked if an.masked is not None else an.text, at, lm.split()[1])
    if name is None or MASK in name:
        return False
    return _set_person(an, q, persons, name.split())
