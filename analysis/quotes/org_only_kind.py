"""Bare organisation descriptions ("the union", "the authority") read over the whole
article: the one organisation of the head's kind the article names, however far back
(``only_org_of_kind``), and an unnamed description that the article gave before any
fitting name ("the regional health authority said ... Emergency Health Services said
... The authority said": the authority stays the described one,
``authority_described_before``).
"""

from __future__ import annotations

import bisect
import re

from .org_nearest import _nearest_org_at

# heads whose one named organisation in an article is what "the <head>" stands for
_ONLY_KIND_HEADS = frozenset(("union", "guild", "federation", "association"))


# heads whose one fitting organisation, however far back, is read from a list of the
# article's fitting names built once (each name tested once: no rescans per mention);
# "company" after the nearer rules ("Acme Rail Corp." named once, then 3,000 characters
# of hearing testimony, then "In a statement, the company said")
_ONLY_KIND_INDEXED = frozenset(("department", "company"))


def _kind_orgs_before(an, at, head):
    """The distinct names of the organisations fitting "the <head>" written before
    ``at`` (at most two: two mean no guess), from the per-article list of fitting names,
    which grows as far as ``at`` each time (``_nearest_org_at`` on one name at a time)."""
    name_pos = an.positions()
    state = an.kind_orgs.setdefault(head, [0, [], []])
    hi = bisect.bisect_left(name_pos, at)
    while state[0] < hi:
        pos = name_pos[state[0]]
        state[0] += 1
        got = _nearest_org_at(an, pos + 1, head, reach=1)  # (this name alone)
        if got is not None and (not state[2] or got[1] != state[2][-1]):
            state[1].append(got[0])
            state[2].append(got[1])
    found = set()
    for i in range(bisect.bisect_left(state[1], at) - 1, -1, -1):
        found.add(state[2][i])
        if len(found) > 1:
            break
    return found


def only_org_of_kind(an, at, head, most=12):
    """The name of the only organisation fitting "the <head>" named before ``at``
    anywhere in the article (``head`` in _ONLY_KIND_HEADS), else None.

    >>> only_org_of_kind(None, 0, "agency") is None  # (an agency: the nearer rules')
    True
    """
    if head in _ONLY_KIND_INDEXED:
        found = _kind_orgs_before(an, at, head)
        return next(iter(found)) if len(found) == 1 else None
    if head not in _ONLY_KIND_HEADS:
        return None
    found = None
    pos = at
    for _ in range(most):
        got = _nearest_org_at(an, pos, head, reach=pos)
        if got is None:
            return found
        if found is not None and got[1] != found:
            return None  # two of the kind: no guess
        found = got[1]
        pos = got[0]
    return None


# "the regional health authority", "the province's health authority": a lower-case
# description of an authority, outside a name
_AUTHORITY_DESC_RE = re.compile(r"\b[Tt]he(?:[ \t]+[a-z][\w'’-]*){0,3}[ \t]+authority\b")


def authority_described_before(an, name):
    """True when "the authority" should not be ``name``: the name does not end in
    "Authority" and the article describes an unnamed authority ("the regional health
    authority") before its first writing of the name.

    >>> class A: text = "The unit will close, the regional health authority said. Emergency Health Services said it."
    >>> authority_described_before(A, "Emergency Health Services")
    True
    >>> class B: text = "Emergency Health Services, the provincial health authority, said it."
    >>> authority_described_before(B, "Emergency Health Services")
    False
    """
    if name is None or name.split()[-1].lower() == "authority":
        return False
    first = an.text.find(name)
    if first < 0:
        return False
    m = _AUTHORITY_DESC_RE.search(an.text, 0, first)
    return m is not None
