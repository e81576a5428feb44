"""A bare age opening the sentence before a pronoun: "Tom Vale, 99, ... The 99-year-old
has strong opinions about that. He said A" -> Tom Vale. This module owns finding that aged
subject ("The <age>-year-old" and up to two lower-case words, then a lower-case verb)
in the sentence right before the pronoun's, and naming it through the article's
"NAME, 99," / "NAME, a 99-year-old" apposition (``kin._resolve_aged``), so the pronoun
does not fall back to an earlier named subject ("Ben Roe said ...").
"""

from __future__ import annotations

import bisect
import copy
import re

from .kin import _PARAGRAPH_BREAK_RE, _resolve_aged
from .titles import _person_gender

# "The 99-year-old has views", "The 44-year-old electrician worked": the age, up to two
# lower-case words of a description, then a lower-case word (the verb)
_AGED_SUBJECT_RE = re.compile(
    r"[ \t]*The[ \t]+(\d{1,3})-year-old((?:[ \t]+[a-z][\w-]*){0,2}?)[ \t]+[a-z]"
)

# a capitalised word after a lower-case word or comma: a name between the age and the pronoun
_NAME_BETWEEN_RE = re.compile(r"[a-z,][ \t]+[A-Z][a-z]")


def aged_subject_before(an, q, want, persons):
    """(position, canonical name) of the person a bare age names when "The <age>-year-old
    <verb> ..." opens the sentence right before the pronoun's (same paragraph or the one
    before) and no name comes between it and the pronoun, when the article gave that age
    to one person and that person's gender is not the other one; else None.

    >>> from tests._quote_rows import speech_rows
    >>> t = ("Tom Vale, 99, joined the navy in 1944. Ben Roe runs the branch. "
    ...      "Roe said the branch had lost members. "
    ...      "The 99-year-old has strong opinions about that. He said the young had it harder.")
    >>> [s for s, _, q in speech_rows(t) if q.startswith("the young")]
    ['Tom Vale']
    """
    an.antecedents()
    at = min(q.m_start, q.start)
    si = bisect.bisect_right(an.ante[0], at) - 1
    if si < 1:
        return None
    s0, s1 = an.sents[si - 1]
    text = an.masked if an.masked is not None else an.text
    if s1 - s0 > 400 or len(_PARAGRAPH_BREAK_RE.findall(an.text, s1, q.m_start)) > 1:
        return None
    m = _AGED_SUBJECT_RE.match(text, s0, s1)
    if m is None or _NAME_BETWEEN_RE.search(text, s1, q.m_start):
        return None
    probe = copy.copy(q)  # (resolved as if the pronoun were the age, then discarded)
    probe.mention, probe.m_start = f"the {m.group(1)}-year-old{m.group(2)}", m.start(1) - 4
    probe.speaker = None
    if not _resolve_aged(an, probe, list(persons)) or not probe.speaker:
        return None
    g = _person_gender(an, probe.speaker)
    if want in ("m", "f") and g not in (None, want):
        return None
    return m.start(1), probe.speaker
