"""Named-soon-after helpers for a description that speaks before its person is named
("a city councillor who ... said A." then "Coun. Priya Roe said B."): which statement
after it may name it, past a statement written in the rest of its sentence ("..., hours
after the company announced it would close."), and whether a title abbreviation
before the bare full name spells out the description's head ("Coun." for "councillor",
"Const." for "constable"; "Dr." after a definite description). Used by ``ledes._description_named_soon_after``.
"""

from __future__ import annotations

import re

from .titles import _TITLE_ABBR


def next_past_sentence_asides(text, quotes, i):
    """Index of the statement after ``quotes[i]`` that may name its description: the
    next one, past statements whose speaker is written in the rest of ``quotes[i]``'s
    own sentence (an aside: "A chef said A, hours after Hearth Bakeries announced
    B."); len(quotes) when there is none.

    >>> class _Q:
    ...     def __init__(self, m_start):
    ...         self.m_start, self.m_end = m_start, m_start + 4
    >>> text = "A chef said A, after Acme said B.\\n\\nAnn Roe said C."
    >>> next_past_sentence_asides(text, [_Q(2), _Q(21), _Q(35)], 0)
    2
    >>> next_past_sentence_asides("A chef said A. Acme said B.", [_Q(2), _Q(15)], 0)
    1
    """
    end = quotes[i].m_end
    j = i + 1
    while (  # (at most three asides within 400 characters: linear on hostile text)
        j < min(len(quotes), i + 4)
        and quotes[j].m_start - end <= 400
        and _same_sentence(text, end, quotes[j].m_start)
    ):
        j += 1
    return j


def _same_sentence(text, lo, hi):
    """Does ``text[lo:hi]`` hold no sentence end and no line break?"""
    gap = text[lo:hi] if 0 <= lo <= hi else "\n"
    return "\n" not in gap and _SENTENCE_END_RE.search(gap) is None


_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]*\s")


def titled_bare_mention(mention, speaker, head, definite=False):
    """Is ``mention`` the full name ``speaker`` after one title abbreviation that spells
    out the description's ``head`` ("Coun. Priya Roe" for "a city councillor"), or, for
    a ``definite`` description ("the president of Acme University"), after an academic
    or medical honorific ("Dr.", "Prof."): a name as bare as the untitled one?

    >>> titled_bare_mention("Coun. Priya Roe", "Priya Roe", "councillor")
    True
    >>> titled_bare_mention("Dr. Priya Roe", "Priya Roe", "councillor")
    False
    >>> titled_bare_mention("Dr. Priya Roe", "Priya Roe", "president", definite=True)
    True
    """
    title, _, rest = (mention or "").partition(" ")
    if rest != speaker or not title.endswith("."):
        return False
    if definite and title in ("Dr.", "Prof."):
        return True
    return _TITLE_ABBR.get(title[:-1].lower()) == head
