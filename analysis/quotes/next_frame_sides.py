"""A cue's text after it that is only the next cue's own frame: "... if he
complained, a former player alleges in a lawsuit": after "complained" and its comma
come a description and the next reporting verb, so "complained" has no content after
it (``next_frame_after_comma``); the whole clause before is the next frame's content.
"""

from __future__ import annotations

import re

# a short noun phrase opened by a determiner, and nothing else, before the next cue
_DESCRIPTION_ONLY_RE = re.compile(
    r"[ \t]*(?:a|an|the|his|her|their|its)[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,4}[a-z][\w'’-]*[ \t]*"
)


# verb words that make the words before the next cue a clause, not a noun phrase
_AUXILIARIES = frozenset(
    "had has have was were is are be been will would could can may might must should did "
    "does do also not never then later".split()
)


def next_frame_after_comma(masked, frame_lo, frame_hi, post_lo, nxt, nxt_form):
    """Is the text after a frame (``frame_lo``..``frame_hi``, not inserted after a
    comma) a comma, then a determiner's noun
    phrase ending right at the next cue at ``nxt`` ("complained, a former player
    alleges")? Then that is the next cue's frame, no content of this one.

    >>> t = "if he complained, a former rookie defenceman alleges in a suit."
    >>> next_frame_after_comma(t, 3, 16, 18, t.find("alleges"), "alleges")
    True
    >>> t = "According to the office, the province had asked for it."
    >>> next_frame_after_comma(t, 0, 23, 25, t.find("asked"), "asked")
    False
    >>> t = "Instead, she said, her boss told her no."
    >>> next_frame_after_comma(t, 9, 17, 19, t.find("told"), "told")
    False
    >>> t = "Lee said the players told him."
    >>> next_frame_after_comma(t, 0, 8, 9, t.find("told"), "told")
    False
    """
    if nxt_form.endswith("ing") or masked[frame_hi:post_lo].strip() != ",":
        return False
    if masked[max(0, frame_lo - 3) : frame_lo].rstrip().endswith(","):
        return False  # "Instead, she said, her boss told her B": an inserted frame's content
    if _DESCRIPTION_ONLY_RE.fullmatch(masked, post_lo, nxt) is None:
        return False
    return _AUXILIARIES.isdisjoint(
        masked[post_lo:nxt].lower().split()
    )  # ("the province had asked")


def no_content_before_next(masked, frame_lo, frame_hi, post_lo, nxt, nxt_form):
    """Does the next cue at ``nxt`` leave a frame no content after it: an "-ing" cue
    right at the content start ('"A," Lee said, adding that B') or the next cue's own
    frame after a comma (``next_frame_after_comma``)?

    >>> t = "Lee said, adding that B."
    >>> no_content_before_next(t, 0, 8, 10, 10, "adding")
    True
    """
    if nxt == post_lo and nxt_form.endswith("ing"):
        return True
    return nxt > post_lo and next_frame_after_comma(
        masked, frame_lo, frame_hi, post_lo, nxt, nxt_form
    )
