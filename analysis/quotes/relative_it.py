"""The organisation behind a speech relative "..., which it said would ...": the
relative's "it" is the body the sentence is about, not the organisation named last.
It owns one pass over the resolved statements (``relative_it_speakers``): the speaker
of a statement earlier in the same sentence ("issued a statement saying A, which it
said B"), else the speaker quoted before under the head of the description opening the
sentence ("The council also plans a centre, which it said ...": the body an earlier
"... band council said" named), else the organisation quoted in the sentence before
("The department said A. The quota, which it said would not change, ..."); with none of
these the statement keeps no speaker and is dropped, as before.
"""

from __future__ import annotations

import bisect
import re

# "which it said": the text just before the mention
_WHICH_BEFORE_RE = re.compile(r"\bwhich[ \t]+\Z")
# the description opening a sentence: "The council", "Its board"
_SENTENCE_HEAD_RE = re.compile(r"(?:The|Its)[ \t]+([a-z]+)\b")


def _sentence_bounds(an, at):
    """(start, end) of the sentence holding ``at``, else None."""
    starts = [s[0] for s in an.sents]
    i = bisect.bisect_right(starts, at) - 1
    return None if i < 0 else (an.sents[i][0], an.sents[i][1], i)


def relative_it_speakers(an, quotes):
    """Give each "which it said" statement its organisation (module docstring), or no
    speaker when none fits; speaker strings only.

    >>> from analysis.quotes.assemble import extract
    >>> t = ("The Bay Port Authority said fees would rise. The authority also approved "
    ...      "a new pier, which it said would open in May.")
    >>> [(q.speaker, t[q.start : q.end]) for q in extract(t)[0]][-1]
    ('the Bay Port Authority', 'would open in May')
    """
    for k, q in enumerate(quotes):
        if (
            q.mention != "it"
            or _WHICH_BEFORE_RE.search(an.text, max(0, q.m_start - 8), q.m_start) is None
        ):
            continue
        got = _relative_it_source(an, quotes, k)
        q.speaker, q.stype = got if got is not None else (None, "unknown")


def _relative_it_source(an, quotes, k):
    """(speaker, stype) for the "which it said" statement ``quotes[k]``, else None."""
    q = quotes[k]
    bounds = _sentence_bounds(an, q.m_start)
    if bounds is None:
        return None
    s0, _s1, si = bounds
    earlier = [p for p in quotes[:k] if p.speaker is not None and p is not q]
    same = [p for p in earlier if s0 <= min(p.start, p.m_start) < q.m_start]
    if same:  # "issued a statement saying A, which it said B"
        return same[-1].speaker, same[-1].stype
    head = _SENTENCE_HEAD_RE.match(an.text, s0)
    if head is not None:  # "The council also plans ..., which it said": the council
        word = " " + head.group(1)
        for p in reversed(earlier):
            if (p.mention or "").lower().endswith(word) and p.stype == "organization":
                return p.speaker, p.stype
    if si >= 1:  # "The department said A. The quota ..., which it said B"
        p0 = an.sents[si - 1][0]
        before = [p for p in earlier if p0 <= min(p.start, p.m_start) < s0]
        if before and before[-1].stype == "organization":
            return before[-1].speaker, before[-1].stype
    return None
