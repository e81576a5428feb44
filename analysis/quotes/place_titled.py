"""People titled by a place and a role before their name ("Manitoba skip Britt
Halloran", "Nova Scotia Premier Hal Drummond") that a later "the <Place> <role>"
description stands for (``place_titled_person``): "the Manitoba skip said" is
Halloran. When the article titles nobody so, the description stays."""

from __future__ import annotations

import re

from .antecedents import _CAP_NAME_WORD, _set_person, _unquoted_before
from .ledes import _ORG_HEADS
from .teams import TEAM_DESCRIPTIONS

# after the place as written: the role word (any case: "Premier", "skip") and a name
# of two to four capitalised words ("skip Britt Halloran")
_ROLE_THEN_NAME_RE = re.compile(
    r"[ \t]+([A-Za-z]+)[ \t]+((?:" + _CAP_NAME_WORD + r"[ \t]+){1,3}" + _CAP_NAME_WORD + r")\b"
    r"(?![ \t]*[A-Z])"
)

# role words that are no person's ("the Toronto company", "the Halifax team")
_PLACE_ROLE_NOT = frozenset(_ORG_HEADS) | {d.split()[-1] for d in TEAM_DESCRIPTIONS} | {
    "pair", "duo", "trio", "rink", "side", "squad", "crew", "government", "city", "town",
}  # fmt: skip


def place_titled_person(an, q, persons, reach=4000):
    """Make the speaker of "the <Place> <role>" (one or two capitalised words and a
    lower-case role word, ``q.mention``) the person the ``reach`` characters before it,
    outside quotations, last title so ("Manitoba skip Britt Halloran"); False when the
    mention is no such description or nobody is titled so.

    >>> import pandas as pd
    >>> from analysis import extract_quotes
    >>> t = "Manitoba skip Britt Halloran won. The Manitoba skip said it was close."
    >>> extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [t]}))["speaker"].tolist()
    ['Britt Halloran']
    """
    words = q.mention.split()
    if not 3 <= len(words) <= 4 or words[0] not in ("the", "The"):
        return False
    role = words[-1]
    if not (role.isalpha() and role.islower()) or role in _PLACE_ROLE_NOT:
        return False
    place = words[1:-1]
    if not all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in place):
        return False
    place_text = " ".join(place)
    lo, seg = _unquoted_before(an, q.m_start, reach)
    found = None
    i = seg.find(place_text)
    while i >= 0:
        m = _ROLE_THEN_NAME_RE.match(seg, i + len(place_text))
        if (
            m is not None
            and m.group(1).lower() == role
            and (i == 0 or not (seg[i - 1].isalnum() or seg[i - 1] in "'’-"))
        ):
            found = m.group(2).split()
        i = seg.find(place_text, i + 1)
    return found is not None and _set_person(an, q, persons, found)
