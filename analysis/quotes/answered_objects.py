"""The person answered, and nothing said: "answered him from the floor", "answered them
at the meeting". After "answer" a personal object pronoun followed by no more than a place
or time phrase (no clause word, no "that", no quotation) names whom the speaker answered,
not what was said, so the cue has no content there. This module owns that check;
``content._no_content_object`` asks it. "answered that A" and "answered him that A" keep
their rows.
"""

from __future__ import annotations

import re

# a personal object pronoun after "answer", then at most a short phrase opened by a
# preposition or a time word ("from the floor", "at the meeting on Monday", "again")
_ANSWERED_PERSON_RE = re.compile(
    r"(?:him|them|me|us|her)"
    r"(?:[ \t]+(?:(?:from|at|in|on|during|across|over|before|after|with|by|again|later"
    r"|immediately|quickly|directly|briefly|calmly|sharply)\b)"
    r"(?:[ \t]+(?!(?:that|he|she|they|it|we|I|was|were|is|are|had|has|would|will|could"
    r"|said|says)\b)[\w'’,-]+){0,7})?"
    r"[ \t]*[.!?]?[ \t]*\Z"
)


def answered_person_only(lemma: str, text: str, s0: int, e0: int) -> bool:
    """Is text[s0:e0], the content after a cue of ``lemma``, only the person "answer"
    answered, with at most a place or time phrase ("him from the floor")?

    >>> answered_person_only("answer", "him from the floor.", 0, 19)
    True
    >>> answered_person_only("answer", "him that the floor was wet.", 0, 27)
    False
    >>> answered_person_only("say", "him from the floor.", 0, 19)
    False
    """
    if lemma != "answer":
        return False
    return _ANSWERED_PERSON_RE.match(text, s0, e0) is not None
