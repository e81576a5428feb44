"""Bare ages as speakers whom the article gave no age before: "the 67-year-old said"
right after an unnamed person's statement ("A retired letter carrier who ... said
A. '"B," the 67-year-old said'": that description), and an age after a name given as
the complement of "was"/"is" ("The youngest speaker was Elodie Roe, a Grade 11
student. '"A," the 16-year-old said'": Elodie Roe).
"""

from __future__ import annotations

import bisect
import re

from .antecedents import _set_person, _unresolved_description
from .kin import _PARAGRAPH_BREAK_RE, _aged_ref_not_a_person
from .mentions import _ALL
from .org_subjects import _other_name_between
from .usage import _never_a_person

# a bare age: "the 67-year-old" (no head noun that could name someone new)
_AGED_BARE_RE = re.compile(r"[Tt]he[ \t]+\d{1,3}-year-old\Z")

# an unnamed person's mention: "A retired letter carrier", "One fan", "Another neighbour"
_AGED_INDEFINITE_MENTION_RE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+[a-z]")


def _age_after_unnamed_speaker(an, quotes):
    """Give an unresolved bare "the 67-year-old" the unnamed description quoted in the
    statement just before it ("One fan, a retired letter carrier who ..., said A.
    '"B," the 67-year-old said'": the same person), when that statement is in the same
    paragraph or the one before and nobody is named between; speaker strings only.
    """
    for k in range(1, len(quotes)):
        q = quotes[k]
        if "-year-old" not in (q.mention or "") or _unresolved_description(q) is None:
            continue
        if _AGED_BARE_RE.match(q.mention) is None:
            continue
        p = quotes[k - 1]
        if _AGED_INDEFINITE_MENTION_RE.match(p.speaker or "") is None:
            continue  # (the statement before is still an unnamed description's)
        if _AGED_INDEFINITE_MENTION_RE.match(p.mention or "") is None:
            continue
        lo, hi = max(p.end, p.m_end), min(q.start, q.m_start)
        if hi < lo or len(_PARAGRAPH_BREAK_RE.findall(an.text, lo, hi)) > 1:
            continue
        if _other_name_between(an, lo, hi, None):
            continue
        q.speaker, q.stype = p.speaker, "anonymous" if p.stype == "person" else p.stype


def _age_after_named_speaker(an, quotes):
    """Give an unresolved bare "the 63-year-old" the named person quoted in the statement
    just before it ("NAME, who farms ... with his daughter, Maude. He said A. '"B," the
    63-year-old said'": NAME), when that statement is in the same paragraph or the one
    before, no other person is named between, and the article gives nobody that age
    before nor that person another age; speaker strings only.
    """
    firsts: dict = {}  # (where each age phrase first occurs, and whose age is given)
    for k in range(1, len(quotes)):
        q = quotes[k]
        if "-year-old" not in (q.mention or "") or _AGED_BARE_RE.match(q.mention) is None:
            continue
        if _unresolved_description(q) is None:
            continue
        p = quotes[k - 1]
        if p.stype != "person" or len((p.speaker or "").split()) < 2:
            continue
        lo, hi = max(p.end, p.m_end), min(q.start, q.m_start)
        if hi < lo or len(_PARAGRAPH_BREAK_RE.findall(an.text, lo, hi)) > 1:
            continue
        age = q.mention.split()[-1].split("-")[0]
        if _given_before(an.text, f"{age}-year-old", q.m_start, firsts) or _given_before(
            an.text, f" {age},", q.m_start, firsts
        ):
            continue  # (someone was given that age: the other rules)
        if _aged_person_between(an, lo, hi, p.speaker):
            continue
        if ("own", p.speaker) not in firsts:
            firsts["own", p.speaker] = _own_age_given(an.text, p.speaker)
        if firsts["own", p.speaker]:
            continue
        q.speaker, q.stype = p.speaker, p.stype


def _given_before(text, phrase, at, firsts):
    """Is ``phrase`` written in ``text`` before ``at`` (``phrase in text[:at]``), from
    where it first occurs (found once per article in ``firsts``)?

    >>> _given_before("Ann, 34, left. Bo, 34,", " 34,", 8, {}), _given_before("Ann", " 3,", 3, {})
    (True, False)
    """
    first = firsts.get(phrase)
    if first is None:
        first = firsts[phrase] = text.find(phrase)
    return 0 <= first and first + len(phrase) <= at


def _own_age_given(text, full):
    """Does ``text`` give the person ``full`` an age ("Jo Roe, 34," or "Roe, 34,"), not
    counting a relative of the same surname ("Maude Roe, 34,")?

    >>> _own_age_given("Maude Roe, 34, spoke.", "Jo Roe"), _own_age_given("Roe, 34, spoke.", "Jo Roe")
    (False, True)
    """
    first, last = full.split()[0], full.split()[-1]
    for m in re.finditer(rf"(\S+)[ \t]+{re.escape(last)},[ \t]+\d{{1,3}},", text):
        if m.group(1) == first or not m.group(1)[:1].isupper():
            return True
    return re.search(rf"(?:^|[.\n][ \t]*){re.escape(last)},[ \t]+\d{{1,3}},", text) is not None


# "was Elodie Roe, a Grade 11 student": a name of two or three capitalised words after
# "was"/"is", set off by a comma before an indefinite description
_AGED_COPULA_NAME_RE = re.compile(
    r"\b(?:was|is)[ \t]+((?:[A-Z][\w'’-]+[ \t]+){1,2}[A-Z][\w'’-]+),[ \t]+an?[ \t]"
)


def _resolve_aged_copula(an, q, persons, reach=600):
    """Fill a bare "the 16-year-old" with the person named as the complement of "was"
    or "is" just before it ("The youngest speaker was Elodie Roe, a Grade 11 student.
    '"A," the 16-year-old said'"), in the same paragraph or the one before, when nobody
    else is named between; False if none.

    >>> import types
    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = 'The last speaker was Elodie Roe, a student. "No," the 16-year-old said.'
    >>> an = _ArticleNames(t, [(0, 43), (44, len(t))], lexicon(), None)
    >>> q = types.SimpleNamespace(mention="the 16-year-old", m_start=t.index("the 16"))
    >>> _resolve_aged_copula(an, q, []), q.speaker
    (True, 'Elodie Roe')
    """
    if _AGED_BARE_RE.match(q.mention) is None:
        return False
    lo = max(0, q.m_start - reach)
    if " was " not in an.text[lo : q.m_start] and " is " not in an.text[lo : q.m_start]:
        return False
    best = None
    for m in _AGED_COPULA_NAME_RE.finditer(an.text, lo, q.m_start):
        best = m
    if best is None or len(_PARAGRAPH_BREAK_RE.findall(an.text, best.end(), q.m_start)) > 1:
        return False
    words = best.group(1).split()
    name = " ".join(words)
    if _never_a_person(an, name) or _aged_person_between(an, best.end(1), q.m_start, name):
        return False
    return _set_person(an, q, persons, words)


def _aged_person_between(an, lo, hi, canon):
    """Does the article name, outside quotations between ``lo`` and ``hi``, someone
    other than ``canon`` who may be a person (places and organisations do not count:
    "a student at Westfield High")?"""
    name_pos = an.positions()
    i = bisect.bisect_right(name_pos, lo)
    while i < len(name_pos) and name_pos[i] < hi:
        item = an.item_of(i, _ALL)
        if item is not None:
            other = an.canonical(item[1], item[2])
            if other != canon and not _aged_ref_not_a_person(an, other):
                return True
        i += 1
    return False


# what may stand before the subject's name opening a sentence: title words ("Finance
# Minister "), or a description the name is apposed to ("The constituent at the centre
# of the row, " before "Evelyn Roe, watched")
_AGED_SUBJECT_LEAD_RE = re.compile(
    r"(?:[A-Z][\w.'’-]*[ \t]+){0,3}"
    r"|(?:The|A|An|Its|Her|His|Their)[ \t][^,.;:!?\n\"“”]{0,80},[ \t]+"
)


def _resolve_aged_subject_before(an, q, persons):
    """Fill a bare "the 74-year-old" whom no rule gave an age with the one person the
    sentence just before names as its subject ("The constituent at the centre of the
    row, Evelyn Roe, watched from home. '"A," the 74-year-old said'": Roe), in the same
    paragraph or the one before, nobody else named there or between, and the article
    giving that person no other age. False otherwise.

    >>> import types
    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = 'Evelyn Roe watched from home. "No," the 74-year-old said.'
    >>> an = _ArticleNames(t, [(0, 29), (30, len(t))], lexicon(), None)
    >>> q = types.SimpleNamespace(mention="the 74-year-old", m_start=t.index("the 74"), start=31)
    >>> _resolve_aged_subject_before(an, q, []), q.speaker
    (True, 'Evelyn Roe')
    """
    if _AGED_BARE_RE.match(q.mention) is None:
        return False
    an.antecedents()
    lo = min(q.start, q.m_start)
    si = bisect.bisect_right(an.ante[0], lo) - 1
    if si < 1:
        return False
    s0, s1 = an.sents[si - 1][:2]
    if len(_PARAGRAPH_BREAK_RE.findall(an.text, s1, lo)) > 1:
        return False
    names = an.positions()
    j = bisect.bisect_left(names, s0)
    if j >= len(names) or names[j] >= s1 or len(an.names[j][1]) < 2:
        return False
    if _AGED_SUBJECT_LEAD_RE.fullmatch(an.text, s0, names[j]) is None:
        return False  # (the sentence's subject is no name: "Police said Ann Roe ...")
    gender, person = an.person_like(j)[:2]
    cw = list(an.names[j][1])
    canon = an.canonical(cw)
    if not (person or gender in ("m", "f")) or _aged_ref_not_a_person(an, canon):
        return False
    if _aged_person_between(an, names[j], lo, canon):
        return False  # (someone else named since: maybe that one)
    if _aged_given_other_age(an.text, cw[-1]):
        return False  # ("Jo Roe, 34, spoke. '...,' the 29-year-old said": someone else)
    return _set_person(an, q, persons, cw)


# an age given to a name: "Roe, 34," / "34-year-old ... Roe" (the name's words after it)
_AGED_GIVEN_COMMA_RE = re.compile(r"([A-Z][\w'’-]+),[ \t]+\d{1,3},")
_AGED_GIVEN_BEFORE_RE = re.compile(r"\d-year-old([^.,;\n]{0,80})")


def _aged_given_other_age(text, last):
    """Does ``text`` give the name ending in ``last`` an age ("Jo Roe, 34,"; "the
    34-year-old nurse Jo Roe")?

    >>> _aged_given_other_age("Jo Roe, 34, spoke.", "Roe"), _aged_given_other_age("Jo Roe spoke.", "Roe")
    (True, False)
    """
    if any(m.group(1) == last for m in _AGED_GIVEN_COMMA_RE.finditer(text)):
        return True
    return any(last in m.group(1).split() for m in _AGED_GIVEN_BEFORE_RE.finditer(text))
