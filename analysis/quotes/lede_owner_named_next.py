"""Lede owner named next: a lede's "The owner of the Fraser Valley Harriers says ..."
(the owner, founder or president of a named business or club, with nobody named before
it) resolved to the new full name that speaks in the next paragraph, right after its
quotation or opening it ('"...," Ann Roe told reporters ...'), when that paragraph ties
the name to a business of his or her own ("where his team plays", "her bakery"); the
mention was read as the business itself.
"""

from __future__ import annotations

import bisect
import re

from .antecedents import _set_person
from .kin import _PARAGRAPH_BREAK_RE
from .lede_named_next import _dateline_place_name, _first_person_index, _named_before
from .lexicon import _lines

# "The owner of the Kamloops Ridgebacks", "the co-founder of Prairie Bean Coffee"
_OWNER_OF_RE = re.compile(
    r"(?i:the)[ \t]+(?:owner|co-owner|founder|co-founder|proprietor|publisher)[ \t]+of"
    r"[ \t]+(?:the[ \t]+)?[A-Z]"
)

_OWNED_NOUNS = frozenset(_lines("owned_business_nouns.txt"))

# "his team", "her own bakery"
_OWNED_RE = re.compile(r"\b(?:his|her)[ \t]+(?:own[ \t]+)?([a-zé]+)\b")

# the name speaks: right after a quotation's close or at the paragraph's start
_BEFORE_NAME_RE = re.compile(r"(?:[,?!][\"”]|[.?!][\"”][ \t]*(?:said|says)?)[ \t]*\Z")
_NAME_CUE_RE = re.compile(r"[ \t]+(?:said|says|told|tells|added)\b")


def _owned_after(text, lo, hi):
    """Does ``text[lo:hi]`` speak of "his/her <business noun>" ("his team plays")?

    >>> _owned_after("at the field, where his team plays", 0, 34)
    True
    >>> _owned_after("at the field, where his son plays", 0, 33)
    False
    """
    return any(m.group(1) in _OWNED_NOUNS for m in _OWNED_RE.finditer(text, lo, hi))


def _only_business_before(an, q):
    """Is every person-like name before the mention ``q``'s end the business its "of"
    names (a headline's "Fraser Valley Harriers ask for 20 years")? (Anyone else named
    before: no lede's held-back name.)"""
    an.antecedents()
    k = bisect.bisect_left(an.positions(), q.m_end)
    own = set(q.mention.split())
    for i in range(_first_person_index(an), k):
        person = an.person_like(i)[1] or an.person_like(i)[0] in ("m", "f")
        if person and not _dateline_place_name(an, i) and not set(an.names[i][1]) <= own:
            return False
    return True


def resolve_owner_named_next(an, q, persons):
    """Fill the speaker of a lede's "The owner of <Business> says" with the new full
    name speaking in the next paragraph that ties it to a business of its own; False
    otherwise.

    >>> import pandas as pd, analysis
    >>> text = ("The owner of the Kamloops Ridgebacks says the team will leave.\\n\\n"
    ...         '"I love this town," Marc Delage told reporters at the rink, where his team plays.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()
    ['Marc Delage', 'Marc Delage']
    """
    if _OWNER_OF_RE.match(q.mention) is None:
        return False
    text = an.text
    brk = text.find("\n", q.m_end, q.m_end + 601)
    if brk < 0 or not _only_business_before(an, q):
        return False
    start = _PARAGRAPH_BREAK_RE.match(text, brk).end()
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    names = an.positions()
    j = bisect.bisect_left(names, start)
    while j < len(names) and names[j] < stop and not an.person_like(j)[1]:
        j += 1  # (a capitalised word opening the quotation: "Flour costs twice ...")
    if j >= len(names) or names[j] >= stop:
        return False
    pos, cw = an.names[j][:2]
    full = " ".join(cw)
    if len(cw) < 2 or not text.startswith(full, pos):
        return False
    if pos != start and _BEFORE_NAME_RE.search(text, start, pos) is None:
        return False
    end = pos + len(full)
    if _NAME_CUE_RE.match(text, end) is None or not _owned_after(text, end, stop):
        return False
    if _named_before(an, cw, pos):
        return False
    return _set_person(an, q, persons, list(cw))
