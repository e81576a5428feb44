"""Organisations named after their description speaks: "The agency said ..." with
"That agency, the Island Housing Corp., was created in 2019" in the next sentences, and
"the teachers' union" as the body whose name holds "Teachers'" (the "B.C. Teachers'
Alliance" named before it or in the next sentences), not the last union named before.
Also "The association said A. The Isle Tenants' Association's president ..." (the next
sentence names a body ending in the head word: ``org_head_named_next``). All look a bounded
distance ahead of the mention, once, with a ``str.find`` gate.
"""

from __future__ import annotations

import re

# "That agency, the Island Housing Corporation," / "This union, Local 1804,": the
# description's head, then the name in apposition
_THAT_HEAD_NAMED_RE = re.compile(
    r"\b(?:That|This)[ \t]+([a-z]+),[ \t]+(?:the[ \t]+)?"
    r"([A-Z][\w'’&.-]*(?:[ \t]+(?:(?:of|for|and|on|de|du|des)[ \t]+)?[A-Z0-9][\w'’&.-]*){0,6}),"
)


def org_apposed_after(an, q, head, reach=800):
    """The name that "That <head>, the <Name>," gives the description ``q`` (head noun
    ``head``) in the ``reach`` characters after it; None otherwise.

    >>> class A: text = "The agency said no.\\n\\nThat agency, the Isle Housing Corp., was set up."
    >>> class Q: m_start, m_end = 0, 10
    >>> org_apposed_after(A(), Q, "agency")
    'Isle Housing Corp.'
    >>> org_apposed_after(A(), Q, "union") is None
    True
    """
    text = an.text
    hi = min(len(text), q.m_end + reach)
    if text.find(head + ",", q.m_end, hi) < 0:
        return None
    for m in _THAT_HEAD_NAMED_RE.finditer(text, q.m_end, hi):
        if m.group(1) == head:
            return m.group(2)
    return None


# a capitalised name, possibly possessive ("The Isle Tenants' Association's president")
_NEXT_ORG_NAME_RE = re.compile(
    r"(?<![\w'’.-])([A-Z][\w&'’.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w&'’.-]*){1,5})"
)


def org_head_named_next(an, q, head, reach=300):
    """The name ending in the word ``head`` ("... Association") that the sentence right
    after the statement of "the <head> said" ``q`` writes (its possessive cut off: "The
    Isle Tenants' Association's president"), in the same paragraph; None otherwise.

    >>> class A: text = "The association said no. The Isle Tenants' Association's head agreed."
    >>> class Q: m_start, m_end, end = 0, 15, 23
    >>> org_head_named_next(A(), Q, "association")
    "Isle Tenants' Association"
    >>> org_head_named_next(A(), Q, "union") is None
    True
    """
    text = an.text
    lo = max(q.end, q.m_end)
    hi = min(len(text), lo + reach)
    nl = text.find("\n", lo, hi)
    hi = hi if nl < 0 else nl
    dot = text.find(". ", lo, hi)
    if dot < 0 or head not in text[dot:hi].lower():
        return None
    end = text.find(". ", dot + 2, hi)
    for m in _NEXT_ORG_NAME_RE.finditer(text, dot + 2, hi if end < 0 else end):
        name = m.group(1)
        cut = name[:-2] if name.endswith(("'s", "’s")) else name
        if cut.rsplit(None, 1)[-1].lower() == head:
            return cut.removeprefix("The ")
    return None


# a capitalised word of a name before the modifier ("B.C.", "Wildland") and after it
_NAME_WORD_BEFORE_RE = re.compile(r"(?:[A-Z][\w.&-]*[ \t]+){0,4}\Z")
_NAME_WORDS_AFTER_RE = re.compile(r"[ \t]+[A-Z][\w&-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w&-]*){0,3}")

_PLURAL_POSSESSIVE_RE = re.compile(r"[a-z]{3,}s['’]\Z")


def org_of_plural_owner(an, q, words, back=3000, ahead=800):
    """The organisation whose name holds the plural owner of "the teachers' union"
    (``words`` of the mention), capitalised ("B.C. Teachers' Alliance"), nearest
    before the mention in ``back`` characters, else first after it in ``ahead``; None
    when the mention is no "the <plural>' <head>" or no such name is written.

    >>> class A: text = "The teachers' union said no. It was signed by the Isle Teachers' Alliance."
    >>> class Q: m_start, m_end = 0, 18
    >>> org_of_plural_owner(A(), Q, ["The", "teachers'", "union"])
    "Isle Teachers' Alliance"
    >>> org_of_plural_owner(A(), Q, ["The", "union"]) is None
    True
    """
    if len(words) != 3 or words[0] not in ("the", "The"):
        return None
    if _PLURAL_POSSESSIVE_RE.search(words[1]) is None:
        return None
    text = an.text
    stem = words[1][:-1].capitalize()
    found_before, found_after = None, None
    lo, hi = max(0, q.m_start - back), min(len(text), q.m_end + ahead)
    at = text.find(stem, lo, hi)
    while at >= 0:
        name = _name_around(text, at, stem)
        if name is not None:
            if at < q.m_start:
                found_before = name
            elif at >= q.m_end and found_after is None:
                found_after = name
                break
        at = text.find(stem, at + len(stem), hi)
    return found_before or found_after


def _name_around(text, at, stem):
    """The capitalised name around the owner ``stem`` at ``at`` ("B.C. Teachers'
    Alliance"), when an apostrophe and a capitalised word follow it; None otherwise."""
    end = at + len(stem)
    if text[end : end + 1] not in ("'", "’"):
        return None
    after = _NAME_WORDS_AFTER_RE.match(text, end + 1)
    if after is None:
        return None
    before = _NAME_WORD_BEFORE_RE.search(text, max(0, at - 80), at)
    start = at if before is None else before.start()
    name = text[start : after.end()]
    return name.removeprefix("The ").removeprefix("the ")
