"""Speech about how something happened: "Lee spoke about how the office was looted",
"she often talks about how she pushed for it", "he boasted of how the probe hurt
her". The subject of the verb of talking is the speaker and the "how" clause the
content (as the made-noun frames of ``made_claims``). This module owns finding such
"<talk verb> about/of how" frames; ``frames._noun_frames`` adds their quotes.
"""

from __future__ import annotations

import bisect
import re

from .formats import colon_subject
from .lexicon import _skips_before_cue
from .np_left import _left_np
from .phrases import _window_tokens

# a verb of talking, an optional manner adverb, "about"/"of" and "how" (each verb opens
# with its first letter and the word start is the look-behind after it: the same matches
# as ``\b(?:spoke|speaks|...)``, but the engine skips to the verbs' first letters
# instead of trying the pattern at every position of the article)
_ABOUT_HOW_RE = re.compile(
    r"(?P<verb>s(?<!\ws)(?:poke|peaks|peak|peaking)|t(?<!\wt)(?:alked|alks|alk|alking)"
    r"|b(?<!\wb)(?:oasted|oasts|ragged|rags)|j(?<!\wj)(?:oked|okes)"
    r"|c(?<!\wc)(?:omplained|omplains)|w(?<!\ww)(?:rote|rites)|r(?<!\wr)eminisced)"
    r"(?:[ \t]+(?:[a-z]{3,}ly|at[ \t]+length))?[ \t]+(?:about|of)[ \t]+(?P<how>how)\b"
)

# a negation in the two words before the verb: "did not talk about how" is no speech
_ABOUT_HOW_NEG_RE = re.compile(r"(?:\bnot|\bnever|n[’']t)[ \t]+(?:[a-z]+[ \t]+)?\Z")


def about_how_hits(doc):
    """(verb start, verb end, "how" start, "how" end, subject start, subject end) of
    each "<talk verb> about/of how" whose sentence has a subject before the verb.

    >>> from analysis.quotes.assemble import extract
    >>> t = "Ann Roe spoke about how the office had been looted."
    >>> [(q.speaker, t[q.start:q.end]) for q in extract(t)[0]]
    [('Ann Roe', 'how the office had been looted')]
    """
    masked = doc.masked
    if "about how" not in masked and "of how" not in masked:
        return []
    hits = []
    for m in _ABOUT_HOW_RE.finditer(masked):
        if _ABOUT_HOW_NEG_RE.search(masked, max(0, m.start() - 24), m.start()):
            continue
        si = bisect.bisect_right(doc.sent_starts, m.start()) - 1
        if si < 0:
            continue
        ss = doc.sents[si][0]
        at = _adverbs_start(masked, ss, m.start())  # ("the coach often talks")
        sp = _clause_subject_before(masked, ss, at, doc.lex) or colon_subject(
            masked, ss, at, doc.lex
        )
        if sp is None or sp[1] > at:
            continue
        hits.append((*m.span("verb"), *m.span("how"), *sp))
    return hits


def _adverbs_start(masked, ss, at):
    """Start of the adverbs ("often", "also", "frequently") that end right before
    ``at`` in the sentence starting at ``ss``; ``at`` when there are none.

    >>> t = "The coach often talks"
    >>> _adverbs_start(t, 0, t.index("talks"))
    10
    """
    toks = _window_tokens(masked, max(ss, at - 40), at)
    i = len(toks)
    while i > 1 and _skips_before_cue(toks[i - 1][2]):
        i -= 1
    return toks[i][0] if i < len(toks) else at


def _clause_subject_before(masked, ss, at, lex):
    """(start, end) of the noun phrase right before ``at`` that opens its sentence (from
    ``ss``) or a clause after a comma, "and" or "but" ("If you watch, he talked",
    "Later, the mayor talked"); None otherwise.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "If you look back, he talked"
    >>> s, e = _clause_subject_before(t, 0, t.index("talked"), lexicon())
    >>> t[s:e]
    'he'
    """
    toks = _window_tokens(masked, max(ss, at - 120), at)
    if not toks:
        return None
    np_ = _left_np(toks, len(toks), lex)
    if np_ is None or np_[1] != len(toks):
        return None
    a = np_[0]
    if a == 0 and toks[0][0] != ss or a > 0 and toks[a - 1][2] not in (",", "and", "but", ";"):
        return None  # (the window began inside the sentence; inside a clause)
    return toks[a][0], toks[np_[1] - 1][1]
