"""A family named by its plural surname as the speaker of the sentence right before a
"he"/"she" ("The Harders said they would appeal. '...,' she said."): the pronoun is the
one member of that family the article names in full with the pronoun's gender (Tina
Harder), not a person of that gender quoted earlier. This module owns only that reading
of a pronoun's antecedent (asked by ``pronouns._resolve_pronoun``); the plural itself
stays the speaker of its own sentence (PolNeAR writes it as written).
"""

from __future__ import annotations

import re

from .article_memo import article_memo

# "The Harders said", "The Vanderhoek-Asantes say": a capitalised plural and a speech verb
_FAMILY_SAID_RE = re.compile(
    r"\bThe[ \t]+(?P<fam>[A-Z][\w'’-]+s)[ \t]+(?:said|say|says|told|added)\b"
)
# another frame between the family's sentence and the pronoun's quotation
_OTHER_CUE_RE = re.compile(r"\b(?:said|says|told|tells|added|according)\b")


def family_member_before(an, q, want, reach=400):
    """(position, name) of the one member of gender ``want`` of a family whose plural
    surname speaks in the text right before ``q``'s quotation ("The Harders said A."),
    with no other frame between; None otherwise.

    >>> import pandas as pd, analysis
    >>> text = ("Ivy Stroud-Lane said the road was graded. Abram and Tina Pellworth have "
    ...         "four children on the route. Tina Pellworth said they drive an hour. "
    ...         "Ivy Stroud-Lane said she was sorry. The Pellworths said they would appeal.\\n\\n"
    ...         '"We just want an answer," she said.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()[-1]
    'Tina Pellworth'
    """
    if want not in ("m", "f"):
        return None
    text = an.text
    lo = max(0, q.m_start - reach)
    if "The " not in text[lo : q.m_start]:
        return None
    found = None
    for m in _FAMILY_SAID_RE.finditer(text, lo, q.m_start):
        found = m  # (the last one before the pronoun)
    if found is None or _OTHER_CUE_RE.search(text, found.end(), min(q.start, q.m_start)):
        return None
    name = family_member(an, found.group("fam"), want)
    return None if name is None else (found.start(), name)


def family_member(an, plural, want):
    """The one full name of gender ``want`` among the article's mentions of the surname
    of the family ``plural`` ("Harders", "Vanderhoek-Asantes"), else None; scanned once
    per article, family and gender (``an.scan_memo``: the mentions, ``an.by_last``, never
    change after the article is read, and ``an.canonical`` is memoised; speed66), so a
    pronoun after each of many "The Harders said" costs no walk over every "Harder".

    >>> class _A:
    ...     scan_memo = {}
    ...     by_last = {"harder": [(0, ["Tina", "Harder"], "f", None), (9, ["Harder"], "f", None),
    ...                           (20, ["Ed", "Harder"], "m", None)]}
    ...     def canonical(self, words):
    ...         return " ".join(words)
    >>> family_member(_A(), "Harders", "f"), family_member(_A(), "Harders", "m")
    ('Tina Harder', 'Ed Harder')
    >>> family_member(_A(), "Stroudes", "f") is None
    True
    """
    return article_memo(
        an, "family_member", (plural, want), lambda: _family_member_scan(an, plural, want)
    )


def _family_member_scan(an, plural, want):
    """``family_member`` without the memo: a walk over every mention of the surname."""
    stems = (plural[:-1], plural[:-2]) if plural.endswith("es") else (plural[:-1],)
    names = set()
    for stem in stems:
        for e in an.by_last.get(stem.lower(), ()):
            if len(e[1]) > 1 and e[2] == want:
                names.add(an.canonical(e[1]))
    return names.pop() if len(names) == 1 else None
