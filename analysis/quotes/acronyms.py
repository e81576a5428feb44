"""Acronyms introduced in parentheses: "The Canadian Federation of Independent Business
(CFIB) ... CFIB said" names the speaker by the full name the article spelled out once,
not by the letters. This module owns finding that spelled-out name and giving it to
the statements whose speaker is the bare acronym; an acronym introduced without
parentheses ("the Waterloo Tech Workers Alliance ... known as WTWA") is the first
capitalised name before the acronym's first use whose initials spell it.
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


# how many distinct acronyms of one article get the scan without parentheses
_ACRONYM_SCANS = 8
# a run of capitalised words with the small joining words between them
_ACRONYM_RUN_RE = re.compile(
    r"[A-Z][\w'’.-]*(?:[ \t]+(?:(?:of|and|for|the|on|in|de|du|des|la|le|&)[ \t]+)*[A-Z][\w'’.-]*)*"
)


# the first use of an acronym introduced as the name's short form ("known as WTWA to its
# members", "MTRA, as the group is widely known", "or WTWA,", "WTWA for short"); the
# acronym is written as "\x00" here
_ACRONYM_INTRO_RE = re.compile(
    r"(?:known|referred[ \t]+to)[ \t]+as[ \t]+\x00|[ \t]or[ \t]+\x00[ \t]*,"
    r"|\x00[ \t]*,[ \t]+as[ \t]+(?:[\w-]+[ \t]+){0,4}known\b|\x00[ \t]+for[ \t]+short"
)


def acronym_initials_name(text: str, acronym: str) -> str | None:
    """The first capitalised name (two to six capitalised words and the joining words
    between them) before the acronym's first use whose initials spell it, or None: an
    acronym introduced without parentheses ("known as WTWA", "MTRA, as it is known");
    a first use that introduces nothing ("The CFIA said") gives None.

    >>> acronym_initials_name("The Waterloo Tech Workers Alliance, known as WTWA, met.", "WTWA")
    'Waterloo Tech Workers Alliance'
    >>> acronym_initials_name("WTWA met the Waterloo Tech Workers Alliance.", "WTWA") is None
    True
    >>> acronym_initials_name("The Waterloo Tech Workers Alliance met. WTWA said so.", "WTWA") is None
    True
    """
    first = _acronym_first_use(text, acronym)
    if first is None:
        return None
    near = text[max(0, first[0] - 30) : first[1] + 40]
    if _ACRONYM_INTRO_RE.search(near.replace(acronym, "\x00")) is None:
        return None  # ("the CFIA" never introduced: stays as written, PolNeAR's way)
    n = len(acronym)
    for m in _ACRONYM_RUN_RE.finditer(text, 0, first[0]):
        words = m.group().split()
        heads = [i for i, w in enumerate(words) if w not in _ACRONYM_JOINERS]
        for a in range(len(heads) - n + 1):
            span = heads[a : a + n]
            if "".join(words[i][0] for i in span) == acronym:
                return " ".join(words[span[0] : span[-1] + 1])
    return None


def _acronym_first_use(text, acronym):
    """(start, end) of the first whole-word ``acronym`` in ``text`` (as
    ``re.search(r"\\b" + re.escape(acronym) + r"\\b", text)``, without compiling a
    pattern per acronym), or None.

    >>> _acronym_first_use("CFIBS or the CFIB said", "CFIB")
    (13, 17)
    >>> _acronym_first_use("XCFIB_CFIB", "CFIB") is None
    True
    """
    if not (acronym.isascii() and acronym.isalpha()):
        m = re.search(r"\b" + re.escape(acronym) + r"\b", text)
        return None if m is None else m.span()
    n, size = len(acronym), len(text)
    i = text.find(acronym)
    while i >= 0:
        # (a word boundary on both sides: the letters are word characters, so the
        # characters around must not be: \w is a letter, a digit or "_")
        before = text[i - 1] if i > 0 else " "
        after = text[i + n] if i + n < size else " "
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            return i, i + n
        i = text.find(acronym, i + 1)
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
            # the scan without parentheses reads the text once per acronym: a few only
            if memo[sp] is None and len(memo) <= _ACRONYM_SCANS:
                memo[sp] = acronym_initials_name(an.text, sp)
        if memo[sp]:
            q.speaker, q.stype = memo[sp], "organization"
