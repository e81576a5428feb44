"""A document named with the news outlet or person that obtained it, right before the
cue: "A letter from the union obtained by the Herald warns that A" -- the letter warns
(its words), the Herald only holds it. This module owns stepping back from the agent
of such a participle ("obtained by", "seen by", "reviewed by", "leaked to") to the
document noun phrase before it.
"""

from __future__ import annotations

from .np_left import _left_np

# participles of getting hold of a document: their agent is no author of its words
_HOLDER_PARTICIPLES = frozenset(
    "obtained seen reviewed viewed leaked provided shared received acquired".split()
)


def holder_agent_document(toks, np_, lex):
    """The (start, end) token span of the document before "<participle> by" when the
    speaker noun phrase ``np_`` is that participle's agent ("A letter obtained by the
    Herald | warns"), else ``np_`` (also None). The document must not open with a name ("a
    letter", "documents", "the memo", "1 letter from the union").

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = "A letter obtained by the Herald warns".split()
    >>> holder_agent_document([(0, 0, w) for w in ws], (4, 6), lexicon())
    (0, 2)
    >>> ws = "Ann Roe was interviewed by the Herald and warns".split()
    >>> holder_agent_document([(0, 0, w) for w in ws], (5, 7), lexicon())
    (5, 7)
    """
    if np_ is None or np_[0] < 3:
        return np_
    p = np_[0] - 2
    if toks[p + 1][2] not in ("by", "to") or toks[p][2] not in _HOLDER_PARTICIPLES:
        return np_
    doc = _left_np(toks, p, lex)
    if (
        doc is None
        or doc[1] != p
        or not (not toks[doc[0]][2][:1].isupper() or toks[doc[0]][2] in ("A", "An", "The"))
    ):
        return np_
    return doc
