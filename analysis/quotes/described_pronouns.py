"""A "he"/"she" statement right after a statement whose speaker is a definite
description no rule named ("The professor said the ice was thinning fast. '...,' she
said"): the description's person, the subject the reader just met, not a woman named
before it. The pronoun rules read "the <noun>" as a person the article names (``pronouns``,
``_lone_description``) and so skip it for the last person of that gender named; this
module owns giving the pronoun the description when it stayed unnamed (not an office,
"the former president", which names a person the article titles so).
"""

from __future__ import annotations

import re

from .descriptions import _described_head
from .mentions import _SUBJ
from .pronouns import _FEMALE_NOUNS, _MALE_NOUNS
from .titles import _OFFICES

_DESCRIBED_PRONOUN_WANT = {"he": "m", "she": "f"}

# a paragraph break (a blank line, or a line break then a new line)
_BREAK_RE = re.compile(r"\n[ \t]*\n|\n")


def pronoun_after_unnamed_description(an, quotes):
    """Give a "he"/"she" statement the unresolved definite description ("the
    professor", "the lawyer") that spoke the statement right before it, in the same
    paragraph or the next, when no person is named as a clause subject between them and
    the description's noun does not have the other gender; a run of such pronoun
    statements keeps it. Speaker strings only.

    >>> import pandas as pd, analysis
    >>> t = ('Ruth Dalby runs the ministry.\\n\\nThe professor said the ice was thin. '
    ...      'She said the models were too cautious.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [t]})).speaker.tolist()
    ['the professor', 'the professor']
    """
    carry = None  # (speaker, stype, gender of the noun, end of the last statement)
    for q in quotes:
        lm = (q.mention or "").lower()
        want = _DESCRIBED_PRONOUN_WANT.get(lm)
        if want is None:
            carry = _unnamed_description(q)
            continue
        if carry is None or q.m_start < carry[3] or q.speaker == carry[0]:
            carry = None if carry is None or q.speaker != carry[0] else carry
            continue
        if carry[2] and carry[2] != want or not _next_to(an, carry[3], q, want):
            carry = None
            continue
        q.speaker, q.stype = carry[0], carry[1]
        carry = (carry[0], carry[1], carry[2] or want, q.m_end)


def _unnamed_description(q):
    """(speaker, stype, gender, end) of ``q`` when its speaker is its own definite
    description with a person noun as head ("the professor"), no office, else None."""
    sp = q.speaker or ""
    if q.stype not in ("anonymous", "unknown") or not sp.startswith("the "):
        return None
    if sp != (q.mention or "").lower() or q.m_start < 0:
        return None
    head = _described_head(sp)
    if head is None or head in _OFFICES:
        return None  # ("the former president": an office the article titles someone with)
    if head in _FEMALE_NOUNS or head.endswith(("woman", "wife", "mother", "ess")):
        g = "f"  # ("the chairwoman", "the waitress")
    elif head in _MALE_NOUNS or head.endswith("man"):
        g = "m"  # ("the fisherman")
    else:
        g = ""
    return sp, q.stype, g, max(q.m_end, q.end)


def _next_to(an, end, q, want):
    """Is ``q``'s pronoun in the paragraph of ``end`` or the next one, with no person
    of gender ``want`` named as a clause subject between them?"""
    at = min(q.m_start, q.start)
    if at < end or len(_BREAK_RE.findall(an.text, end, at)) > 1:
        return False
    if at == end:
        return True
    sub = an.pick(_SUBJ, at, want, at - end)
    return sub is None or sub[0] < end
