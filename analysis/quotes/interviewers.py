"""The interviewer of a question-and-answer interview and the anonymous interviewee a
lead-in describes: a name written right after "reporter" / "correspondent" /
"interviewer" / "columnist" in the text before the first question asks the questions,
so it is never the "A:" speaker ("agreed to speak to reporter Ann Roe on the condition
that her name not be used"); when such a lead-in names nobody else, the answers belong
to the description opening it ("The former student, now ...,": "the former student");
a lead-in whose subject is "She" / "He" ("She spoke with reporter Ann Roe on her porch.")
stands for the person whose name opens the paragraph before it ("Mae Lyle, a 71-year-old
harvester, has fished ..."), however often the article named someone else before.
``transcripts._interviewee`` asks this module; it owns only these three readings."""

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

# the lead-in's pronoun subject, and the name opening the paragraph before it (two to four
# capitalised words closed by a comma or a lower-case word)
_LEAD_IN_PRONOUN_RE = re.compile(r"(?:She|He)[ \t]+[a-z]")
_PARAGRAPH_OPENING_NAME_RE = re.compile(
    r"(?!(?:The|A|An|On|In|At|By|For|From|With|After|Before|Last|This|That|When|While)\b)[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}(?=,|[ \t]+[a-z])"
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


def lead_in_pronoun_name(intro: str) -> str | None:
    """The name opening the interview's lead-in (the last paragraph of ``intro``) when
    that paragraph also names an interviewer ("Mae Lyle, a harvester, fishes. She spoke
    with reporter Ann Roe."), or the name opening the paragraph before a lead-in whose
    subject is "She" / "He": the person the lead-in is about; else None.

    >>> lead_in_pronoun_name("Mae Lyle, 71, fishes.\\n\\nShe spoke with reporter Ann Roe.")
    'Mae Lyle'
    >>> lead_in_pronoun_name("X.\\n\\nMae Lyle, 71, fishes. She spoke with reporter Ann Roe.")
    'Mae Lyle'
    >>> lead_in_pronoun_name("Mae Lyle, 71, fishes.\\n\\nThe harvester spoke to us.") is None
    True
    """
    paras = [p.lstrip() for p in intro.rstrip().split("\n") if p.strip()]
    if not paras or len(paras[-1]) > 400:
        return None
    if _LEAD_IN_PRONOUN_RE.match(paras[-1]):
        m = _PARAGRAPH_OPENING_NAME_RE.match(paras[-2]) if len(paras) >= 2 else None
        return m.group() if m else None
    m = _PARAGRAPH_OPENING_NAME_RE.match(paras[-1])
    if m is None or not any(
        interviewer_before(paras[-1], i.start()) for i in re.finditer(r"(?<= )[A-Z]", paras[-1])
    ):
        return None
    return m.group()
