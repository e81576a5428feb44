"""Measured readings after "report": an object that is a quantity and a unit of
measure ("Environment Canada reported gusts of 104 km/h", "the station reported 40
centimetres of snow") is a reading, not reported speech, even when a time phrase or a
clause of its own follows it ("... that evening, and a wind warning was in force"); the
units are data (``resources/measure_units.txt``).
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import _IRREGULAR_PAST, _lines, _trie_regex


@cache
def _reading_re():
    units = _trie_regex(sorted(_lines("measure_units.txt")))
    return re.compile(
        r"(?:[a-z][\w\-]*[ \t]+){0,3}?(?:(?:of|to|at)[ \t]+)?"
        r"(?:(?:about|nearly|almost|roughly|over|some|up[ \t]+to|more[ \t]+than)[ \t]+)?"
        rf"\d[\d,.]*(?:[ \t\u00a0]|-)*(?:{units})(?![\w’'\-])",
        re.I,
    )


# where the reading's own phrase ends: a comma, semicolon, bracket or dash
_READING_END_RE = re.compile(r"[,;()—–]|[ \t]-")

# words that make the phrase a clause ("gusts reached 104 km/h" is a past verb's)
_READING_CLAUSE_RE = re.compile(
    r"\b(?:that(?![ \t]+(?:day|night|morning|afternoon|evening|week|weekend|month|year)\b)"
    r"|is|are|was|were|will|would|could|has|have|had|he|she|they|it|there)\b",
    re.I,
)

_LOWER_RE = re.compile(r"\b[a-z]+\b")


def measured_reading(text, s0, e0):
    """Is text[s0:e0], the object of "report", a measured quantity whose phrase up to its
    first comma holds no clause ("gusts of 104 km/h at the airport that evening, and
    ...")?

    >>> measured_reading("gusts of 104 km/h at the airport that evening, and a", 0, 52)
    True
    >>> measured_reading("gusts reached 104 km/h at the airport", 0, 37)
    False
    >>> measured_reading("40 new cases of the flu", 0, 23)
    False
    """
    if not any(ch.isdigit() for ch in text[s0 : min(e0, s0 + 60)]):
        return False
    m = _reading_re().match(text, s0, min(e0, s0 + 120))
    if m is None:
        return False
    end = _READING_END_RE.search(text, m.end(), e0)
    stop = e0 if end is None else end.start()
    if _READING_CLAUSE_RE.search(text, s0, stop) is not None:
        return False
    return not any(
        w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed") and not w.endswith("eed"))
        for w in _LOWER_RE.findall(text, s0, stop)
    )
