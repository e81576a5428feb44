"""Quotations inside an insertion before a cue: a short quoted word in an apposition
or relative clause set off after the sentence's subject ('Ann Roe, a nurse with a
pension she calls "tiny," said the fund owed her money') is part of the insertion,
not the quotation the cue reports. After such a quotation the noun phrase that
follows the cue, when a clause goes on after it, is the subject of the reported
clause, not an inverted speaker; the speaker is the sentence's subject. Only the
decision is made here; ``clauses._finite_speaker`` asks it.
"""

from __future__ import annotations

import re

from .blocks import MASK

# the sentence's text before the quotation: a subject of one to four words opening
# the sentence, a comma, then an apposition or relative clause (no other comma,
# colon or quotation) running up to the quotation
_INSERTED_LEAD_RE = re.compile(
    r"[ \t\n]*[A-Z][^\s,;:\x01]*(?:[ \t]+[^\s,;:\x01]+){0,3},[ \t]+"
    r"(?:a|an|the|who|whose|which|one|once|now|then|herself|himself)[ \t]"
    r"[^,;:!?\x01\"“”]{0,160}\Z"
)


def quotation_in_insertion(masked: str, toks, k: int, ss: int) -> bool:
    """Does a quotation stand right before the cue at token ``k`` (of sentence start
    ``ss``) inside an insertion after the sentence's subject?

    >>> from analysis.quotes.blocks import MASK
    >>> text = "Ann Roe, a nurse she calls " + MASK * 7 + " said the fund owed her"
    >>> toks = [(0, 26, "lead"), (27, 34, MASK * 7), (35, 39, "said")]
    >>> quotation_in_insertion(text, toks, 2, 0)
    True
    >>> quotation_in_insertion(MASK * 7 + " said Ann Roe", [(0, 7, MASK * 7), (8, 12, "said")], 1, 0)
    False
    """
    q = next((x for x in range(k - 1, max(-1, k - 3), -1) if toks[x][2][:1] == MASK), None)
    if q is None:
        return False
    q0 = toks[q][0]
    if q0 - ss < 12 or q0 - ss > 240:
        return False
    return _INSERTED_LEAD_RE.match(masked, ss, q0) is not None


def after_plain_quotation(masked: str, toks, k: int, ss: int) -> bool:
    """Does a quotation stand right before the cue at token ``k`` (of sentence start
    ``ss``), not inside an insertion after the sentence's subject? (After it, the
    phrase after the cue is an inverted speaker: '"...," said one aide'.)

    >>> from analysis.quotes.blocks import MASK
    >>> after_plain_quotation(MASK * 7 + " said Ann Roe", [(0, 7, MASK * 7), (8, 12, "said")], 1, 0)
    True
    """
    if not any(toks[x][2][:1] == MASK for x in range(max(0, k - 2), k)):
        return False
    return not quotation_in_insertion(masked, toks, k, ss)
