"""Where reported content gives way to a new clause that names another speaker: ",
and the association's executive director, Tom Vale, called ..." / ", and Tom Vale
said ..." after "Ann Roe said A": the content ends before ", and", so a quotation of
the second speaker is never the first speaker's content.
"""

from __future__ import annotations

import re

# ", and" then an optional description set off by commas ("the association's executive
# director,") and a capitalised name of one to three words, an optional comma and the
# verb after it (group 1)
_SPEAKER_CLAUSE_RE = re.compile(
    r",[ \t]+and[ \t]+"
    r"(?:(?:the|a|an|its|his|her|their|[A-Z][\w’'\-]*[’']s)[ \t]+(?:[a-z][\w’'\-]*[ \t]+){0,4}?"
    r"[a-z][\w’'\-]*,[ \t]+)?"
    r"(?:[A-Z]\.[ \t]+)?[A-Z][a-z][\w’'\-]*(?:[ \t]+[A-Z][a-z][\w’'\-]*){0,2},?[ \t]+([a-z]+)\b"
)

# a verb of speech that is no cue word of its own ("called the budget a betrayal")
_SPEAKER_CLAUSE_EXTRA_VERBS = frozenset(("called", "calls"))


def speaker_clause_cut(text, s0, e0, lex):
    """Start of ", and [<description>,] <Name>[,] <speech verb>" inside the content
    text[s0:e0] after at least three words of it; -1 when there is none.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "rents rose fast, and the group's director, Tom Vale, called it a crisis"
    >>> t[: speaker_clause_cut(t, 0, len(t), lexicon())]
    'rents rose fast'
    >>> t = "rents rose fast, and Tom Vale said more"
    >>> t[: speaker_clause_cut(t, 0, len(t), lexicon())]
    'rents rose fast'
    >>> speaker_clause_cut("rents rose, and Tom Vale moved away", 0, 35, lexicon())
    -1
    """
    at = text.find(", and ", s0, e0)
    while at >= 0:
        m = _SPEAKER_CLAUSE_RE.match(text, at, e0)
        if m is not None and len(text[s0:at].split()) >= 3:
            verb = m.group(1)
            if verb in _SPEAKER_CLAUSE_EXTRA_VERBS or lex.cue_re.fullmatch(verb):
                return at
        at = text.find(", and ", at + 1, e0)
    return -1
