"""The end of the content of a "who said" relative clause whose quotation closes on a
comma before the sentence's own verb ('Ann Roe, who said the plan was "sound, and
cheap," added that B'): the relative's content ends with that quotation, and "added
that B" is the next frame of the same subject, never part of the first content. This
module owns finding that end.
"""

from __future__ import annotations

import re

# the relative's cue right after ", who" ("Ann Roe, who said", ", who also said")
_WHO_BEFORE_CUE_RE = re.compile(r",[ \t]+who[ \t]+(?:also[ \t]+|had[ \t]+)?\Z")

# the main clause's speech verb right after the closing quotation mark
_MAIN_VERB_AFTER_RE = re.compile(
    r"[ \t]+(?:also[ \t]+|then[ \t]+|later[ \t]+)?"
    r"(?:added|said|told|insisted|argued|warned|noted|cautioned|conceded|acknowledged|"
    r"stressed|maintained|explained|wrote)\b"
)


def relative_quote_end(text: str, blocks, bids, cue_start: int, lo: int, e0: int) -> int:
    """End of the first quotation (block ids ``bids``) of a "who said" content that
    closes with a comma inside the marks and is followed by a speech verb, when the cue
    at ``cue_start`` follows ", who" (searched from ``lo``); -1 otherwise.

    >>> from analysis.quotes.blocks import find_blocks
    >>> t = 'Ann Roe, who said it was "fair, and fast," added that it would pass.'
    >>> b = find_blocks(t)
    >>> t[18 : relative_quote_end(t, b, [0], 13, 0, len(t) - 1)]
    'it was "fair, and fast,"'
    >>> t2 = 'Ann Roe, who said it was "fair," and left.'
    >>> relative_quote_end(t2, find_blocks(t2), [0], 13, 0, len(t2) - 1)
    -1
    """
    if _WHO_BEFORE_CUE_RE.search(text, max(lo, cue_start - 24), cue_start) is None:
        return -1
    for b in bids:
        start, end, inner_end = blocks[b][0], blocks[b][1], blocks[b][3]
        if end >= e0:
            return -1
        if text[start:inner_end].rstrip().endswith(",") and _MAIN_VERB_AFTER_RE.match(text, end):
            return end
    return -1
