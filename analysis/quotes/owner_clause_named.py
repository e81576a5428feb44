"""The owner named by a clause: a story that says early on who owns, runs or founded a
business ("Ann Roe has run the diner for 20 years", "Tom Ilk founded the brewery in
2011") and later quotes "the owner" / "the operator" / "the founder" with no name
('"We are barely holding on," the owner said') means that person. This module owns
giving such a statement, left with the bare role noun as speaker, that name, when
exactly one person is given the role by such a clause before the quote (two owners:
left alone).
"""

from __future__ import annotations

import re

# the bare role nouns this module names, each with the verbs of the clause that give it
_ROLE_VERBS = {
    "the owner": ("own", "run", "operate", "found", "open", "buy"),
    "the co-owner": ("own", "run", "operate", "found", "open", "buy"),
    "the operator": ("own", "run", "operate"),
    "the founder": ("found",),
}

_VERB_FORMS = {
    "own": "owns|owned|has owned|co-owns",
    "run": "runs|ran|has run|has been running",
    "operate": "operates|operated|has operated",
    "found": "founded|co-founded|started|established",
    "open": "opened|has opened",
    "buy": "bought|has bought",
}

# a full name (two or three capitalised words), an optional ", 58," age, the verb and
# the business ("the diner", "a bakery", "Roe's Diner")
_OWNER_CLAUSE_RE = re.compile(
    r"\b([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})(?:,[ \t]+\d{1,3},)?[ \t]+("
    + "|".join(f for forms in _VERB_FORMS.values() for f in forms.split("|"))
    + r")[ \t]+(?:the|a|an|his|her|their|[A-Z][\w'’-]+)\b(?=([^.;!?\n]{0,40}))"
)

# "the marina's new owner", "the diner's owner", "the new owner": the business's (or
# an unnamed) owner, read as "the owner" of the clause that names the business
_POSSESSED_ROLE_RE = re.compile(
    r"[Tt]he[ \t]+(?:([a-z]+)['’]s[ \t]+)?(?:(?:new|current|longtime|original)[ \t]+)?"
    r"(owner|co-owner|operator|founder)"
)

_VERB_OF_FORM = {f: v for v, forms in _VERB_FORMS.items() for f in forms.split("|")}


def owner_clause_named(an, quotes):
    """Give each statement whose speaker is still a bare "the owner" / "the operator" /
    "the founder" the name of the one person a clause before it gives that role
    ("NAME owns|runs|founded <business>"); left alone when none or several do. Speaker
    strings only.

    >>> import pandas as pd, analysis
    >>> t = ("Ann Roe has run the diner on Elm Street for 20 years.\\n\\n"
    ...      "Sales fell by half after the bridge closed.\\n\\n"
    ...      '"We are barely holding on," the owner said.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]}))["speaker"].tolist()
    ['Ann Roe']
    """
    clauses = None
    for q in quotes:
        m = _POSSESSED_ROLE_RE.fullmatch(q.speaker or "")
        if m is None or q.m_start is None:
            continue
        verbs, business = _ROLE_VERBS["the " + m.group(2)], m.group(1)
        if clauses is None:
            clauses = _owner_clauses(an)
        names = {
            n
            for at, n, v, obj in clauses
            if at < q.m_start and v in verbs and (business is None or business in obj.split())
        }
        if len(names) == 1:
            q.speaker, q.stype = names.pop(), "person"


def _owner_clauses(an):
    """(start, name, verb, the words from the verb on) of each owner clause of the
    article whose name opens with a listed given name ("Ann Roe runs", not "Acme Foods
    owns"); the words after the business are only looked at, so a second clause in
    the same sentence ("..., and Tom Ilk owns the store") is found too."""
    out = []
    for m in _OWNER_CLAUSE_RE.finditer(an.text):
        name = m.group(1)
        if name.split()[0].lower() not in an.lex.gender:
            continue
        obj = m.group(0)[len(name) :] + m.group(3)  # ("bought the marina in May")
        out.append((m.start(), name, _VERB_OF_FORM[m.group(2)], obj))
    return out
