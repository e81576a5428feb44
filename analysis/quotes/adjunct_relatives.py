"""Relative clauses inside the adverbial after a frame: in "said at a meeting that ran
late that A" the first "that" opens a relative clause of "meeting" (a verb follows it
at once), and the content starts after the next "that" ("A"), past a result clause
when that "that" ends one ("a meeting that ran so long that two left, that A" -> "A").
This module owns moving the content start past such a relative clause.
"""

from __future__ import annotations

import re

from .lexicon import _IRREGULAR_PAST

# the word right after the adverbial's "that"
_ADJ_REL_WORD_RE = re.compile(r"[ \t]*([a-z]+)\b")

# a lazy run of up to eight words ending in the next "that" (no sentence or quotation
# boundary in between)
_ADJ_REL_THAT_RE = re.compile(r"(?:[^\s\x01.;:]+[ \t]+){1,8}?that,?[ \t]+")

# "so <adjective> that" / "such (a) ... that": a result clause, not the content
_ADJ_RESULT_END_RE = re.compile(
    r"\b(?:so[ \t]+[a-z]+|such[ \t]+(?:an?[ \t]+)?(?:[a-z]+[ \t]+){0,2}?[a-z]+)[ \t]+that,?[ \t]+\Z"
)

# finite forms that open a relative clause on a subject ("a meeting that was held")
_ADJ_REL_FINITE = frozenset(("was", "were", "is", "are", "has", "had", "went", "lasted"))


def adjunct_relative_end(masked, pos, se):
    """The content start when ``pos`` (the end of the adverbials skipped after a frame)
    is just past a "that" ending them: past the relative clause that a verb right after it opens, when another
    "that" follows within eight words; ``pos`` otherwise.

    >>> t = "said at a meeting that ran late that taxes rise."
    >>> t[adjunct_relative_end(t, 22, len(t)) :]
    'taxes rise.'
    >>> t = "said at a meeting that ran so long that two left, that taxes rise."
    >>> t[adjunct_relative_end(t, 22, len(t)) :]
    'taxes rise.'
    >>> adjunct_relative_end("said at a meeting that taxes rise.", 22, 34)
    22
    """
    if not masked[max(0, pos - 6) : pos].rstrip(" \t,").endswith("that"):
        return pos  # (the adverbial skip ended in no "that")
    m = _ADJ_REL_WORD_RE.match(masked, pos, se)
    if m is None:
        return pos
    w = m.group(1)
    if not (w in _IRREGULAR_PAST or w in _ADJ_REL_FINITE or (len(w) > 4 and w.endswith("ed"))):
        return pos
    th = _ADJ_REL_THAT_RE.match(masked, m.start(1), se)
    if th is None:
        return pos
    if _ADJ_RESULT_END_RE.search(masked, max(pos, th.end() - 60), th.end()) is not None:
        j = masked.find(", that ", th.end(), se)
        return th.end() if j < 0 else j + 7
    return th.end()
