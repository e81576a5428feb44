"""A measure after "according to" that is the basis of a share, not a source: "divided
among the operators according to the number of trips each made", "priced according to
their size", "ranked according to need". Right after a verb's clause (no comma before
"according to"), a phrase headed by a measure noun (number, size, amount, share, age,
weight ...) says how something is divided or graded, not who reported it; the cue
then has no speaker and no row. This module owns that check (asked by
``clauses._cue_speaker``); ", according to the agency, B" and ", according to a count
by X, B" stay sources.
"""

from __future__ import annotations

import re

# the measure phrase after "according to": a determiner or none, then a measure noun
# that ends the phrase or takes "of" / a relative / a conjunction
_MEASURE_BASIS_RE = re.compile(
    r"[ \t]+(?:(?:the|their|its|his|her|each[ \t]+\w+'s|each[ \t]+\w+’s)[ \t]+)?"
    r"(?:number|size|sizes|amount|share|volume|age|ages|weight|length|distance"
    r"|population|income|seniority|need|needs|capacity|severity|demand)"
    r"(?=[ \t]*(?:[.,;]|\Z)|[ \t]+(?:of|each|they|it|and|or|when|if)\b)"
)


def measure_basis(text: str, cue_start: int, cue_end: int) -> bool:
    """Is the phrase after the "according to" at text[cue_start:cue_end] a measure the
    clause before it is graded by ("divided among them according to the number of trips
    each made"), with a word, not a comma, right before the cue?

    >>> t = "Seats were shared according to the number of trips each made."
    >>> measure_basis(t, t.index("according"), t.index(" the number"))
    True
    >>> t = "Seats were shared, according to the number of trips each made."
    >>> measure_basis(t, t.index("according"), t.index(" the number"))
    False
    >>> t = "Seats were shared according to the agency."
    >>> measure_basis(t, t.index("according"), t.index(" the agency"))
    False
    """
    before = text[max(0, cue_start - 2) : cue_start].rstrip()
    if not before[-1:].isalpha():
        return False
    return _MEASURE_BASIS_RE.match(text, cue_end) is not None


def without_measure_bases(text: str, cue_matches: list) -> list:
    """``cue_matches`` (start, end, text, is "according to") without the "according to"
    cues whose phrase is a measure basis (:func:`measure_basis`): no frame of their own,
    and no cue that would end an earlier frame's content ("said the limit would apply in
    June and would be shared according to the number of trips": one span); the same list
    when there is none.

    >>> t = "Seats were shared according to their size."
    >>> without_measure_bases(t, [(18, 30, "according to", True)])
    []
    """
    keep = [cm for cm in cue_matches if not (cm[3] and measure_basis(text, cm[0], cm[1]))]
    return keep if len(keep) != len(cue_matches) else cue_matches
