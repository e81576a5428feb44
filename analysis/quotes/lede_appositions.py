"""Kin named later ("her daughter", "his son" and the full name that follows) and
roles in an apposition: "<Name>, 29, a <role>", "his <role>, <Name>," and the last
person an apposition of a role names (``_last_apposed``,
``_described_in_apposition``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..gender import _UNISEX
from .antecedents import _CAP_NAME_WORD, _set_person, _unquoted_before
from .kin import _KIN_GENDER, _kin_given_said_next
from .lexicon import _SENT_START_STOP, _lines
from .names import _person_like
from .wordscan import (
    _DESCRIBED_BARE_LEAD_RE,
    _DESCRIBED_DET_LEAD_RE,
    _PLACE_OF_WORK_NEXT_RE,
    _WORD_END_RE,
    _comma_lead_then,
)

_KIN_LATER_CACHE: dict = {}


def _resolve_kin_named_later(an, q, persons, reach=3000):
    """Fill the speaker of "her daughter" / "his grandson" (his or her, up to one
    modifier, a kin noun), said before the article names that relative, with the one
    name it gives the relative in apposition in the ``reach`` characters after the
    mention, outside quotations ("'...,' said her daughter. ... Her daughter, Mia Roe,
    said ..."): False when it names none, two different ones, or one of the other
    gender ("her son, Ana Roe")."""
    words = q.mention.lower().split()
    if not 2 <= len(words) <= 3 or words[0] not in ("his", "her"):
        return False
    kin = words[-1]
    want = _KIN_GENDER.get(kin)
    if want is None:
        return False
    hi = min(len(an.text), q.m_end + reach)
    seg = an.masked[q.m_end : hi] if an.masked is not None else an.text[q.m_end : hi]
    if kin not in seg:
        return _kin_given_said_next(an, q, persons, want)  # (the cheap test first)
    rx = _KIN_LATER_CACHE.get((words[0], kin))
    if rx is None:
        rx = _KIN_LATER_CACHE[(words[0], kin)] = re.compile(
            r"(?<![\w'’])(?i:"
            + words[0]
            + r")[ \t]+(?:[a-z][a-z-]*[ \t]+)?"
            + re.escape(kin)
            + r",?[ \t]+((?:"
            + _CAP_NAME_WORD
            + r"[ \t]+){0,2}"
            + _CAP_NAME_WORD
            + r")\b(?![ \t]*[A-Z])"
        )
    found = {}
    for m in rx.finditer(seg):
        cw = m.group(1).split()
        if cw[0].lower() in _SENT_START_STOP or cw[-1] in an.lex.org_words:
            continue
        found.setdefault(an.canonical(cw), cw)
    if not found:
        return _kin_given_said_next(an, q, persons, want)
    if len(found) != 1:
        return False  # (two relatives so described: "her son, Al ... her son, Ben")
    cw = next(iter(found.values()))
    g = an.lex.gender.get(cw[0].lower())
    if g is not None and g != want and _UNISEX.get(cw[0].lower(), 1.0) >= 0.9:
        return False  # ("her son, Ana Roe": someone else's)
    return _set_person(an, q, persons, cw)


# "said George Papadakis," / "George Papadakis said": a full name that quotes
_FULL_SAYS_RE = re.compile(
    r"(?:\b(?:says|said)[ \t]+((?:" + _CAP_NAME_WORD + r"[ \t]+){1,2}" + _CAP_NAME_WORD + r")"
    r"(?=[,.])|(?<![\w'’-])((?:"
    + _CAP_NAME_WORD
    + r"[ \t]+){1,2}"
    + _CAP_NAME_WORD
    + r")[ \t]+(?:says|said)\b)"
)


def _resolve_kin_full_named_next(an, q, persons, reach=800):
    """Fill the speaker of "her son" (his or her, up to one modifier, a kin noun),
    said before the article names the relative, with the one full name the ``reach``
    characters after it, outside quotations, quote ("..., her son said. '...,' said
    George Papadakis, who lives in LaSalle") that shares its surname with someone named
    before the mention but is itself written nowhere before it, and is not of the
    other gender; False otherwise."""
    words = q.mention.lower().split()
    if not 2 <= len(words) <= 3 or words[0] not in ("his", "her"):
        return False
    want = _KIN_GENDER.get(words[-1])
    if want is None:
        return False
    hi = min(len(an.text), q.m_end + reach)
    seg = an.masked[q.m_end : hi] if an.masked is not None else an.text[q.m_end : hi]
    if "said" not in seg and "says" not in seg:
        return False
    before = an.text[: q.m_start]
    found = {}
    for m in _FULL_SAYS_RE.finditer(seg):
        cw = (m.group(1) or m.group(2)).split()
        last = cw[-1]
        if cw[0].lower() in _SENT_START_STOP or " ".join(cw) in before:
            continue
        if not any(e[0] < q.m_start for e in an.by_last.get(last.lower(), ())):
            continue  # (a new family name: someone else)
        g = an.lex.gender.get(cw[0].lower())
        if g is not None and g != want and _UNISEX.get(cw[0].lower(), 1.0) >= 0.9:
            continue
        found[" ".join(cw)] = cw
    if len(found) != 1:
        return False
    return _set_person(an, q, persons, next(iter(found.values())))


# heads of a description of one named person outside the lists ("the veteran")
_DESCRIPTION_HEADS = frozenset(_lines("description_heads.txt"))


@lru_cache(maxsize=512)
def _described_rx(role):
    """ "<Name>, (29,) a/an/the/its ... <role>" or "<Name>, (chief) <role> at|of|for"
    for ``_described_in_apposition`` ("Ida Lowe, its chair,")."""
    return re.compile(
        r"\b((?:"
        + _CAP_NAME_WORD
        + r"[ \t]+"
        + _NAME_PARTICLES_RX
        + r"){0,2}"
        + _CAP_NAME_WORD
        + r"),[ \t]+(?:\d+,[ \t]+)?"
        r"(?:(?:a|an|the|its|his|her|their|(?:[A-Z][\w.-]*[ \t]+){0,2}[A-Z][\w.-]*['’]s)"
        r"[ \t]+(?:[a-z0-9][\w'’-]*[ \t]+){0,4}" + re.escape(role) + r"\b"
        r"|(?!wh)(?:[a-z][\w-]*[ \t]+){0,3}" + re.escape(role) + r"[ \t]+(?:at|of|for|with)\b)"
    )  # ("Jo Roe, chief economist at Northmark,", "Al Roe, president and chief executive

    # of Acme,": no determiner, a place of work after)


# lower-case surname particles inside a full name ("Marcus de Souza", "Ana van der Berg")
_NAME_PARTICLES_RX = r"(?:(?:de|da|del|della|di|du|van|von|der|den|la|le|dos|das)[ \t]+){0,2}"


@lru_cache(maxsize=512)
def _possessed_role_rx(role):
    """ "his/her/their <role>, <Name>," or "the family's <role>, <Name>," (up to two
    lower-case modifiers before the role) for ``_described_in_apposition``; the
    possessor may be a name ("Kearney's lead, Kay Roe,") and an age may open the name
    ("her lead, 21-year-old Kay Roe,")."""
    return re.compile(
        r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he[ \t]+[a-z]+['’]s|[A-Z][\w-]*['’]s)[ \t]+"
        r"(?:[a-z][\w-]*[ \t]+){0,2}"
        + re.escape(role)
        + r",[ \t]+(?:\d{1,3}-year-old[ \t]+)?((?:"
        + _CAP_NAME_WORD
        + r"[ \t]+){0,2}"
        + _CAP_NAME_WORD
        + r")(?=[,.])"
    )


def _apposed_person(an, m):
    """Canonical name of the person group 1 of the apposition match ``m`` names (a
    sentence-opening stopword dropped), or None for no match, an organisation or a
    lone word that is no person's name."""
    if m is None:
        return None
    cw = m.group(1).split()
    if cw[0].lower() in _SENT_START_STOP:
        cw = cw[1:]
    if not cw or cw[-1] in an.lex.org_words:
        return None
    if len(cw) < 2 and not _person_like(cw, an.lex, an.by_last_multi, None):
        return None
    return an.canonical(cw)


def _last_apposed(an, at, reach, role, cue, rx):
    """Canonical name the last match of ``rx(role)`` names in the ``reach`` characters
    before ``at``, outside quotations (``_apposed_person``); None when ``role`` or the
    word ``cue`` is not there (the cheap test first) or nothing matches."""
    _lo, seg = _unquoted_before(an, at, reach)
    if role not in seg or cue not in seg:
        return None
    last = None
    for m in rx(role).finditer(seg):
        last = m
    return _apposed_person(an, last)


def _described_in_apposition(an, at, role, reach=4000):
    """Canonical name of the last person the ``reach`` characters before ``at``
    describe as ``role`` in apposition, outside quotations ("Tom Greer, a local
    businessman," for "the businessman"), or None."""
    lo, seg = _unquoted_before(an, at, reach)
    if role not in seg:
        return None  # (the cheap test first)
    last = None
    # (every match holds the role after a comma, one of two leads and what follows it
    # in that alternative: else no match, no pattern compiled for the role)
    if _comma_lead_then(seg, role, _DESCRIBED_DET_LEAD_RE, _WORD_END_RE) or _comma_lead_then(
        seg, role, _DESCRIBED_BARE_LEAD_RE, _PLACE_OF_WORK_NEXT_RE
    ):
        for m in _described_rx(role).finditer(seg):
            last = m
    if role + "," in seg:  # (every match holds it)
        for m in _possessed_role_rx(role).finditer(seg):  # ("her lawyer, Marc Roe,")
            if last is None or m.start() > last.start():
                last = m
    return _apposed_person(an, last)
