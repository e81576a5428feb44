"""A pronoun and a relative as one subject: "She and her husband will appeal the
placement. They said A." -- the "they" is the woman quoted before and the husband the
article named in apposition before ("Her husband, Tom Roe, said ..."), written as the
annotation writes two people ("Ann Roe and Tom Roe"), not the group quoted before; and
a '"B," he said' right after it, in the next paragraph, is the husband (the one of the
two whose sex the pronoun fits), not another man quoted before
(``pronoun_kin_pair_speakers``).
"""

from __future__ import annotations

import re

from .kin import _KIN_GENDER
from .kin_subjects import _kin_subject_named

# "She and her husband", "He and his daughter" opening a sentence
_PAIR_RE = re.compile(r"(?<![^\s“\"])(She|He)[ \t]+and[ \t]+(her|his)[ \t]+([a-z]+)[ \t]+[a-z]")

_PRONOUN_SEX = {"She": "f", "He": "m", "she": "f", "he": "m"}

# how far back from a "they" the pair's sentence may open
_REACH = 300


def _pair_before(an, q):
    """The match of "She and her husband" opening a sentence in the ``_REACH``
    characters before ``q``'s "they" mention, in its paragraph or the one before, when
    the possessive fits the pronoun; else None."""
    lo = max(0, q.m_start - _REACH)
    found = None
    for m in _PAIR_RE.finditer(an.text, lo, q.m_start):
        if (m.group(1) == "She") == (m.group(2) == "her") and m.group(3) in _KIN_GENDER:
            found = m
    if found is None or an.text.count("\n\n", found.start(), q.m_start) > 1:
        return None
    return found


def _last_person_of_sex(quotes, k, sex, an, kin):
    """The speaker of the last statement before ``quotes[k]`` that is a person other
    than ``kin`` and not known to be of the other sex (by a pronoun mention or a listed
    given name; not by the pronouns resolved to the speaker, which a later "he" of the
    relative may have set); else None."""
    for i in range(k - 1, -1, -1):  # (no copy of the rows before: walked back in place)
        p = quotes[i]
        if p.stype != "person" or not p.speaker or p.speaker == kin:
            continue
        given = an.lex.gender.get(p.speaker.split()[0].lower())
        known = {_PRONOUN_SEX.get(p.mention), given}
        known.discard(None)
        if known <= {sex}:
            return p.speaker
    return None


def pronoun_kin_pair_speakers(an, quotes):
    """Give "They said" after "She and her husband ..." the two people, and a "he" /
    "she" of the relative's sex in the next paragraph the relative (module doc);
    speaker strings only.

    >>> import pandas as pd, analysis
    >>> t = ('Her husband, Tom Roe, said the bus was slow.\\n\\n'
    ...      '"It is too far," Ann Roe said.\\n\\n'
    ...      'She and her husband will appeal. They said they would drive her.\\n\\n'
    ...      '"We have no choice," he said.')
    >>> q = analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]}))
    >>> q["speaker"].tolist()[-2:]
    ['Ann Roe and Tom Roe', 'Tom Roe']
    """
    pair_end = None
    kin_name = kin_sex = None
    for k, q in enumerate(quotes):
        if pair_end is not None and q.mention in ("he", "she", "He", "She"):
            gap = an.text[pair_end : q.m_start]
            if _PRONOUN_SEX[q.mention] == kin_sex and gap.count("\n\n") <= 1 and len(gap) < 400:
                q.speaker, q.stype = kin_name, "person"
                continue
            pair_end = None
        if q.mention not in ("They", "they"):
            continue
        window = an.text[max(0, q.m_start - _REACH) : q.m_start]
        if " and her " not in window and " and his " not in window:
            continue
        m = _pair_before(an, q)
        if m is None:
            continue
        sex = _PRONOUN_SEX[m.group(1)]
        kin = _kin_subject_named(an, m.group(2), m.group(3), m.start())
        person = kin and _last_person_of_sex(quotes, k, sex, an, kin)
        if not person:
            continue
        q.speaker, q.stype = f"{person} and {kin}", "group"
        pair_end, kin_name, kin_sex = q.end, kin, _KIN_GENDER[m.group(3)]
