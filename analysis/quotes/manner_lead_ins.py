"""A bare quotation opened by a short manner or time lead-in with no verb: '"A," she
says, laughing. Then, more quietly: "B."' -- the lead-in ("Then, more quietly:", "Then,
after a pause,", "Finally:") makes no statement of its own, so the quotation is still the
whole sentence for ``assemble._carried_blocks``, which gives it to the speaker quoted just
before (as a bare '"B."' after '"A," she said.').
"""

from __future__ import annotations

import re

from .frames import _MASKED_HAS_W_RE

# "Then, more quietly:", "And then, after a pause,", "Finally:" (bounded
# runs, no nested repetition: linear on hostile text)
_MANNER_LEAD_IN_RE = re.compile(
    r"[ \t]*(?:"
    r"(?:And[ \t]+)?(?:[Tt]hen|Later|Finally|Afterward|Afterwards)"
    r"(?:,?[ \t]+(?:(?:more|very|almost)[ \t]+)?[a-z]{2,20}ly"
    r"|,?[ \t]+after[ \t]+a[ \t]+(?:long[ \t]+|short[ \t]+)?(?:pause|moment|silence))?"
    r"[ \t]*[:,]"
    r")[ \t]*\Z"
)


def manner_lead_in(masked, ss, at, se, block_end):
    """Is the sentence ``ss``..``se`` of the masked text only a manner / time lead-in
    (``ss``..``at``) and the quotation block starting at ``at`` and ending at
    ``block_end``?

    >>> t = 'Then, more quietly: \\x01\\x01\\x01'
    >>> manner_lead_in(t, 0, 20, len(t), len(t))
    True
    >>> t = 'Then she left: \\x01\\x01\\x01'
    >>> manner_lead_in(t, 0, 15, len(t), len(t))
    False
    """
    if at - ss > 48 or _MANNER_LEAD_IN_RE.match(masked, ss, at) is None:
        return False
    return block_end >= se or _MASKED_HAS_W_RE.match(masked, block_end, se) is None
