"""A lede's unnamed source named later in three forms the other lede passes miss: a
body that "calls itself" a name ("a group of neighbours told the committee A.\\n\\nThe
group, which calls itself Harbour Residents for Clean Air, ..."; also "known as",
"calling itself"), a person the next paragraph makes "one of" the lede's plural ("a
maple producer who is suing his co-op said A.\\n\\nAnn Roe, who taps 9,000 trees, is one
of 14 producers who ..."), and "his parents told an inquest" whose parents the body
names by kin appositions ("His mother, Ann Roe, ..." and "His father, Tom Vale, ...":
the pair). This module owns those three passes (``lede_later_forms``); speaker strings
only, and only for a lede statement left as written (and "the <head>" statements that
echo the named body)."""

from __future__ import annotations

import re

from .lede_body_apposed_next import _next_paragraph
from .ledes import _beyond_lede

# "The group, which calls itself NAME," / "known as NAME" / "calling itself NAME"
_CALLS_ITSELF_RE = re.compile(
    r"\b[Tt]he[ \t]+([a-z]+),[ \t]+(?:which[ \t]+calls[ \t]+itself|calling[ \t]+itself|"
    r"known[ \t]+as)[ \t]+((?:[A-Z][\w'’&.-]*[ \t]+(?:(?:of|for|and|the|de|du|des|la|le)[ \t]+)*)*"
    r"[A-Z][\w'’&.-]*)"
)
# a lede's indefinite description and its head ("a group of neighbours": group; "a maple
# producer who is suing": producer)
_INDEFINITE_HEAD_RE = re.compile(
    r"(?:an?|another)[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}?([a-z]+)(?:[ \t]+(?:of|who|whose|from|in|at|with)\b.*)?$",
    re.S,
)
# "NAME, who ..., is one of 14 producers" / "NAME is one of the producers": the person
_ONE_OF_RE = re.compile(
    r"[ \t]is[ \t]+one[ \t]+of[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,3}?([a-z]+)s\b"
)
_OPENING_PERSON_RE = re.compile(r"((?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’-]*)[, \t]")
# "His mother, NAME," / "her father, NAME,": a parent named by a kin apposition
_PARENT_RE = re.compile(
    r"\b([Hh]is|[Hh]er|[Tt]heir)[ \t]+(mother|father),[ \t]+((?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’-]*),"
)


def _unresolved(q):
    """Is statement ``q``'s speaker its mention as written (no rule named it)?"""
    return q.m_start is not None and (q.speaker or "").lower() == (q.mention or "").lower()


def _lede_statements(text, quotes, fits):
    """The statements of the lede whose speaker stayed as written and whose mention
    ``fits`` (tested first: the lede test reads the text up to the statement)."""
    return [
        q
        for q in quotes
        if _unresolved(q) and fits(q.mention) and not _beyond_lede(text, q.m_start)
    ]


def _indefinite(mention):
    """Does ``mention`` open with "a"/"an"/"another" (a lede's indefinite description)?"""
    return mention[:2] in ("a ", "an", "A ", "An") and mention[:3] != "and"


def _calls_itself(text, quotes):
    """ "a group of X told A ... The group, which calls itself NAME,": NAME for the
    lede's statement and the "the group" statements after it."""
    if "itself" not in text and "known as" not in text:
        return
    for q in _lede_statements(text, quotes, _indefinite):
        m = _INDEFINITE_HEAD_RE.match(q.mention)
        if m is None:
            continue
        head = m.group(1)
        ps = _next_paragraph(text, max(q.end, q.m_end))
        n = _CALLS_ITSELF_RE.match(text, ps) if ps >= 0 else None
        if n is None or n.group(1) != head:
            continue
        for r in quotes:
            low = (r.mention or "").lower()
            if (
                r.m_start is not None
                and r.m_start >= q.m_start
                and _unresolved(r)
                and (r is q or low == "the " + head)
            ):
                r.speaker, r.stype = n.group(2), "organization"
        return


def _one_of_plural(text, quotes):
    """ "a maple producer who ... said A.\\n\\nNAME, who ..., is one of 14 producers":
    NAME for the lede's statement."""
    if "one of" not in text:
        return
    for q in _lede_statements(text, quotes, _indefinite):
        m = _INDEFINITE_HEAD_RE.match(q.mention)
        if m is None or not q.mention[:1].islower():
            continue
        ps = _next_paragraph(text, max(q.end, q.m_end))
        n = _OPENING_PERSON_RE.match(text, ps) if ps >= 0 else None
        if n is None:
            continue
        end = text.find(".", n.end(), n.end() + 600)
        one = _ONE_OF_RE.search(text, n.end(), end if end > 0 else len(text))
        if one is None or one.group(1) != m.group(1) or "\n" in text[n.end() : one.start()]:
            continue
        q.speaker, q.stype = n.group(1), "person"


def _parents_named(text, quotes):
    """ "his parents told an inquest A" with "His mother, NAME," and "His father, NAME2,"
    later: "NAME and NAME2" (in the order the article names them)."""
    if "parents" not in text:
        return
    for q in _lede_statements(text, quotes, lambda m: m.endswith(" parents")):
        words = q.mention.lower().split()
        if len(words) != 2 or words[1] != "parents" or words[0] not in ("his", "her", "their"):
            continue
        named: dict = {}
        for p in _PARENT_RE.finditer(text, q.m_end):
            if p.group(1).lower() == words[0]:
                named.setdefault(p.group(2), (p.start(), p.group(3)))
        if len(named) == 2:
            pair = " and ".join(n for _p, n in sorted(named.values()))
            q.speaker, q.stype = pair, "group"


def lede_later_forms(an, quotes):
    """Name a lede's unnamed source by the three later forms of the module doc; speaker
    strings only.

    >>> import pandas as pd, analysis
    >>> t = ("Residents fight plan" + 2 * chr(10) + "A depot does not belong near a school, "
    ...      "a group of parents told council Monday." + 2 * chr(10) + "The group, which "
    ...      "calls itself Safe Streets Yorkton, has 300 members.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]})).speaker.tolist()
    ['Safe Streets Yorkton']
    """
    _calls_itself(an.text, quotes)
    _one_of_plural(an.text, quotes)
    _parents_named(an.text, quotes)
