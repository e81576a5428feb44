"""Where reported content gives way to a new clause that names another speaker: ",
and the association's executive director, Tom Vale, called ..." / ", and Tom Vale
said ..." (or ", but ...") after "Ann Roe said A": the content ends before ", and", so
a quotation of the second speaker is never the first speaker's content, also when the
content stopped before the later frame's apposed name ("Divers say A, and the owner,
Tom Vale, said B").
"""

from __future__ import annotations

import re

# ", and" then an optional description set off by commas ("the association's executive
# director,") and a capitalised name of one to three words, an optional comma and the
# verb after it (group 1)
_SPEAKER_CLAUSE_RE = re.compile(
    r",[ \t]+(?:and|but)[ \t]+"
    r"(?:(?:the|a|an|its|his|her|their|[A-Z][\w’'\-]*[’']s)[ \t]+(?:[a-z][\w’'\-]*[ \t]+){0,4}?"
    r"[a-z][\w’'\-]*,[ \t]+)?"
    r"(?:[A-Z]\.[ \t]+)?[A-Z][a-z][\w’'\-]*(?:[ \t]+[A-Z][a-z][\w’'\-]*){0,2},?[ \t]+([a-z]+)\b"
)

# how far past the content's end the name and verb of the new clause may run: content
# stops before a later cue's frame ("A, and the owner, Tom Vale, said B" ends at "Tom
# Vale" or before it)
_PAST_END = 40

# where such a clause may open: ", and " or ", but "
_CLAUSE_OPEN_RE = re.compile(r", (?:and|but) ")

# a verb of speech that is no cue word of its own ("called the budget a betrayal")
_SPEAKER_CLAUSE_EXTRA_VERBS = frozenset(("called", "calls"))


def speaker_clause_cut(text, s0, e0, lex):
    """Start of ", and [<description>,] <Name>[,] <speech verb>" (or ", but ...") inside
    the content text[s0:e0] after at least three words of it; -1 when there is none.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "rents rose fast, and the group's director, Tom Vale, called it a crisis"
    >>> t[: speaker_clause_cut(t, 0, len(t), lexicon())]
    'rents rose fast'
    >>> t = "rents rose fast, but Tom Vale said more"
    >>> t[: speaker_clause_cut(t, 0, 27, lexicon())]
    'rents rose fast'
    >>> speaker_clause_cut("rents rose, and Tom Vale moved away", 0, 35, lexicon())
    -1
    """
    hi = min(len(text), e0 + _PAST_END)
    for mo in _CLAUSE_OPEN_RE.finditer(text, s0, e0):
        at = mo.start()
        m = _SPEAKER_CLAUSE_RE.match(text, at, hi)
        if m is not None and len(text[s0:at].split()) >= 3:
            verb = m.group(1)
            if verb in _SPEAKER_CLAUSE_EXTRA_VERBS or lex.cue_re.fullmatch(verb):
                return at
    return -1
