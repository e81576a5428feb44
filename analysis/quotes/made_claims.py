"""Speech nouns made by a subject: "Lee made the claim that A", "Roe made the point
that A", "he made an observation that A". The subject of "made" is the speaker and the
clause after "that" the content (as "Lee's claim that A" in the noun frames). This
module owns finding such "made the <noun> that" frames.
"""

from __future__ import annotations

import bisect
import re

from .formats import colon_subject
from .lexicon import _IRREGULAR_PAST

# "made|makes|make|making" + a determiner + up to two modifiers + a speech noun + "that"
# (the verb opens with its letter "m" and the word start is the look-behind after it:
# the same matches as ``\b(?:made|makes|make|making)``, but the engine skips to each
# "m" instead of trying the pattern at every position of the article)
_MADE_NOUN_RE = re.compile(
    r"m(?<!\wm)(?:ade|akes|ake|aking)[ \t]+(?:the|a|an)[ \t]+(?:[a-z\-]+[ \t]+){0,2}?"
    r"(?P<noun>claims?|arguments?|points?|observations?|assertions?|suggestions?"
    r"|predictions?|promises?|pledges?|allegations?|remarks?|comments?)"
    r"[ \t]+(?P<link>that)[ \t]+(?P<next>[a-z]+)?"
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
            continue  # "made the comments that upset the crowd": a relative clause
        si = bisect.bisect_right(doc.sent_starts, m.start()) - 1
        if si < 0:
            continue
        ss = doc.sents[si][0]
        sp = colon_subject(masked, ss, m.start(), doc.lex)
        if sp is None or sp[1] > m.start():
            continue
        hits.append((*m.span("noun"), *m.span("link"), *sp))
    return hits
