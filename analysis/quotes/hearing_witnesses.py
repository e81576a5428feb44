""" "The witness" of a hearing report: after "NAME, vice-president of ..., told the Senate
transport committee that A" and a member's question ("Senator X asked the witness how
many ..."), "The witness replied that B" is the person who last testified (told the
committee / court / inquiry, or testified), when the article never brings in another
witness ("a witness", "the Crown's fourth witness": the apposition rules' then).
"""

from __future__ import annotations

import re

# a statement made to a hearing: "told the Senate transport committee", "told senators",
# "testified" (bounded runs: linear on hostile text)
_HEARING_CUE_RE = re.compile(
    r"\b(?:told[ \t]+(?:the[ \t]+)?(?:[\w’'-]+[ \t]+){0,3}?"
    r"(?:[Cc]ommittee|[Cc]ourt|[Ii]nquiry|hearing|jury|panel|[Tt]ribunal|[Cc]ommission|inquest)"
    r"|told[ \t]+(?:senators|MPs|MPPs|MLAs|MNAs|councillors|commissioners|jurors)"
    r"|testified)\b"
)

# another witness brought in: "a witness", "the Crown's fourth witness", "its last witness"
_OTHER_WITNESS_RE = re.compile(
    r"\b(?:[Aa]n?|[Aa]nother|first|second|third|fourth|fifth|last|next|key|star|expert"
    r"|[\w]+['’]s)[ \t]+witness\b"
)

# an officer of the court in the cue's sentence ("Crown prosecutor NAME told the jury in
# her opening statement that"): an address to the court, no testimony
_COURT_OFFICER_RE = re.compile(r"\b(?:[Pp]rosecutor|[Ll]awyer|[Cc]ounsel|[Jj]udge|Justice)\b")

# how far back the testimony may be (characters)
_WITNESS_REACH = 4000


def hearing_witness(an, q, persons):
    """The person who last testified before "the witness" ``q`` (from ``persons``, the
    speakers resolved so far as (position, name, gender)), or None.

    >>> from types import SimpleNamespace as N
    >>> t = "Ann Roe told the committee that A. Tom Vale asked the witness why. The witness replied"
    >>> q = N(m_start=t.rindex("The witness"))
    >>> hearing_witness(N(text=t), q, [(0, "Ann Roe", "f"), (35, "Tom Vale", "m")])
    'Ann Roe'
    >>> hearing_witness(N(text="A witness said A. " + t), N(m_start=q.m_start + 18), [])
    """
    text, at = an.text, q.m_start
    lo = max(0, at - _WITNESS_REACH)
    if text.find("witness", 0, at) >= 0 and _OTHER_WITNESS_RE.search(text, 0, at):
        return None
    cues = [c for c in _HEARING_CUE_RE.finditer(text, lo, at) if not _court_officer(text, c)]
    if not cues:  # (within the reach: bounded)
        return None
    cue = cues[-1]
    before = [(p, name) for p, name, _g in persons if cue.start() - 400 <= p < cue.start()]
    return before[-1][1] if before else None


def _court_officer(text, cue):
    """Does the sentence of ``cue``, before it, name an officer of the court (a
    prosecutor, lawyer, counsel or judge): an address, not a witness's testimony?

    >>> t = "Crown prosecutor Ann Roe told the jury that A."
    >>> _court_officer(t, _HEARING_CUE_RE.search(t))
    True
    """
    s = max(text.rfind(". ", 0, cue.start()), text.rfind("\n", 0, cue.start()), cue.start() - 200)
    return _COURT_OFFICER_RE.search(text, max(0, s), cue.start()) is not None


def resolve_hearing_witness(an, q, persons):
    """Fill the speaker of "the witness" with ``hearing_witness``; False if none."""
    name = hearing_witness(an, q, persons)
    if name is None:
        return False
    q.speaker, q.stype = name, "person"
    persons.append((q.m_start, name, next((g for _p, n, g in persons if n == name), None)))
    return True
