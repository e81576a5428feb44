"""A place's office by the place's possessive ("Prince Rupert's mayor said",
"Alberta's premier said"): this module owns making such a speaker the person who holds
the office (``place_possessive_office``): the holder the article names for that place
("Mayor Ann Roe of Prince Rupert", "Prince Rupert Mayor Ann Roe", "Ann Roe, the mayor
of Prince Rupert"), else the person "the mayor" would be, unless the article names
that person the holder of another place; unresolved, the mention stays as written,
typed person (it was unknown)."""

from __future__ import annotations

import bisect
import re

from .antecedents import _CAP_NAME_WORD, _set_person
from .lexicon import _lines

_PLACE_OFFICES = frozenset(_lines("place_office_nouns.txt"))

# "Prince Rupert's mayor", "Alberta's deputy premier": one to three capitalised words,
# a possessive, one or two lower-case words
_PLACE_POSSESSIVE_RE = re.compile(
    r"((?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+)['’]s[ \t]+([a-z]+(?:[ \t]+[a-z]+)?)"
)

_NAME = r"((?:" + _CAP_NAME_WORD + r"[ \t]+){1,2}" + _CAP_NAME_WORD + r")"
_PLACE = r"((?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+)"


def _holder_patterns(office):
    """The patterns that name the holder of ``office`` with a place: (name group,
    place group, pattern)."""
    o = r"[" + office[0].upper() + office[0] + r"]" + re.escape(office[1:])
    return (
        (1, 2, re.compile(r"\b" + o + r"[ \t]+" + _NAME + r"[ \t]+of[ \t]+" + _PLACE)),
        (1, 2, re.compile(_NAME + r",[ \t]+(?:the[ \t]+)?" + o + r"[ \t]+of[ \t]+" + _PLACE)),
        (2, 1, re.compile(_PLACE + r"[ \t]+" + o + r"[ \t]+" + _NAME)),
        (1, 2, re.compile(_NAME + r",[ \t]+" + _PLACE + r"['’]s[ \t]+" + o + r"\b")),
    )


def office_holders(text, office):
    """{place: holder's name} of the holders of ``office`` that ``text`` names with a
    place (the last one named wins).

    >>> t = "Mayor Ann Roe of Prince Rupert met Terrace Mayor Tom Vance."
    >>> sorted(office_holders(t, "mayor").items())
    [('Prince Rupert', 'Ann Roe'), ('Terrace', 'Tom Vance')]
    """
    found = []
    for ni, pi, rx in _holder_patterns(office):
        for m in rx.finditer(text):
            found.append((m.start(), m.group(pi), m.group(ni)))
    return {place: name for _at, place, name in sorted(found)}


def _same_place(written, place):
    return written == place or written.endswith(" " + place)


# resolutions of "Prince Rupert's mayor" as "the mayor" per article (speed63's hostile
# "place_mayor_said" run: each resolution walks every earlier "Prince Rupert")
_FALLBACK_CAP = 100


def place_possessive_office(an, q, persons, groups, resolve):
    """Resolve "Prince Rupert's mayor" (``q.mention``) to the office's holder (see the
    module); False when the mention is no place's office. ``resolve`` resolves a
    description ("the mayor") in place.

    >>> import pandas as pd
    >>> from analysis import extract_quotes
    >>> t = "Mayor Ann Roe spoke on Monday. Prince Rupert's mayor said the plan was set."
    >>> extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [t]}))["speaker"].tolist()[-1]
    'Ann Roe'
    """
    m = _PLACE_POSSESSIVE_RE.fullmatch(q.mention)
    if m is None or m.group(2) not in _PLACE_OFFICES:
        return False
    place, office = m.group(1), m.group(2)
    words = place.split()
    memo = an.scan_memo.setdefault("place_possessive_office", {})
    key = tuple(words)
    if (persons_own := memo.get(key)) is None:
        persons_own = memo[key] = any(
            len(e[1]) > 1 and list(e[1]) != words for e in an.by_last.get(words[-1].lower(), ())
        )
    if persons_own:
        return False  # a person's ("Ann Roe ... Roe's chief")
    holders = _holders_before(an.text, office, q.m_start, memo)
    for written, name in holders.items():
        if _same_place(written, place):
            return _set_person(an, q, persons, name.split())
    # (an article with hundreds of them is no news: past the cap the mention stays as
    # written, so a long run costs linear time, not a resolution per quote)
    tried = an.scan_memo.get("place_possessive_fallbacks", 0)
    an.scan_memo["place_possessive_fallbacks"] = tried + 1
    if tried >= _FALLBACK_CAP:
        q.speaker, q.stype = q.mention, "person"
        return True
    saved = q.mention, q.m_start
    q.mention, q.m_start = "the " + office, q.m_end - len(office)
    try:
        resolve(an, q, persons, groups)
    finally:
        q.mention, q.m_start = saved
    got = q.speaker or ""
    if q.stype != "person" or got.lower() == "the " + office or got in holders.values():
        q.speaker, q.stype = q.mention, "person"  # (a holder of another place: not her)
    return True


# a character no holder pattern consumes (each pattern reads only letters, apostrophes,
# hyphens, spaces, tabs and commas): no match crosses one
_BARRIER_RE = re.compile(r"[^A-Za-zÀ-ÿ'’\- \t,]")


def _holders_before(text, office, at, memo):
    """``office_holders(text[:at], office)`` when ``office`` is in that text (lower-cased),
    else {}, read from scans of the whole text made once per article (``memo``): a
    match of the prefix that starts before its last barrier character is a match of the
    whole text, so only the piece after that barrier is searched again (one scan of the
    prefix per quotation made "Prince Rupert's mayor said" runs quadratic).

    >>> t = "Mayor Ann Roe of Prince Rupert met Terrace Mayor Tom Vance. Mayor Ed Hale of"
    >>> all(_holders_before(t, "mayor", n, {}) == office_holders(t[:n], "mayor")
    ...     for n in range(len(t) + 1))
    True
    """
    if at is None:
        at = len(text)
    got = memo.get(office)
    if got is None:
        low = text.lower()
        first = low.find(office) if len(low) == len(text) else -2  # (-2: not aligned)
        pats = _holder_patterns(office)
        found = [
            (m.start(), m.group(pi), m.group(ni)) for ni, pi, rx in pats for m in rx.finditer(text)
        ]
        found.sort()
        cuts = memo.get(None)
        if cuts is None:
            cuts = memo[None] = [m.start() for m in _BARRIER_RE.finditer(text)]
        got = memo[office] = (first, pats, found, [f[0] for f in found], cuts, [(0, {})])
    first, pats, found, starts, cuts, prefixes = got
    if first == -2 or _BARRIER_RE.search(office):
        before = text[:at]
        return office_holders(before, office) if office in before.lower() else {}
    if first < 0 or first + len(office) > at:
        return {}
    i = bisect.bisect_left(cuts, at)
    cut = cuts[i - 1] if i else 0  # (the last barrier before ``at``)
    c = bisect.bisect_left(starts, cut)  # the whole text's matches that start before it
    j = bisect.bisect_right(prefixes, c, key=lambda p: p[0]) - 1
    done, holders = prefixes[j]
    if done != c:
        holders = dict(holders)
        for _at, place, name in found[done:c]:
            holders[place] = name
        prefixes.insert(j + 1, (c, holders))
    tail = sorted(
        (m.start(), m.group(pi), m.group(ni))
        for ni, pi, rx in pats
        for m in rx.finditer(text, cut, at)
    )
    if tail:
        holders = dict(holders)
        for _at, place, name in tail:
            holders[place] = name
    return holders
