"""One-word organisation names with no legal form ("TransLink", "Metrolinx") that the
article itself describes as a kind of body, in an apposition ("TransLink, the regional
transit authority,") or before the name ("the transit agency Metrolinx"): the
referent of a later "the authority" / "the agency" whose head is that kind; and an
acronym written after "the" ("the RCMP said"), the referent of a later "the agency".
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
