"""Comparative time appositions after an inserted frame: "The road will not be finished
before 2034, the committee said Wednesday, four years later than the date residents were
given." -- "<count> <time unit>s later|earlier|sooner|longer than ..." closing the
sentence measures a date or a span of the statement before the frame; it is no second
statement of the speaker (asked by ``additions.frame_tail_adjunct`` and
``additions._second_part_goes_on``). Owns only that shape.
"""

from __future__ import annotations

import re

_COUNT = (
    r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|a[ \t]+few|several|many)"
)
_COMPARATIVE_SPAN_RE = re.compile(
    r"[ \t,]*(?:(?:about|nearly|almost|roughly|some|more[ \t]+than|at[ \t]+least)[ \t]+)?"
    + _COUNT
    + r"[ \t]+(?:full[ \t]+)?(?:hour|day|week|month|year|decade|season)s?[ \t]+"
    r"(?:later|earlier|sooner|longer|behind|ahead)(?:[ \t]+than\b[^.!?\n]*)?[ \t]*[.!?]?[ \t]*"
)


def comparative_apposition(masked, lo, hi):
    """Is ``masked[lo:hi]`` a comparative time span closing the sentence ("four years
    later than planned."), no clause?

    >>> t = ", four years later than the date residents were given in 2021."
    >>> comparative_apposition(t, 0, len(t))
    True
    >>> t = ", two years later the plant closed."
    >>> comparative_apposition(t, 0, len(t))
    False
    """
    return _COMPARATIVE_SPAN_RE.fullmatch(masked, lo, hi) is not None
