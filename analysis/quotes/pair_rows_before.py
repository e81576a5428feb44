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
# "both parents", "the two ranchers", "both men": a pair word and a plural noun
_PAIR_NOUN_RE = re.compile(r"(?:both|the two)[ \t]+(?:[a-z]+s|men|women)")
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
    # one pass, state kept as it goes (linear in the rows): the last pair row, the pair
    # names seen, whether another person was quoted after that row, the last person
    # quoted and every speaker so far
    last_pair, pair_names, other_since, last_person, quoted = None, set(), False, None, set()
    for q in rows:
        lm = (q.mention or "").lower()
        bare = lm in _PAIR_WORDS
        paired = bare or (lm[:4] in ("both", "the ") and _PAIR_NOUN_RE.fullmatch(lm))
        if paired and (q.speaker or "").lower() == lm:
            pair = None
            if last_pair is not None and q.m_start - last_pair.m_start <= (
                reach if bare else noun_reach
            ):
                ok = not other_since if bare else len(pair_names) == 1
                pair = last_pair.speaker if ok else None
            if pair is None and bare and an is not None and last_person is not None:
                pair = _quoted_and_named_before(an, last_person, quoted, q)
            if pair is not None:
                q.speaker, q.stype = pair, "group"
        speaker = q.speaker or ""
        quoted.add(speaker)
        if q.stype == "group" and " and " in speaker and _NAMED_PAIR_RE.fullmatch(speaker):
            last_pair, other_since = q, False
            pair_names.add(speaker)
        elif q.stype == "person":
            if last_pair is not None and speaker not in last_pair.speaker.split(" and "):
                other_since = True
            if len(speaker.split()) >= 2:
                last_person = q


def _quoted_and_named_before(an, last_person, quoted, q, reach=800):
    """ "NAME1 and NAME2" for a bare pair word whose sentence before (in its paragraph)
    names exactly one full name of a person not quoted yet, NAME1 being the person
    quoted last (within ``reach``) and the two in the order the article names them."""
    if q.m_start - last_person.m_start > reach:
        return None
    text = an.text
    para = text.rfind("\n", 0, q.m_start) + 1
    ends = _last_sentence_ends(text, para, q.m_start + 1)
    if not ends or text[ends[-1] : q.m_start].strip(' \t"“') != "":
        return None  # (the mention must open its sentence)
    start = ends[-2] if len(ends) >= 2 else para
    before = text[start : ends[-1]]
    if "“" in before or '"' in before:
        return None
    names = {
        m.group(1)
        for m in _FULL_NAME_RE.finditer(before)
        if an.lex.gender.get(m.group(1).split()[0].lower()) in ("m", "f")
    }
    if len(names) != 1 or names & quoted:
        return None
    new, last = names.pop(), last_person.speaker
    first_new, first_last = text.find(new), text.find(last)
    return f"{last} and {new}" if 0 <= first_last < first_new else f"{new} and {last}"


def _last_sentence_ends(text, lo, hi, window=600):
    """The ends of the sentence breaks in ``text[lo:hi]``, the last two at least (all of
    them when there are fewer): each break holds one ".", "!" or "?" at its start, so a
    scan from a later point finds the same breaks after it, and a long paragraph is not
    read from its start at every pair word (a window first, the whole range if short).

    >>> _last_sentence_ends("A b. C d. E f. G", 0, 16, window=8)
    [10, 15]
    >>> _last_sentence_ends("A b. C d. E f. G", 0, 16, window=4)
    [5, 10, 15]
    """
    start = max(lo, hi - window)
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(text, start, hi)]
    if len(ends) >= 2 or start == lo:
        return ends
    return [m.end() for m in _SENTENCE_END_RE.finditer(text, lo, hi)]
