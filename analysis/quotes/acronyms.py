"""Acronyms introduced in parentheses: "The Canadian Federation of Independent Business
(CFIB) ... CFIB said" names the speaker by the full name the article spelled out once,
not by the letters. This module owns finding that spelled-out name and giving it to
the statements whose speaker is the bare acronym.
"""

from __future__ import annotations

import re

from .lexicon import lexicon

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


# a run of capitalised words and the small joining words between them ("Canadian Centre
# for Ethics in Sport", "The Royal Canadian Mounted Police"): candidates for an acronym
# the article never puts in parentheses
_ACRONYM_CAP_RUN_RE = re.compile(
    r"(?<![\w'’.-])[A-Z][\w'’.-]*"
    r"(?:[ \t]+(?:(?:of|and|for|the|on|in|&)[ \t]+)?[A-Z][\w'’.-]*)*"
)


def acronym_by_initials(text: str, acronym: str, hi: int | None = None) -> str | None:
    """The first name in ``text`` (before ``hi``) whose capitalised words' initials spell
    ``acronym`` (three to six capitals), one word each, when the article never puts the
    acronym in parentheses ("the Canadian Food Inspection Agency ... the CFIA said");
    None when none does.

    >>> acronym_by_initials("The Royal Canadian Mounted Police met. The RCMP said so.", "RCMP")
    'Royal Canadian Mounted Police'
    >>> acronym_by_initials("The Canadian Centre for Ethics in Sport ruled.", "CCES")
    'Canadian Centre for Ethics in Sport'
    >>> acronym_by_initials("Rita Cole Mann Park met.", "RCM") is None
    True
    """
    if not 3 <= len(acronym) <= 6:
        return None
    hi = len(text) if hi is None else min(hi, len(text))
    i = text.find(acronym[0])
    while 0 <= i < hi:
        m = _ACRONYM_CAP_RUN_RE.match(text, i, hi)
        if m is None:
            i = text.find(acronym[0], i + 1)
            continue
        got = _initials_name(m.group().split(), acronym)
        if got is not None:
            return got
        i = text.find(acronym[0], m.end())
    return None


def _initials_name(words, acronym):
    """The words of ``words`` from a capitalised one whose capitalised words' initials
    are ``acronym`` (joiners inside), or None; never a person's name of one word each
    ("Rita Cole Mann": a listed given name opens it)."""
    n = len(acronym)
    for a, w in enumerate(words):
        if w[0] != acronym[0] or w in _ACRONYM_JOINERS:
            continue
        k = 0
        for b in range(a, len(words)):
            wb = words[b]
            if wb in _ACRONYM_JOINERS:
                continue
            if wb[0] != acronym[k]:
                break
            k += 1
            if k == n:
                name = words[a : b + 1]
                if name[0].lower() in lexicon().gender or name[-1] == acronym:
                    return None
                return " ".join(name)
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
            memo[sp] = acronym_spelled_out(an.text, sp) or acronym_by_initials(
                an.text, sp, q.m_start
            )
        if memo[sp]:
            q.speaker, q.stype = memo[sp], "organization"
