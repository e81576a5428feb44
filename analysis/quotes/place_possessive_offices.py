"""A place's office by the place's possessive ("Prince Rupert's mayor said",
"Alberta's premier said"): this module owns making such a speaker the person who holds
the office (``place_possessive_office``): the holder the article names for that place
("Mayor Ann Roe of Prince Rupert", "Prince Rupert Mayor Ann Roe", "Ann Roe, the mayor
of Prince Rupert"), else the person "the mayor" would be, unless the article names
that person the holder of another place; unresolved, the mention stays as written,
typed person (it was unknown)."""

from __future__ import annotations

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
    if any(len(e[1]) > 1 and list(e[1]) != words for e in an.by_last.get(words[-1].lower(), ())):
        return False  # a person's ("Ann Roe ... Roe's chief")
    before = an.text[: q.m_start]
    holders = office_holders(before, office) if office in before.lower() else {}
    for written, name in holders.items():
        if _same_place(written, place):
            return _set_person(an, q, persons, name.split())
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
