"""Pair mentions after a pair: "the two said" / "Both parents said" left as written by
the pair rules (``groups._resolve_pair``, ``pair_mentions``, ``pair_kin_quoted``) is the
pair an earlier row already gave as its speaker ("NAME1 and NAME2 told council A. '"B,"
the two said'"), or, with no such row, the person quoted last and the one new person the
sentence right before names ("His mother, NAME1, said A. His father, NAME2, sat beside
her. The two told the jury B"). This module owns that last pass; it runs after
``pair_kin_quoted``.
"""

from __future__ import annotations

import re

_PAIR_WORDS = frozenset(("the two", "both", "the pair", "both of them", "the two of them"))
# "both parents", "the two ranchers": a pair word and a plural noun
_PAIR_NOUN_RE = re.compile(r"(?:both|the two)[ \t]+[a-z]+s")
# a row's speaker that is two names joined by "and" ("Ann Roe and Tom Vale")
_NAMED_PAIR_RE = re.compile(
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)* and [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*"
)
# a full name (a capitalised given name and one or two capitalised words after it)
_FULL_NAME_RE = re.compile(r"\b([A-Z][a-z]+(?:[ \t][A-Z][\w'’-]+){1,2})\b")
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’]?[ \t]+(?=[A-Z\"“])")


def pair_rows_before(an, quotes, reach=1500, noun_reach=5000):
    """Give an unresolved pair mention ("the two", "both", "both parents") the pair of
    names an earlier row has as its speaker: the last one within ``reach`` characters
    when no other person is quoted between them; for a pair word with a plural noun,
    within ``noun_reach`` when every pair row before it is that pair. Failing that, a
    bare pair word right after a sentence that names one new person (a full name with
    a listed given name) is that person and the person quoted last before it.

    >>> class Q:
    ...     def __init__(s, sp, at, stype="person"):
    ...         s.speaker, s.mention, s.m_start, s.stype = sp, sp, at, stype
    >>> qs = [Q("Ann Roe and Tom Vale", 10, "group"), Q("the two", 90)]
    >>> pair_rows_before(None, qs); qs[-1].speaker
    'Ann Roe and Tom Vale'
    """
    rows = sorted(quotes, key=lambda r: r.m_start)
    for k, q in enumerate(rows):
        lm = (q.mention or "").lower()
        bare = lm in _PAIR_WORDS
        if not (bare or _PAIR_NOUN_RE.fullmatch(lm)) or (q.speaker or "").lower() != lm:
            continue
        pair = _pair_row_before(rows[:k], q, bare, reach if bare else noun_reach)
        if pair is None and bare and an is not None:
            pair = _quoted_and_named_before(an, rows[:k], q)
        if pair is not None:
            q.speaker, q.stype = pair, "group"


def _pair_row_before(prev, q, bare, reach):
    """The named pair of the last row before ``q`` that has one, under the module's
    conditions; None otherwise."""
    pairs = [p for p in prev if p.stype == "group" and _NAMED_PAIR_RE.fullmatch(p.speaker or "")]
    if not pairs or q.m_start - pairs[-1].m_start > reach:
        return None
    last = pairs[-1]
    if bare:
        members = set(last.speaker.split(" and "))
        between = [p for p in prev if p.m_start > last.m_start and p.stype == "person"]
        if any(p.speaker not in members for p in between):
            return None
    elif len({p.speaker for p in pairs}) != 1:
        return None
    return last.speaker


def _quoted_and_named_before(an, prev, q, reach=800):
    """ "NAME1 and NAME2" for a bare pair word whose sentence before (in its paragraph)
    names exactly one full name of a person not quoted yet, NAME1 being the person
    quoted last (within ``reach``) and the two in the order the article names them."""
    persons = [p for p in prev if p.stype == "person" and len((p.speaker or "").split()) >= 2]
    if not persons or q.m_start - persons[-1].m_start > reach:
        return None
    text = an.text
    para = text.rfind("\n", 0, q.m_start) + 1
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(text, para, q.m_start + 1)]
    if not ends or text[ends[-1] : q.m_start].strip(' \t"“') != "":
        return None  # (the mention must open its sentence)
    start = ends[-2] if len(ends) >= 2 else para
    before = text[start : ends[-1]]
    if "“" in before or '"' in before:
        return None
    quoted = {p.speaker for p in prev}
    names = {
        m.group(1)
        for m in _FULL_NAME_RE.finditer(before)
        if an.lex.gender.get(m.group(1).split()[0].lower()) in ("m", "f")
    }
    if len(names) != 1 or names & quoted:
        return None
    new, last = names.pop(), persons[-1].speaker
    first_new, first_last = text.find(new), text.find(last)
    return f"{last} and {new}" if 0 <= first_last < first_new else f"{new} and {last}"
