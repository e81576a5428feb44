"""Documents owned by a pronoun: a speaker "her report to council" or "his memo" (a
document that "reads" or "says" a quotation) is given the nearest earlier quoted
person of that pronoun's gender, the owner the pronoun points back to.
"""

from __future__ import annotations

import re

from .given_names import _given_name_gender
from .ledes import _DOC_HEADS

# "her report", "his written submission to council": the pronoun, up to two modifiers,
# the document noun, then at most a short complement
_PRONOUN_DOC_RE = re.compile(r"(?i)(her|his)[ \t]+(?:[\w-]+[ \t]+){0,2}?([a-z]+)(?:[ \t].{0,40})?")


def document_owner_pronoun(speaker: str) -> str | None:
    """ "f" or "m" when ``speaker`` is a document owned by "her" or "his" ("her report
    to council", "his memo"), else None.

    >>> document_owner_pronoun("her report to council")
    'f'
    >>> document_owner_pronoun("his mother") is None
    True
    """
    m = _PRONOUN_DOC_RE.fullmatch(speaker or "")
    if m is None or m.group(2).lower() not in _DOC_HEADS:
        return None
    return "f" if m.group(1).lower() == "her" else "m"


def _pronoun_document_owners(an, quotes, reach=2000):
    """Give each quote whose speaker is a pronoun-owned document
    (``document_owner_pronoun``) the speaker of the nearest earlier quote, within
    ``reach`` characters, of a person of that gender (known from the article or the
    given name); nothing when the nearest person is of the other gender or unknown."""
    for k, q in enumerate(quotes):
        sp = q.speaker or ""
        if sp[:4].lower() not in ("her ", "his "):
            continue
        want = document_owner_pronoun(sp)
        if want is None:
            continue
        for p in reversed(quotes[:k]):
            if q.m_start - p.m_start > reach:
                break
            if p.stype != "person" or not p.speaker:
                continue
            g = an.gender_of.get(p.speaker.split()[-1].lower()) or _given_name_gender(an, p.speaker)
            if g == want:
                q.speaker, q.stype = p.speaker, p.stype
            break
