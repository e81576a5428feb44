"""Spouses quoted before "the couple": "Ann Roe-Vale said A. Her husband, Tom Vale,
said B. ... the couple said C" -- the two are the last two people quoted before the
mention, one brought in as the other's spouse by an apposition ("Her husband, NAME,",
"his wife, NAME,"), and they need not share a surname (the shared-surname case is
``groups._resolve_family_pair``'s). The speaker is the pair as the annotation writes
two people with surnames of their own, in the order the article first names them
("Ann Roe-Vale and Tom Vale"). This module owns only that reading; a pair without
such an apposition stays the description.
"""

from __future__ import annotations

import re

_COUPLE_MENTIONS = frozenset(("the couple",))
_SPOUSE_NOUNS = r"(?:husband|wife|spouse|partner)"


def spouse_pair_quoted(an, q, persons, groups, reach=1500):
    """Fill the speaker of "the couple" with the last two people quoted within
    ``reach`` characters before it when the text there brings one in as the other's
    spouse ("Her husband, Tom Vale, said ..."); False otherwise.

    >>> import pandas as pd, analysis
    >>> t = ("Ann Roe-Vale said the barn was old. Her husband, Tom Vale, said it was "
    ...      "insured. The couple said the fans had been running.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]})).speaker.tolist()[-1]
    'Ann Roe-Vale and Tom Vale'
    """
    if (q.mention or "").lower() not in _COUPLE_MENTIONS or q.m_start is None:
        return False
    names: list = []
    for pos, canon, _g in reversed(persons):
        if q.m_start - pos > reach:
            break
        if pos < q.m_start and " " in canon and canon not in names:
            names.append(canon)
        if len(names) == 2:
            break
    if len(names) < 2:
        return False
    window = an.text[max(0, q.m_start - reach) : q.m_start]
    for spouse in names:
        rx = rf"\b(?:[Hh]er|[Hh]is)[ \t]+{_SPOUSE_NOUNS},[ \t]+{re.escape(spouse)}\b"
        if re.search(rx, window):
            break
    else:
        return False
    first = sorted(names, key=lambda n: an.text.find(n) + 1 or len(an.text))
    q.speaker, q.stype = " and ".join(first), "group"
    groups.append((q.m_start, q.speaker, "group"))
    return True
