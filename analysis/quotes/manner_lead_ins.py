"""A bare quotation opened by a short manner or time lead-in with no verb: '"A," she
says, laughing. Then, more quietly: "B."' -- the lead-in ("Then, more quietly:", "Then,
after a pause,", "Finally:", a lone manner adverb "Quietly:", a gesture "Then, turning to
the gallery:") makes no statement of its own, so the quotation is still the whole
sentence for ``assemble._carried_blocks``, which gives it to the speaker quoted just
before (as a bare '"B."' after '"A," she said.'); a lone adverb before a colon is no
colon-frame speaker either (``manner_adverb_label``).
"""

from __future__ import annotations

import re

from .frames import _MASKED_HAS_W_RE
from .lexicon import lexicon, manner_participles

# "Then, more quietly:", "And then, after a pause,", "Finally:" (bounded
# runs, no nested repetition: linear on hostile text)
_MANNER_LEAD_IN_RE = re.compile(
    r"[ \t]*(?:"
    r"(?:And[ \t]+)?(?:[Tt]hen|Later|Finally|Afterward|Afterwards)"
    r"(?:,?[ \t]+(?:(?:more|very|almost)[ \t]+)?[a-z]{2,20}ly"
    r"|,?[ \t]+after[ \t]+a[ \t]+(?:long[ \t]+|short[ \t]+)?(?:pause|moment|silence))?"
    r"[ \t]*[:,]"
    r")[ \t]*\Z"
)

# a lone manner adverb: "Quietly:", "More quietly,", "Very softly:" (a given name in -ly,
# "Kelly:", "Emily:", is no adverb: checked by ``_manner_adverb``)
_MANNER_ADVERB_LEAD_RE = re.compile(
    r"[ \t]*(?:(?:More|Very|Almost|Much)[ \t]+[a-z]{2,20}ly|(?P<adv>[A-Z][a-z]{2,20}ly))"
    r"[ \t]*[:,][ \t]*\Z"
)


# a participle of gesture and where it points, no verb of its own: "Then, turning to the
# gallery:", "Looking at her husband:" (the participle from ``manner_participles``)
_GESTURE_LEAD_IN_RE = re.compile(
    r"[ \t]*(?:(?:And[ \t]+)?(?:[Tt]hen|Later|Finally),?[ \t]+)?(?P<part>[A-Za-z]{3,20}ing)[ \t]+"
    r"(?:to|at|toward|towards|into|across)[ \t]+(?:the|her|his|their|a|an)[ \t]+"
    r"(?:[a-z]{1,20}[ \t]+){0,2}?[a-z]{1,20}[ \t]*[:,][ \t]*\Z"
)


def _gesture_lead_in(masked, ss, at):
    """Is masked[ss:at] only a gesture lead-in ("Then, turning to the gallery:")?

    >>> _gesture_lead_in("Then, turning to the gallery: ", 0, 30)
    True
    >>> _gesture_lead_in("Then, voting for the motion: ", 0, 29)
    False
    """
    m = _GESTURE_LEAD_IN_RE.match(masked, ss, at)
    return m is not None and m.group("part").lower() in manner_participles()


def _manner_adverb(m):
    """Is the match ``m`` of ``_MANNER_ADVERB_LEAD_RE`` an adverb, not a given name?"""
    adv = m.group("adv")
    return adv is None or adv.lower() not in lexicon().gender and adv != "Italy"


def manner_adverb_label(label):
    """Is a colon frame's ``label`` only a manner adverb ("Quietly"), no speaker?

    >>> manner_adverb_label("Quietly"), manner_adverb_label("Kelly")
    (True, False)
    """
    m = _MANNER_ADVERB_LEAD_RE.match(label + ":")
    return m is not None and _manner_adverb(m)


def manner_lead_in(masked, ss, at, se, block_end):
    """Is the sentence ``ss``..``se`` of the masked text only a manner / time lead-in
    (``ss``..``at``) and the quotation block starting at ``at`` and ending at
    ``block_end``?

    >>> t = 'Then, more quietly: \\x01\\x01\\x01'
    >>> manner_lead_in(t, 0, 20, len(t), len(t))
    True
    >>> t = 'Then she left: \\x01\\x01\\x01'
    >>> manner_lead_in(t, 0, 15, len(t), len(t))
    False
    """
    if at - ss > 48:
        return False
    if _MANNER_LEAD_IN_RE.match(masked, ss, at) is None and not _gesture_lead_in(masked, ss, at):
        m = _MANNER_ADVERB_LEAD_RE.match(masked, ss, at)
        if m is None or not _manner_adverb(m):
            return False
    return block_end >= se or _MASKED_HAS_W_RE.match(masked, block_end, se) is None
