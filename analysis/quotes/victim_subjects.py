"""Sentence-opening descriptions of a victim's kin or of someone tied to a victim: "The
widow of a miner killed at a nickel mine north of Sudbury told an inquest ...", "The
father of a boy struck by a truck near Moncton said ...", "The owner of a mine near
Sudbury told ...", "The widow of a miner who died at a mine near Sudbury told ...",
"The president of a company in Toronto said ...", "A lawyer for a family in Regina
said ...". The noun phrase read before the cue is a place inside the phrase ("north of
Sudbury", "Toronto"); the speaker is the opening description's head before "of" or
"for" ("The widow", "A lawyer"), whom later paragraphs name.
"""

from __future__ import annotations

from .blocks import MASK
from .idioms import _span_of
from .kin import _KIN_GENDER
from .lede_named_next import _PERSON_NOUNS
from .lexicon import _lines

_VICTIM_PARTICIPLES = frozenset(_lines("victim_participles.txt"))
_VICTIM_DETS = frozenset("a an the his her their".split())
# what ends the lowercase noun after "of a" besides a victim participle: a relative
# "who" ("a miner who died at a mine near Sudbury") or a place preposition ("a mine
# near Sudbury", "a company in Toronto", "a boy from Moncton"); the noun phrase read
# before the cue lies after it
_VICTIM_PHRASE_ENDS = frozenset("who near outside north south east west in from".split())
# what ties the person noun to the noun after it: "The owner of a mine", "A lawyer for a
# family"
_VICTIM_LINKS = ("of", "for")


def victim_description_subject(toks, t0, n0, k):
    """Span of the head of "The <person noun> of a <noun> <participle>" opening the
    sentence at token ``t0`` ("The widow" in "The widow of a miner killed at a mine north
    of Sudbury told"), when the noun phrase read before the cue ``k`` starts at ``n0``
    after the participle, and no punctuation or quotation stands before the cue; None
    otherwise.

    >>> ws = "The widow of a miner killed at a mine north of Sudbury told".split()
    >>> toks = [(i, i + 1, w) for i, w in enumerate(ws)]
    >>> victim_description_subject(toks, 0, 9, 12)
    (0, 2)
    >>> ws = "The owner of a mine near Sudbury told".split()
    >>> victim_description_subject([(i, i + 1, w) for i, w in enumerate(ws)], 0, 6, 7)
    (0, 2)
    >>> ws = "The owner of a mine said".split()
    >>> victim_description_subject([(i, i + 1, w) for i, w in enumerate(ws)], 0, 4, 5) is None
    True
    """
    if k - t0 < 6 or toks[t0][2] not in ("The", "A", "An"):
        return None
    x = next((y for y in range(t0 + 2, min(t0 + 5, k)) if toks[y][2] in _VICTIM_LINKS), -1)
    if x < 0 or toks[x - 1][2] not in _PERSON_NOUNS and toks[x - 1][2] not in _KIN_GENDER:
        return None
    if not all(toks[y][2].isalpha() and toks[y][2].islower() for y in range(t0 + 1, x)):
        return None
    if x + 3 >= k or toks[x + 1][2] not in _VICTIM_DETS:
        return None
    p = next(
        (
            y
            for y in range(x + 3, min(x + 6, k))
            if toks[y][2] in _VICTIM_PARTICIPLES or toks[y][2] in _VICTIM_PHRASE_ENDS
        ),
        -1,
    )
    if p < 0 or n0 < p or n0 == p and toks[p][2] not in _VICTIM_PHRASE_ENDS:
        return None
    if not all(toks[y][2].isalpha() and toks[y][2].islower() for y in range(x + 2, p)):
        return None
    if any(not toks[y][2][:1].isalnum() or toks[y][2][0] == MASK for y in range(p, k)):
        return None
    return _span_of(toks, (t0, x))
