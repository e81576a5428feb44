"""A possessed relation noun set off by an unnamed job: "Her colleague, a nurse from
Quebec City who asked not to be named, said A" -- the speaker is the apposed
description ("a nurse from Quebec City"), the written sets' convention for a person
the article never names, not the relation ("Her colleague"). This module owns only that
last resort (``resolve_relation_apposed_job``, next to last in
``roles._DESCRIPTION_RESOLVERS``, for mentions opening with "his" / "her" / "their") for relations of work and place: a relation the
article names ("Her colleague, Megan Tobin, said") is resolved by the rules before it,
kin ("Her husband, a retired millwright, said") are left to the kin rules, and an
apposition that is no person's job ("Her letter, a two-page plea, said") keeps the
mention.
"""

from __future__ import annotations

import re

from .lede_named_next import _PERSON_NOUNS

# relation nouns of work and place a possessive opens ("her colleague", "Roe's
# neighbour"); kin ("her husband") are left to the kin rules, which find a relative
# named in any clause of the article ("Walt and Deb Roe ... Her husband, a millwright,")
_RELATIONS = frozenset(
    (
        "colleague co-worker coworker friend neighbour neighbor classmate roommate teammate "
        "boss employer landlord supervisor"
    ).split()
)

# the possessive that opens the mention ("Her", "his", "Ann Roe's")
_POSSESSIVE_RE = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’-]*['’]s)\Z")

# ", a nurse from Quebec City" right after the mention: the determiner, then the
# description up to "who" / "whose" / "," / a parenthesis (group 1), at most 60 characters
_APPOSED_JOB_RE = re.compile(
    r",[ \t]+((?:an?)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}([a-z][\w-]*)"
    r"(?:[ \t]+(?:from|in|at|of|with)[ \t]+[^,;:()\"“”\n]{1,40}?)?)[ \t]*(?=,|[ \t]who\b|[ \t]whose\b)"
)


def resolve_relation_apposed_job(an, q, persons):
    """Fill ``q``'s speaker, a possessed relation ("Her colleague") set off by an
    apposed indefinite job noun right after it, with that description; False when the
    mention or the apposition has another shape.

    >>> class Q: mention, m_start, speaker = "Her colleague", 0, "Her colleague"
    >>> class An: text = "Her colleague, a nurse from Lodi who asked not to be named, said"
    >>> q = Q()
    >>> resolve_relation_apposed_job(An(), q, []), q.speaker
    (True, 'a nurse from Lodi')
    >>> class An: text = "Her colleague, a two-page letter, said"
    >>> q = Q()
    >>> resolve_relation_apposed_job(An(), q, []), q.speaker
    (False, 'Her colleague')
    """
    words = (q.mention or "").split()
    if len(words) not in (2, 3) or words[-1].lower() not in _RELATIONS:
        return False
    if not any(_POSSESSIVE_RE.match(w) for w in words[:-1]):
        return False
    end = q.m_start + len(q.mention)
    if an.text[end : end + 1] != "," or an.text[q.m_start : end] != q.mention:
        return False  # (the cheap test first: the mention as written, then a comma)
    m = _APPOSED_JOB_RE.match(an.text, end, end + 120)
    if m is None or m.group(2) not in _PERSON_NOUNS:
        return False
    q.speaker = m.group(1)
    return True
