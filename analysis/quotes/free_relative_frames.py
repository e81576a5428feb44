"""Free relatives inside a reported clause: in "Tom Vale dismissed her assertion that
every load went where the permit said it should go, saying B" the "where the permit said
it should go" is part of what she asserted (a place described by what the permit said),
not a statement of the permit's. This module owns the guard that makes such a frame
("where / wherever NP said ..." with no comma before "where" and no "that" after the cue,
after an earlier reporting cue or a speech noun with "that" in the same sentence, no ";"
or quotation between) no frame: no row, and not the last speaker a later "saying B"
would borrow. The outer statement
then keeps the whole clause, as a verb frame already did. It also owns the concessive
"whatever NP says" / "no matter what NP says" (w139): no frame, the clause stays with the
statement around it.
"""

from __future__ import annotations

import re

# the wh-word of a free relative right before the inner frame's speaker, no comma before it
# (", where she also promised to B" is a relative on a place: her statement)
_WH_BEFORE_RE = re.compile(r"(?<![,;:])[ \t]+(?:where|wherever)[ \t]+\Z")

# a concessive free relative before the frame's speaker ("..., whatever the paperwork says";
# "no matter what the board says, ..."): what NP says is not given, no report of it (w139)
_CONCESSIVE_BEFORE_RE = re.compile(
    r"(?:^|[ \t,;(])(?:[Ww]hatever|[Nn]o[ \t]+matter[ \t]+what)[ \t]+\Z"
)

# "that" after the inner cue: a reported clause of its own ("where Lee said that B")
_THAT_AFTER_RE = re.compile(r"[ \t]+that\b")


def free_relative_frame(masked, c, m_start, cue_matches, ci, noun_that_re) -> bool:
    """Is the frame of cue ``c`` (speaker starting at ``m_start``, before the cue) the
    verb of a free relative inside another statement's reported clause: "where" right
    before the speaker (no comma before it, no "that" after the cue) and, between the
    sentence start and it, an earlier cue of ``cue_matches`` (the cue is
    ``cue_matches[ci]``) or a speech noun with "that" (``noun_that_re``), with no ";"
    and no quotation between?

    >>> import re
    >>> from types import SimpleNamespace as N
    >>> nouns = re.compile(r"\\b(?:claim|assertion)[ \\t]+that\\b")
    >>> t = "Vale dismissed her assertion that loads went where the permit said they should go."
    >>> c = N(ss=0, cs=t.index("said"), ce=t.index("said") + 4)
    >>> free_relative_frame(t, c, t.index("the permit"), [(c.cs, 0, "said", False)], 0, nouns)
    True
    >>> t = "The babies are from Elm Creek, whatever the paperwork says."
    >>> c = N(ss=0, cs=t.index("says"), ce=t.index("says") + 4)
    >>> free_relative_frame(t, c, t.index("the paperwork"), [(c.cs, 0, "says", False)], 0, nouns)
    True
    >>> t = "The loads went where the permit said they should go."
    >>> c = N(ss=0, cs=t.index("said"), ce=t.index("said") + 4)
    >>> free_relative_frame(t, c, t.index("the permit"), [(c.cs, 0, "said", False)], 0, nouns)
    False
    """
    if not c.ss < m_start < c.cs or _THAT_AFTER_RE.match(masked, c.ce) is not None:
        return False
    if _CONCESSIVE_BEFORE_RE.search(masked, max(0, m_start - 16), m_start) is not None:
        return True  # "A, whatever the paperwork says": a concessive, no report (w139)
    wh = _WH_BEFORE_RE.search(masked, max(c.ss, m_start - 12), m_start)
    if wh is None:
        return False
    lo = cue_matches[ci - 1][0] if ci > 0 and c.ss <= cue_matches[ci - 1][0] < wh.start() else -1
    if lo < 0:
        starts = [m.start() for m in noun_that_re.finditer(masked, c.ss, wh.start())]
        if not starts:
            return False
        lo = starts[-1]  # (the last speech noun with "that" before the wh-word)
    between = masked[lo : wh.start()]
    return ";" not in between and "\x01" not in between
