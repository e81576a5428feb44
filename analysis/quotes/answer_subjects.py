"""The subject of a colon frame that opens with a possessed answer noun (w139).

This module owns one shape of the colon frame: a sentence that opens with a possessive and
an answer noun and goes on with what was asked ("Her answer to whether the jobs would last:
"..."", "Her husband's reply when asked about the fees:", "The mayor's response on B:"; a
name's possessive, "Roe's answer to ...:", keeps the older reading). The answer's possessor is the speaker,
so the subject of the colon frame is the opening noun phrase ("Her answer"), not the
subject of the question's clause ("the jobs"). ``formats.colon_subject`` asks it first;
coref then reads "Her answer" as "she" (``descriptions.answer_pronoun``).
"""

from __future__ import annotations

import re

# "Her answer to whether A:", "His reply when asked about B:", "The mayor's response on C:"
_ANSWER_LEAD_RE = re.compile(
    r"[ \t]*(?P<np>(?:(?:[Hh]er|[Hh]is|[Tt]heir)(?:[ \t]+[a-z][\w-]*['’]s)?|[Tt]he[ \t]+[a-z][\w-]*['’]s)"
    r"[ \t]+(?:answer|reply|response|retort))[ \t]+(?:to|when|on|about)\b"
)


def answer_subject(masked: str, ss: int, cpos: int):
    """(start, end) of "<possessive> <answer noun>" opening the sentence at ``ss`` when a
    question follows it ("to whether", "when asked") before the colon at ``cpos``; None
    otherwise.

    >>> t = "Her answer to whether the jobs would last:"
    >>> s, e = answer_subject(t, 0, len(t) - 1)
    >>> t[s:e]
    'Her answer'
    >>> answer_subject("The answer to that is simple:", 0, 28) is None
    True
    >>> t = "Her husband's reply when asked:"
    >>> t[slice(*answer_subject(t, 0, len(t) - 1))]
    "Her husband's reply"
    """
    m = _ANSWER_LEAD_RE.match(masked, ss, cpos)
    return None if m is None else m.span("np")
