"""Couple named next: an unnamed couple that speaks ("a married couple who had driven
in from the coast said A") named in the next paragraph by one of them, a new full name
that opens it ("Ann Roe, 47, said ..."), and the other by a spouse apposition there or
in the two paragraphs after it ("Her husband, Tom, 52, said ..."). The speaker is the two
people, written as the annotation writes a pair ("Ann and Tom Roe"; "Ann Roe and Tom
Vale" when the spouse has a surname of his own). A couple named by only one of them
stays the description (a couple is two people).
"""

from __future__ import annotations

import re

from .kin import _PARAGRAPH_BREAK_RE

# "a married couple", "an elderly couple", "a young Syrian couple": indefinite, up to two
# modifiers
_COUPLE_MENTION_RE = re.compile(r"an?(?:[ \t]+[\w-]+){0,2}[ \t]+couple", re.IGNORECASE)

# the next paragraph opens with a full name, then an age or a speech verb
_COUPLE_FIRST_RE = re.compile(
    r"([A-Z][a-z]+)[ \t]+((?:[A-Z][\w'’-]*[a-z][ \t]+)?[A-Z][\w'’-]*[a-z])"
    r"(?:,[ \t]*\d{1,3},|[ \t]+(?:said|says|told)\b)"
)

# "Her husband, Tom, 52," / "His wife, Ann Vale," (the spouse's own surname optional)
_COUPLE_SPOUSE_RE = re.compile(
    r"(?<![\w'’-])(Her|His|her|his)[ \t]+(husband|wife|partner|spouse)[ \t]*,[ \t]+"
    r"([A-Z][a-z]+)((?:[ \t]+[A-Z][\w'’-]*[a-z]){0,2})[ \t]*,"
)

_SPOUSE_PRONOUN_SEX = {"her": "f", "his": "m"}


def couple_named_next(an, q, reach=600):
    """The pair an indefinite couple (``q.mention``) stands for when the next paragraph
    names one of them as a new full name and a spouse apposition names the other (within
    three paragraphs), else None.

    >>> from analysis.quotes.lexicon import lexicon
    >>> class A:
    ...     text = "A young couple said no.\\n\\nAnn Roe, 47, said it.\\nHer husband, Tom, 50, agreed."
    ...     lex = lexicon()
    >>> class Q: mention, m_start, m_end = "A young couple", 0, 14
    >>> couple_named_next(A, Q)
    'Ann and Tom Roe'
    """
    if not _COUPLE_MENTION_RE.fullmatch(q.mention):
        return None
    text = an.text
    brk = text.find("\n", q.m_end, q.m_end + reach)
    if brk < 0:
        return None
    start = _PARAGRAPH_BREAK_RE.match(text, brk).end()
    m = _COUPLE_FIRST_RE.match(text, start)
    if m is None:
        return None
    given, surname = m.group(1), m.group(2)
    sex = an.lex.gender.get(given.lower())
    if sex not in ("f", "m") or text.find(surname, 0, q.m_start) >= 0:
        return None  # (a given name of known sex; a new name, not one named before)
    stop = text.find("\n", m.end())
    for _ in range(2):  # (and the two paragraphs after it)
        if stop < 0:
            break
        stop = text.find("\n", _PARAGRAPH_BREAK_RE.match(text, stop).end())
    stop = len(text) if stop < 0 else stop
    s = _COUPLE_SPOUSE_RE.search(text, m.end(), min(stop, m.end() + 2 * reach))
    if s is None or _SPOUSE_PRONOUN_SEX[s.group(1).lower()] != sex:
        return None
    other, other_last = s.group(3), s.group(4).strip()
    if other_last and other_last != surname:
        return f"{given} {surname} and {other} {other_last}"
    return f"{given} and {other} {surname}"
