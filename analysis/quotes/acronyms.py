"""Acronyms introduced in parentheses: "The Canadian Federation of Independent Business
(CFIB) ... CFIB said" names the speaker by the full name the article spelled out once,
not by the letters. This module owns finding that spelled-out name and giving it to
the statements whose speaker is the bare acronym.
"""

from __future__ import annotations

import re

# a bare acronym speaker: two to six capitals, no dots ("CFIB", "the RMBA")
_ACRONYM_SPEAKER_RE = re.compile(r"(?:[Tt]he[ \t]+)?([A-Z]{2,6})\Z")
# the words of a name before "(ACR)": capitalised words and the small joining words
_ACRONYM_NAME_WORD_RE = re.compile(r"[A-Z][\w'’.-]*|of|and|for|the|on|in|de|du|des|la|le|&")
_ACRONYM_JOINERS = frozenset(
    {"of", "and", "for", "the", "on", "in", "de", "du", "des", "la", "le", "&"}
)


def acronym_spelled_out(text: str, acronym: str) -> str | None:
    """The name ``text`` writes right before the first "(ACRONYM)" whose capitalised
    words' initials spell the acronym, or None.

    >>> acronym_spelled_out("The Canadian Federation of Independent Business (CFIB) met.", "CFIB")
    'Canadian Federation of Independent Business'
    >>> acronym_spelled_out("The Rural Municipalities Broadband Alliance (RMBA) said so.", "RMBA")
    'Rural Municipalities Broadband Alliance'
    >>> acronym_spelled_out("Ann Roe of the city (CFIB) said so.", "CFIB") is None
    True
    """
    at = text.find("(" + acronym + ")")
    if at < 0:
        return None
    words = text[max(0, at - 200) : at].split()
    caps: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if not _ACRONYM_NAME_WORD_RE.fullmatch(w):
            return None
        if w in _ACRONYM_JOINERS:
            continue
        caps.insert(0, w[0])
        if len(caps) > len(acronym):
            return None
        if "".join(caps) == acronym:
            return " ".join(words[i:]) if words[-1] not in _ACRONYM_JOINERS else None
    return None


def _acronym_speakers_spelled_out(an, quotes):
    """Give each statement whose speaker is a bare acronym ("RMBA said in a news
    release", "the RMBA said") the organisation's name the article spelled out before "(RMBA)"."""
    memo: dict = {}
    for q in quotes:
        m = _ACRONYM_SPEAKER_RE.match(q.speaker or "")
        if not m:
            continue
        sp = m.group(1)
        if sp not in memo:
            memo[sp] = acronym_spelled_out(an.text, sp)
        if memo[sp]:
            q.speaker, q.stype = memo[sp], "organization"
