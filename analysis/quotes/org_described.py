"""One-word organisation names with no legal form ("TransLink", "Metrolinx") that the
article itself describes as a kind of body, in an apposition ("TransLink, the regional
transit authority,") or before the name ("the transit agency Metrolinx"): the
referent of a later "the authority" / "the agency" whose head is that kind; and an
acronym written after "the" ("the RCMP said"), the referent of a later "the agency".
Also the bridging reference of a name written only before its organ ("TransLink board
chair Ann Roe said ... after the regional transit authority voted"): the body of that
kind that acts in the same sentence is the named one.
"""

from __future__ import annotations

import re

# ", the <up to three words> <noun>" right after the name (group 1: the noun)
_ORG_DESCRIBED_AFTER_RE = re.compile(
    r",[ \t]+the[ \t]+(?:[a-z][\w’'\-]*[ \t]+){0,3}?([a-z]+)[ \t]*[,.;]"
)

# "the <up to three words> <noun> " right before the name (group 1: the noun)
_ORG_DESCRIBED_BEFORE_RE = re.compile(
    r"\b[Tt]he[ \t]+(?:[a-z][\w’'\-]*[ \t]+){0,3}?([a-z]+)[ \t]+\Z"
)


# the name before one of its organs or officers: "TransLink board chair", "TransLink's board"
_ORG_ORGAN_AFTER_RE = re.compile(
    r"(?:['’]s)?[ \t]+(?:board|chair|chairman|chairwoman|chairperson|president|directors"
    r"|spokesperson|spokesman|spokeswoman|chief)\b"
)

# "the <up to three words> <noun> <verb>": a body of the kind acting (group 1: the noun)
_ORG_KIND_ACTS_RE = re.compile(
    r"\b[Tt]he[ \t]+(?:[a-z][\w’'\-]*[ \t]+){0,3}?([a-z]+)[ \t]+"
    r"(?!(?:of|for|and|or|in|to|on|at|with|by|from|that|which|who|is|was)\b)[a-z]{2,}ed\b"
)


def _org_kind_acts_after(text, end, head, fits):
    """Does the name ending at ``end`` stand before one of its organs ("TransLink board
    chair Ann Roe said") and a body of the kind act later in the same sentence ("...
    after the regional transit authority voted")?

    >>> t = "Fares rise, Coastway board chair Al Roe said after the regional ferry authority voted."
    >>> _org_kind_acts_after(t, t.index(" board"), "authority", {"authority"})
    True
    >>> t = "Fares rise, Coastway board chair Al Roe wrote to the regional health authority."
    >>> _org_kind_acts_after(t, t.index(" board"), "authority", {"authority"})
    False
    """
    if _ORG_ORGAN_AFTER_RE.match(text, end, end + 30) is None:
        return False
    stop = text.find("\n", end)
    stop = min(len(text) if stop < 0 else stop, end + 300)
    dot = text.find(". ", end, stop)
    for m in _ORG_KIND_ACTS_RE.finditer(text, end, stop if dot < 0 else dot):
        if m.group(1) == head or m.group(1) in fits:
            return True
    return False


def described_org_kind(text, pos, word, head, fits):
    """Does the article describe the one-word name ``word`` at ``pos`` as a "<head>"
    (or a kind in ``fits``, the last words that fit the head) right there?

    >>> t = "TransLink, the regional transit authority, cut routes."
    >>> described_org_kind(t, 0, "TransLink", "authority", {"authority"})
    True
    >>> t = "Riders blamed the transit agency Metrolinx for it."
    >>> described_org_kind(t, t.index("Metro"), "Metrolinx", "agency", {"agency"})
    True
    >>> t = "Ann Roe, the regional transit manager, cut routes."
    >>> described_org_kind(t, 4, "Roe", "authority", {"authority"})
    False
    """
    if not word[:1].isupper() or not text.startswith(word, pos):
        return False
    end = pos + len(word)
    if text.startswith(",", end):
        m = _ORG_DESCRIBED_AFTER_RE.match(text, end, end + 80)
        if m is not None and (m.group(1) == head or m.group(1) in fits):
            return True
    elif _org_kind_acts_after(text, end, head, fits):
        return True
    lo = max(0, pos - 60)
    if text.find("he", lo, pos) >= 0:
        m = _ORG_DESCRIBED_BEFORE_RE.search(text, lo, pos)
        if m is not None and (m.group(1) == head or m.group(1) in fits):
            return True
    return False


# "the RCMP", "the FBI": an acronym of two to six capitals written after "the" (a
# public body's short name; acronyms are not in the article's name index)
_THE_ACRONYM_RE = re.compile(r"\b[Tt]he[ \t]+([A-Z]{2,6})\b(?![.'’-])")


def the_acronym_before(text, at, reach=600):
    """(position, acronym) of the last "the <ACRONYM>" written in the ``reach``
    characters before ``at`` ("..., the RCMP said. The agency said"), or None.

    >>> t = "Eleven were arrested, the RCMP said. The agency said more would be."
    >>> the_acronym_before(t, t.index("The agency"))
    (26, 'RCMP')
    >>> the_acronym_before("RCMP officers came. The agency said so.", 20) is None
    True
    """
    found = None
    for m in _THE_ACRONYM_RE.finditer(text, max(0, at - reach), at):
        found = m.start(1), m.group(1)
    return found
