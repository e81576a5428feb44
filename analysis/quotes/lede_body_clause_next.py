"""A lede's body described by a clause and named by the next paragraph's first
statement: "..., the charity that runs it said Monday.\\n\\nThirty-one ... were housed,
Open Door Waterloo said in its update" and "..., the club that grooms it said.\\n\\nThe
Trout Lake Trail Riders said ..." -- the lede statement is the named body's when its
speaker is "the <head>" or "the volunteer <head>" (a body noun of resources/lede_body_echoes.txt, key "clause")
set off up to the cue by a relative or participle clause that ties it to the lede's
subject ("that runs it", "representing them", "that sets standards for ..."), and the
statement opening the next paragraph (its content or its speaker first) has a named
organisation as its speaker. A bare "the group said", a person speaking next or a
description past the lede keeps its speaker.
"""

from __future__ import annotations

import re

from .lede_body_apposed_next import _ECHO, _next_paragraph, without_the
from .ledes import _beyond_lede
from .org_described_next import _named_body

# "the charity", "the group", "the volunteer group": the lede's body (its head, group 1,
# after up to two lower-case modifiers)
_THE_HEAD_RE = re.compile(r"the[ \t]+(?:[a-z-]+[ \t]+){0,2}?([a-z-]+)")

# between the head and the cue: "that runs it", "which represents them", "representing
# them", "that sets standards for veterinary schools"
_CLAUSE_RE = re.compile(
    r"[ \t]+(?:(?:that|which)[ \t]+[a-z]+|[a-z]{4,}ing)(?:[ \t]+[a-z’'-]+){0,6}[ \t]+\Z"
)


def described_by_clause(between):
    """Is ``between`` (the text from a speaker's head to its cue) a relative or
    participle clause of lower-case words?

    >>> described_by_clause(" that runs it "), described_by_clause(" representing them ")
    (True, True)
    >>> described_by_clause(" "), described_by_clause(" in Moncton ")
    (False, False)
    """
    return _CLAUSE_RE.match(between) is not None


def _opens_paragraph(text, ps, q):
    """Does statement ``q`` open the paragraph starting at ``ps`` (its content or its
    speaker first, over an opening quotation mark or "The")?"""
    first = min(q.start, q.m_start)
    if first >= ps and text[ps:first].strip(' "“') in ("", "The"):
        return True
    return text.startswith(q.speaker, ps + 4 * text.startswith("The ", ps))


def _named_next(q, lex):
    """Is ``q``'s speaker a named organisation: typed so, or a name of a person's type
    that no person bears: "The" before it in the text, or three capitalised words or
    more that open with no given name ("Open Door Waterloo")?"""
    if _named_body(q):
        return True
    words = (q.speaker or "").split()
    if q.stype != "person" or not words or not all(w[:1].isupper() for w in words):
        return False
    if (q.mention or "").startswith("The "):
        return True
    return len(words) >= 3 and words[0].lower() not in lex.gender


def lede_body_clause_named_next(an, quotes):
    """Give a lede statement whose speaker is "the <head>" set off by a clause the
    organisation named by the statement that opens the next paragraph (see module doc);
    speaker strings only.

    >>> import pandas as pd, analysis
    >>> t = ("Trail closed" + 2 * chr(10) + "A trail will stay closed, the club that "
    ...      "grooms it said Friday." + 2 * chr(10) + "The Trout Lake Trail Riders said "
    ...      "riders would be fined.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]})).speaker.tolist()
    ['Trout Lake Trail Riders', 'Trout Lake Trail Riders']
    """
    text = an.text
    for i, p in enumerate(quotes[:-1]):
        if p.m_start is None or p.cue_start is None or p.cue_start < p.m_end:
            continue
        m = _THE_HEAD_RE.fullmatch((p.mention or "").lower())
        if m is None or m.group(1) not in _ECHO["clause"] or _beyond_lede(text, p.m_start):
            continue
        if not described_by_clause(text[p.m_end : p.cue_start]):
            continue
        ps = _next_paragraph(text, max(p.end, p.m_end, p.cue_end or 0))
        q = next((r for r in quotes[i + 1 :] if r.m_start is not None and r.start >= ps), None)
        if ps < 0 or q is None or not _opens_paragraph(text, ps, q) or not _named_next(q, an.lex):
            continue
        if without_the(p.speaker) != without_the(q.speaker):  # (already that body: kept)
            p.speaker, p.stype = without_the(q.speaker), q.stype
