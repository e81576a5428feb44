"""A bare quotation right after a question answered by a gesture in the same paragraph or
the next: "Asked why, she laughed. "I'm 71. ..."" -- the quotation is the words of the
one asked (the subject after the question), its cue the gesture verb. Used by
``assemble._carried_blocks`` for quotation blocks no attribution reaches.
"""

from __future__ import annotations

import re

from .cues import Quote

# "Asked why, she laughed." / "Asked about the vote, Ann Roe smiled and shook her head."
# (bounded runs, no nested repetition: linear on hostile text)
_ASKED_GESTURE_RE = re.compile(
    r"Asked[ \t]+[^.?!\n\"“”,]{1,120},[ \t]+"
    r"(?P<np>[Hh]e|[Ss]he|[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,2})[ \t]+"
    r"(?P<verb>[a-z]+ed|(?:did[ \t]+not|didn[’']t)[ \t]+(?:hesitate|pause|blink|flinch|waver))"
    r"\b[^.?!\n\"“”]{0,80}\.[ \t]*\n?[ \t]*\n?[ \t]*\Z"
)  # (a gesture withheld answers too: "Asked what changed his mind, he did not hesitate.")


def asked_gesture_anchor(text, sents, si, at):
    """The anchor (a Quote carrying the cue and the mention) for the bare quotation at
    ``at`` (sentence ``si`` of ``sents``) when the sentence before it is "Asked ..., <she
    | he | Name> <gestured>." and nothing but a line break stands between; else None.

    >>> t = 'She would not run. Asked why, she laughed. "I am 71 and tired of it."'
    >>> sents = [(0, 18), (19, 42), (43, len(t))]
    >>> a = asked_gesture_anchor(t, sents, 2, 43)
    >>> a.mention, a.cue
    ('she', 'laughed')
    >>> asked_gesture_anchor("She left. He laughed. \\"No.\\"", [(0, 9), (10, 21), (22, 27)], 2, 22)
    """
    if si < 1 or text.find("Asked", sents[si - 1][0], at) < 0:
        return None
    ps = sents[si - 1][0]
    if at - ps > 400:
        return None
    m = _ASKED_GESTURE_RE.match(text, ps, at)
    if m is None:
        return None
    return Quote(0, 0, "direct", m.group("verb"), *m.span("verb"), m.group("np"), *m.span("np"))
