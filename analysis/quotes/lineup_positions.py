"""Curling line-up positions as speakers ("the third said", "the lead said", "the
rookie lead said"): the player the article titled with that position before the name
in a line-up ("with third Noor Vale, second Bo Ray and lead Lu Chen") or gave it right
after the name ("Ann Roe throwing lead stones"), never a count or an ordinal.
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


# a position written after a full name ("19-year-old Ann Roe throwing lead stones",
# "Bo Ray at second", "Lu Chen playing third") (group 1: the name; group 2: the position)
_LINEUP_AFTER_NAME_RE = re.compile(
    r"([A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,2})[ \t]+(?:throwing|playing|at)[ \t]+"
    r"(third|second|lead|fourth)\b"
)
# "the rookie lead", "The veteran third", "the 19-year-old second": a line-up position
# after one modifier (group 1: the position)
_LINEUP_MODIFIED_RE = re.compile(
    r"the[ \t]+(?:rookie|veteran|young|teenage|longtime|[0-9]{1,2}-year-old)[ \t]+"
    r"(third|second|lead|fourth|vice-skip)"
)


def _lineup_hits(text, lo, at):
    """(start, position, name) of every player titled with a position before ``at``
    ("third Noor Vale") or given one right after the name ("Ann Roe throwing lead
    stones"), in text order."""
    hits = [(m.start(), m.group(1), m.group(2)) for m in _LINEUP_TITLED_RE.finditer(text, lo, at)]
    hits += [
        (m.start(), m.group(2), m.group(1)) for m in _LINEUP_AFTER_NAME_RE.finditer(text, lo, at)
    ]
    hits.sort()
    return hits


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
    hits = _lineup_hits(text, lo, at)
    for k, m in enumerate(hits):
        if m[1] != position:
            continue
        near = [h for h in hits[max(0, k - 3) : k + 4] if h is not m and abs(h[0] - m[0]) < 200]
        if any(h[1] != position for h in near):
            found = m  # (another position titled in the same line-up)
    return None if found is None else found[2]


def resolve_lineup_position(an, q, persons):
    """Fill "the third" with the player titled "third" in the article's line-up; False
    when there is none."""
    lm = q.mention.lower()
    if lm in LINEUP_MENTIONS:
        position = lm.split()[1]
    elif (modified := _LINEUP_MODIFIED_RE.fullmatch(lm)) is not None:
        position = modified.group(1)  # "the rookie lead"
    else:
        return False
    at = min(q.start, q.m_start)
    name = lineup_position_name(an.masked if an.masked is not None else an.text, at, position)
    if name is None or MASK in name:
        return False
    return _set_person(an, q, persons, name.split())
