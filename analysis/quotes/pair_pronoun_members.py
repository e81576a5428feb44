"""Pair pronoun members: a "he" / "she" right after a pair's statement ("She and
Reece-Bolton both said A.\\n\\n'B,' he said") is the member of the pair whose sex the
pronoun fits, known from the article's own evidence: the pair mention's own pronoun
("She and NAME"), a listed given name, an honorific ("Mr. Roe", "Ms. Roe") or the
"he"/"she" statements the article gave that member before (one member known of the
other sex and the other not known of it is enough: "She and Roe ... he said" is Roe);
it was the last single speaker quoted, whatever the sex. This module owns only that reading
(``pair_pronoun_speakers``).
"""

from __future__ import annotations

import bisect
import re

_SEX = {"he": "m", "she": "f"}

# how far after the pair's statement the pronoun's may open: the next paragraph at most
_REACH = 400

_HONORIFIC_SEX = {"Mr.": "m", "Mr": "m", "Ms.": "f", "Ms": "f", "Mrs.": "f", "Mrs": "f"}


def _honorific_sex(text, last):
    """The sex the article's honorifics give the surname ``last`` ("Mr. Roe": "m"), None
    when it writes none or both.

    >>> _honorific_sex("Mr. Roe said so. Ms. Vale agreed.", "Roe")
    'm'
    >>> _honorific_sex("Roe said so.", "Roe") is None
    True
    """
    found = {
        sex
        for m in re.finditer(r"\b(Mrs?|Ms)\.?[ \t]+" + re.escape(last) + r"\b", text)
        if (sex := _HONORIFIC_SEX.get(m.group(1)))
    }
    return found.pop() if len(found) == 1 else None


def _member_sex(an, quotes, k, member, first_word):
    """The sex the article gives the pair member ``member`` before statement ``k``
    (``first_word``: the pair mention's opening pronoun, for the first member), None if
    unknown or mixed."""
    found = set()
    if first_word in _SEX:
        found.add(_SEX[first_word])
    if (given := an.lex.gender.get(member.split()[0].lower())) in ("m", "f"):
        found.add(given)
    if (hon := _honorific_sex(an.text, member.split()[-1])) is not None:
        found.add(hon)
    for p in quotes[:k]:
        if p.speaker == member and (p.mention or "").lower() in _SEX:
            found.add(_SEX[p.mention.lower()])
    return found.pop() if len(found) == 1 else None


def _pair_sexes(an, quotes, k):
    """(members, their sexes) of the pair statement ``quotes[k]`` ("Ann Roe and Tom
    Vale", mention "She and Vale"), or None when it is no pair of two people."""
    p = quotes[k]
    if not p.speaker or not p.mention or " and " not in p.mention:
        return None
    members = p.speaker.split(" and ")
    if len(members) != 2 or any(len(m.split()) < 2 for m in members):
        return None
    first = p.mention.split()[0].lower()
    sexes = (
        _member_sex(an, quotes, k, members[0], first),
        _member_sex(an, quotes, k, members[1], None),
    )
    return members, sexes


def _other_person_between(an, lo, hi, members):
    """Does the article name a person other than the pair ``members`` between ``lo``
    and ``hi`` ("Roe and Vale said A. Carson reported B, he said": Carson)?"""
    own = {w for m in members for w in m.split()}
    names = an.positions()
    i = bisect.bisect_left(names, lo)
    while i < len(names) and names[i] < hi:
        if an.person_like(i)[1] and not set(an.names[i][1]) <= own:
            return True
        i += 1
    return False


def pair_pronoun_speakers(an, quotes):
    """Give a "he"/"she" statement right after a pair's statement the member of the
    pair its sex fits (module doc); speaker strings only.

    >>> import pandas as pd, analysis
    >>> t = ('Mr. Dane said the rot was old.\\n\\n"Why so long?" Tor Dane said.\\n\\n'
    ...      '"Nobody came," Noor Vale-Hart said.\\n\\n'
    ...      'She and Dane both said the province ignored them.\\n\\n"We asked," he said.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]}))["speaker"].tolist()[-1]
    'Tor Dane'
    """
    pair = None
    for k, q in enumerate(quotes):
        mention = (q.mention or "").lower()
        if pair is not None and mention in _SEX:
            members, sexes, end = pair
            gap = an.text[end : q.m_start]
            want = _SEX[mention]
            if (
                gap.count("\n\n") <= 1
                and len(gap) < _REACH
                and not _other_person_between(an, end, q.m_start, members)
            ):
                other = [s is not None and s != want for s in sexes]
                if sum(other) == 1 and sexes[other.index(False)] in (want, None):
                    # (the one not of the other sex: "She and Roe ... he said": Roe)
                    q.speaker, q.stype = members[other.index(False)], "person"
        if q.attribution == "carried" or not q.mention:
            continue
        pair = None
        if " and " in q.mention and (found := _pair_sexes(an, quotes, k)) is not None:
            pair = (*found, q.end)
