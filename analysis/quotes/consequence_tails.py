"""What follows a frame's listener or place when a participle of consequence opens the
text after its comma ("A, the board told parents in a letter Friday, leaving 11 children
without a bus"): this module owns reading that participle as the writer's account of
what followed the news, no content, so the content is A, as after "A, the board said,
leaving B" (``additions._content_participle`` and resources/consequence_participles.txt).
"""

from __future__ import annotations

import re

from .lexicon import _lines

# after the cue: a listener and adverbials (no clause of their own), the comma, then a
# participle of consequence and a word
_TAIL_RE = re.compile(
    r"[ \t]+(?P<gap>[\w'’ \t.-]{1,60}?),[ \t]*(?:"
    + "|".join(_lines("consequence_participles.txt"))
    + r")[ \t]+\w"
)
_GAP_CLAUSE_RE = re.compile(r"\b(?:that|is|are|was|were|will|would|has|have|had)\b")


def consequence_after_listener(after: str) -> bool:
    """Is the text ``after`` a cue a listener or a place closed by a comma, then a
    participle of consequence (" parents in a letter Friday, leaving ...")?

    >>> consequence_after_listener(" parents in a letter Friday, leaving 11 children home")
    True
    >>> consequence_after_listener(" parents that it was safe, leaving 11 children home")
    False
    >>> consequence_after_listener(" parents in a letter, the buses would stop")
    False
    """
    m = _TAIL_RE.match(after)
    return m is not None and _GAP_CLAUSE_RE.search(m.group("gap")) is None
