"""When-clause subjects: "The veterinarian on duty when a saddle bronc collapsed at the
town's rodeo told reporters A" -- a subject of a determiner and a person noun (with at
most three lower-case words after it: "on duty", "in charge") followed by a "when"
clause that runs to the cue with no comma is the speaker; the noun phrase the left walk
found inside the clause ("the town's rodeo", "a saddle bronc collapsed") is not. A
fronted "When the horse fell, the vet said" (a comma) or a "when" after a verb ("The
plant will close when ...") keeps the walk's phrase. This module owns only that check.
"""

from __future__ import annotations

from .blocks import MASK
from .np_left_core import _lower_noun

# what may stand before the subject's determiner: the start, a dateline dash, a
# quotation mark or a clause break
_OPENERS = frozenset(("—", "–", "--", ",", ";", ":", '"', "“", "(", "and", "but"))


def when_clause_subject(toks, np_, k, lex):
    """(start, end) of the subject before a "when" clause holding ``np_`` (token range
    before the cue at ``k``), else None.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "The nurse on shift when the power failed at the hospital said".split()]
    >>> when_clause_subject(t, (9, 11), 11, lexicon())
    (0, 2)
    >>> t = [(0, 0, w) for w in "The plant will close when the contract ends at the mill said".split()]
    >>> when_clause_subject(t, (10, 12), 12, lexicon()) is None
    True
    """
    a = np_[0]
    w = next((x for x in range(a - 1, max(a - 20, 1), -1) if toks[x][2] == "when"), -1)
    if w < 2 or any(toks[x][2] in (",", ";", "—", "–") for x in range(w, k)):
        return None
    for d in range(w - 2, max(w - 6, -1), -1):
        if toks[d][2] not in ("The", "the", "A", "a", "An", "an"):
            continue
        if d > 0 and toks[d - 1][2] not in _OPENERS and toks[d - 1][2][:1] != MASK:
            return None
        if not _lower_noun(toks[d + 1][2], lex):
            return None
        if all(toks[x][2].isalpha() and toks[x][2].islower() for x in range(d + 2, w)):
            return d, d + 2
        return None
    return None
