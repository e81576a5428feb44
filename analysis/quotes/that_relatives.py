"""A "that" after a frame's adverbial that opens a relative clause on the adverbial's
noun, not the reported clause: "A, the chair announced late Tuesday after a meeting
that ran past midnight" (``that_opens_relative``). The content is then before the
frame, and "ran past midnight" is no speech.
"""

from __future__ import annotations

import re

from .lexicon import _IRREGULAR_PAST

# up to eight words holding a preposition, a lower-case noun, then "that" and (after
# at most one adverb) a finite verb: no subject between "that" and the verb
_ADVERBIAL_THAT_RE = re.compile(
    r"(?:[^\s\x01.;:,]+[ \t]+){0,4}?(?:after|during|at|following|before|in|on|from)[ \t]+"
    r"(?:[^\s\x01.;:,]+[ \t]+){0,3}?(?P<noun>[a-z][a-z-]+)[ \t]+that[ \t]+"
    r"(?:(?P<adv>[a-z]+ly|twice|once|also|still|never|only|already|just)[ \t]+)?"
    r"(?P<verb>[a-z]+)\b"
)

_FINITE_WORDS = frozenset(
    "had has have was were is are will would could can may might must should did does".split()
)


def that_opens_relative(masked, s0, e0):
    """Is the text at ``s0`` (the start of a frame's content after the cue) an
    adverbial whose noun takes a "that" relative clause right away ("late Tuesday after
    a meeting that twice had to be paused")?

    >>> t = "late Tuesday after a meeting that twice had to be paused."
    >>> that_opens_relative(t, 0, len(t))
    True
    >>> t = "after the meeting that the novels would stay."
    >>> that_opens_relative(t, 0, len(t))
    False
    """
    if masked.find("that", s0, min(e0, s0 + 120)) < 0:
        return False  # (the cheap test first)
    m = _ADVERBIAL_THAT_RE.match(masked, s0, e0)
    if m is None or m.group("noun") in ("said", "say", "says", "told", "that"):
        return False
    verb = m.group("verb")
    return (
        verb in _FINITE_WORDS or verb in _IRREGULAR_PAST or (verb.endswith("ed") and len(verb) > 4)
    )
