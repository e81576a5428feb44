"""Possessor words: a quotation opened by "In NAME's words," ('In Roe's words, "this is a
town opening again."') is NAME's: the possessive names the speaker of the quoted words
and the lead-in makes no statement of its own. Owns only that anchor of a bare quotation
block (asked by ``assemble._carried_blocks``, which otherwise needs the quotation to be
the whole sentence).
"""

from __future__ import annotations

import re

from .cues import Quote

# "In Ann Roe's words, " / "In the mayor's own words, " before the quotation (bounded
# runs: linear on hostile text); a name of one to three capitalised words
_WORDS_LEAD_RE = re.compile(
    r"[ \t]*(?:(?:But|And|Or)[ \t]+)?In[ \t]+"
    r"(?P<np>(?:[A-Z][\w.\-]*[ \t]+){0,2}[A-Z][\w\-]*(?:['’][A-Z][\w\-]*)?)['’]s?"
    r"[ \t]+(?:own[ \t]+)?(?P<cue>words),[ \t]*[\"“]?\Z"
)


def possessor_words_anchor(text, ss, at):
    """The anchor (a Quote carrying the cue "words" and the possessor as mention) of the
    quotation block at ``at`` when its sentence, from ``ss``, opens with "In NAME's
    words," and nothing else; None otherwise.

    >>> t = 'In Ann Roe-Obi\\'s words, "this is a town opening again."'
    >>> a = possessor_words_anchor(t, 0, t.index('"'))
    >>> a.mention, a.cue
    ('Ann Roe-Obi', 'words')
    >>> possessor_words_anchor('In other words, "no."', 0, 16) is None
    True
    """
    if at - ss > 80 or text.find("words", ss, at) < 0:
        return None
    m = _WORDS_LEAD_RE.match(text, ss, at)
    if m is None or not m.group("np")[:1].isupper():
        return None
    np = m.group("np")
    if np.split()[-1].lower() in ("other", "his", "her", "their", "plain", "simple"):
        return None
    return Quote(0, 0, "direct", "words", *m.span("cue"), np, *m.span("np"))
