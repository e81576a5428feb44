"""Frames inside another statement's reported clause: in "The coach conceded that A,"
and said she had told them to relax" the "she had told" is part of what the coach
said, so it is no frame whose content is the clause before it. This module owns
dropping such content-before rows before the statements are grouped, and cutting a
reported clause that runs on past the end of the content-before clause holding its cue
("Most members said yes, the union representing drivers, mechanics and cleaners said":
the inner "said yes" reports "yes", not the outer frame's words).
"""

from __future__ import annotations

import bisect
from operator import attrgetter

# a row's content start, the sort key of the content-before rows
_ROW_START = attrgetter("start")


def without_frames_in_reported_clause(quotes):
    """The quotes but those whose content comes before their cue and whose speaker and
    cue lie inside the content of another row whose own cue sits between the two
    (after the first row's content, before its speaker).

    >>> from analysis.quotes.cues import Quote
    >>> t = 'Roe conceded that it was "small," and said she had told them.'
    >>> bad = Quote(0, 32, "mixed", "told", 50, 54, "she", 41, 44)
    >>> said = Quote(41, 60, "indirect", "said", 36, 40, "Roe", 0, 3)
    >>> [q.cue for q in without_frames_in_reported_clause([bad, said])]
    ['said']
    """
    by_cue = sorted((q.cue_start, i) for i, q in enumerate(quotes))
    cue_starts = [c for c, _ in by_cue]
    out = []
    for q in quotes:
        if q.m_start is None or q.cue_start < q.end or q.m_start < q.end:
            out.append(q)
            continue
        lo = bisect.bisect_left(cue_starts, q.end)
        hi = bisect.bisect_left(cue_starts, min(q.m_start, q.cue_start))
        inside = any(
            (p := quotes[i]) is not q
            and p.cue_end <= p.start <= min(q.m_start, q.cue_start)
            and p.end >= q.cue_end
            for _, i in by_cue[lo:hi]
        )
        if not inside:
            out.append(q)
    return out


def cut_at_content_first_frames(quotes, text):
    """Cut, in place, each row whose cue comes before its content and lies inside the
    content of a content-before row ("A, the union said") when that content runs on
    past the end of the outer clause into its frame: it ends where the outer clause
    ends. Returns ``quotes``.

    >>> from analysis.quotes.cues import Quote
    >>> t = "Most members said yes, the union representing drivers, mechanics and cooks said."
    >>> outer = Quote(0, 21, "indirect", "said", 75, 79, "the union", 23, 32)
    >>> inner = Quote(18, 64, "indirect", "said", 13, 17, "Most members", 0, 12)
    >>> t[inner.start : cut_at_content_first_frames([outer, inner], t)[1].end]
    'yes'
    """
    firsts = [
        q for q in quotes if q.m_start is not None and q.cue_start >= q.end and q.m_start >= q.end
    ]
    if not firsts:
        return quotes
    firsts.sort(key=_ROW_START)  # (stable, as ``sorted``: rows of one start keep their order)
    starts = [o.start for o in firsts]
    for q in quotes:
        if q.kind == "direct" or q.cue_end > q.start:
            continue
        i = bisect.bisect_right(starts, q.cue_start)
        for o in firsts[max(0, i - 3) : i]:
            if (
                o is not q
                and o.start <= q.start < o.end < q.end
                and o.m_start < q.end
                and text[o.end : o.m_start].strip(" \t") == ","  # ("A, the union said")
            ):
                end = o.end
                while end > q.start and text[end - 1] in " ,;\t":
                    end -= 1
                if end > q.start:
                    q.end = end
                break
    return quotes
