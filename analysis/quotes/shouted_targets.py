"""Shouting at someone is an act, not a report: this module owns the guard that reads
"The coach shouted at the players for several minutes" / "Fans yelled at the referee" as
a verb aimed at a target (no frame, no content "at the players ...") and lets the
clause of an earlier frame run through it ("According to two parents, the coach shouted
at the players and kicked a can": the parents' report). A shout with words of its own
stays a frame: a quotation or a colon in the sentence ('"Get out," the coach shouted at
the players.', 'He shouted at them: "..."') or a "that" clause after the target
("shouted at the referee that the goal was offside").
"""

from __future__ import annotations

import bisect
import re

# the forms of the shouting cues ("shout", "yell" in reporting_verbs.txt)
_SHOUT_FORMS = frozenset("shout shouts shouted shouting yell yells yelled yelling".split())

# "at" right after the cue: the target of the shout
_AT_RE = re.compile(r"[ \t]+at[ \t]")

# words of its own in the sentence: a quotation (masked or short), a colon or a "that"
_OWN_WORDS_RE = re.compile(r"[\x01\"“”:]|\bthat\b")


def shouted_at_target(masked: str, ss: int, cs: int, ce: int, se: int) -> bool:
    """Is the cue masked[cs:ce] a shout at a target ("shouted at the players") in a
    sentence masked[ss:se] with no quotation, colon or "that" clause: no speech?

    >>> t = "The coach shouted at the players for several minutes."
    >>> shouted_at_target(t, 0, 10, 17, len(t))
    True
    >>> t = "The coach shouted at the players that they were lazy."
    >>> shouted_at_target(t, 0, 10, 17, len(t))
    False
    >>> t = "The coach shouted to the players to run."
    >>> shouted_at_target(t, 0, 10, 17, len(t))
    False
    """
    if masked[cs:ce].lower() not in _SHOUT_FORMS or _AT_RE.match(masked, ce, se) is None:
        return False
    if _OWN_WORDS_RE.search(masked, ce, se) is not None:
        return False
    return not any(ch in masked[ss:cs] for ch in '\x01"“”')


def without_shouts_at(doc, cue_matches):
    """``cue_matches`` (start, end, text, is "according to") without the shouts at a
    target (``shouted_at_target`` in their sentence of ``doc``): no frame of their own,
    and no cue that would end an earlier frame's content; the same list when there is
    none (only shout forms are looked at)."""
    drop = set()
    for i, cm in enumerate(cue_matches):
        if cm[2].lower() in _SHOUT_FORMS:
            si = bisect.bisect_right(doc.sent_starts, cm[0]) - 1
            if si >= 0 and shouted_at_target(
                doc.masked, *doc.sents[si][:1], cm[0], cm[1], doc.sents[si][1]
            ):
                drop.add(i)
    return [cm for i, cm in enumerate(cue_matches) if i not in drop] if drop else cue_matches
