"""A possessed relative as the subject before a pronoun: "Tom Roe said he would tap
again. His daughter was not so sure. ... 'I believe her,' she said" -> the person the
article makes Tom Roe's daughter. This module owns finding that subject ("His / Her /
Their <kin noun>" opening one of the two sentences before the pronoun's, a verb after
it, the kin noun of the pronoun's sex, no name as a subject between) and naming it the
way the engine names a "his daughter said" mention at that place (the resolver is
passed in, so this module imports no resolver and makes no import loop).
"""

from __future__ import annotations

import bisect
import copy
import re

from .kin import _PARAGRAPH_BREAK_RE

# kin nouns of one sex (the pronoun's gender must be the noun's)
_KIN_SEX = {
    **dict.fromkeys(
        "mother daughter wife sister grandmother granddaughter aunt niece widow".split(), "f"
    ),
    **dict.fromkeys(
        "father son husband brother grandfather grandson uncle nephew widower".split(), "m"
    ),
}

# "His daughter was", "Her mother smiled": a possessive, the kin noun, a lower-case word
_KIN_SUBJECT_RE = re.compile(r"[ \t“\"]*((?:His|Her|Their)[ \t]+([a-z]+))[ \t]+[a-z]")


def _name_between(an, lo, hi):
    """Does the article name someone between ``lo`` and ``hi`` other than as a
    possessor ("De Grandpré’s findings were on the table" names no subject)?"""
    pos = an.positions()
    for i in range(bisect.bisect_left(pos, lo), bisect.bisect_left(pos, hi)):
        p, cw = an.names[i][0], an.names[i][1]
        end = an.text.find(cw[-1], p, p + 120)
        if end < 0 or an.text[end + len(cw[-1]) : end + len(cw[-1]) + 2] not in ("'s", "’s"):
            return True
    return False


def kin_subject_pronoun(an, q, want, persons, groups, resolve):
    """Make the speaker of the he/she quote ``q`` the named relative that "His / Her /
    Their <kin>" opening one of the two sentences before the pronoun's names (same
    paragraph or the one before), when the kin noun's sex is ``want``, no name opens a
    sentence or clause between, and ``resolve`` (the mention resolver) names that
    relative a person; True if it did, else False (``q`` untouched).

    >>> from tests._quote_rows import speech_rows
    >>> t = ("Ann Roe is Tom Roe's daughter. Tom Roe said he would tap again. "
    ...      'His daughter was not so sure. "I believe it," she said.')
    >>> [s for s, _, q in speech_rows(t) if q.startswith("I believe")]
    ['Ann Roe']
    """
    an.antecedents()
    at = min(q.m_start, q.start)
    si = bisect.bisect_right(an.ante[0], at) - 1
    text = an.masked if an.masked is not None else an.text
    for back in (1, 2):
        if si - back < 0:
            return False
        s0, s1 = an.sents[si - back]
        m = _KIN_SUBJECT_RE.match(text, s0, s1)
        if m is not None:
            break
    else:
        return False
    if _KIN_SEX.get(m.group(2)) != want or s1 - s0 > 400:
        return False
    if len(_PARAGRAPH_BREAK_RE.findall(an.text, s0, q.m_start)) > 1:
        return False
    if _name_between(an, m.end(1), q.m_start):
        return False
    probe = copy.copy(q)
    probe.mention, probe.m_start, probe.m_end = m.group(1), m.start(1), m.end(1)
    probe.cue_start = probe.cue_end = probe.start = m.end(1) + 1  # (as "Her mother said ...")
    probe.end = max(s1, probe.start)
    probe.speaker, probe.stype = probe.mention, "unknown"
    resolve(an, probe, list(persons), list(groups))
    if probe.stype != "person" or not probe.speaker or probe.speaker[:1].islower():
        return False
    if probe.speaker.split()[0] in ("His", "Her", "Their") or probe.speaker == q.speaker:
        return False
    q.speaker, q.stype = probe.speaker, "person"
    persons.append((q.m_start, probe.speaker, want))
    return True
