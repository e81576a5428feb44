"""A "recall" cue whose object is only a noun phrase dated by a year: "Firefighters
recalled a smaller fire at the same plant in 2019", "She recalled the 2018 flood" name a
remembered event, not words, so the frame has no content. This module owns the test of
that object: a year in it ("in 2019", "in March 1998", "the 2018 flood"), and no "that",
no quotation, no clause word (a subject pronoun, an auxiliary, a past form, a negation,
a conjunction opening a clause) in the words after the cue. "She recalled that the alarm
never rang" and "she recalled the alarm never rang" stay speech; so does an undated
object ("recalled an anecdote about the mayor", "recalled her opposition to the plan"),
which PolNeAR annotates as an attribution.
"""

from __future__ import annotations

import re

from .additions import _holds_clause
from .blocks import MASK

# the words after the cue up to the end of its sentence
_OBJECT_WORDS_RE = re.compile(r"[\w’'\-]+")

# words that open or mark a clause inside the object: a reported clause, an indirect
# question or an adverbial clause ("recalled how ...", "recalled the day when ...")
_CLAUSE_MARKS = frozenset(
    "that how what when where why whether if who whom whose which while because after "
    "before until since as not never no".split()
)

# the year that dates the remembered event: "in 2019", "in March 1998", "during the
# winter of 2011", or a year opening the noun phrase ("the 2018 flood", "a 1998 storm")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_DATED_RE = re.compile(
    r"\b(?:in|of|during)[ \t]+(?:(?:early|late|mid-)[ \t]*)?(?:" + _MONTH + r"[ \t]+)?"
    r"(?:1[89]|20)\d\d\b|\A[ \t]*(?:the|a|an|that)[ \t]+(?:1[89]|20)\d\d[ \t]+[a-z]"
)

# an object longer than this is read as a clause (a cheap bound on the scan)
_MAX_OBJECT_WORDS = 30


def recalls_a_dated_event(masked: str, post: tuple[int, int]) -> bool:
    """Is the content ``masked[post[0]:post[1]]`` after a "recall" cue only a noun phrase
    dated by a year (no quotation, no clause), so the frame reports no words?

    >>> t = " a smaller fire at the same plant in 2019."
    >>> recalls_a_dated_event(t, (0, len(t)))
    True
    >>> t = " that the alarm never rang."
    >>> recalls_a_dated_event(t, (0, len(t)))
    False
    >>> t = " the alarm never rang in 2019."
    >>> recalls_a_dated_event(t, (0, len(t)))
    False
    """
    s0, e0 = post
    if e0 - s0 < 3 or MASK in masked[s0:e0] or _DATED_RE.search(masked[s0:e0]) is None:
        return False
    words = _OBJECT_WORDS_RE.findall(masked, s0, e0)
    if not words or len(words) > _MAX_OBJECT_WORDS:
        return False
    if any(w.lower() in _CLAUSE_MARKS or w.lower().endswith(("n't", "n’t")) for w in words):
        return False
    if _gerund_with_complement(words):
        return False
    return not _holds_clause(words)


def _gerund_with_complement(words) -> bool:
    """Does the object open with a bare lower-case -ing form followed by its own words
    before the year ("racing in minus 28 in 1996", "skating on the river in 1998"): the
    speaker's remembered act, a subjectless clause, not an event noun dated right
    after it ("flooding in 2013")?

    >>> _gerund_with_complement("racing in minus 28 in 1996".split())
    True
    >>> _gerund_with_complement("flooding in 2013".split()), _gerund_with_complement(["the", "1998", "storm"])
    (False, False)
    """
    first = words[0]
    if len(first) < 5 or not first.endswith("ing") or not first.islower() or len(words) < 3:
        return False
    for w in words[1:]:
        if _YEAR_RE.fullmatch(w):
            return False  # "flooding in 2013", "flooding in March 2013": the dated event
        if w.lower() not in _DATE_LEAD_WORDS:
            return True
    return False


_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")

# the words of a date right after an event noun ("in early March 2013", "during the
# winter of 2011")
_DATE_LEAD_WORDS = frozenset(
    "in of during the early late mid winter spring summer fall autumn january february "
    "march april may june july august september october november december".split()
)
