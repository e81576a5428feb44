"""A cue conjoined, after ", and" / ", but", to an earlier cue of the same sentence
whose reported clause ends right before the comma ("Ann Roe acknowledged that the
board erred, and said a meeting would be held"): its speaker is the earlier cue's
speaker, not a noun phrase read inside that reported clause ("the board").
"""

from __future__ import annotations

import re

# ", and " / ", but " right before a cue (searched in the few characters before it)
_CONJOINED_GAP_RE = re.compile(r",[ \t]*(?:and|but)[ \t]+\Z")


def conjoined_cue_speakers(an, quotes):
    """Give a cue after ", and" whose speaker phrase lies inside the reported clause of
    the cue before it (which ends at that comma) that earlier cue's speaker.

    >>> import pandas as pd, analysis
    >>> t = ("Ann Roe acknowledged that the board could have done better, and said a "
    ...      "meeting would be held in June.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [t]})).speaker.tolist()
    ['Ann Roe', 'Ann Roe']
    """
    text = an.text
    by_end: dict = {}
    for p in quotes:
        if p.kind == "indirect" and p.m_start >= 0 and p.m_end <= p.start:
            by_end.setdefault(p.end, p)
    if not by_end:
        return
    for q in quotes:
        if q.kind != "indirect" or q.m_start < 0 or not q.m_end <= q.cue_start <= q.start:
            continue
        lo = max(0, q.cue_start - 8)
        gap = text[lo : q.cue_start]
        if "," not in gap:
            continue  # (the pattern's comma: no search without one)
        m = _CONJOINED_GAP_RE.search(gap)
        if m is None:
            continue
        p = by_end.get(lo + m.start())
        if p is None or p is q or not p.start <= q.m_start < q.m_end <= p.end:
            continue  # (the phrase must lie inside the earlier reported clause)
        q.mention, q.m_start, q.m_end = p.mention, p.m_start, p.m_end
        q.speaker, q.stype = p.speaker, p.stype
