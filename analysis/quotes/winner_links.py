"""The race's winner: an unqualified "the winner said" is the person the lede says won
("Ann Roe won the women's race ..."), when every later "winner" that names someone is
qualified by a word before it ("Wheelchair winner Tom Vale", "two-time winner Bo Ray"):
those are winners of something narrower, not the winner the article is about.
"""

from __future__ import annotations

import bisect
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


# "winner Tom Vale": a winner named right after the word
_WINNER_NAMED_RE = re.compile(r"[ \t]+[A-Z]")


def _word_before(text, at):
    """The word right before ``at`` across spaces or tabs (no line break), None if none.

    >>> _word_before("Wheelchair winner", 11), _word_before("\\nwinner", 1)
    ('Wheelchair', None)
    """
    j = at
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j == at or j == 0 or text[j - 1].isspace():
        return None
    k = j
    while k > 0 and not text[k - 1].isspace() and j - k < 40:
        k -= 1
    return text[k:j]


def _winner_marks(an):
    """(Offsets of every "winner <Capital>" in the article, the running count of the
    unqualified ones before each: "the/a/race/overall winner", or no word before it),
    found once per article with a literal scan."""
    marks = getattr(an, "_winner_marks", None)  # (None: a stand-in, or not yet found)
    if marks is None:
        text, pos, unqualified = an.text, [], [0]
        at = text.find("winner")
        while at >= 0:
            if _WINNER_NAMED_RE.match(text, at + 6) is not None:
                before = _word_before(text, at)
                plain = before is None or before.lower() in ("the", "a", "race", "overall")
                pos.append(at)
                unqualified.append(unqualified[-1] + plain)
            at = text.find("winner", at + 6)
        marks = an._winner_marks = (pos, unqualified)
    return marks


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
    pos, unqualified = _winner_marks(an)
    i, k = bisect.bisect_left(pos, max(end, q.m_start - reach)), bisect.bisect_left(pos, q.m_start)
    if k == i or unqualified[k] > unqualified[i]:
        return None  # (no winner named since, or an unqualified one: another rule's)
    words = m.group(1).split()
    while len(words) > 2 and words[0].lower() not in getattr(an, "lex", _NO_LEX).gender:
        words = words[1:]  # ("Rookie Ann Roe won": a sentence-opening description word)
    return words
