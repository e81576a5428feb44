"""Predicate conjuncts: an "-ing" reporting verb joined by "and" to the predicate of a
form of "be" inside reported content ("said Tom was awake and joking with nurses",
"said they were tired and chatting about it") is the content's own verb, not a new
cue that ends the content.
"""

from __future__ import annotations

import re

# a form of "be", one to three lower-case words with no comma (an adjective, an
# "-ing" verb and its particle: "awake", "sitting up"), then "and" at the end
_BE_PREDICATE_AND_RE = re.compile(
    r"\b(?:was|were|is|are|am|been|be)[ \t]+(?:not[ \t]+)?"
    r"(?:[a-z][a-z’'-]*[ \t]+){1,3}?and[ \t]+\Z"
)

# what after the "-ing" verb makes it a report after all: "that", a colon, a comma, a
# quotation mark or the masked quotation
_REPORT_NEXT_RE = re.compile(r"[ \t]*(?:that\b|[:,“\"‘\x01])")


def be_predicate_conjunct(seg, masked, nxt, nxt_form, se):
    """Is the "-ing" cue ``nxt_form`` at ``nxt``, after the content words ``seg``, the
    second half of a "be" predicate ("was awake and joking with nurses"), with no
    clause of its own after it ("that", a colon, a comma or a quotation)?

    >>> t = "said Tom was awake and joking with nurses."
    >>> be_predicate_conjunct(t[5:23], t, 23, "joking", len(t))
    True
    >>> t = "said Tom was awake and joking that he would run."
    >>> be_predicate_conjunct(t[5:23], t, 23, "joking", len(t))
    False
    """
    if not nxt_form.endswith("ing") or " " in nxt_form:
        return False
    if _BE_PREDICATE_AND_RE.search(seg, max(0, len(seg) - 60)) is None:
        return False
    return _REPORT_NEXT_RE.match(masked, nxt + len(nxt_form), se) is None
