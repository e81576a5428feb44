"""Parents described by their children: "the father" / "the mother" (a bare definite
parent noun) resolved to the person quoted last when the sentence that brought that
person in showed him or her with children ("a man waiting with his two sons, who gave
only his first name, Armand, said A." then '"B," the father said' -> Armand), with
nobody else quoted in between and within the paragraph or the one before.
"""

from __future__ import annotations

import re

from .kin import _PARENT_NOUNS

# "the father", "the young mother": the parent noun with up to one modifier
_PARENT_MENTION_RE = re.compile(r"[Tt]he[ \t]+(?:[a-z]+[ \t]+)?(father|mother|dad|mom)")

# "his two sons", "her daughter", "his three young children"
_WITH_CHILDREN_RE = re.compile(
    r"\b([Hh]is|[Hh]er)[ \t]+(?:[a-z]+[ \t]+){0,2}?"
    r"(?:sons?|daughters?|children|kids|baby|babies|toddlers?|grandchildren)\b"
)


def shown_with_children(text, at, gender):
    """Does the sentence holding ``at`` show its person (of ``gender``, "m"/"f") with
    children ("a man waiting with his two sons")?

    >>> t = "A man waiting with his two sons, Armand, said so. It rained."
    >>> shown_with_children(t, 33, "m"), shown_with_children(t, 33, "f")
    (True, False)
    >>> shown_with_children("Ann Roe said her sons left.", 0, "f")
    False
    """
    lo = max(text.rfind(". ", max(0, at - 400), at), text.rfind("\n", max(0, at - 400), at)) + 1
    lo = max(lo, at - 400)  # (a sentence is read back 400 characters at most)
    for m in _WITH_CHILDREN_RE.finditer(text, lo, at):
        if (m.group(1).lower() == "his") == (gender == "m"):
            return True
    return False


def resolve_parent_described(an, q, persons, reach=1500):
    """Fill the speaker of "the father" / "the mother" with the person quoted last
    (``persons``), when that person came in showing his or her children
    (``shown_with_children``), no more than one paragraph break and ``reach``
    characters back, and with no gender against the noun's. False otherwise.

    >>> from tests._quote_rows import quote_rows
    >>> t = ('A man waiting with his two sons, who gave only his first name, Gaspard, '
    ...      'said he had lost his job.\\n\\n"I wait for a hamper now," the father said.')
    >>> quote_rows(t, "speaker")
    [('Gaspard',), ('Gaspard',)]
    """
    m = _PARENT_MENTION_RE.fullmatch(q.mention)
    if m is None:
        return False
    want = _PARENT_NOUNS[m.group(1)]
    before = [p for p in persons if p[0] < q.m_start]
    if not before:
        return False
    pos, name, gender = before[-1][:3]
    if q.m_start - pos > reach or an.text.count("\n", pos, q.m_start) > 2:
        return False
    if gender not in (None, want) or not shown_with_children(an.text, pos, want):
        return False
    q.speaker, q.stype = name, "person"
    persons.append((q.m_start, name, want))
    return True
