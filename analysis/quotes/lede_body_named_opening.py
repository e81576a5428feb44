"""A lede's body introduced indefinitely and named by the next paragraph's opening
name: "A volunteer-run community radio station in Whitehorse has asked ... for a new
licence, the station said in its filing.\\n\\nCKRW-FM, known to listeners as ..., has
been on the air since 1996." -- the lede's "the <head>" statement (a body noun of
resources/lede_body_echoes.txt, key "clause", that the lede brought in as "a/an ...
<head>") is the name that opens the next paragraph set off by a comma, when that name
reads as a body's (an acronym word, "CKRW-FM", or a last word of an organisation's
name); later statements of the same "the <head>" take it too. A person's name opening
the next paragraph, or a lede with no indefinite "<head>" before, keeps the description.
"""

from __future__ import annotations

import re

from .lede_body_apposed_next import _ECHO, _next_paragraph
from .ledes import _beyond_lede

_THE_HEAD_RE = re.compile(r"the[ \t]+([a-z-]+)")

# the next paragraph's opening name, set off by a comma ("CKRW-FM, known to ...")
_OPENING_NAME_RE = re.compile(r"((?:[A-Z][\w&'’-]*[ \t]+){0,4}[A-Z][\w&'’-]*),[ \t]")

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
    return any(_ACRONYM_RE.fullmatch(w) for w in words) or words[-1] in lex.org_words


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
    for i, p in enumerate(quotes):
        mention = (p.mention or "").lower()
        m = _THE_HEAD_RE.fullmatch(mention)
        if m is None or p.m_start is None or (p.speaker or "").lower() != mention:
            continue
        head = m.group(1)
        if head not in _ECHO["clause"] or _beyond_lede(text, p.m_start):
            continue
        ls = text.rfind("\n", 0, p.m_start) + 1
        intro = re.compile(r"\b[Aa]n?[ \t]+(?:[\w-]+[ \t]+){0,4}" + re.escape(head) + r"\b")
        if intro.search(text, ls, p.m_start) is None:
            continue
        ps = _next_paragraph(text, max(p.end, p.m_end, p.cue_end or 0))
        n = None if ps < 0 else _OPENING_NAME_RE.match(text, ps)
        if n is None or not _body_like(n.group(1), an.lex):
            continue
        for r in quotes[i:]:
            if (r.speaker or "").lower() == mention:
                r.speaker, r.stype = n.group(1), "organization"
        return
