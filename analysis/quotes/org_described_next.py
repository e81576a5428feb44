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

from .titles import _OFFICES

# "a tenants' group", "An animal welfare group that ...": an indefinite body head
_INDEFINITE_BODY_RE = re.compile(
    r"(?:an?|another)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?"
    r"(group|organization|organisation|coalition|association|alliance|charity|society"
    r"|network|league|federation|collective|non-profit|nonprofit|committee)\Z"
)

# a French elided article or preposition before a capitalised word ("l'Abitibi", "d'Or")
_ELIDED_RE = re.compile(r"\A[ldLD]['’]")

# words of a body of members' name, for a name given in the next paragraph
_MEMBER_WORDS = frozenset(
    "committee comité association union society société coalition alliance federation"
    " fédération group groupe network league collective regroupement syndicat".split()
)

# a line or paragraph break (a run of line breaks and blanks counts once)
_BREAK_RE = re.compile(r"\n[\s]*")

# how far the next statement's speaker may be from the end of the description's
# statement (characters: the rest of its sentence and the next one)
_NEXT_REACH = 400


def _named_body(q):
    """Is ``q``'s speaker an organisation written with a name (a capitalised word
    after an optional "the"), not another description?

    >>> class Q: speaker, stype = "the Kenmore Tenants' Union", "organization"
    >>> class F: speaker, stype = "the Comité des amis de l'Outaouais", "organization"
    >>> class G: speaker, stype = "the Comité des amis du lac", "organization"
    >>> class T: speaker, stype = "the Ferry Riders Network Executive Director Al Roe", "organization"
    >>> _named_body(Q), _named_body(F), _named_body(G), _named_body(T)
    (True, True, False, False)
    """
    sp = q.speaker or ""
    if q.stype != "organization" or not sp:
        return False
    words = sp.split()
    if words[0].lower() == "the":
        words = words[1:]
    if any(w.lower() in _OFFICES for w in words[1:]):
        return False  # ("... National Executive Director NAME": a titled person)
    caps = sum(_ELIDED_RE.sub("", w)[:1].isupper() for w in words)  # "l'Abitibi" too
    return bool(words) and words[0][:1].isupper() and caps >= 2


def org_described_named_next(an, quotes):
    """Give a statement of an indefinite organisation description left as written the
    named organisation of the very next statement (see module doc); speaker strings only.

    >>> import pandas as pd, analysis
    >>> t = ("A tenants' group said the rent was too high. The Kenmore Tenants' Union "
    ...      "said in a statement that 40 families had moved.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [t]})).speaker.tolist()
    ["the Kenmore Tenants' Union", "the Kenmore Tenants' Union"]
    """
    for i, p in enumerate(quotes):
        lm = (p.mention or "").lower()
        if not lm.startswith("a") or (p.speaker or "").lower() != lm:
            continue
        if _INDEFINITE_BODY_RE.fullmatch(lm) is None:
            continue
        same = list(
            itertools.takewhile(lambda r, lm=lm: (r.speaker or "").lower() == lm, quotes[i:])
        )
        if i + len(same) >= len(quotes) or not _named_body(q := quotes[i + len(same)]):
            continue  # (the description's own further rows, "A, the group said, and B", ride along)
        end = max(same[-1].end, same[-1].m_end)
        first = min(q.start, q.m_start)
        if first < end or first - end > _NEXT_REACH:
            continue  # (a statement inside the description's, or too far on)
        gap = an.text[end:first]
        if "\n" in gap and not _MEMBER_WORDS & set(q.speaker.lower().split()):
            continue  # (across a paragraph only a body of members: not "The City of X")
        if gap.count(". ") + len(_BREAK_RE.findall(gap)) > 1:
            continue  # (further than the next sentence or the next paragraph's first)
        for r in same:
            r.speaker, r.stype = q.speaker, q.stype
