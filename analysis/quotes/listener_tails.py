"""A frame set off inside its content whose cue is followed by a listener or a place
before its closing comma and a subordinate clause ("A, she told the council, because
B"; "A, the group said in a letter to the minister, because B"; "A, she told council
Monday night, and B"). The plain insertion
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

# a listener with no determiner ("told council Monday night, and B")
_BARE_AUDIENCES = (
    r"council|parliament|police|lawmakers|legislators|councillors|delegates|members"
    r"|residents|parents|students|staff|employees|workers|investors|shareholders|supporters"
)

# after the cue (and a day): a short verbless phrase led by a preposition or a
# determiner ("the council", "to the minister", "in a letter to the minister", "at the
# meeting on Tuesday"), then the comma and a subordinator opening the rest
_LISTENER_TAIL_RE = re.compile(
    r"(?:[ \t]+(?:on[ \t]+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
    r"[ \t]+(?:(?:to|at|in|during|before|on|with)[ \t]+)?"
    r"(?:the|a|an|his|her|its|their|them|him|us|reporters|journalists|"
    + _BARE_AUDIENCES
    + r"|[A-Z][\w'’-]*)\b"
    r"(?:[ \t]+(?!" + _NOT_PHRASE + r")[\w'’-]+){0,8}?"
    r"(?=,[ \t]+(?:because|since|as|although|though|even[ \t]+though|while|(and|but))[ \t])"
)

# a "tell" cue right before the frame's end: only its listener may close before ", and B"
# ("A, she told council Monday night, and B"; not "A, who added a second title, and B")
_TELL_END_RE = re.compile(r"\b(?:told|tells|tell|telling)\Z")


def listener_tail_end(masked: str, frame_hi: int, hi: int) -> int | None:
    """Where the comma closing a frame with a listener or a place after its cue
    stands, when a subordinate clause follows that comma (or, after the listener of
    "tell", a clause opened by "and" / "but"); None otherwise.

    >>> t = "A, she told the council, because B."
    >>> listener_tail_end(t, t.index(" the"), len(t))
    23
    >>> listener_tail_end("A, she told them it was, because B.", 11, 35) is None
    True
    >>> t = "A, she told council Monday night, and B."
    >>> listener_tail_end(t, t.index(" council"), len(t))
    32
    >>> t = "A, who added a second title, and B."
    >>> listener_tail_end(t, t.index(" a second"), len(t)) is None
    True
    """
    if ", " not in masked[frame_hi : min(hi, frame_hi + 120)]:
        return None
    m = _LISTENER_TAIL_RE.match(masked, frame_hi, hi)
    if m is None:
        return None
    if m.group(1) and _TELL_END_RE.search(masked, max(0, frame_hi - 8), frame_hi) is None:
        return None  # (", and B" only after the listener of "tell")
    return m.end()
