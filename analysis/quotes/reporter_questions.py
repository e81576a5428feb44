"""Pronouns after a reporter's question: in a news-conference report, '"Another reporter
asked whether the insurance would cover the loss. He said A."' the "he" / "she" is the
person questioned, not the unnamed reporter whose question row comes just before (an
anonymous "reporter" is never quoted again through a pronoun); this module owns that
correction, run after coreference has filled every speaker."""

from __future__ import annotations

from .apposed_companions import _gender

_PRONOUN_GENDER = {"he": "m", "she": "f"}


def _reporter(speaker) -> bool:
    """Is ``speaker`` an unnamed reporter ("another reporter", "a third reporter")?

    >>> [_reporter(s) for s in ("another reporter", "one reporter", "Ann Roe", None)]
    [True, True, False, False]
    """
    words = (speaker or "").lower().split()
    return bool(words) and words[-1] in ("reporter", "reporters", "journalist") and len(words) <= 6


def pronoun_after_reporters_question(an, quotes, reach=1500):
    """Give a "he" / "she" statement resolved to an unnamed reporter whose question
    ("asked whether ...") is the row right before it to the last named person quoted
    before that question within ``reach`` characters (of the pronoun's gender, or of
    unknown gender). Example: in 'NAME said A. Another reporter asked whether B. He said
    C.' the C row goes from "another reporter" to NAME.
    """
    for k in range(1, len(quotes)):
        q, prev = quotes[k], quotes[k - 1]
        want = _PRONOUN_GENDER.get((q.mention or "").lower())
        if want is None or not _reporter(q.speaker) or prev.speaker != q.speaker:
            continue
        if not (prev.cue or "").lower().startswith("ask"):
            continue
        for p in reversed(quotes[: k - 1]):
            if q.m_start - p.m_start > reach:
                break
            if p.stype != "person" or not p.speaker or _reporter(p.speaker):
                continue
            if _gender(an, p.speaker) in (want, None):
                q.speaker, q.stype = p.speaker, p.stype
                break
