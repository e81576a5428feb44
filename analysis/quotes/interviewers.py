"""The interviewer of a question-and-answer interview and the anonymous interviewee a
lead-in describes: a name written right after "reporter" / "correspondent" /
"interviewer" / "columnist" in the text before the first question asks the questions,
so it is never the "A:" speaker ("agreed to speak to reporter Ann Roe on the condition
that her name not be used"); when such a lead-in names nobody else, the answers belong
to the description opening it ("The former student, now ...,": "the former student").
``transcripts._interviewee`` asks this module; it owns only these two readings."""

from __future__ import annotations

import re

_INTERVIEWER_NOUN_RE = re.compile(
    r"(?<![\w-])(?:reporter|correspondent|interviewer|columnist)[ \t]+\Z", re.IGNORECASE
)
# "The former student, now ..., agreed to speak": up to four lower-case words after the
# article, closed by a comma or a verb of talking; bounded repetition only
_LEAD_IN_DESCRIBED_RE = re.compile(
    r"(?:The|A|An)[ \t]+((?:[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*)"
    r"(?=,|[ \t]+(?:agreed|spoke|talked|answered|sat|took)\b)"
)


def interviewer_before(intro: str, start: int) -> bool:
    """Is the name at ``start`` written right after an interviewer noun?

    >>> interviewer_before("He spoke to reporter Ann Roe.", 21)
    True
    >>> interviewer_before("He spoke to Ann Roe.", 12)
    False
    """
    return _INTERVIEWER_NOUN_RE.search(intro, max(0, start - 16), start) is not None


def lead_in_described(intro: str) -> str | None:
    """The description opening the interview's lead-in (the last paragraph of
    ``intro``) when that paragraph names an interviewer ("The former student ... agreed
    to speak to reporter Ann Roe ..."), as written with "the"; else None.

    >>> lead_in_described("X.\\n\\nThe former student, now a nurse, agreed to speak to reporter Ann Roe.")
    'the former student'
    >>> lead_in_described("X.\\n\\nThe former student agreed to speak to us.") is None
    True
    """
    last = intro.rstrip().rsplit("\n", 1)[-1]
    if len(last) > 400 or not any(
        interviewer_before(last, m.start()) for m in re.finditer(r"(?<= )[A-Z]", last)
    ):
        return None
    m = _LEAD_IN_DESCRIBED_RE.match(last)
    return "the " + m.group(1) if m else None
