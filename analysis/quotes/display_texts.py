"""Display texts: a colon lead-in without a speech verb that names a thing whose words
are shown, not spoken (a sign, a slogan, a banner, a taped note: resources/
display_text_nouns.txt), before a quotation gives no row ('A painted board over the
door carries the slogan the founder chose: "..."'), as a sign "reading" gives none.
"""

from __future__ import annotations

import re

from .lexicon import _lines

_DISPLAY_NOUNS = frozenset(_lines("display_text_nouns.txt"))

# a spoken display: chanting, singing or shouting a slogan is speech
_SPOKEN_RE = re.compile(r"\b(?:chant|sang|sing|shout|yell|cried|cries|cry)\w*", re.I)

_WORD_RE = re.compile(r"[A-Za-z][\w-]*")


def display_lead_in(masked, ss, cpos, cue_re=None):
    """Is masked[ss:cpos], the lead-in of a colon before a quotation, about a displayed
    text: one of the display nouns among its words, no verb of voice and no speech cue
    (``cue_re``: "He said he came up with the sign idea:" is his)?

    >>> display_lead_in("A rider had taped a handwritten note beneath it:", 0, 48)
    True
    >>> display_lead_in("Her answer was short:", 0, 20)
    False
    >>> display_lead_in("The crowd chanted the slogan:", 0, 28)
    False
    """
    lead = masked[ss:cpos]
    if not any(w.lower() in _DISPLAY_NOUNS for w in _WORD_RE.findall(lead)):
        return False
    if cue_re is not None and any(
        m.group().lower() not in _DISPLAY_NOUNS for m in cue_re.finditer(lead)
    ):
        return False  # (a display noun that is also a cue word, "note", is no cue here)
    return _SPOKEN_RE.search(lead) is None
