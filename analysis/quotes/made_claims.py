"""Speech nouns made by a subject: "Lee made the claim that A", "Roe made the point
that A", "he made an observation that A". The subject of "made" is the speaker and the
clause after "that" the content (as "Lee's claim that A" in the noun frames). This
module owns finding such "made the <noun> that" frames.
"""

from __future__ import annotations

import bisect
import re

from .formats import colon_subject
from .lexicon import _DETS, _IRREGULAR_PAST
from .np_left import _left_np
from .np_left_core import _lower_noun
from .phrases import _window_tokens

# "made|makes|make|making" + a determiner + up to two modifiers + a speech noun + "that"
# (the verb opens with its letter "m" and the word start is the look-behind after it:
# the same matches as ``\b(?:made|makes|make|making)``, but the engine skips to each
# "m" instead of trying the pattern at every position of the article)
_MADE_NOUN_RE = re.compile(
    r"m(?<!\wm)(?:ade|akes|ake|aking)[ \t]+(?:the|a|an)[ \t]+(?:[a-z\-]+[ \t]+){0,2}?"
    r"(?P<noun>claims?|arguments?|points?|observations?|assertions?|suggestions?"
    r"|predictions?|promises?|pledges?|allegations?|remarks?|comments?)"
    r"[ \t]+(?P<link>that)[ \t]+(?P<next>[a-z]+)?(?:[ \t]+(?P<after>[a-z]+))?"
)

# objects of a verb right after "that": "the comments that upset the crowd" (a relative
# clause), where a content clause has its subject ("the point that the crowd ...")
_MADE_OBJECT_WORDS = frozenset("the a an his her their its our my your him them us me".split())

# lower-case words that may open a content clause before a determiner ("the point that
# all the money was gone", "the claim that in the end the deal failed")
_MADE_CLAUSE_OPENERS = frozenset(
    "all both half only even not nearly almost just perhaps maybe most none each either "
    "neither much if when while because although though once unless whether as after "
    "before since until despite like unlike under over in at on for from with without "
    "by during among through of to".split()
)


def made_noun_hits(doc):
    """(noun start, noun end, "that" start, "that" end, subject start, subject end) of
    each "made the <speech noun> that" whose sentence has a subject before "made".

    >>> from analysis.quotes.assemble import extract
    >>> t = "Ann Roe made the point that taxes would rise."
    >>> [(q.speaker, t[q.start:q.end]) for q in extract(t)[0]]
    [('Ann Roe', 'taxes would rise')]
    """
    masked = doc.masked
    if "mak" not in masked and "made" not in masked:
        return []
    hits = []
    for m in _MADE_NOUN_RE.finditer(masked):
        w = m.group("next") or ""
        if w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed")):
            continue  # "made the comments that angered the crowd": a relative clause
        if (
            m.group("after") in _MADE_OBJECT_WORDS
            and w not in _MADE_CLAUSE_OPENERS
            and not w.endswith("ly")
        ):
            continue  # "made the comments that upset the crowd": its verb and object
        si = bisect.bisect_right(doc.sent_starts, m.start()) - 1
        if si < 0:
            continue
        ss = doc.sents[si][0]
        sp = _made_description_subject(masked, ss, m.start(), doc.lex) or colon_subject(
            masked, ss, m.start(), doc.lex
        )  # ("Afterwards, the chief made": the description, not the adverb)
        if sp is None or sp[1] > m.start():
            continue
        hits.append((*m.span("noun"), *m.span("link"), *sp))
    return hits


def _made_description_subject(masked, ss, at, lex):
    """(start, end) of a lower-case description right before "made" at ``at`` that
    opens its sentence or the clause after a fronted adverbial's comma ("Later, the
    mayor made", "the union's lawyer made"); None otherwise.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Later, the mayor made"
    >>> s, e = _made_description_subject(t, 0, len(t) - 4, lexicon())
    >>> t[s:e]
    'the mayor'
    """
    toks = _window_tokens(masked, max(ss, at - 120), at)
    if not toks:
        return None
    np_ = _left_np(toks, len(toks), lex)
    if np_ is None or np_[1] != len(toks) or toks[np_[0]][2].lower() not in _DETS:
        return None
    if np_[0] > 0 and toks[np_[0] - 1][2] != ",":
        return None  # (inside a clause: "Officials said the mayor made ...")
    if np_[0] == 0 and toks[0][0] != ss:
        return None  # (the window began inside the sentence)
    if not any(_lower_noun(t[2], lex) for t in toks[np_[0] : np_[1]]):
        return None
    return toks[np_[0]][0], toks[np_[1] - 1][1]
