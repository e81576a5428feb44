"""A definite description set in apposition to a name with a reduced relative clause
between them: "The rookie defenceman the Jets called up in January, Tom Vale, had two
goals ... '...,' the rookie defenceman said" -> Tom Vale (not an earlier person whose
introduction shares only the head noun, "defenceman Nils Ekberg"). This module owns
that apposition; the plain one ("The rookie defenceman, Tom Vale,") is
``appositions._resolve_apposed``'s.
"""

from __future__ import annotations

import re

from .antecedents import _CAP_NAME_WORD, _set_person, _unquoted_before

# "The <1-3 lower-case words> <det> <word> <1-6 words>, <Name>,": the
# description, a reduced relative clause whose subject opens with a determiner ("the
# Jets called up in January", "her team signed"), and the name in commas; the capital
# or small "t" first, its word start checked by a look-behind after it (the same matches
# as a look-behind before it, but ``re`` skips to the t's)
_RELATIVE_APPOSED_RE = re.compile(
    r"[Tt](?<![\w'’][Tt])he[ \t]+((?:[a-z][a-z-]*[ \t]+){0,2}[a-z][a-z-]*)[ \t]+"
    r"(?:the|his|her|their|its)[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+){1,6},[ \t]+"
    r"((?:" + _CAP_NAME_WORD + r"[ \t]+){1,2}" + _CAP_NAME_WORD + r")[ \t]*,"
)

# the head noun followed by the relative clause's determiner, a literal-led search that
# any match of ``_RELATIVE_APPOSED_RE`` for that head contains (a cheap guard before it)
_HEAD_THEN_DET = r"[ \t]+(?:the|his|her|their|its)[ \t]"


def resolve_relative_apposed(an, q, persons, reach=4000):
    """Give the description ``q`` ("the rookie defenceman") the name a "The <same
    words> <reduced relative>, <Name>," apposition gave it before the mention, within
    ``reach`` characters, outside quotations (the last such); False when none.

    >>> m = _RELATIVE_APPOSED_RE.search("The top scout the club hired in May, Ann Roe, left.")
    >>> m.group(1), m.group(2)
    ('top scout', 'Ann Roe')
    """
    words = q.mention.split()
    if not 2 <= len(words) <= 4 or words[0].lower() != "the":
        return False
    if not all(w.replace("-", "").isalpha() and w.islower() for w in words[1:]):
        return False
    lo, seg = _unquoted_before(an, q.m_start, reach)
    if seg.find(words[-1] + " ") < 0:
        return False  # (the cheap test first: the head before another word)
    if not re.search(re.escape(words[-1]) + _HEAD_THEN_DET, seg):
        return False  # (no head followed by the clause's determiner: no apposition)
    desc = " ".join(words[1:])
    last = None
    for m in _RELATIVE_APPOSED_RE.finditer(seg):
        if " ".join(m.group(1).split()) == desc:
            last = m
    if last is None:
        return False
    return _set_person(an, q, persons, last.group(2).split())
