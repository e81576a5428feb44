"""Frames inside another statement's reported clause: in "The coach conceded that A,"
and said she had told them to relax" the "she had told" is part of what the coach
said, so it is no frame whose content is the clause before it. This module owns
dropping such content-before rows before the statements are grouped.
"""

from __future__ import annotations

import bisect


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
