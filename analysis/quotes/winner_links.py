"""The race's winner: an unqualified "the winner said" is the person the lede says won
("Ann Roe won the women's race ..."), when every later "winner" that names someone is
qualified by a word before it ("Wheelchair winner Tom Vale", "two-time winner Bo Ray"):
those are winners of something narrower, not the winner the article is about.
"""

from __future__ import annotations

import re

from .kin import _NAME_RUN
from .ledes import _lede_end

# "Ann Roe won", "Ann Roe of Guelph won", "rookie Ann Roe, 24, won": the lede's winner
_LEDE_WON_RE = re.compile(
    r"(?<![\w'’-])(" + _NAME_RUN + r")(?:[ \t]+of[ \t]+[A-Z][\w-]+|[ \t]*,[^,.;:\n]{1,60},)?"
    r"[ \t]+won\b"
)


class _NO_LEX:  # (for a bare article in a doctest: no given names known)
    gender: dict = {}


# "winner Tom Vale": a winner named right after the word, and the word before "winner"
_WINNER_NAMED_RE = re.compile(r"(?i:(\S+)[ \t]+)?winner[ \t]+[A-Z]")


def lede_winner(an, q, reach=8000):
    """The full name (words) the lede says won, for an unqualified "the winner" ``q``
    whose every named "winner" between the lede and it (``reach`` characters back at
    most) is qualified ("Wheelchair
    winner Tom Vale"); None otherwise.

    >>> class A: text = "Race\\n\\nTORONTO — Ann Roe won the race.\\n\\nWheelchair winner Tom Vale won too."
    >>> class Q: mention, m_start = "The winner", len(A.text)
    >>> lede_winner(A(), Q)
    ['Ann', 'Roe']
    """
    if q.mention.lower() != "the winner":
        return None
    text = an.text
    end = _lede_end(text)
    if end >= q.m_start:
        return None
    m = _LEDE_WON_RE.search(text, 0, min(end, 2000))  # (bounded: hostile one-paragraph text)
    if m is None or len(m.group(1).split()) < 2:
        return None
    named = False
    for w in _WINNER_NAMED_RE.finditer(text, max(end, q.m_start - reach), q.m_start):
        before = w.group(1)
        if before is None or before.lower() in ("the", "a", "race", "overall"):
            return None  # (an unqualified winner named since: that one, another rule's)
        named = True
    if not named:
        return None
    words = m.group(1).split()
    while len(words) > 2 and words[0].lower() not in getattr(an, "lex", _NO_LEX).gender:
        words = words[1:]  # ("Rookie Ann Roe won": a sentence-opening description word)
    return words
