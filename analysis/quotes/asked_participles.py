"""An "asked by <listener>" participle set off by commas after its subject ("Ann Roe,
asked by reporters whether the strike would end, sighed ..."): the participle
describes the subject, so the listener's question ends at the participle's closing
comma (what follows is the subject's own clause), and a topic only ("asked by
reporters about the strike,") is no question of the listener at all. With no agent
("Ann Roe, asked afterward what she would do, paused") the participle is no cue at all
(``nonspeech._comma_passive``), as "when asked" is none.
"""

from __future__ import annotations

import re

# the participle's closing comma then a lower-case word: the subject's own verb
# ("..., sighed that", "..., smiled and said nothing")
_CLOSING_COMMA_RE = re.compile(r",[ \t]+(?=[a-z])")

# a topic, not a question: "about the strike", "on the budget"
_TOPIC_RE = re.compile(r"[ \t]*(?:about|on|over|regarding)\b")


def apposed_asked_post(masked, cs, ce, post):
    """The side ``post`` (start, end) of an "asked by" frame whose cue spans
    ``cs``..``ce``, cut at the participle's closing comma when the participle follows a
    comma; None when the participle holds only a topic ("about X"); ``post`` when the
    cue is no apposed participle.

    >>> t = "Ann Roe, asked by reporters whether it would end, sighed that talks were slow."
    >>> cs = t.index("asked")
    >>> lo = t.index("whether")
    >>> post = apposed_asked_post(t, cs, cs + 5, (lo, len(t) - 1))
    >>> t[post[0] : post[1]]
    'whether it would end'
    >>> t = "Ann Roe, asked by reporters about the strike, sighed that talks were slow."
    >>> apposed_asked_post(t, t.index("asked"), t.index("asked") + 5, (t.index("about"), len(t) - 1))
    """
    lo, hi = post
    if masked[max(0, cs - 2) : cs] != ", ":
        return post
    m = _CLOSING_COMMA_RE.search(masked, lo, hi)
    if m is None:
        return post
    if _TOPIC_RE.match(masked, lo, m.start()) is not None:
        return None
    return lo, m.start()
