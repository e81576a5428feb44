"""A lede's body introduced indefinitely and named by the next paragraph's opening
name: "A volunteer-run community radio station in Whitehorse has asked ... for a new
licence, the station said in its filing.\\n\\nCKRW-FM, known to listeners as ..., has
been on the air since 1996." -- the lede's "the <head>" statement (a body noun of
resources/lede_body_echoes.txt, key "clause", that the lede brought in as "a/an ...
<head>") is the name that opens the next paragraph set off by a comma, when that name
reads as a body's (an acronym word, "CKRW-FM", or a last word of an organisation's
name); later statements of the same "the <head>" take it too. A person's name opening
the next paragraph, or a lede with no indefinite "<head>" before, keeps the description.
A possessive "their <head>" / "its <head>" of a representing body ("union",
"association", not "operator") needs no indefinite intro (its owner is in
the lede: "Workers at the mill will not sign, their union said.\n\nBoreal Paperworkers
Local 256, which represents ..."), and a union local's number may close the name.
"""

from __future__ import annotations

import re

from .lede_body_apposed_next import _ECHO, _next_paragraph
from .ledes import _beyond_lede

_THE_HEAD_RE = re.compile(r"(the|its|their)[ \t]+([a-z-]+)")

# a union local's number closing a body's name ("Boreal Paperworkers Local 256")
_LOCAL_NUMBER_RE = re.compile(r"[A-Z][\w'’-]*[ \t]+Local[ \t]+\d{1,5}\Z")

# the next paragraph's opening name, set off by a comma ("CKRW-FM, known to ...")
_OPENING_NAME_RE = re.compile(
    r"((?:[A-Z][\w&'’-]*[ \t]+){0,4}[A-Z][\w&'’-]*(?:(?<=Local)[ \t]+\d{1,5})?),[ \t]"
)

# heads a lede's possessive may give a body that represents its owner ("their union",
# "its association"); not roles such as "its operator"
_POSSESSED_BODY_HEADS = frozenset(
    "union association society federation coalition alliance council committee".split()
)

_ACRONYM_RE = re.compile(r"[A-Z]{2,}(?:-[A-Z]{2,})?")


def _body_like(name, lex):
    """Does ``name`` read as a body's: an acronym word ("CKRW-FM") or a last word of an
    organisation's name ("Society"), and no given name first?

    >>> from analysis.quotes.lexicon import lexicon
    >>> _body_like("CKRW-FM", lexicon()), _body_like("Ann Roe", lexicon())
    (True, False)
    """
    words = name.split()
    if words[0].lower() in lex.gender:
        return False
    if _LOCAL_NUMBER_RE.search(name) is not None:
        return True  # ("Boreal Paperworkers Local 256")
    return any(_ACRONYM_RE.fullmatch(w) for w in words) or words[-1] in lex.org_words


def _intro_run_start(text, lo, at):
    """Start of the run of word characters, hyphens, spaces and tabs that ends at
    ``at`` (not before ``lo``): every match of an intro pattern lies in one such run."""
    while at > lo:
        c = text[at - 1]
        if not (c.isalnum() or c in "_- \t"):
            break
        at -= 1
    return at


def _intro_before(text, head, ls, at, unseen):
    """Does an indefinite "a/an <up to 4 words> <head>" occur in ``text[ls:at]``? The
    same answer as searching the whole range, read once per article: when an earlier
    range ``ls``..e of the same head held none (``unseen``), a match in ``ls``..at
    ends at e or later and lies in the run of word characters and blanks around e, so
    the search starts at that run.

    >>> t = "An agency met. The agency said no. A local agency said so."
    >>> memo = {}
    >>> _intro_before(t, "agency", 0, 15, memo), _intro_before(t, "agency", 0, 20, memo)
    (True, True)
    >>> _intro_before("The agency said no. The agency said so.", "agency", 0, 35, {})
    False
    """
    intro = re.compile(r"\b[Aa]n?[ \t]+(?:[\w-]+[ \t]+){0,4}" + re.escape(head) + r"\b")
    key = (head, ls)
    e0 = unseen.get(key)
    lo = ls if e0 is None or e0 > at else _intro_run_start(text, ls, e0)
    if intro.search(text, lo, at) is None:
        unseen[key] = at
        return False
    return True


def lede_body_named_opening(an, quotes):
    """Give a lede's "the <head>" statements the name that opens the next paragraph
    (see module doc); speaker strings only.

    >>> import pandas as pd, analysis
    >>> t = ("Station seeks licence" + 2 * chr(10) + "A community radio station in Yorkton "
    ...      "has asked for a new licence, the station said in its filing." + 2 * chr(10)
    ...      + "CKRW-FM, known to listeners as Parkland Radio, has been on the air since "
    ...      "1996.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]})).speaker.tolist()
    ['CKRW-FM']
    """
    text = an.text
    unseen: dict = {}  # (head, line start) -> end of a range read with no intro in it
    for i, p in enumerate(quotes):
        mention = (p.mention or "").lower()
        m = _THE_HEAD_RE.fullmatch(mention)
        if m is None or p.m_start is None or (p.speaker or "").lower() != mention:
            continue
        head = m.group(2)
        if head not in _ECHO["clause"] or _beyond_lede(text, p.m_start):
            continue
        ls = text.rfind("\n", 0, p.m_start) + 1
        if m.group(1) != "the" and head not in _POSSESSED_BODY_HEADS:
            continue  # ("its operator": a role, maybe a person or a company)
        if m.group(1) == "the" and not _intro_before(text, head, ls, p.m_start, unseen):
            continue  # (a possessive "their union" needs no intro: its owner is in the lede)
        ps = _next_paragraph(text, max(p.end, p.m_end, p.cue_end or 0))
        n = None if ps < 0 else _OPENING_NAME_RE.match(text, ps)
        if n is None or not _body_like(n.group(1), an.lex):
            continue
        for r in quotes[i:]:
            if (r.speaker or "").lower() == mention:
                r.speaker, r.stype = n.group(1), "organization"
        return
