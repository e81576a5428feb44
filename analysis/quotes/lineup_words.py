"""The one-word modifiers a curling line-up position takes as a speaker ("the veteran
third", "the rookie second", "the 19-year-old lead"), for the left noun phrase reader
(np_left), which cannot read "veteran third" as a noun phrase ("third" is a numeric
word there); lineup_positions resolves such a speaker to the player's name.
"""

from __future__ import annotations

import re

# the modifiers of lineup_positions._LINEUP_MODIFIED_RE
_LINEUP_MODIFIER_RE = re.compile(r"(?:rookie|veteran|young|teenage|longtime|[0-9]{1,2}-year-old)")


def lineup_modifier(word):
    """Is ``word`` a modifier a line-up position takes ("the veteran third")?

    >>> lineup_modifier("veteran"), lineup_modifier("19-year-old"), lineup_modifier("first")
    (True, True, False)
    """
    return _LINEUP_MODIFIER_RE.fullmatch(word) is not None
