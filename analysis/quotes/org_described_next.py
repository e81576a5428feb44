"""An organisation introduced by an indefinite description and named by the very next
statement (``org_described_named_next``): "An animal welfare group that has campaigned
against the races said A. B, the Alberta Horse Defence League said in a statement." --
the description's statement is the league's, as a reader takes the name given right
after it. Only when the next statement starts within the next sentence, has a named
organisation (capitalised, typed an organisation) as its speaker and nobody else speaks
between; a person's statement next, or a name further on, leaves the description."""

from __future__ import annotations

import itertools
import re

# "a tenants' group", "An animal welfare group that ...": an indefinite body head
_INDEFINITE_BODY_RE = re.compile(
    r"(?:an?|another)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?"
    r"(group|organization|organisation|coalition|association|alliance|charity|society"
    r"|network|league|federation|collective|non-profit|nonprofit)\Z"
)

# how far the next statement's speaker may be from the end of the description's
# statement (characters: the rest of its sentence and the next one)
_NEXT_REACH = 400


def _named_body(q):
    """Is ``q``'s speaker an organisation written with a name (a capitalised word
    after an optional "the"), not another description?

    >>> class Q: speaker, stype = "the Kenmore Tenants' Union", "organization"
    >>> _named_body(Q)
    True
    """
    sp = q.speaker or ""
    if q.stype != "organization" or not sp:
        return False
    words = sp.split()
    if words[0].lower() == "the":
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and sum(w[:1].isupper() for w in words) >= 2


def org_described_named_next(an, quotes):
    """Give a statement of an indefinite organisation description left as written the
    named organisation of the very next statement (see module doc); speaker strings only.

    >>> import pandas as pd, analysis
    >>> t = ("A tenants' group said the rent was too high. The Kenmore Tenants' Union "
    ...      "said in a statement that 40 families had moved.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [t]})).speaker.tolist()
    ["the Kenmore Tenants' Union", "the Kenmore Tenants' Union"]
    """
    for p, q in itertools.pairwise(quotes):
        lm = (p.mention or "").lower()
        if not lm.startswith("a") or (p.speaker or "").lower() != lm:
            continue
        if _INDEFINITE_BODY_RE.fullmatch(lm) is None or not _named_body(q):
            continue
        end = max(p.end, p.m_end)
        first = min(q.start, q.m_start)
        if first < end or first - end > _NEXT_REACH:
            continue  # (a statement inside the description's, or too far on)
        gap = an.text[end:first]
        if gap.count(". ") + gap.count("\n") > 1:
            continue  # (further than the next sentence)
        p.speaker, p.stype = q.speaker, q.stype
