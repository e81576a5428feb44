"""A frame set off inside its content whose cue is followed by a listener or a place
before its closing comma and a subordinate clause ("A, she told the council, because
B"; "A, the group said in a letter to the minister, because B"). The plain insertion
check (``additions._add_parenthetical``) knows only days and "in a statement" after the
cue; this module owns finding the comma that closes such a longer frame, so that the
frame reads as the short one ("A, she said, because B") does.
"""

from __future__ import annotations

import re

# words that make the phrase after the cue a clause of its own, not a listener or place
_NOT_PHRASE = (
    r"(?:that|it|he|she|they|we|I|you|is|are|was|were|be|been|has|have|had|will|would|can"
    r"|could|should|may|might|must|did|does|do|not|said|says|told|because|since|as|and|but"
    r"|or|if|when|while|although|though)\b"
)

# after the cue (and a day): a short verbless phrase led by a preposition or a
# determiner ("the council", "to the minister", "in a letter to the minister", "at the
# meeting on Tuesday"), then the comma and a subordinator opening the rest
_LISTENER_TAIL_RE = re.compile(
    r"(?:[ \t]+(?:on[ \t]+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
    r"[ \t]+(?:(?:to|at|in|during|before|on|with)[ \t]+)?"
    r"(?:the|a|an|his|her|its|their|them|him|us|reporters|journalists|[A-Z][\w'’-]*)\b"
    r"(?:[ \t]+(?!" + _NOT_PHRASE + r")[\w'’-]+){0,8}?"
    r"(?=,[ \t]+(?:because|since|as|although|though|even[ \t]+though|while)[ \t])"
)


def listener_tail_end(masked: str, frame_hi: int, hi: int) -> int | None:
    """Where the comma closing a frame with a listener or a place after its cue
    stands, when a subordinate clause follows that comma; None otherwise.

    >>> t = "A, she told the council, because B."
    >>> listener_tail_end(t, t.index(" the"), len(t))
    23
    >>> listener_tail_end("A, she told them it was, because B.", 11, 35) is None
    True
    """
    if ", " not in masked[frame_hi : min(hi, frame_hi + 120)]:
        return None
    m = _LISTENER_TAIL_RE.match(masked, frame_hi, hi)
    return m.end() if m is not None else None
