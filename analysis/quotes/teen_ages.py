"""Teen ages: "the teenager" (or "the teen") speaking after the article gave a person an
age from 13 to 19 in apposition ("Keira Roe, 19, said ... the teenager said"): the last
such person before it, outside quotations.
"""

from __future__ import annotations

import re

from .antecedents import _CAP_NAME_WORD, _set_person, _unquoted_before

_TEEN_MENTION_RE = re.compile(r"[Tt]he[ \t]+teen(?:ager)?\Z")

# "Keira Roe, 19," / "Roe, 19,"
_TEEN_AGED_NAME_RE = re.compile(
    r"((?:" + _CAP_NAME_WORD + r"[ \t]+){0,2}" + _CAP_NAME_WORD + r"),[ \t]+1[3-9],"
)


def resolve_teenager(an, q, persons, reach=3000):
    """Fill the speaker of "the teenager" with the last person given a teen age in
    apposition in the ``reach`` characters before it; False if none.

    >>> _TEEN_AGED_NAME_RE.search("Keira Roe, 19, scored.").group(1)
    'Keira Roe'
    """
    if _TEEN_MENTION_RE.match(q.mention) is None:
        return False
    _lo, seg = _unquoted_before(an, q.m_start, reach)
    last = None
    for m in _TEEN_AGED_NAME_RE.finditer(seg):
        last = m
    if last is None:
        return False
    return _set_person(an, q, persons, last.group(1).split())
