"""Veterans named by their tenure: an unresolved "the veteran millworker" / "the
23-year veteran" speaker is the person a sentence just before gave a long tenure
("NAME has worked on the mill's paper machine for 31 years. ... the veteran
millworker said": NAME), when nobody else is named between.
"""

from __future__ import annotations

import bisect
import re

from .aged_speakers import _aged_person_between
from .antecedents import _unresolved_description
from .kin import _PARAGRAPH_BREAK_RE
from .usage import _never_a_person

# "the veteran millworker", "The veteran fisher", "the 23-year veteran", "the veteran"
_VETERAN_RE = re.compile(
    r"the[ \t]+(?:\d{1,2}-year[ \t]+veteran|veteran(?:[ \t]+[a-z][\w-]*){0,2})\Z"
)

# a sentence that opens with a name (after up to three capitalised title words) and
# gives it a tenure with "has"/"had": "for 31 years", "for two decades", "since 1994"
_TENURE_RE = re.compile(
    r"(?:^|(?<=[.!?\n])[\"”]?[ \t]*|\n)"
    r"(?:[A-Z][\w.'’-]*[ \t]+){0,3}?"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})"
    r"[^.!?\n\"“”]{0,40}?[ \t](?:has|had)[ \t](?:[^.!?\n\"“”]|\.(?=[ \t]\d)){0,120}?"
    r"(?:\bfor[ \t]+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several)"
    r"[ \t]+(?:years|decades)|\bsince[ \t]+(?:19|20)\d\d)\b"
)


def veteran_after_tenure(an, quotes):
    """Give an unresolved "the veteran <noun>" / "the 23-year veteran" the person the
    last tenure sentence before it names ("Ann Roe has fished out of Ballantyne's Cove
    for 38 years. The veteran fisher said ...": Ann Roe), within the paragraph before
    it, when nobody else who may be a person is named between; speaker strings only.

    >>> _VETERAN_RE.match("the veteran millworker") is not None, _VETERAN_RE.match("the veteran's wife")
    (True, None)
    """
    text = an.text
    for q in quotes:
        desc = _unresolved_description(q)
        if desc is None or "veteran" not in desc or _VETERAN_RE.match(desc) is None:
            continue
        at = q.m_start
        breaks = list(_PARAGRAPH_BREAK_RE.finditer(text, max(0, at - 1500), at))
        lo = breaks[-2].end() if len(breaks) >= 2 else max(0, at - 1500)
        if " has " not in text[lo:at] and " had " not in text[lo:at]:
            continue
        best = None
        for m in _TENURE_RE.finditer(text, lo, at):
            best = m
        if best is None:
            continue
        words = _indexed_name(an, best.start(), best.end("name")) or best.group("name").split()
        canon = an.canonical(words)
        if _never_a_person(an, canon) or _aged_person_between(an, best.end("name"), at, canon):
            continue
        q.speaker, q.stype = canon, "person"


def _indexed_name(an, lo, hi):
    """The words of the first name the article's name index holds between ``lo`` and
    ``hi`` ("Ingeborg Sallinen-Hart" in "Paramedic Ingeborg Sallinen-Hart"), or None."""
    names = an.positions()
    j = bisect.bisect_left(names, lo)
    if j < len(names) and names[j] < hi:
        return list(an.names[j][1])
    return None
