"""Counted people named in the sentence before: "Ann Roe, Tom Vale and Eva Lee run the
store. All three said A" -- an "all three" / "the three" / "all four" / "the four" mention
opening the sentence right after a sentence of the same paragraph that names (outside
quotations) exactly that many people of the article, and nobody else, is those people
("Ann Roe, Tom Vale and Eva Lee", in the order named: the written sets' convention for a
group whose members the article names). This module owns only that reading, asked by
``roles._resolve_mention_words`` after the pair readings ("the two", "both men",
``pair_mentions``); a mention after a sentence naming another number of people, or after
a quotation, keeps the bare plural ("All three").
"""

from __future__ import annotations

import bisect
import re

from .pair_sentence_before import _people_between

# the counted mention and its count
_COUNTED_RE = re.compile(r"(?:all|the)[ \t]+(three|four)")
_COUNTS = {"three": 3, "four": 4}


def counted_people_before(an, q, lm, groups):
    """Fill ``q``'s speaker (mention ``lm``, lower case) with the people named in the
    sentence right before the mention, when they are as many as the mention counts (see
    the module doc); True when filled.

    >>> _COUNTED_RE.fullmatch("all three").group(1), _COUNTED_RE.fullmatch("the two")
    ('three', None)
    """
    m = _COUNTED_RE.fullmatch(lm)
    if m is None:
        return False
    starts = [s for s, _e in an.sents]
    i = bisect.bisect_right(starts, q.m_start) - 1
    if i < 1:
        return False
    lo, hi = an.sents[i - 1][0], an.sents[i][0]
    if "\n" in an.text[lo : q.m_start] or an.text[hi : q.m_start].strip():
        return False  # (the mention opens its sentence, in the paragraph of the one before)
    found = list(_people_between(an, lo, hi))
    if len(found) != _COUNTS[m.group(1)]:
        return False
    q.speaker, q.stype = ", ".join(found[:-1]) + " and " + found[-1], "group"
    groups.append((q.m_start, q.speaker, "group"))
    return True
