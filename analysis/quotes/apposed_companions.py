"""Apposed companions: a "he"/"she" opening a sentence right after one whose subject is a
named person of the other sex and which names a second person in apposition to a noun
phrase ("Tom Vale and his partner, Jo Roe, both work shifts. She said ..." -> Jo Roe;
"Tom Vale stood in line with a stranger, Jo Roe, and her son. She said ..." -> Jo Roe):
the pronoun's sex picks the companion over a speaker quoted earlier.
"""

from __future__ import annotations

import bisect
import re

from .given_names import _given_name_gender
from .titles import _person_gender

# a person named in apposition to a short noun phrase ("his partner, Jo Roe,", "a
# stranger, Jo Roe, and"), closed by a comma, "and" or the sentence's end
_COMPANION_RE = re.compile(
    r"(?<![\w'’])(?:his|her|their|a|an)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*,[ \t]+"
    r"((?:[A-Z][\w'’-]+[ \t]+){1,2}[A-Z][\w'’-]+)(?=[ \t]*[,.]|[ \t]+and\b)"
)

# the sentence's subject: one to three capitalised words before a lower-case word
_SUBJECT_NAME_RE = re.compile(r"[ \t]*((?:[A-Z][\w'’.-]*[ \t]+){0,2}[A-Z][\w'’-]+)[ \t]+(?=[a-z])")


def _gender(an, name):
    return _person_gender(an, name) or _given_name_gender(an, name)


def apposed_companion_before(an, q, want):
    """(position, name) of the person named in apposition in the sentence right before
    the pronoun's (same paragraph), when that sentence's subject is a named person of
    the other sex and the companion is not known to be of it; else None. Example: in
    "Tom Vale and his partner, Jo Roe, both work shifts. She said A." the "She" is
    (position of "Jo Roe", "Jo Roe"); with "He said A." it is None.
    """
    if want not in ("m", "f"):
        return None
    at = min(q.m_start, q.start)
    if at != q.m_start or ", " not in an.text[max(0, at - 400) : at]:
        return None
    an.antecedents()
    si = bisect.bisect_right(an.ante[0], at) - 1
    if si < 1 or an.sents[si][0] != q.m_start and an.text[an.sents[si][0] : at].strip():
        return None  # (the pronoun opens its sentence)
    s0, s1 = an.sents[si - 1]
    if s1 - s0 > 400 or "\n" in an.text[s0:at].strip():
        return None
    sub = _SUBJECT_NAME_RE.match(an.text, s0, s1)
    if sub is None:
        return None
    subject = an.canonical(sub.group(1).split())
    if _gender(an, subject) not in ("m", "f") or _gender(an, subject) == want:
        return None
    found = [m for m in _COMPANION_RE.finditer(an.text, sub.end(), s1)]
    if len(found) != 1:
        return None
    words = found[0].group(1).split()
    name = an.canonical(words) if words[-1].lower() in an.by_last else " ".join(words)
    if _gender(an, name) not in (None, want):
        return None
    return found[0].start(1), name
