"""Kin and ages: "his wife", "her son", "the father of the child", "the 45-year-old"
resolved to the named relative, and the kind words ("the company", "the agency") a
description fits.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .._tokens import default_stopwords as _stopwords
from ..gender import _UNISEX
from .antecedents import (
    _CAP_NAME_WORD,
    _NAME_RUN_RE,
    _ORG_KINDS,
    _apposed_just_before,
    _described_speaker_between,
    _described_speakers,
    _first_nation_name,
    _is_company,
    _last_person_before,
    _named_description,
    _org_like_names_before,
    _org_name,
    _other_person_after,
    _pick_fitting,
    _resolve_he_she,
    _set_person,
    _unquoted_before,
    _unresolved_description,
    _written_org,
)
from .article_memo import article_memo
from .blocks import MASK
from .given_names import _given_name_gender, _quoted_pronoun_gender
from .kin_memos import kin_named_before, names_before, surname_firsts
from .lexicon import _SENT_START_STOP, _lines
from .mentions import _ALL, _SUBJ
from .names import _strip_possessive
from .sibling_quoted import quoted_sibling
from .titles import _ROLE_WORDS
from .usage import _never_a_person

_PARAGRAPH_BREAK_RE = re.compile(r"\n\s*")


_SPOUSES = {("her", "husband"): "m", ("his", "wife"): "f"}


# a sibling shares the surname too: "Hanne Solbakken ... '...,' her brother says"
_SIBLINGS = {"brother": "m", "sister": "f"}


_PARENTS = {"mother": "f", "father": "m"}


# a child or grandchild may share it ("Harold Reid ... his granddaughter, Leah Reid-Carter")
_CHILDREN = {"son": "m", "daughter": "f", "grandson": "m", "granddaughter": "f"}


def _same_surname(an, canon):
    """The name entries of the article whose surname is ``canon``'s, or shares a
    hyphenated part with it ("Teresa Bowes" and "Evelyn Marchetti-Bowes")."""
    last = canon.split()[-1].lower()
    got = list(an.by_last.get(last, ()))
    parts = set(last.split("-"))
    for key, entries in an.by_last.items():
        if key != last and ("-" in key or "-" in last) and parts & set(key.split("-")):
            got.extend(entries)
    return got


def _resolve_child(an, q, persons):
    """``_resolve_spouse`` for "his granddaughter" / "her son" (a child or grandchild,
    when no rule before named the relative): the one person of the kin noun's gender
    the article names with the surname of the last person of the possessive's gender
    quoted before ("Harold Reid ... It was his granddaughter who got him talking. Leah
    Reid-Carter ... said ... His granddaughter said" -> Leah Reid-Carter)."""
    return _resolve_spouse(an, q, persons, kin=_CHILDREN)


def _resolve_spouse(an, q, persons, reach=1500, kin=None):
    """Fill the speaker of "her husband" / "his wife" (or "his sister" / "her brother",
    "her mother" / "his father") with the one other person of that gender whom the article names with the surname
    of the last person quoted before (of the possessive's gender, within ``reach``
    characters; a hyphenated surname shares its parts): "Élodie and Karim Roy ... '...,'
    Élodie said. '...,' her husband said" -> Karim Roy; False if none."""
    words = q.mention.lower().split()
    want = _SPOUSES.get(tuple(words)) if kin is None else None
    if want is None and len(words) == 2 and words[0] in ("his", "her"):
        want = kin.get(words[1]) if kin else _SIBLINGS.get(words[1]) or _PARENTS.get(words[1])
    if want is None:
        return False
    poss = "m" if words[0] == "his" else "f"
    for pos, canon, _g in reversed(persons):
        if q.m_start - pos > reach:
            return False
        if " " not in canon:  # a given name alone ("Erik says"): its one full name
            fulls = {" ".join(e[1]) for e in an._given_index().get(canon.lower(), ())}
            canon = next(iter(fulls)) if len(fulls) == 1 else canon
        # (the given name's gender: a surname's may be the spouse's)
        g = an.pronoun_gender.get(canon) or an.lex.gender.get(canon.split()[0].lower())
        if (g == poss or g != want) and " " in canon:  # (of the possessive's gender, or unknown)
            break
    else:
        return False
    gender, last = an.lex.gender, canon.split()[-1].lower()

    def named_before(kind, keep):  # (the full names first written before the mention)
        firsts = surname_firsts(an, (last, kind, want), lambda: _same_surname(an, canon), keep)
        got = names_before(firsts, q.m_start)
        got.discard(canon)
        return got

    if kin:  # (a child: the one other person of that sex or an unknown one)
        cands = named_before("sex_or_unknown", lambda g: gender.get(g) in (want, None))
    else:
        cands = named_before("sex", lambda g: gender.get(g) == want)
    if not cands:  # ("Her son, Al Grewal ... His wife said": an unlisted given name)
        cands = named_before("unlisted", lambda g: g not in gender)
    if len(cands) > 1 and words[1] in _SIBLINGS:
        cands = {quoted_sibling(cands, persons, q.m_start)} - {None} or cands  # (not "Al Roe")
    if len(cands) != 1:
        return False
    return _set_person(an, q, persons, next(iter(cands)).split())


_KIN_BEFORE_CACHE: dict = {}


def _kin_before_rx(kin):
    """The pattern of a relative named with the kin noun ``kin`` before a mention:
    "her daughter Mia Roe", "whose daughter, Mia,", "Roe's daughter Mia" (group 1 the
    name) or "Mia Roe, her daughter," (group 2)."""
    rx = _KIN_BEFORE_CACHE.get(kin)
    if rx is None:
        name = r"((?:" + _CAP_NAME_WORD + r"[ \t]+){0,2}" + _CAP_NAME_WORD + r")"
        owner = (
            r"(?:(?i:his|her|their|whose|the[ \t]+(?:family|couple)['’]s)|"
            + _CAP_NAME_WORD
            + r"['’]s)"
        )
        kn = r"[ \t]+(?:[a-z][a-z-]*[ \t]+)?" + re.escape(kin)
        rx = _KIN_BEFORE_CACHE[kin] = re.compile(
            r"(?<![\w'’])" + owner + kn + r",?[ \t]+" + name + r"\b(?![ \t]*[A-Z])"
            r"|(?<![\w'’])" + name + r",[ \t]+(?i:his|her|their)" + kn + r","
        )
    return rx


def _resolve_kin_named_before(an, q, persons, reach=3000):
    """Fill the speaker of "her daughter" / "his grandfather" (his or her, up to one
    modifier, a kin noun) with the one relative of that kind the ``reach`` characters
    before it name, outside quotations, without the commas ``_resolve_apposed`` needs
    ("Her daughter Mia Roe was at work", "Roe's daughter Mia", "the family's eldest
    daughter, Mia,", "Mia Roe, her daughter, ..." then "Her daughter said"). False when none, two, or one of the
    other gender is named so."""
    words = q.mention.lower().split()
    if not 2 <= len(words) <= 3 or words[0] not in ("his", "her"):
        return False
    kin = words[-1]
    want = _KIN_GENDER.get(kin)
    lo, seg = _unquoted_before(an, q.m_start, reach)
    if want is None or kin not in seg:
        return False  # (the cheap test first)
    found = {}
    for m in _kin_before_rx(kin).finditer(seg):
        cw = (m.group(1) or m.group(2)).split()
        if cw[0].lower() in _SENT_START_STOP or cw[-1] in an.lex.org_words:
            continue
        g = an.lex.gender.get(cw[0].lower())
        if g is not None and g != want and _UNISEX.get(cw[0].lower(), 1.0) >= 0.9:
            continue  # ("her son Ana Roe": someone else's)
        found.setdefault(an.canonical(cw), cw)
    if len(found) != 1:
        return False
    return _set_person(an, q, persons, next(iter(found.values())))


def _resolve_kin_predicated(an, q, persons, reach=1500):
    """Fill the speaker of "his daughter" / "her grandson" with the person a sentence
    before said is that relative ("One of his swimmers, Ava Roe, is his daughter."; "Mia
    Roe, 13, is her granddaughter": the last such name of that kin noun, outside
    quotations, of no other gender). False when none.

    >>> import pandas as pd, analysis
    >>> text = ('Tom Roe coaches the club. One of his swimmers, Ava Roe, is his daughter. '
    ...         '"It was cold," his daughter said.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()
    ['Ava Roe']
    """
    words = q.mention.lower().split()
    if not 2 <= len(words) <= 3 or words[0] not in ("his", "her", "their"):
        return False
    kin = words[-1]
    want = _KIN_GENDER.get(kin)
    lo, seg = _unquoted_before(an, q.m_start, reach)
    if want is None or kin not in seg:
        return False  # (the cheap test first)
    got = None
    for m in _kin_predicated_rx(kin).finditer(seg):
        cw = m.group(1).split()
        g = an.lex.gender.get(cw[0].lower())
        if cw[0].lower() in _SENT_START_STOP or g is not None and g != want:
            continue  # ("Tom Roe is her son" for "her daughter": someone else)
        got = cw
    return got is not None and _set_person(an, q, persons, got)


@lru_cache(maxsize=64)
def _kin_predicated_rx(kin):
    """ "Ava Roe, is his daughter" / "Mia Roe, 13, is her granddaughter": group 1 the
    name (two or three capitalised words) before "is/was his/her/their [word] <kin>"."""
    name = rf"((?:{_CAP_NAME_WORD}[ \t]+){{1,2}}{_CAP_NAME_WORD})"
    return re.compile(
        name + r"(?:,[ \t]+\d{1,3},)?,?[ \t]+(?:is|was)[ \t]+(?:his|her|their)[ \t]+"
        r"(?:[a-z-]+[ \t]+)?" + re.escape(kin) + r"\b"
    )


_KIN_INVERSE = {
    noun: tuple(others.split())
    for noun, _tab, others in (line.partition("\t") for line in _lines("kin_inverse.txt"))
}


_KIN_INVERSE_CACHE: dict = {}


def _resolve_kin_inverse(an, q, persons, reach=3000):
    """Fill the speaker of "her grandfather" / "his mother" with the person the article
    gave the pronoun's owner (the subject a "he" / "she" there would name) as
    a relative of the other side, outside quotations: "Karl Roe opened the bakery. His
    granddaughter Mia Roe runs it ... Her grandfather used to say" -> Karl Roe, the
    subject of the kin noun's gender before "his granddaughter". False otherwise."""
    words = q.mention.lower().split()
    if len(words) != 2 or words[0] not in ("his", "her") or words[1] not in _KIN_INVERSE:
        return False
    want = _KIN_GENDER.get(words[1])
    owner_g = "m" if words[0] == "his" else "f"
    got = _pick_fitting(an, _SUBJ, q.m_start, owner_g, 1500, 12)  # whom "her" names
    if want is None or got is None:
        return False
    owner = got[1].split()
    rx = _KIN_INVERSE_CACHE.get(words[1])
    if rx is None:
        rx = _KIN_INVERSE_CACHE[words[1]] = re.compile(
            r"(?<![\w'’])([Hh]is|[Hh]er)[ \t]+(?:[a-z-]+[ \t]+)?(?:"
            + "|".join(_KIN_INVERSE[words[1]])
            + r"),?[ \t]+((?:"
            + _CAP_NAME_WORD
            + r"[ \t]+){0,2}"
            + _CAP_NAME_WORD
            + r")\b"
        )
    lo, seg = _unquoted_before(an, q.m_start, reach)
    intro = None
    for m in rx.finditer(seg):
        cw = m.group(2).split()
        if (m.group(1).lower() == "his") == (want == "m") and cw[0] == owner[0]:
            intro = lo + m.start()
    if intro is None:
        return False
    got = _pick_fitting(an, _SUBJ, intro, want, 1500, 12)
    if got is None or got[1].split()[0] == owner[0]:
        return False
    return _set_person(an, q, persons, got[1].split())


_KIN_POSSESSIVE_CACHE: dict = {}


def _resolve_kin_inverse_possessive(an, q, persons, reach=700):
    """Fill the speaker of "her mother" / "his father" with the person whose surname
    owns the child just introduced by a given name ("Roe-Lang's daughter, Mia, is in
    Grade 4. The class ..., her mother said" -> Ann Roe-Lang, named in full before):
    the kin noun's other side, in the unquoted ``reach`` characters before, of no other
    gender than the kin noun's. False otherwise."""
    words = q.mention.lower().split()
    if len(words) != 2 or words[0] not in ("his", "her") or words[1] not in _KIN_INVERSE:
        return False
    want = _KIN_GENDER.get(words[1])
    rx = _KIN_POSSESSIVE_CACHE.get(words[1])
    if rx is None:
        rx = _KIN_POSSESSIVE_CACHE[words[1]] = re.compile(
            r"(?<![\w'’])("
            + _CAP_NAME_WORD
            + r")['’]s[ \t]+(?:[a-z-]+[ \t]+)?(?:"
            + "|".join(_KIN_INVERSE[words[1]])
            + r"),?[ \t]+("
            + _CAP_NAME_WORD
            + r")\b"
        )
    lo, seg = _unquoted_before(an, q.m_start, reach)
    found = None
    for m in rx.finditer(seg):
        found = m
    if found is None:
        return False
    child_g = "m" if words[0] == "his" else "f"
    if an.gender_of.get(found.group(2).lower()) not in (None, child_g):
        return False  # ("Roe's son, Tom, ... her mother said": someone else's mother)
    at = lo + found.start()
    full = [
        w for p, w, _g, _i in an.by_last.get(found.group(1).lower(), ()) if p < at and len(w) >= 2
    ]
    if not full or (want and an.gender_of.get(full[-1][-1].lower()) not in (None, want)):
        return False
    return _set_person(an, q, persons, list(full[-1]))


_KIN_RECIPROCAL = {
    noun: tuple(others.split())
    for noun, _tab, others in (line.partition("\t") for line in _lines("kin_reciprocal.txt"))
}


_KIN_POSSESSOR_CACHE: dict = {}


def _resolve_kin_possessor(an, q, persons, reach=1500):
    """Fill the speaker of "his daughter" / "her husband" with the person the article
    named as the owner of the other side of that tie, outside quotations, within
    ``reach`` characters before it: "Colleen Roe's father, Ernest, is 84 ... '...,' his
    daughter said" -> Colleen Roe (the last such owner; a given name of the other
    gender is no match). False otherwise."""
    words = q.mention.lower().split()
    if len(words) != 2 or words[0] not in ("his", "her") or words[1] not in _KIN_RECIPROCAL:
        return False
    owner_g, want = ("m" if words[0] == "his" else "f"), _KIN_GENDER.get(words[1])
    others = [w for w in _KIN_RECIPROCAL[words[1]] if _KIN_GENDER.get(w) in (owner_g, None)]
    if not others:
        return False
    key = (words[1], owner_g)
    rx = _KIN_POSSESSOR_CACHE.get(key)
    if rx is None:
        rx = _KIN_POSSESSOR_CACHE[key] = re.compile(
            r"(?<![\w'’])((?:" + _CAP_NAME_WORD + r"[ \t]+){1,2}" + _CAP_NAME_WORD + r")"
            r"['’]s[ \t]+(?:late[ \t]+|elderly[ \t]+)?(?:" + "|".join(others) + r")\b"
        )
    _lo, seg = _unquoted_before(an, q.m_start, reach)
    found = None
    for m in rx.finditer(seg):
        cw = m.group(1).split()
        g = an.lex.gender.get(cw[0].lower())
        if want is None or g in (want, None):
            found = cw
    return found is not None and _set_person(an, q, persons, found)


_KIN_OBJECT_CACHE: dict = {}


def _resolve_kin_of_subject(an, q, persons, reach=1200):
    """Fill the speaker of "his daughter" / "her son" with the person named in full as
    the subject of a sentence whose object is the other side of that tie, his or hers
    by the kin noun's gender ("Margaret Roe drove her father to the hospital ... The
    retired fisherman, 81, ... '...,' his daughter said" -> Margaret Roe), the last such
    within ``reach`` unquoted characters before; a given name of the other gender is
    no match (tests/test_quotes_written58.py). False otherwise.
    """
    words = q.mention.lower().split()
    if len(words) != 2 or words[0] not in ("his", "her") or words[1] not in _KIN_RECIPROCAL:
        return False
    owner_g, want = ("m" if words[0] == "his" else "f"), _KIN_GENDER.get(words[1])
    others = [w for w in _KIN_RECIPROCAL[words[1]] if _KIN_GENDER.get(w) == owner_g]
    if not others or want not in ("m", "f"):
        return False
    key = (words[1], owner_g)
    rx = _KIN_OBJECT_CACHE.get(key)
    if rx is None:
        rx = _KIN_OBJECT_CACHE[key] = re.compile(
            r"(?:^|(?<=[.!?][ \t])|(?<=\n))((?:"
            + _CAP_NAME_WORD
            + r"[ \t]+){1,2}"
            + _CAP_NAME_WORD
            + r")[ \t]+(?:[a-z][\w'’-]*[ \t]+){1,4}"
            + ("her" if want == "f" else "his")
            + r"[ \t]+(?:"
            + "|".join(others)
            + r")\b"
        )
    _lo, seg = _unquoted_before(an, q.m_start, reach)
    found = None
    for m in rx.finditer(seg):
        cw = m.group(1).split()
        if an.lex.gender.get(cw[0].lower()) in (want, None):
            found = cw
    return found is not None and _set_person(an, q, persons, found)


_PARENT_NOUNS = {"father": "m", "dad": "m", "mother": "f", "mom": "f"}


_CHILD_NOUNS = ("son", "daughter")


def _resolve_parent_of_child(an, q, persons, reach=3000):
    """Fill the speaker of "his father" / "her mother" with the parent the article
    introduced the child by: the pronoun's owner is the last person quoted before, of
    the pronoun's gender, known by a given name that "His son, Luc," / "Her daughter,
    Mia," introduced (the son of the nearest subject of the parent's gender, as
    ``_pronoun_kin_given`` reads it): "Paul Roe ... His son, Luc, said A. His father
    said B" -> Paul Roe. False otherwise."""
    words = q.mention.lower().split()
    if len(words) != 2 or words[0] not in ("his", "her") or words[1] not in _PARENT_NOUNS:
        return False
    child_g = "m" if words[0] == "his" else "f"
    kids = [p for p in reversed(persons[-3:]) if p[2] in (child_g, None) and p[0] < q.m_start]
    if not kids or q.m_start - kids[0][0] > reach:
        return False
    given = kids[0][1].split()[0]
    parent_g = _PARENT_NOUNS[words[1]]
    lo, seg = _unquoted_before(an, q.m_start, reach)
    intro = None
    for m in _PRONOUN_KIN_GIVEN_RE.finditer(seg):
        kin = seg[m.end(1) : m.start(2)].strip(" \t,").split()[-1:]
        if m.group(2) == given and kin and kin[0] in _CHILD_NOUNS:
            if (m.group(1).lower() == "his") == (parent_g == "m"):
                intro = lo + m.start()
    if intro is None:
        return False
    got = _pick_fitting(an, _SUBJ, intro, parent_g, 1500, 12)
    if got is None or " " not in got[1] or got[1].split()[0] == given:
        return False
    return _set_person(an, q, persons, got[1].split())


# a speaker named by a given name alone: "says Lesia, who", "Lesia says", "said Al."
_GIVEN_SAYS_RE = re.compile(
    r"(?:\b(?:says|said)[ \t]+(" + _CAP_NAME_WORD + r")(?=[,.])"
    r"|(?<![\w'’-])(" + _CAP_NAME_WORD + r")[ \t]+(?:says|said)\b)"
)


def _kin_given_said_next(an, q, persons, want, reach=800):
    """Fill the speaker of "her daughter" (a relative of gender ``want``, not named in
    apposition) with the one person the ``reach`` characters after it, outside
    quotations, quote by a given name alone ("..., her daughter says. '...,' says
    Lesia, who lives in Saskatoon"): a listed given name of that gender that the
    article writes nowhere before the mention nor as anyone's surname or full name's
    given name. False otherwise."""
    hi = min(len(an.text), q.m_end + reach)
    seg = an.masked[q.m_end : hi] if an.masked is not None else an.text[q.m_end : hi]
    found = set()
    for m in _GIVEN_SAYS_RE.finditer(seg):
        w = m.group(1) or m.group(2)
        low = w.lower()
        g = an.lex.gender.get(low)
        if g is None and not (m.group(1) and seg.startswith(", who ", m.end())):
            continue  # (an unlisted word needs ", who": "says Lesia, who lives in")
        if g not in (want, None) or low in _SENT_START_STOP or w in an.lex.place_words:
            continue
        if (
            any(len(e[1]) > 1 for e in an.by_last.get(low, ()))
            or an._given_index().get(low)
            or w in an.text[: q.m_start]
        ):
            continue  # (a surname, a full name's given name, or someone named before)
        found.add(w)
    if len(found) != 1:
        return False
    return _set_person(an, q, persons, [found.pop()])


# (with a home town after "from": "the 18-year-old from Moose Jaw" is one person)
_AGED_MENTION_RE = re.compile(
    r"[Tt]he[ \t]+(\d{1,3})-year-old((?:[ \t]+[a-z][\w-]*){0,3})"
    r"(?:[ \t]+from(?:[ \t]+[A-Z][\w.'’-]*){1,3})?\Z"
)


def _resolve_aged(an, q, persons, reach=8000):
    """Fill the speaker of "the 34-year-old" (or "the 34-year-old centre") with the
    person the ``reach`` characters before it give that age, outside quotations:
    "Jo Roe, 34,", "Jo Roe, a 34-year-old nurse," or "34-year-old <words> Jo Roe" (a name of two capitalised words or
    more before the next comma or period, whose first word is a given name or whose
    surname the article also writes alone); the later of the two. False if none, and
    when the article gave that age to two people ("Ann Roe, 19, and Tom Vale, 19,").
    """
    m = _AGED_MENTION_RE.match(q.mention)
    if m is None:
        return False
    age = m.group(1)
    lo, seg = _unquoted_before(an, q.m_start, reach)
    best = None  # (end position in seg, name words)
    # (each pattern holds a literal, "34," and "34-year-old": the cheap tests first, as
    # the first pattern, starting with a capitalised word, is tried at every capital)
    if age + "," in seg:
        for a in re.finditer(r"((?:" + _CAP_NAME_WORD + r"[ \t]+){0,2}" + _CAP_NAME_WORD
                             + r"),[ \t]+" + age + r",", seg):  # fmt: skip
            best = (a.end(), a.group(1).split())
    if age + "-year-old" in seg:
        # "Jo Roe, a 34-year-old nurse from ...": the age in an apposition after the name
        for a in re.finditer(r"((?:" + _CAP_NAME_WORD + r"[ \t]+){0,2}" + _CAP_NAME_WORD
                             + r"),[ \t]+an?[ \t]+" + age + r"-year-old\b", seg):  # fmt: skip
            if best is None or a.end() > best[0]:
                best = (a.end(), a.group(1).split())
        for a in re.finditer(r"\b" + age + r"-year-old[ \t]+([^,.;:\n\x01]{0,80})", seg):
            for run in _NAME_RUN_RE.finditer(a.group(1)):
                cw = run.group().split()
                if cw[0].lower() in an.lex.gender or cw[-1].lower() in an.by_last_multi:
                    if best is None or a.end() > best[0]:
                        best = (a.end(), cw)
                    break
    if best is None or _two_aged(an, seg, age, best[1]):
        return False
    cw = best[1]
    if cw[0].lower() in _SENT_START_STOP:
        cw = cw[1:]
    while len(cw) > 2 and cw[0].lower().rstrip(".") in an.lex.titles:
        cw = cw[1:]  # ("Defenceman Kieran Abara, 18,": the title opens the sentence)
    return bool(cw) and _set_person(an, q, persons, cw)


def _two_aged(an, seg, age, words):
    """Does ``seg`` give the age ``age`` as "NAME, 34," or "NAME, a 34-year-old" to someone whose surname is not
    the last of ``words`` as well ("Ann Roe, 19, and Tom Vale, 19,": which one)?

    >>> _two_aged(None, "Ann Roe, 19, and Tom Vale, 19, left", "19", ["Tom", "Vale"])
    True
    """
    return any(
        m.group(1) != words[-1]
        for m in re.finditer(
            r"([A-Z][\w'’-]+),[ \t]+(?:an?[ \t]+)?" + age + r"(?:,|-year-old\b)", seg
        )
        if m.group(1) not in _SENT_START_STOP_CAP
    )


# sentence-opening words that are no surname ("Now, 19, ...": not met)
_SENT_START_STOP_CAP = frozenset(("Now", "Today", "Then", "Aged", "Age"))


# endings of a job noun heading "the 52-year-old accountant" (not "woman", "man")
_AGED_JOB_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "al")

# generic heads: "the 34-year-old woman" may be someone new
_AGED_GENERIC_HEADS = frozenset("man woman person boy girl guy lady gentleman".split())


def _aged_job_words(words):
    """Are the words after "the 34-year-old" all role words ("nurse"), or a job noun
    head (a role word or a job ending) after lower-case modifiers ("former school
    principal", "retired bus driver", "accountant"), no generic person ("woman")?

    >>> _aged_job_words(["retired", "bus", "driver"]), _aged_job_words(["woman"])
    (True, False)
    """
    if all(w in _ROLE_WORDS for w in words):
        return True
    head = words[-1]
    return head not in _AGED_GENERIC_HEADS and (
        head in _ROLE_WORDS or (len(head) > 4 and head.endswith(_AGED_JOB_ENDINGS))
    )


def _resolve_unaged(an, q, persons, reach=1200):
    """Fill the speaker of a bare "the 34-year-old" whose age the article gives no
    one before it with the person a "he" or "she" there would name, of either gender,
    named within ``reach`` characters and in the same or the previous paragraph
    ("Ann Roe, a nurse, says ... .
    '...,' the 34-year-old said": Roe), whom the article gives no other age. False
    if none."""
    m = _AGED_MENTION_RE.match(q.mention)
    if m is None or not _aged_job_words(m.group(2).lower().split()):
        return False  # ("the 34-year-old woman": maybe someone new; "the 41-year-old nurse" ok)
    ref = _resolve_he_she(an, q, "i", persons)
    if ref is not None and (q.mention[:1] == "T" or _aged_after_opening_quote(an, q)):
        ref = _apposed_just_before(an, q, ref) or ref
    if ref is None or q.m_start - ref[0] > reach or _aged_ref_not_a_person(an, ref[1]):
        return False
    if _INDEFINITE_SPEAKER_RE.search(an.text, ref[0], q.m_start):
        return False  # ("One fan, a retired driver ..., said A. '...,' the 71-year-old said")
    breaks = len(_PARAGRAPH_BREAK_RE.findall(an.text, ref[0], q.m_start))
    if breaks > 1 and (breaks > 3 or _other_person_after(an, ref, q.m_start)):
        return False  # (named two paragraphs up or more, someone named since: maybe not)
    last = re.escape(ref[1].split()[-1])
    if re.search(
        rf"\b{last},[ \t]+(?:\d{{1,3}},|an?[ \t]+{m.group(1)}-year-old)|\d-year-old[^.,;\n]{{0,80}}\b{last}\b",
        an.text,
    ):
        return False  # ("Jo Roe, 34, spoke. '...,' the 29-year-old said": someone else;
        # "Jo Roe, a 19-year-old ..., and Al Vale, a 19-year-old ...": ``_resolve_aged``'s)
    q.speaker, q.stype = ref[1], "person"
    persons.append((q.m_start, ref[1], None))
    return True


# an unnamed person introduced as a speaker between a name and "the 67-year-old": a
# paragraph or sentence opening "A ...", "An ..." or "One ..." (or so after a short
# opening phrase: "Outside the meeting, a retired teacher who ...") whose clause (no
# stop, quotation or line break) reaches "said", "says" or "told"
_INDEFINITE_SPEAKER_RE = re.compile(
    r"(?:\n|[.!?][ \t]+)(?:[A-Z][^,.!?\n\"“”]{0,60},[ \t]+(?:an?|one)|An?|One)[ \t]"
    r"[^.!?\n\"“”]{0,160}?[ \t](?:said|says|told)\b"
)


def _aged_ref_not_a_person(an, name):
    """Is ``name``, the he/she reading of an unaged "the 67-year-old", no person: a
    place or organisation (``_never_a_person``) or a name the article writes after "the"
    ("the Ottawa Valley Rangers", a team), which no person's name takes?

    >>> class An: pass
    >>> an = An(); an.text = "The Kelso Ridge Falcons won."
    >>> _aged_ref_not_a_person(an, "Kelso Ridge Falcons") and True
    True
    """
    return article_memo(an, "aged_ref_not_a_person", name, lambda: _not_a_person_scan(an, name))


def _not_a_person_scan(an, name):
    """``_aged_ref_not_a_person``'s reading of the article (once per article and name:
    it reads every place ``name`` is written)."""
    if re.search(r"\b[Tt]he[ \t]+" + re.escape(name) + r"\b", an.text):
        return True
    if _never_a_person(an, name):
        return True
    # (a listed given name is a person's even after "at": "a party at Ann Roe's")
    return name.split()[0].lower() not in an.lex.gender and _aged_name_only_placed(an.text, name)


# a preposition of place just before a name ("a student at Westfield High")
_AGED_PLACE_PREP_RE = re.compile(r"\b(?:at|in|on|near|into|outside)[ \t]+\Z")


def _aged_name_only_placed(text, name):
    """Does every occurrence of ``name`` in ``text`` follow a preposition of place
    ("a Grade 11 student at Westfield High"; never "from", "to", "of": "a letter from
    Ann Roe"), so that it names a place or body, never the person an age describes?

    >>> _aged_name_only_placed("Al is a student at Westfield High.", "Westfield High")
    True
    >>> _aged_name_only_placed("Westfield High won. It was at Westfield High.", "Westfield High")
    False
    """
    seen = False
    for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
        if _AGED_PLACE_PREP_RE.search(text, max(0, m.start() - 12), m.start()) is None:
            return False
        seen = True
    return seen


def _aged_after_opening_quote(an, q):
    """Does "the 21-year-old" of ``q`` follow, within its sentence, only a quotation
    that opens the sentence ('Ann Roe is a student. "A," the 21-year-old said.')?

    >>> class Q: pass
    >>> class An: pass
    >>> an = An(); an.text = 'Jo Roe is one. “I work,” the 21-year-old said.'
    >>> an.ante, an.antecedents = ([0, 15], None), lambda: None
    >>> q = Q(); q.m_start = an.text.index("the 21")
    >>> _aged_after_opening_quote(an, q)
    True
    """
    an.antecedents()
    si = bisect.bisect_right(an.ante[0], q.m_start) - 1
    if si < 0:
        return False
    head = an.text[an.ante[0][si] : q.m_start].lstrip()
    return head[:1] in ("“", '"') and head.rstrip().endswith((",”", ',"', "?”", '?"', "!”", '!"'))


_NAME_RUN = r"((?:" + _CAP_NAME_WORD + r"[ \t]+){0,2}" + _CAP_NAME_WORD + r")"


# "the older man", "the younger of the two", "the elder woman"
_COMPARATIVE_AGE_RE = re.compile(
    r"[Tt]he[ \t]+(older|younger|elder)(?:[ \t]+(?:man|woman|brother|sister|of[ \t]+the[ \t]+two))?"
)


def _resolve_comparative_age(an, q, persons, reach=3000):
    """Fill the speaker of "the older man" / "the younger woman" with the oldest (or
    youngest) of the people the ``reach`` characters before it give an age in
    apposition ("Wendell Roe, 58, and his nephew, Jordan Roe, 31,"), when two or more
    are given one and no two share it; False otherwise.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Al Roe, 58, and his nephew, Jo Vale, 31, went out. The older man said so."
    >>> an = _ArticleNames(t, [(0, 51), (52, len(t))], lexicon(), None)
    >>> class Q: pass
    >>> q = Q(); q.mention, q.m_start = "The older man", t.index("The older")
    >>> _resolve_comparative_age(an, q, []), q.speaker
    (True, 'Al Roe')
    """
    m = _COMPARATIVE_AGE_RE.fullmatch(q.mention)
    if m is None:
        return False
    lo, seg = _unquoted_before(an, q.m_start, reach)
    aged = {}
    for a in _NAMED_AGE_RE.finditer(seg):
        aged.setdefault(a.group(1), int(a.group(2)))
    if len(aged) < 2 or len(set(aged.values())) < len(aged):
        return False
    pick = max if m.group(1) in ("older", "elder") else min
    name = pick(aged, key=aged.get)
    return _set_person(an, q, persons, name.split())


# "Wendell Roe, 58," (a name of two or three capitalised words, then an age)
_NAMED_AGE_RE = re.compile(
    r"\b((?:" + _CAP_NAME_WORD + r"[ \t]+){1,2}" + _CAP_NAME_WORD + r"),[ \t]+(\d{1,3}),"
)


_JURIS_HEADS = frozenset(("agency", "ministry", "department"))


# what each description head may be: "the company" is no union, ministry or association
_HEAD_KIND = {
    "union": ("union", "association"),  # ("... Nurses' Federation ... the union")
    "ministry": ("government",),
    "department": ("government",),
    "company": ("company",),
    "firm": ("company",),
}


def _org_kind(name):
    """The kind of organisation ``name`` is by its words (analysis/resources/
    org_kinds.txt): "union" ("Unifor Local 444", "... Workers"), "government"
    ("Ministry of Labour", "City of Thunder Bay"), "association" ("... Chamber of
    Commerce"), "company" (a legal form: "Acme Inc."), else None.

    >>> _org_kind("Unifor Local 444"), _org_kind("Acme Holdings Ltd."), _org_kind("Acme")
    ('union', 'company', None)
    """
    words = [_strip_possessive(w).strip(".,’'").lower() for w in name.split()]
    for kind in ("union", "government", "association"):
        if any(_ORG_KINDS.get(w) == kind for w in words):
            return kind
    if words[:2] in (["city", "of"], ["town", "of"], ["province", "of"]):
        return "government"
    if _first_nation_name(words):
        return "government"  # ("Animikii Bay First Nation": a band government, no company)
    return "company" if _is_company(name) else None


def _fits_kind(head, name):
    """May "the <head>" be the organisation ``name``: no other kind than the head's
    ("the company" is never "United Food Workers Local 1180")?"""
    want = _HEAD_KIND.get(head)
    if want is None or not name:
        return True
    kind = _org_kind(name)
    return kind is None or kind in want


def _kind_org_before(an, at, head, reach=4000):
    """The nearest name of two words or more before ``at``, outside quotations, that
    is no person, place, title or time word and may be "the <head>" (``_fits_kind``):
    for "the company said" once the organisations quoted are of another kind; or None."""
    for pos, cw, _info in _org_like_names_before(an, at, reach):
        if len(cw) < 2 or an.text.startswith(("'s", "’s"), pos + len(" ".join(cw))):
            continue
        name = _written_org(an.text, pos, cw, _org_name(an.text, pos, cw))
        if _fits_kind(head, name):
            return name
    return None


def _kind_word_named(an, q, head, ref):
    """``ref`` for "the department" / "the ministry" / "the agency" (``head``), unless
    ``ref`` is a body named only for its jurisdiction ("Ambulance New Brunswick") and the
    text before names one body with the head word itself ("The Department of Health
    issued the warning after Ambulance New Brunswick reported delays. The department
    said": the Department of Health)."""
    if ref is None or head not in _JURIS_HEADS or head in ref.lower():
        return ref
    if ref.split()[-1].lower() == "canada":
        return ref  # ("Fisheries and Oceans Canada": a federal department's own name)
    named = _named_description(an, q.m_start, [head], reach=6000)
    return named if named is not None and head in named.lower() else ref


# a sentence opened by a possessive and a relative ("His wife laughed when she heard
# that."): the subject a "she" in the next sentence's attribution takes
_KIN_OPENS_SENTENCE_RE = re.compile(
    r"(?:(?:Asked|After|When|Told|Later|Then|Outside|Inside)\b[^,.]{0,150},[ \t]+(?=[hH]))?"
    r"([Hh]is|[Hh]er)[ \t]+([a-z]+)\b"
)


def _kin_apposed_once(an, hi, own, kin):
    """The one full name the text before ``hi`` writes in apposition to "<own> <kin>"
    ("She and her brother, Mark Roe, share the cabin"), outside quotations; None when
    there is none or more than one.

    >>> class An: text = "She and her brother, Mark Roe, share it."; masked = None
    >>> _kin_apposed_once(An, 40, "her", "brother"), _kin_apposed_once(An, 40, "his", "brother")
    ('Mark Roe', None)
    """
    text = (an.masked if an.masked is not None else an.text)[max(0, hi - 20000) : hi]
    if own + " " + kin + "," not in text.lower():  # (a bounded window, not the article)
        return None
    rx = r"(?<![\w'’-])[" + own[0] + own[0].upper() + "]" + own[1:] + r"[ \t]+" + kin
    names = set()
    for m in re.finditer(rx + r",[ \t]+" + _NAME_RUN + r"[,.]", text):
        words = m.group(1).split()
        if len(words) >= 2 and words[0].lower() not in _stopwords():
            names.add(" ".join(words))
    return next(iter(names)) if len(names) == 1 else None


# "Harjeet and " before a partner's full name: the couple named together
_COUPLE_PAIR = r"\b([A-Z][\w'’-]+)[ \t]+and[ \t]+"


def _name_written_between(an, lo, hi):
    """Is a name written outside quotations between ``lo`` and ``hi`` ("Her husband,
    Tom Reed, shrugged.")?"""
    name_pos = an.positions()
    for i in range(bisect.bisect_left(name_pos, lo), bisect.bisect_left(name_pos, hi)):
        if (an.masked is None or an.masked[name_pos[i]] != MASK) and not an.junk_opener(i):
            return True
    return False


def _surname_sex_names(an, last, want):
    """The full names (two words) of the surname ``last`` whose given name is listed of
    the sex ``want``, two at most (one, or more than one; memoised per article)."""
    firsts = surname_firsts(
        an,
        (last, "by_last_sex", want),
        lambda: an.by_last.get(last, ()),
        lambda g: an.lex.gender.get(g) == want,
    )
    return names_before(firsts, len(an.text) + 1, 2)


def _kin_subject_before(an, quotes):
    """Give '"...," she said' the named relative when the sentence just before it opens
    with "His wife" / "Her son" (a relative of the pronoun's gender) and the person last
    quoted before it, of the possessive's gender, shares a surname with exactly one
    person of the relative's gender the article names in full ("Rohan Malhotra said ...
    His wife laughed when she heard that. '...,' she said" -> Priya Malhotra), or, when
    none is, the one named with the last quoted as a couple ("Tariq and Helen Moss", the
    given name of that gender or of unknown gender); when the relative is never named
    and no name is written from that sentence to the quote, the relative as written
    ("Her husband shrugged. '...,' he said" -> "Her husband")."""
    an.antecedents()
    starts = an.ante[0]
    for k in range(1, len(quotes)):
        q = quotes[k]
        lm = (q.mention or "").lower()
        if lm not in ("he", "she"):
            continue
        si = bisect.bisect_right(starts, min(q.start, q.m_start)) - 1
        if si < 1:
            continue
        m = _KIN_OPENS_SENTENCE_RE.match(an.text, an.sents[si - 1][0])
        want = "m" if lm == "he" else "f"
        if m is None or _KIN_GENDER.get(m.group(2)) != want:
            continue
        owner_g = "m" if m.group(1).lower() == "his" else "f"
        prev = quotes[k - 1]
        words = (prev.speaker or "").split()
        if (
            prev.stype != "person"
            or len(words) != 2
            or prev.m_start < an.sents[si - 1][0] - 1500
            or (_given_name_gender(an, prev.speaker) or _quoted_pronoun_gender(quotes, k))
            != owner_g
        ):
            # ("Asked ..., her brother shrugged." after another's quote: the one brother
            # the article names in apposition, "She and her brother, Mark Roe,")
            # (not "Her daughter, Lia Holt, taught ...": a relative named in its own sentence)
            if an.text[m.end() : m.end() + 1] != "," and (
                named := _kin_apposed_once(an, q.start, m.group(1).lower(), m.group(2))
            ):
                q.speaker, q.stype = named, "person"
            continue
        kin = _surname_sex_names(an, words[1].lower(), want)
        near = an.text[max(0, q.start - 3000) : q.start]  # (a bounded window, not the article)
        pair = None if kin else re.search(_COUPLE_PAIR + re.escape(words[0]) + r"\b", near)
        if pair is not None and an.lex.gender.get(pair.group(1).lower()) in (want, None, "u"):
            kin.add(pair.group(1) + " " + words[1])  # ("Harjeet and Colette Roe": the couple)
        if len(kin) == 1 and (name := next(iter(kin))) != prev.speaker:
            q.speaker, q.stype = name, "person"
        elif not kin and not _name_written_between(an, an.sents[si - 1][0], q.m_start):
            if not kin_named_before(an, q.start, m.group(2)):
                q.speaker, q.stype = m.group(1) + " " + m.group(2), "unknown"  # ("Her husband")


# "her children say": the children the article names with the same owner ("Her son,
# Tom Roe," / "said her daughter, Ann Roe,")
_CHILDREN_RE = re.compile(r"(?:her|his|their)[ \t]+(?:children|kids|sons|daughters)")


_CHILD_NAMED_RX = {
    own: re.compile(
        r"(?<![\w'’-])[" + own[0] + own[0].upper() + "]" + own[1:]
        + r"[ \t]+(?:(?:eldest|oldest|youngest|older|younger)[ \t]+)?(son|daughter),[ \t]+"
        + _NAME_RUN + r"[,.]"
    )
    for own in ("her", "his", "their")
}  # fmt: skip


def _named_children(an, quotes):
    """Give "her children say" (his, their; sons, daughters) the children the article
    names with that owner ("Her son, Tom Roe, ...", "said her daughter, Ann Roe,"), two
    or more, joined with "and" in the order written, outside quotations."""
    memo: dict = {}
    for q in quotes:
        lm = (q.mention or "").lower()
        if not q.speaker or q.speaker.lower() != lm or not _CHILDREN_RE.fullmatch(lm):
            continue
        own, kin = lm.split()
        if own not in memo:
            text = an.masked if an.masked is not None else an.text
            names: dict = {}
            for m in _CHILD_NAMED_RX[own].finditer(text):
                cw = m.group(2).split()
                if cw[0].lower() in _stopwords() or cw[0].lower() in _SENT_START_STOP:
                    continue
                names.setdefault(" ".join(cw), m.group(1))
            memo[own] = names
        found = [n for n, k in memo[own].items() if kin in ("children", "kids") or kin == k + "s"]
        if len(found) >= 2:
            q.speaker, q.stype = " and ".join(found), "group"


_SPOUSE_DESC_RE = re.compile(r"(his|her)[ \t]+(wife|husband|spouse|partner)", re.IGNORECASE)


_SPOUSE_GENDER = {"wife": "f", "husband": "m"}


def _spouse_of_last_quoted(an, quotes, desc_of=_unresolved_description):
    """Give "Her husband said" / "His wife said", left unresolved, the one other person
    the article names in full with the surname of the person quoted just before ("Gerrit
    and Ann Van Dam ... Ann Van Dam said A. Her husband said B." -> Gerrit Van Dam), not
    of the other gender; the statements carrying the same description string follow.
    ``desc_of`` reads a statement's unresolved description (``_spouse_pronoun_desc``:
    a pronoun that took the description of the sentence before)."""
    renamed = {}
    for k, q in enumerate(quotes):
        if q.speaker in renamed and q.stype in ("anonymous", "unknown"):
            q.speaker, q.stype = renamed[q.speaker], "person"
            continue
        lm = desc_of(q)
        m = _SPOUSE_DESC_RE.fullmatch(lm or "")
        if m is None or k == 0:
            continue
        owner = next((p.speaker for p in reversed(quotes[:k]) if p.stype == "person"), None)
        if owner is None or len(owner.split()) < 2:
            continue
        last, want = owner.split()[-1], _SPOUSE_GENDER.get(m.group(2).lower())
        found = set()
        for e in an.by_last.get(last.lower(), ()):
            if len(e[1]) >= 2 and (want is None or e[2] in (want, None, "u")):
                found.add(an.canonical(e[1]))
        found.discard(owner)
        if not found:  # "Bruno and Katrien De Smet": the couple named together
            pair = re.search(
                r"\b([A-Z][\w'’-]+)[ \t]+and[ \t]+" + re.escape(owner) + r"\b", an.text
            )
            if pair is not None and an.lex.gender.get(pair.group(1).lower()) in (want, None, "u"):
                found.add(pair.group(1) + " " + owner.split(" ", 1)[1])
        if len(found) == 1:
            renamed[q.speaker] = next(iter(found))
            q.speaker, q.stype = renamed[q.speaker], "person"


def _spouse_pronoun_desc(q):
    """The lower-cased spouse description a "he" / "she" statement took from the sentence
    before ('Her husband laughed. "A," he said': "her husband"), or None.

    >>> class Q: speaker, mention, stype = "Her husband", "he", "unknown"
    >>> _spouse_pronoun_desc(Q)
    'her husband'
    """
    if q.stype not in ("anonymous", "unknown") or not q.speaker:
        return None
    if (q.mention or "").lower() not in ("he", "she"):
        return None
    return q.speaker.lower()


def spouse_after_pronoun(an, quotes):
    """``_spouse_of_last_quoted`` for pronouns that took a spouse description ('Ann Roe
    said A. Her husband laughed. "B," he said': the husband the article names); the
    same pronoun in the statement right after, in the next paragraph at most with no
    name between, is that spouse too ('"C," he added')."""
    before = [(q.speaker, q.stype) for q in quotes]
    _spouse_of_last_quoted(an, quotes, _spouse_pronoun_desc)
    for k in range(len(quotes) - 1):
        q, nxt = quotes[k], quotes[k + 1]
        if before[k] == (q.speaker, q.stype) or q.mention is None:
            continue  # (not renamed here)
        if (nxt.mention or "").lower() != q.mention.lower() or nxt.speaker == q.speaker:
            continue
        lo, hi = max(q.end, q.m_end), min(nxt.start, nxt.m_start)
        if hi < lo or len(_PARAGRAPH_BREAK_RE.findall(an.text, lo, hi)) > 1:
            continue
        if any(lo <= p < hi for p in an.positions()):
            continue
        nxt.speaker, nxt.stype = q.speaker, q.stype


# "her elder daughter, Karen Roe," / "his son, Tom Roe,": a relative introduced by kinship
@lru_cache(maxsize=1)
def _kin_intro_rx():
    """ "her elder daughter, Karen Roe," (his; any kin noun): the name in group 2."""
    return re.compile(
        r"(?<![\w'’-])([Hh]is|[Hh]er)[ \t]+(?:[a-z]+[ \t]+)?(?:"
        + "|".join(sorted(_KIN_GENDER, key=len, reverse=True))
        + r"),[ \t]+("
        + _NAME_RUN
        + r")[,.]"
    )


_HABITUAL_GAP_RE = re.compile(r"[ \t]+would[ \t]+(?:often[ \t]+|always[ \t]+)?")


def _habitual_to_kin_owner(an, quotes):
    """Give a habitual '"...," she would say' (he) that went to a relative the article
    introduces by kinship ("said her elder daughter, Karen Roe,") the person that
    kinship belongs to: the last person of the pronoun's gender named before the
    introduction, outside quotations (the profile's subject: a relative interviewed
    speaks once, "would say" is what the subject used to say)."""
    intros = None  # canonical relative -> (position, owner gender)
    for q in quotes:
        lm = (q.mention or "").lower()
        if lm not in ("she", "he") or q.stype != "person" or not q.speaker:
            continue
        if q.cue_start <= q.m_end or not _HABITUAL_GAP_RE.fullmatch(an.text, q.m_end, q.cue_start):
            continue
        if intros is None:
            text = an.masked if an.masked is not None else an.text
            intros = {}
            for m in _kin_intro_rx().finditer(text):
                cw = m.group(2).split()
                own = "f" if m.group(1).lower() == "her" else "m"
                intros.setdefault(an.canonical(cw), (m.start(), own))
        got = intros.get(q.speaker)
        want = "f" if lm == "she" else "m"
        if got is None or got[1] != want:
            continue
        owner = _last_person_before(an, got[0], want, q.speaker)
        if owner is not None:
            q.speaker = owner


# "Trump's wife, Melania," / "Clinton’s husband, Bill,": a relative's given name in
# apposition to a kin noun after a possessed surname
_KIN_GIVEN_KIN = (
    r"['’]s[ \t]+(?:(?:youngest|eldest|oldest)(?=,)|(?:(?:youngest|eldest|oldest)[ \t]+)?"
    r"(?:son|daughter|wife|husband|brother|sister|father"
    r"|mother|grandson|granddaughter|nephew|niece|widow|widower|stepson|stepdaughter))"
    r",[ \t]+([A-Z][a-z]+)[,.]"
)  # (an ordinal alone is a child: "Lee's youngest, Bo,")


_KIN_GIVEN_RE = re.compile(r"\b([A-Z][a-z][\w-]*)" + _KIN_GIVEN_KIN)


# the same from its literal part (a cheap test: most articles have none), the "s"
# first with the apostrophe in a look-behind after it (re scans for the literal "s";
# each match starts one character after ``_KIN_GIVEN_KIN``'s, and only whether
# there is one is asked)
_KIN_GIVEN_TAIL_RE = re.compile("s(?<=['’]s)" + _KIN_GIVEN_KIN[len("['’]s") :])


def _kin_given_names(an, quotes):
    """Give a person speaker known only by a given name ("Melania") the surname of the
    person whose relative the article introduced so ("Trump's wife, Melania," ->
    Melania Trump), when that surname is a person's with a full name in the article.
    Only the speaker strings change (coreference keeps the one-word name)."""
    full, desc = {}, {}
    if _KIN_GIVEN_TAIL_RE.search(an.text) is None:
        _pronoun_kin_given(an, full, quotes)
        for q in quotes if full else ():
            if q.stype == "person" and q.speaker in full:
                q.speaker = full[q.speaker]
        return  # (the cheap test first)
    for m in _KIN_GIVEN_RE.finditer(an.text):  # (one pass per article)
        owner, given = m.group(1), m.group(2)
        if any(len(e[1]) >= 2 for e in an.by_last.get(owner.lower(), ())):
            full.setdefault(given, f"{given} {owner}")
            desc.setdefault(an.text[m.start(1) : m.start(2) - 2], f"{given} {owner}")
    _pronoun_kin_given(an, full, quotes)
    if not full:
        return
    for q in quotes:
        if q.stype == "person" and q.speaker in full:
            q.speaker = full[q.speaker]
        elif q.speaker in desc:  # 'said Clinton's husband, Bill.' (the mention ends at the kin)
            q.speaker, q.stype = desc[q.speaker], "person"


# "Her husband, Bill," / "his daughter, Mia.", "Her youngest, Bo,": a relative's given
# name in apposition to a kin noun (or an ordinal: a child) after a possessive pronoun
# (the "H"/"h" first, the look-behind after it: re skips to the next "H"/"h", not trying
# a look-behind at every character)
_PRONOUN_KIN_NOUNS = (
    "son daughter wife husband brother sister father mother grandson granddaughter nephew"
    " niece stepson stepdaughter"
).split()


_KIN_ORDINALS = ("youngest", "eldest", "oldest")


_PRONOUN_KIN_GIVEN_RE = re.compile(
    r"([Hh](?<![\w'’-][Hh])(?:er|is))[ \t]+(?:(?:youngest|eldest|oldest)(?=,)"
    r"|(?:(?:youngest|eldest|oldest)[ \t]+)?(?:" + "|".join(_PRONOUN_KIN_NOUNS) + "))"
    r",[ \t]+(?:\d{1,3}-year-old[ \t]+)?([A-Z][a-z]+)[,.]"
)  # ("His daughter, 15-year-old Lina,": the age before the given name)


# what every match holds: a kin noun after a space or tab, its comma and a given name
# ("wife, Mia,", "youngest, Bo,"); re scans for the literal "," and tests the kin noun in
# look-behinds (a kin noun ends in n, r, e, d or w, an ordinal in t). No hint in an
# article: no match, and the pattern above, tried at every "h", is not run
_PRONOUN_KIN_HINT_RE = re.compile(
    r",(?=[ \t]+(?:\d{1,3}-year-old[ \t]+)?[A-Z][a-z]+[,.])(?<=[nredwt],)(?:"
    + "|".join(rf"(?<=[ \t]{k},)" for k in (*_PRONOUN_KIN_NOUNS, *_KIN_ORDINALS))
    + ")"
)


def _pronoun_kin_given(an, full, quotes=()):
    """Add to ``full`` (given name -> full name) the relatives the article introduces
    by a possessive pronoun ("Ann Roe ... Her husband, Bill," -> Bill Roe): the
    pronoun's owner is the nearest person of its gender before it, named in full, or
    a speaker of ``quotes`` resolved from a description after that name ("Tom Reyes
    said ... The retired millwright said ... His wife, Marta," -> Marta Reyes, not a
    man named before Reyes), and the given name is written with no surname of its own
    anywhere in the article (nor given to another relative already)."""
    if _PRONOUN_KIN_HINT_RE.search(an.text) is None:
        return  # (no kin noun, comma and given name: the cheap test first)
    described = None
    for m in _PRONOUN_KIN_GIVEN_RE.finditer(an.text):
        given = m.group(2)
        if given in full or an._given_index().get(given.lower()):
            continue  # ("Bill Lee" somewhere: his own surname, or a namesake)
        want = "f" if m.group(1).lower() == "her" else "m"
        # the nearest clause subject first ("Roe said she never met Lee. Her husband,
        # Bill," -> Bill Roe, not Lee), then any person named in full
        got = _pick_fitting(an, _SUBJ, m.start(), want, 1500, 12)
        if got is None or not _kin_owner_named(an, got[1]):
            got = _pick_fitting(an, _ALL, m.start(), want, 1500, 12)
        else:
            got = _nearer_sexed_owner(an, got, m.start(), want)
        if got is None or " " not in got[1] or _never_a_person(an, got[1]):
            if got is None or not _kin_owner_named(an, got[1]):
                continue
        if described is None:
            described = _described_speakers(quotes)
        got = _described_speaker_between(an, described, got, m.start(), want) or got
        owner = got[1].split()
        if owner[0] == given or (owner[-1][:1].islower() and owner[-1][:3] not in ("al-", "el-")):
            continue  # (a hyphened particle surname is one: "al-Rashid")
        full[given] = f"{given} {owner[-1]}"


def _nearer_sexed_owner(an, got, at, want):
    """The person named in full nearer ``at`` than the clause subject ``got`` when the
    given name says that person is of the pronoun's sex ``want`` and ``got``'s does not
    ('Tomás Vidal said ... "...," said Hélène Roy. Her son, Jules,': Hélène's son, not a
    man's whose given name the list lacks); else ``got``."""
    if _given_name_gender(an, got[1]) == want:
        return got
    near = _pick_fitting(an, _ALL, at, want, 1500, 12)
    if near is None or near[0] <= got[0] or " " not in near[1]:
        return got
    return near if _given_name_gender(an, near[1]) == want else got


def _kin_owner_named(an, name):
    """Is ``name`` a person's name whose last word is a surname the article gives
    someone with a full name ("Ann Roe", or "Roe" after "Ann Roe")?"""
    if _never_a_person(an, name):
        return False
    return any(len(e[1]) >= 2 for e in an.by_last.get(name.split()[-1].lower(), ()))


_KIN_GENDER = {w: g for g, _t, w in (line.partition("\t") for line in _lines("kin_nouns.txt"))}


# "-man" nouns that mark no sex ("the ombudsman"): resources/unmarked_man_nouns.txt
_UNMARKED_MAN = frozenset(_lines("unmarked_man_nouns.txt"))


def _noun_sex(head):
    """ "m" or "f" for a person noun that marks its person's sex (a kin noun, "the
    fisherman", "the chairwoman"), else None.

    >>> _noun_sex("fisherman"), _noun_sex("chairwoman"), _noun_sex("ombudsman"), _noun_sex("nurse")
    ('m', 'f', None, None)
    """
    sex = _KIN_GENDER.get(head)
    if sex is not None or head in _UNMARKED_MAN:
        return sex
    if head.endswith(("woman", "women")):
        return "f"
    return "m" if head.endswith("man") and len(head) > 4 else None
