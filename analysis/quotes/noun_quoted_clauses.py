"""A speech noun's clause that runs through a quotation: "her remark that \"there is no
money left\"", "his claim that she \"never sent a single message\" from the account".
The noun frames (``frames._noun_frames``) end a clause at the first quotation mark;
this module owns carrying the clause on through quotations no other frame has taken,
up to the clause break or the sentence end after them.
"""

from __future__ import annotations

import bisect
import re

from .blocks import MASK
from .lexicon import _VERBISH_NEXT

# where such a clause ends after a quotation: a clause break, or the next quotation
_AFTER_END_RE = re.compile(r"[;(\x01]|(?<!\d),|,(?!\d)|[ \t][—–-]+[ \t]|[ \t]--[ \t]")

# the first word after a quotation: an auxiliary or copula ends the clause ('her claim
# that "A" is false': the noun phrase is the subject of "is"), and so does a
# coordinator or relative pronoun ('laughed at her claim that "A" and moved on')
_NEXT_WORD_RE = re.compile(r"[ \t]*([a-z]+)")

_CLAUSE_OPENERS = frozenset(("and", "but", "or", "which", "who", "while", "as"))

# at most this many quotations inside one clause
_MAX_BLOCKS = 3


def quoted_clause_end(doc, lo, at, se):
    """The end of a speech noun's clause that starts at ``lo`` and met a quotation at
    ``at`` (a mask run in ``doc.masked``), the sentence ending at ``se``: after each
    quotation no frame has used, the clause goes on to the next break, another such
    quotation, or the sentence end; ``at`` itself when the quotation is taken
    (another speaker's: 'her claim that A "is false," Roe said'); the quotation's end
    when an auxiliary or copula follows it ('her claim that "A" is false').

    >>> from analysis.quotes.assemble import Article
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = 'Critics seized on her remark that "there is no money left."'
    >>> d = Article(t, lexicon(), [(0, len(t))])
    >>> lo = t.index("that") + 5
    >>> t[lo : quoted_clause_end(d, lo, lo, len(t))]
    '"there is no money left."'
    """
    masked, blocks = doc.masked, doc.blocks
    end = at
    for _ in range(_MAX_BLOCKS):
        if masked[end : end + 1] != MASK:
            return end
        k = bisect.bisect_left(doc.block_starts, end)
        if k >= len(blocks) or blocks[k][0] != end or k in doc.used_blocks:
            return end
        be = blocks[k][1]
        if be > se:
            return end
        w = _NEXT_WORD_RE.match(masked, be)
        if w is not None and (w.group(1) in _VERBISH_NEXT or w.group(1) in _CLAUSE_OPENERS):
            return be  # 'his claim that "A" is false': the clause ends with the quotation
        m = _AFTER_END_RE.search(masked, be, se)
        end = se if m is None else m.start()
        if m is not None and masked[m.start()] == "," and m.start() == be:
            end = be  # '"...," a comma right after the quotation closes the clause'
    return end if end > lo else at
