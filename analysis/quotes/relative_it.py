"""The speaker of "which it said" inside a relative frame (``relative_it_subject``):
"it" is the organisation that opens the sentence as its subject ("The company ...
announced a refinery, which it said would go ahead": the company). Only that subject
is trusted: a "which it said" after any other opening (a person, a place, an adverbial)
stays no row, as nonspeech._relative_frame_subject always had it ("it" often names a
thing the frame cannot resolve, on wire copy above all).
"""

from __future__ import annotations

from .antecedents import _ORG_KINDS
from .ledes import _ORG_HEADS
from .lexicon import COMPANY_SUFFIXES

# small words inside an organisation's name ("Ministry of Health", "Procter & Gamble")
_RELATIVE_IT_JOINERS = frozenset(("of", "and", "&", "for"))


def _relative_it_org_word(w):
    """Does the word mark an organisation's name (a legal form, an org kind or head)?

    >>> _relative_it_org_word("Corp."), _relative_it_org_word("Ministry"), _relative_it_org_word("Roe")
    (True, True, False)
    """
    lw = w.lower().rstrip(".")
    return lw in COMPANY_SUFFIXES or lw in _ORG_KINDS or lw in _ORG_HEADS


def relative_it_subject(toks, ss, r):
    """(first, end) token range of the organisation that opens the sentence starting
    at character ``ss`` as the subject of a relative "which it said" whose relative
    pronoun is token ``r``: "The <org head>" ("The company", "the ministry") or a
    capitalised name with a legal form or an org word ("Norvale Nickel Corp.", "The
    Ministry of Health"), followed by a lower-case word; None otherwise.

    >>> t = [(i, i, w) for i, w in enumerate("The company announced a mine , which it said".split())]
    >>> relative_it_subject(t, 0, 6)
    (0, 2)
    >>> t = [(i, i, w) for i, w in enumerate("Ann Roe backed a mine , which it said".split())]
    >>> relative_it_subject(t, 0, 6) is None
    True
    """
    i0 = next((i for i in range(r) if toks[i][0] >= ss), r)
    if i0 + 2 > r:
        return None
    w0 = toks[i0][2]
    if w0 in ("The", "the") and toks[i0 + 1][2].lower() in _ORG_HEADS:
        e = i0 + 2
        return (i0, e) if toks[e][2][:1].islower() and toks[e][2].isalpha() else None
    e = i0 + (w0 == "The")
    while e < r and e - i0 < 8:
        w = toks[e][2]
        if not (w[:1].isupper() or w in _RELATIVE_IT_JOINERS or (w == "." and e > i0)):
            break
        e += 1  # ("Norvale Nickel Corp" "." "announced": the legal form's point)
    while e > i0 and toks[e - 1][2] in _RELATIVE_IT_JOINERS:
        e -= 1
    if e - i0 < 2 or e >= r or not (toks[e][2][:1].islower() and toks[e][2].isalpha()):
        return None
    if not any(_relative_it_org_word(toks[x][2]) for x in range(i0 + 1, e)):
        return None
    return i0, e
