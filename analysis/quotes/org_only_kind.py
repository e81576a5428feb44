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

from .._lower import lower_aligned
from .lexicon import COMPANY_SUFFIXES, _lines
from .org_nearest import _nearest_org_at

# heads whose one named organisation in an article is what "the <head>" stands for
# ("university": the one university the lede named, "The university said" at the end)
_ONLY_KIND_HEADS = frozenset(("union", "guild", "federation", "association", "university"))


# heads whose one fitting organisation, however far back, is read from a list of the
# article's fitting names built once (each name tested once: no rescans per mention);
# "company" after the nearer rules ("Acme Rail Corp." named once, then 3,000 characters
# of hearing testimony, "The railway's president ...", then "In a statement, the company
# said"), when the name is echoed near the mention (``company_echoed``)
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


# how far back "the railway" may echo the company's name before "the company said"
_ECHO_REACH = 1500


def company_echoed(text, name, at):
    """Does the ``_ECHO_REACH`` characters before ``at`` echo the company ``name``: "the
    <word>" for a lower-cased word of the name ("The railway's president" for "Rideau
    Valley Railway Corp.") or the name's first word ("Harbourline")?

    >>> company_echoed("Rideau Valley Railway Corp. ... The railway's chief left.", "Rideau Valley Railway Corp.", 57)
    True
    >>> company_echoed("Harbourline Paving Group ... the contractor", "Harbourline Paving Group", 44)
    False
    """
    lo = max(0, at - _ECHO_REACH)
    seg = text[lo:at]
    low = lower_aligned(seg)  # (sliced at positions of ``seg``)
    first = text.find(name, 0, at)
    if first >= lo:
        seg, low = seg[first - lo + len(name) :], low[first - lo + len(name) :]
    words = [w.strip(".,").lower() for w in name.split()]
    for w in words:
        if len(w) > 3 and w not in COMPANY_SUFFIXES:
            k = low.find("the " + w)
            if k >= 0 and not low[k + 4 + len(w) : k + 5 + len(w)].isalpha():
                return True
    if len(words[0]) > 3 and name.split()[0] in seg:
        return True
    return _officer_echoed(text, name, seg, at)


# the company's name, one to three lower-case title words and its officer's name ("Acme
# Power Ltd. president Ann van Roe", "Acme's chief executive, Ann Roe,")
_OFFICER_AFTER_RE = re.compile(
    r"\.?(?:'s|’s)?,?[ \t]+(?:[a-z][a-z-]*[ \t]+){1,3}?,?[ \t]*"
    r"((?:[A-Z][\w'’-]+[ \t]+){1,2}(?:(?:van|de|der|von|la|le)[ \t]+)?[A-Z][\w'’-]+)"
)


# the ranks of a company's officer (resources/executive_ranks.txt)
_OFFICER_RANKS = frozenset(_lines("executive_ranks.txt"))


def _officer_echoed(text, name, seg, at):
    """Does ``seg`` (the text before ``at``) name, by surname, the company's officer whom
    the article introduced with the company's name and a lower-case title ("South Prairie
    Energy Ltd. president Curtis Van Buren ... Van Buren said")? The officer speaking of
    "the company" keeps it in view.

    >>> t = "Acme Power Ltd. president Curtis Van Buren spoke. Van Buren said. "
    >>> _officer_echoed(t, "Acme Power Ltd", t[50:], len(t))
    True
    >>> _officer_echoed(t, "Acme Power Ltd.", "Roe said. ", len(t))
    False
    """
    i = text.find(name, 0, at)
    if i < 0:
        return False
    m = _OFFICER_AFTER_RE.match(text, i + len(name))
    if m is None:
        return False
    title = text[m.start() : m.start(1)].replace(",", " ").split()
    if _OFFICER_RANKS.isdisjoint(w.lower() for w in title):
        return False  # ("Acme Ltd. and landowner Ann Bell": no officer of Acme)
    surname = m.group(1).split()[-1]
    return re.search(r"\b" + re.escape(surname) + r"\b", seg) is not None


def only_org_of_kind(an, at, head, most=12):
    """The name of the only organisation fitting "the <head>" named before ``at``
    anywhere in the article (``head`` in _ONLY_KIND_HEADS), else None.

    >>> only_org_of_kind(None, 0, "agency") is None  # (an agency: the nearer rules')
    True
    """
    if head in _ONLY_KIND_INDEXED:
        found = _kind_orgs_before(an, at, head)
        if len(found) != 1:
            return None
        name = next(iter(found))
        if head == "company" and not company_echoed(an.text, name, at):
            return None  # (named once, far back, never echoed since: "the company" stays)
        return name
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
    >>> class C: text = "The regional health authority said A. Codiac Regional Health said B."
    >>> authority_described_before(C, "Codiac Regional Health")
    False
    """
    if name is None or name.split()[-1].lower() == "authority":
        return False
    first = an.text.find(name)
    if first < 0:
        return False
    m = _AUTHORITY_DESC_RE.search(an.text, 0, first)
    if m is None:
        return False
    # ("the regional health authority ... Codiac Regional Health": the description's
    # words are the name's, so it described the body named after it)
    mods = [w for w in m.group(0).split()[1:-1] if "'" not in w and "’" not in w]
    named = {w.lower() for w in name.split()}
    return not mods or not all(w in named for w in mods)
