"""Echoed pairs: '"...," the astronomers said' after "Two members of the Sun Parlour
Astronomy Club, Ann Roe and Tom Vale, spoke ..." -- a speaker left as written "the
<plural>" whose noun shares its stem with a capitalised word of the body named right
before two people in apposition ("astronomers" / "Astronomy", "quilters" / "Quilters'")
is that pair, as written ("Ann Roe and Tom Vale"), when the pair is the last one so
introduced in the ``reach`` characters before. Another noun ("the golfers" after the
astronomy club's pair) keeps its speaker. This module owns only that reading.
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2}"

# "of the Sun Parlour Astronomy Club, Ann Roe and Tom Vale," (body group 1, pair group 2)
_BODY_PAIR_RE = re.compile(
    r"\bthe[ \t]+((?:[A-Z][\w’'-]*[ \t]+){0,5}[A-Z][\w’'-]*),[ \t]+("
    + _NAME
    + r"[ \t]+and[ \t]+"
    + _NAME
    + r"),"
)

# "the astronomers": the plural noun (group 1)
_THE_PLURAL_RE = re.compile(r"the[ \t]+([a-z]{4,}s)")


def stem_echo(noun, word):
    """Do ``noun`` (a lower-case plural) and a body's ``word`` share a stem (a common
    opening of five letters or more, all of the word but its last two)?

    >>> stem_echo("astronomers", "Astronomy"), stem_echo("golfers", "Astronomy")
    (True, False)
    """
    w = word.lower().rstrip("’'s") or word.lower()
    n = 0
    for a, b in zip(noun, w, strict=False):
        if a != b:
            break
        n += 1
    return n >= 5 and n >= len(w) - 2


def echoed_pair_speakers(an, quotes, reach=1500):
    """Give a "the <plural>" speaker left as written the pair named after a body whose
    name echoes the noun (see module doc); speaker strings only.

    >>> import pandas as pd, analysis
    >>> t = ("Two members of the Essex Astronomy Club, Ann Roe and Tom Vale, spoke. "
    ...      '"The sky is orange," the astronomers said.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]})).speaker.tolist()
    ['Ann Roe and Tom Vale']
    """
    text = an.text
    for q in quotes:
        if q.m_start is None or (q.speaker or "").lower() != (q.mention or "").lower():
            continue
        m = _THE_PLURAL_RE.fullmatch((q.mention or "").lower())
        if m is None or " and " not in text[max(0, q.m_start - reach) : q.m_start]:
            continue
        pairs = list(_BODY_PAIR_RE.finditer(text, max(0, q.m_start - reach), q.m_start))
        if pairs and any(stem_echo(m.group(1), w) for w in pairs[-1].group(1).split()):
            q.speaker, q.stype = pairs[-1].group(2), "group"
