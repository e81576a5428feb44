"""Listed subjects before a floated quantifier: "NAME1, NAME2 and NAME3, three spouses who
..., all said" and "The deputy mayor, NAME1, and the head of ..., NAME2, both said" leave
the speaker "all" / "both" as written; this module owns the pass that gives such a row the
people the sentence lists before the quantifier ("NAME1 and NAME2", "NAME1, NAME2 and
NAME3"), each a name standing alone between commas or "and" (a description apposed to a
name, "three spouses who ...", "a porter", is passed over); and the pass that joins the
names listed before a pair row to the pair ("Roe, NAME2 and NAME3 said").
"""

from __future__ import annotations

import re

from .lexicon import _SENT_START_STOP
from .pair_rows_before import _last_sentence_ends
from .usage import _place_or_org

# the quantifiers this pass fills, with the number of people each needs (None: two or more)
_QUANTIFIERS = {"both": 2, "all": None}

# the list's separators: a comma (an "and" may follow it) or "and"
_SEPARATOR_RE = re.compile(r",[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+")

# a name standing alone in one list item: one to four capitalised words
_NAME_ITEM_RE = re.compile(r"[^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*){0,3}")


def _listed_people(an, item_texts):
    """The full names of the people among ``item_texts`` (list items that are names
    alone), in order; None when a name item is a place or an organisation, or one word
    the article never gives a full name for."""
    people: list = []
    for item in item_texts:
        if _NAME_ITEM_RE.fullmatch(item) is None:
            continue
        words = item.split()
        if not all(w[:1].isupper() for w in words):
            continue
        canon = an.canonical(words)
        if len(canon.split()) < 2 or _place_or_org(canon, an.lex):
            return None
        if canon not in people:
            people.append(canon)
    return people


def listed_subject_speakers(an, quotes):
    """Give a row whose speaker is a bare floated quantifier ("all", "both") right after
    a comma the people listed before it in its sentence, outside quotations ("Ann Roe,
    Lise Vale and Tom Hart, three parents who ..., all said" -> "Ann Roe, Lise Vale and
    Tom Hart"); "both" needs exactly two, "all" two or more.

    >>> import pandas as pd, analysis
    >>> t = ("The deputy mayor, Ann Roe, and the head of the board of trade, Tom Hart, "
    ...      "both said the plant must stay.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]}))["speaker"].tolist()
    ['Ann Roe and Tom Hart']
    """
    text = an.text
    for q in quotes:
        lm = (q.mention or "").strip().lower()
        if " and " in lm and q.stype == "group" and q.speaker == q.mention:
            _names_before_pair(an, q)
            continue
        if lm not in _QUANTIFIERS or (q.speaker or "").lower() != lm or q.m_start is None:
            continue
        if text[max(0, q.m_start - 2) : q.m_start] != ", ":
            continue
        para = text.rfind("\n", 0, q.m_start) + 1
        ends = _last_sentence_ends(text, para, q.m_start)
        start = ends[-1] if ends else para
        span = text[start : q.m_start - 2]
        if '"' in span or "“" in span or "”" in span:
            continue
        people = _listed_people(an, _SEPARATOR_RE.split(span.strip()))
        need = _QUANTIFIERS[lm]
        if not people or len(people) < 2 or (need is not None and len(people) != need):
            continue
        joined = people[0] if len(people) == 1 else ", ".join(people[:-1]) + " and " + people[-1]
        q.speaker, q.stype = joined, "group"


def _names_before_pair(an, q):
    """Prepend to a pair row ("Lise Vale and Tom Hart" of "Roe, Lise Vale and Tom Hart
    said") the people named before it in its sentence when nothing but names separated
    by commas stands there ("Roe, "); a lead phrase ("In Brandon, ") is no name."""
    text = an.text
    if q.m_start is None or text[max(0, q.m_start - 2) : q.m_start] != ", ":
        return
    para = text.rfind("\n", 0, q.m_start) + 1
    ends = _last_sentence_ends(text, para, q.m_start)
    start = ends[-1] if ends else para
    items = text[start : q.m_start - 2].strip().split(", ")
    if any(it.split(" ")[0].lower() in _SENT_START_STOP for it in items):
        return
    people = _listed_people(an, items)
    if not people or len(people) != len(items):
        return
    pair = q.speaker.split(" and ")
    if len(pair) != 2 or set(pair) & set(people):
        return
    q.speaker = ", ".join(people + pair[:1]) + " and " + pair[1]
