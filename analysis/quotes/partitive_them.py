"""A plural partitive of "them" as a speaker: "Lakefront residents say A. At the
meeting, several of them said B" -- "several of them" (also "some", "many", "most",
"all", "a few" of them) is the group quoted right before (a lower-case plural noun
phrase: "residents", "parents"), not a speaker of its own. Two named people ("Ann Roe and
Tom Vale") or a person quoted between leave the mention as it is. This module owns only
this pass (``partitive_them_speakers``, run by ``coref.resolve``)."""

from __future__ import annotations

import re

_PARTITIVE_RE = re.compile(r"(?:several|some|many|most|all|a[ \t]+few)[ \t]+of[ \t]+them", re.I)
# the group's speaker: lower-case words ending in a plural ("Lakefront residents")
_GROUP_SPEAKER_RE = re.compile(r"(?:[A-Za-z][\w'’-]*[ \t]+){0,3}[a-z][\w'’-]*s")


def partitive_them_speakers(an, quotes, reach=800):
    """Give each unresolved "several of them" statement the group speaker of the row
    right before it, within ``reach`` characters; speaker strings only.

    >>> class Q:
    ...     def __init__(s, sp, at, stype="group"):
    ...         s.speaker, s.mention, s.m_start, s.stype = sp, sp, at, stype
    >>> qs = [Q("Lakefront residents", 0), Q("several of them", 90)]
    >>> partitive_them_speakers(None, qs); qs[-1].speaker
    'Lakefront residents'
    >>> qs = [Q("Ann Roe and Tom Vale", 0), Q("some of them", 90)]
    >>> partitive_them_speakers(None, qs); qs[-1].speaker
    'some of them'
    """
    if not any((q.mention or "").rstrip()[-4:].lower() == "them" for q in quotes):
        return  # (no "... of them" mention: nothing to give; speed68's exact gate)
    last = None
    for q in sorted((q for q in quotes if q.m_start is not None), key=lambda r: r.m_start):
        mention = (q.mention or "").strip()
        if _PARTITIVE_RE.fullmatch(mention) and (q.speaker or "").lower() == mention.lower():
            if last is not None and q.m_start - last.m_start <= reach:
                q.speaker, q.stype = last.speaker, last.stype
            continue
        sp = q.speaker or ""
        ok = q.stype == "group" and " and " not in sp and _GROUP_SPEAKER_RE.fullmatch(sp)
        last = q if ok else None
