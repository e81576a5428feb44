"""A report inside a relative clause set off by commas within a reported clause: in
"Ann Roe said the audit, which the ministry reported in May, found no fraud" (or
"..., whom her lawyer told about the deal, had quit") the relative clause, whose
pronoun is the nested cue's object, is part of Roe's content, which goes on past its
closing comma; the nested cue is no frame that ends Roe's content. This module owns
telling such a relative clause from a new frame later in the sentence.
"""

from __future__ import annotations

import re

from .lexicon import _IRREGULAR_PAST, _NOUN_LIKE_PAST

# the text between the reported clause and the nested cue: ", which|whom|who" and
# one to four words of the relative's own subject ("the ministry", "her lawyer"), no
# comma: the relative pronoun is the cue's object, so the nested cue has no content
# of its own (", who suggested A," is a statement PolNeAR counts: not this rule's)
_NESTED_RELATIVE_OPEN_RE = re.compile(
    r",[ \t]+(?:which|whom|who)[ \t]+(?!(?:also|later|first|then|never|had|has|have|was|is)\b)"
    r"[\w'’.-]+(?:[ \t]+[\w'’.-]+){0,3}?[ \t]*\Z"
)


# the comma that closes the relative clause and the reported clause's own verb after
# it ("..., found no fraud", "..., had quit", "..., would not say")
_NESTED_RELATIVE_CLOSE_RE = re.compile(r",[ \t]+(?:(?:also|still|never|not|then)[ \t]+)?([a-z]+)\b")

_NESTED_RELATIVE_AUX = frozenset(
    "is was were are has had have will would can could did does should must may might".split()
)


def nested_relative_report(masked, seg, cut, nxt, se, reach=160):
    """Is the cue at ``nxt`` the verb of a relative clause opened at ``seg[cut:]`` (a
    comma, "which"/"whom"/"who" and the relative's subject) that closes with a comma before the reported
    clause's own finite verb, within ``reach`` characters of the cue (its first comma)?

    >>> t = "Lee said the audit, which the ministry reported in May, found no fraud."
    >>> seg = t[9 : t.index("reported")]
    >>> nested_relative_report(t, seg, seg.index(","), t.index("reported"), len(t))
    True
    >>> t = "Lee said the mayor, who told him the plan would fail, had quit."
    >>> seg = t[9 : t.index("told")]
    >>> nested_relative_report(t, seg, seg.index(","), t.index("told"), len(t))
    False
    """
    if _NESTED_RELATIVE_OPEN_RE.match(seg, cut) is None:
        return False
    hi = min(se, nxt + reach)
    k = masked.find(",", nxt, hi)  # (the relative clause closes at its first comma)
    m = _NESTED_RELATIVE_CLOSE_RE.match(masked, k, hi) if k >= 0 else None
    if m is None or ";" in masked[nxt:k] or "\x01" in masked[nxt:k]:
        return False
    w = m.group(1)
    return (
        w in _NESTED_RELATIVE_AUX
        or w in _IRREGULAR_PAST
        or w in _NOUN_LIKE_PAST  # (a verb right after the closing comma)
        or (len(w) > 4 and w.endswith("ed"))
    )
