"""A lede's party to a deal or an event named next: "The Ridgeview Inn has been sold to
a Halifax trust, the buyer said Tuesday" or "A fiddle camp will shrink to one week, its
organizers said" -- the buyer, the seller or the organizers of the lede's news are the
organisation that opens the next paragraph and speaks there ("Bayline Hospitality
Trust said in a news release", "..., the Keldon Fiddle Society said"). This module owns
the mentions of those party nouns (no business kind, so ``role_titles`` leaves them);
the organisation test and the next-paragraph reading are ``org_names._org_opens_next``'s.
"""

from __future__ import annotations

import re

from .antecedents import _is_company
from .lede_named_next import _lede_next_paragraph
from .org_names import _org_lede_next_paragraph, _org_opens_next

# "the buyer", "its new owners", "the organizers", "their organisers", "the seller"
_PARTY_RE = re.compile(
    r"(?i:the|its|their)[ \t]+(?:new[ \t]+)?"
    r"(?:buyers?|purchasers?|sellers?|vendors?|organi[sz]ers?|promoters?)"
)


def resolve_lede_party_org(an, q, persons):
    """Fill the speaker of a lede's "the buyer" / "its organizers" with the organisation
    that opens the next paragraph and speaks there; False when the mention is no such
    party noun or no organisation speaks next (``persons`` is unused: no person).

    >>> import pandas as pd, analysis
    >>> t = ("KELDON, Ont. — The Ridgeview Inn has been sold for $3 million, the buyer "
    ...      "said Tuesday.\\n\\nThe inn will stay open, Bayline Hospitality Trust said.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]}))["speaker"].tolist()
    ['Bayline Hospitality Trust', 'Bayline Hospitality Trust']
    """
    if _PARTY_RE.fullmatch(q.mention or "") is None:
        return False
    return _org_opens_next(an, q) or _acronym_org_next(an, q)


# the next paragraph's first sentence: its content, a comma, the organisation's name of
# two to six words, capitalised or lower-case inside (an acronym last: "Harbourline
# Hospitality REIT"; a French name: "the Rencontres picturales du Gouffre"), a cue
_ORG_AFTER_CONTENT_RE = re.compile(
    r"[^.!?\n]{1,300}?,[ \t]+(?:the[ \t]+)?"
    r"([A-ZÀ-Ý][\w&'’-]*(?:[ \t]+[\w&'’-]+){0,4}[ \t]+[A-ZÀ-Ý][\w&'’.-]*)"
    r"[ \t]+(?:said|says|told)\b"
)

# lower-case words a person's name may hold ("Luc de la Roche"): no organisation's mark
_NAME_PARTICLES = frozenset("de du des la le d' l' d’ l’ van von der den da di del".split())


def _acronym_org_next(an, q):
    """``_org_opens_next`` for a name the name scanner cuts before its all-capitals last
    word ("Harbourline Hospitality REIT said") or at its lower-case words ("the Rencontres
    picturales du Gouffre said"): the name after the content of the next paragraph's
    first sentence, when its last word is an organisation's (the list, a legal form or
    an acronym) or it holds a lower-case word that is no surname particle and opens
    with no given name. False otherwise ("Luc de la Roche said": a person)."""
    found = _lede_next_paragraph(an, q, reach=301) or _org_lede_next_paragraph(an, q)
    if found is None:
        return False
    m = _ORG_AFTER_CONTENT_RE.match(an.text, found[0].end())
    if m is None:
        return False
    words = m.group(1).split()
    last = words[-1]
    french = words[0].lower() not in an.lex.gender and any(
        w[:1].islower() and w.lower() not in _NAME_PARTICLES for w in words[1:-1]
    )
    if not (
        french
        or last in an.lex.org_words
        or _is_company(m.group(1))
        or (last.isupper() and len(last) > 1)
    ):
        return False
    q.speaker, q.stype = m.group(1), "organization"
    return True
