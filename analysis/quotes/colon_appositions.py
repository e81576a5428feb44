"""Colon frames whose subject is a description with a name in apposition
(``apposed_colon_name``: 'Another analyst, Ann Roe of X, put the question more bluntly:
"..."', 'One parent, Ann Roe, was blunter: "..."'): the apposed name, not the
description, is the speaker, as in a verb frame ("Another analyst, Ann Roe, said")."""

from __future__ import annotations

import re

# a sentence opening with a determiner and one to three lower-case words, then a name
# of two or three capitalised words set off by commas (an "of <firm>" or a short
# description may follow the name inside the commas), then a lower-case word
_APPOSED_RE = re.compile(
    r"[ \t]*(?:Another|One|A|An|The|Her|His|Its|Their)(?:[ \t]+[a-z][\w'’-]*){1,3}"
    r"[ \t]*,[ \t]+(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]+){1,2})"
    r"(?:[ \t]+of[ \t]+[^,:\n\x01]{1,60}|,[ \t]+[^,:\n\x01]{1,60})?,[ \t]+[a-z]"
)


def apposed_colon_name(masked, ss, span, lex):
    """The (start, end) of the name apposed to the description that opens the sentence
    at ``ss`` when the colon frame's subject ``span`` lies in that description; else
    ``span`` unchanged. Place, organisation and place-word names are no person's.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Another analyst, Ann Roe of Bay Street Capital, put it more bluntly:"
    >>> s, e = apposed_colon_name(t, 0, (0, 7), lexicon())
    >>> t[s:e]
    'Ann Roe'
    >>> t = "The town's hall, City Hall Annex, was blunt:"
    >>> apposed_colon_name(t, 0, (0, 8), lexicon())
    (0, 8)
    """
    if span is None or "," not in masked[ss : ss + 200]:
        return span
    m = _APPOSED_RE.match(masked, ss)
    if m is None or not (ss <= span[0] < m.start("name")):
        return span
    name = m.group("name")
    words = name.split()
    if name in lex.place_names or any(w in lex.org_words or w in lex.place_words for w in words):
        return span
    return m.span("name")
