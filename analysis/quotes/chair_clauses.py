"""Chairs made by a clause: "the chair" (chairman, chairwoman, chairperson) is the
person an earlier relative clause or apposition made chair of a body when nobody is
titled "Chair" ("Coun. Ann Roe, who chairs the committee, said ... '...,' the chair
replied"), not whoever was the last subject. Only bare "the chair" mentions are read,
and only the text before them.
"""

from __future__ import annotations

import re

from .antecedents import _NAME_RUN_RE, _set_person

_CHAIR_MENTIONS = frozenset(("the chair", "the chairman", "the chairwoman", "the chairperson"))

# "Ann Roe, who chairs the committee," / "Ann Roe, who has chaired ...," / "Ann Roe,
# chair of the board," (the name run right before the comma)
_CHAIR_CLAUSE_RE = re.compile(
    r"(" + _NAME_RUN_RE.pattern + r"),[ \t]+(?:who[ \t]+(?:also[ \t]+|has[ \t]+)?"
    r"(?:chairs|chaired)\b|(?:the[ \t]+)?(?:chair|chairwoman|chairman|chairperson)[ \t]+of\b)"
)


def chair_words_by_clause(an, q, reach=6000):
    """The name words of the last person made chair by a clause within ``reach``
    characters before the bare "the chair" mention ``q``; None when there is none.

    >>> class An: text = "Ann Roe, who chairs the board, spoke. Tom Vale said no. The chair said"
    >>> class Q: mention, m_start = "the chair", 56
    >>> chair_words_by_clause(An, Q)
    ['Ann', 'Roe']
    """
    if q.mention.lower() not in _CHAIR_MENTIONS:
        return None
    lo = max(0, q.m_start - reach)
    if an.text.find("chair", lo, q.m_start) < 0:
        return None  # (the cheap test first)
    last = None
    for m in _CHAIR_CLAUSE_RE.finditer(an.text, lo, q.m_start):
        last = m
    if last is None:
        return None
    words = last.group(1).split()
    if len(words) < 2:
        return None
    words = [w for w in words if not w.endswith(".")]  # ("Coun. Ann Roe")
    return words if len(words) >= 2 else None


def resolve_chair_by_clause(an, q, persons):
    """Fill the speaker of a bare "the chair" with the person a clause made chair
    before it (``chair_words_by_clause``); False when there is none."""
    words = chair_words_by_clause(an, q)
    return words is not None and _set_person(an, q, persons, words)
