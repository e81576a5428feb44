"""A lede's definite role description named by an apposition a paragraph or two on: "...,
the project's director said Saturday." ... "Its executive director, Ann Roe, said ...":
the lede held the name back past a paragraph about the project, and the apposition that
gives the role names her.
"""

from __future__ import annotations

import bisect
import re

from .antecedents import _CAP_NAME_WORD, _set_person
from .lede_named_next import _first_person_index, _in_lede_paragraph
from .titles import _ROLE_WORDS

# "the project's director", "The band's lead singer", "the city's chief planner": a
# definite description (an owner or not, up to two lower-case modifiers) and its head
_LEDE_ROLE_DESC_RE = re.compile(
    r"[Tt]he[ \t]+(?:[\w'’-]+['’]s[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}([a-z]+)"
)

# "Its executive director, Ann Roe," / "The agency's director, Ann Roe,": a sentence's
# opening role (its head) apposed to a full name
_ROLE_APPOSED_NAME_RE = re.compile(
    r"(?:^|(?<=[.!?\n][ \t])|(?<=\n))(?:Its|Their|His|Her|The(?:[ \t]+[\w'’-]+){0,4}?['’]s)"
    r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}([a-z]+),[ \t]+((?:" + _CAP_NAME_WORD + r"[ \t]+){1,2}"
    + _CAP_NAME_WORD + r"),"
)  # fmt: skip


def resolve_lede_role_apposed_later(an, q, persons, reach=1500):
    """Fill the speaker of a lede's definite role description ("the project's director
    said") that the article names nobody before with the full name the first sentence
    within ``reach`` characters after it, in the next three paragraphs, sets after the same
    role in apposition ("Its executive director, Ann Roe, said"); False otherwise.

    >>> import pandas as pd, analysis
    >>> text = ('"We did it," the centre\\'s director said Friday.\\n\\nThe centre cost $4 million.'
    ...         '\\n\\nIts executive director, Ann Roe-Vale, said the money came from donors.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker[0]
    'Ann Roe-Vale'
    """
    m = _LEDE_ROLE_DESC_RE.fullmatch(q.mention)
    if m is None or m.group(1) not in _ROLE_WORDS or not _in_lede_paragraph(an.text, q.m_start):
        return False
    an.antecedents()
    if _first_person_index(an) < bisect.bisect_left(an.positions(), q.m_start):
        return False  # (somebody named before: not a lede's held-back name)
    pos, hi = q.m_end, min(len(an.text), q.m_end + reach)
    for _ in range(4):  # (the rest of the lede's paragraph and three more)
        brk = an.text.find("\n", pos, hi)
        if brk < 0:
            break
        pos = brk
        while pos < hi and an.text[pos] == "\n":
            pos += 1
    else:
        hi = brk
    for a in _ROLE_APPOSED_NAME_RE.finditer(an.text, q.m_end, hi):
        if a.group(1) == m.group(1):
            return _set_person(an, q, persons, a.group(2).split())
    return False
