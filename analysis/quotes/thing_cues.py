"""Cues whose object or subject is a thing, not speech: a story of a deed told ("She
told the story of selling her first canvas to a couple from Maine": the tale is the
verb's object, no reported clause) and a display that "says" its words ("the sign at the door
says Closed in both languages": a sign shows words, nobody speaks them; the written
set's guidelines give signs no row). This module owns both checks, asked by
``clauses._cue_speaker`` with the other non-speech guards before a cue's speaker is
read.
"""

from __future__ import annotations

from .display_texts import _PLACE_PREPS, _READ_DISPLAYS

# the things a "tell" cue tells when a story's "of" / "about" follows them
_TOLD_HEADS = frozenset("story stories tale tales anecdote anecdotes joke jokes".split())
_THING_DETS = frozenset("the a an his her their its our one another this that".split())


def told_story_of(c) -> bool:
    """Is the "tell" cue ``c`` followed by a story of a deed, a gerund ("told the story
    of selling her first canvas", "tells stories of growing up on the wharf"), no
    clause? (PolNeAR annotates "told the story of an older supporter who ...", "told a
    tale of two parties", "tells one joke about Trump" as attributions: those stay.)

    >>> from types import SimpleNamespace as N
    >>> ws = "She told the story of selling her first canvas".split()
    >>> told_story_of(N(lemma="tell", toks=[(0, 0, w) for w in ws], kend=2))
    True
    >>> ws = "She told the story of how she sold her first canvas".split()
    >>> told_story_of(N(lemma="tell", toks=[(0, 0, w) for w in ws], kend=2))
    False
    """
    if c.lemma != "tell":
        return False
    toks, j = c.toks, c.kend
    if j < len(toks) and toks[j][2].lower() in _THING_DETS:
        j += 1
    if j + 2 >= len(toks) or toks[j][2].lower() not in _TOLD_HEADS:
        return False
    nxt = toks[j + 2][2]
    return toks[j + 1][2] == "of" and nxt.islower() and nxt.endswith("ing") and len(nxt) > 4


def display_says(c) -> bool:
    """Is the subject of the "say" cue ``c`` a display, its clause opening with a
    determiner, at most three lower-case modifiers and a display noun (a sign, a banner,
    a placard: display_text_nouns.txt), perhaps placed by a prepositional phrase ("the
    sign at the entrance to the lot says", "A hand-painted banner says")?  A person
    holding one ("the man holding the sign says") is no display.

    >>> from types import SimpleNamespace as N
    >>> ws = "Today , the sign at the door says Closed".split()
    >>> display_says(N(lemma="say", toks=[(i, i, w) for i, w in enumerate(ws)], k=6, ss=0))
    True
    >>> ws = "Today , the man holding the sign says he will stay".split()
    >>> display_says(N(lemma="say", toks=[(i, i, w) for i, w in enumerate(ws)], k=7, ss=0))
    False
    """
    if c.lemma != "say":
        return False
    toks, k = c.toks, c.k
    lo = k
    while lo > 0 and k - lo < 12 and toks[lo - 1][0] >= c.ss and toks[lo - 1][2] not in ",;:—–(":
        lo -= 1
    words = [t[2] for t in toks[lo:k]]
    for p in range(1, min(5, len(words))):
        if words[p].lower() not in _READ_DISPLAYS:
            continue
        mods, after = words[1:p], words[p + 1 :]
        return (
            words[0].lower() in _THING_DETS
            and all(w.islower() and not w.endswith("ing") and w not in _PLACE_PREPS for w in mods)
            and (not after or after[0] in _PLACE_PREPS or after[0] in ("to", "of"))
            and not any(w in ("that", "which", "who", "where") for w in after)
        )
    return False
