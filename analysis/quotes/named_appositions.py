"""Named appositions: a description subject whose apposition names its person with
"named" or "called" ("The representative plaintiff, a Brandon single mother named Ann
Roe, said"; "A 58-year-old letter carrier named Ann Roe, said"; a possessive description, "The
mill's oldest worker, a 63-year-old millwright named Ann Roe, said"): the speaker is that person (and a later "she" can take her), not the
description. Only the stretch between the mention and its cue is read.
"""

from __future__ import annotations

import re

from .antecedents import _CAP_NAME_WORD, _set_person

# ", a <up to five words> named Ann Roe," right before the cue
_NAMED_APPOSITION_RE = re.compile(
    r",[ \t]+(?:a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,5}?named[ \t]+((?:"
    + _CAP_NAME_WORD
    + r"[ \t]+){1,2}"
    + _CAP_NAME_WORD
    + r"),[ \t]*\Z"
)
# " named Ann Roe," right after an indefinite description mention and before the cue
# ("A 58-year-old letter carrier named Ann Roe, said")
_NAMED_RIGHT_AFTER_RE = re.compile(
    r"[ \t]+named[ \t]+((?:" + _CAP_NAME_WORD + r"[ \t]+){1,2}" + _CAP_NAME_WORD + r"),?[ \t]*\Z"
)


def _owned_description(mention):
    """Does the capitalised ``mention`` have a possessive before its last word
    ("Kestrel Mill's longest-serving worker")?

    >>> _owned_description("Kestrel Mill's oldest worker"), _owned_description("Ann Roe's")
    (True, False)
    """
    return mention[:1].isupper() and any(w.endswith(("'s", "’s")) for w in mention.split()[:-1])


def resolve_named_apposition(an, q, persons):
    """Fill the speaker of a description mention from a "named <Name>" apposition between
    it and its cue; False when there is none.

    >>> _NAMED_APPOSITION_RE.search(", a single mother named Ann Roe, ").group(1)
    'Ann Roe'
    """
    if not 0 < q.cue_start - q.m_end <= 160:
        return False
    seg = an.text[q.m_end : q.cue_start]
    if " named " not in seg:
        return False  # (the cheap tests first)
    if q.mention[:1] not in "tTaA" and not _owned_description(q.mention):
        return False
    m = _NAMED_APPOSITION_RE.search(seg)
    if m is None and q.mention[:1] in "aA":
        m = _NAMED_RIGHT_AFTER_RE.match(seg)  # ("a letter carrier" + " named Ann Roe, ")
    if m is None:
        return False
    return _set_person(an, q, persons, m.group(1).split())
