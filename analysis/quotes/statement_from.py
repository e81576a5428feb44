"""Statements quoted with their source after "from": "A statement from the guild said A",
'"...," a statement from the company read', "A statement from the Harbour Nurses
Association, a professional body, said A". This module owns stepping from such a
subject (a statement, the thing that "says") to the body or person it comes from, which
is the speaker, as in "the guild said in a statement".
"""

from __future__ import annotations

import re

# "a (joint) statement from the company": the head and the source after "from"
_FROM_HEAD_RE = re.compile(
    r"(?:[Aa]n?|[Tt]he)[ \t]+(?:(?:joint|brief|written|short|new|separate)[ \t]+)?"
    r"(?:statement|news[ \t]+release|press[ \t]+release)[ \t]+from[ \t]+"
)

# the source named after "from", closed by a comma (an apposition follows): "from the
# Harbour Nurses Association, a professional body," (capitalised words, lower-case
# joiners inside a name)
_FROM_NAME_RE = re.compile(
    r"[ \t]+from[ \t]+((?:the[ \t]+)?[A-Z][\w’'&.-]*"
    r"(?:[ \t]+(?:(?:of|for|and|de|du|des|la|le|the)[ \t]+)?[A-Z][\w’'&.-]*){0,7})(?=,)"
)


# the source between "from" and the cue itself: '"...," a statement from the company read'
_FROM_TO_CUE_RE = re.compile(
    r"[ \t]+from[ \t]+((?:the[ \t]+)?[\w’'&.-]+(?:[ \t]+[\w’'&.-]+){0,5})[ \t]+\Z"
)


def statement_source_span(masked: str, span: tuple[int, int], cue: int = -1) -> tuple[int, int]:
    """The character span of the source of a statement subject at ``span`` in ``masked``
    ("a statement from the company" -> "the company"; "A statement" followed by " from
    the Guild of Bakers, a trade body," -> "the Guild of Bakers", or by " from the
    company" up to the cue at ``cue``), else ``span`` itself.

    >>> t = "A statement from the company read."
    >>> s, e = statement_source_span(t, (0, 28)); t[s:e]
    'the company'
    >>> t = "A statement from the Guild of Bakers, a trade body, said so."
    >>> s, e = statement_source_span(t, (0, 11)); t[s:e]
    'the Guild of Bakers'
    >>> t = '"No," a statement from the company read.'
    >>> s, e = statement_source_span(t, (6, 17), t.index("read")); t[s:e]
    'the company'
    >>> statement_source_span("A statement of claim said so.", (0, 20))
    (0, 20)
    """
    s, e = span
    if "statement" not in masked[s:e] and "release" not in masked[s:e]:
        return span
    m = _FROM_HEAD_RE.match(masked, s, e)
    if m is not None:
        return (m.end(), e) if m.end() < e else span
    m = _FROM_HEAD_RE.match(masked[s:e] + " from ")
    if m is None or m.end() != e - s + 6:
        return span
    n = _FROM_NAME_RE.match(masked, e)
    if n is None and e < cue <= e + 80:
        n = _FROM_TO_CUE_RE.match(masked, e, cue)
    return (n.start(1), n.end(1)) if n is not None else span


_FROM_BEFORE_RE = re.compile(r"\b(?:statement|release)[ \t]+from[ \t]+\Z")


def after_statement_from(text: str, s: int) -> bool:
    """Does a statement's "from" end right before offset ``s`` ("a statement from | the
    company"), so the phrase at ``s`` is the statement's source, not a mere object of
    "from"?

    >>> t = "a statement from the company read"
    >>> after_statement_from(t, t.index("the")), after_statement_from("a gift from the company", 12)
    (True, False)
    """
    return _FROM_BEFORE_RE.search(text, max(0, s - 30), s) is not None
