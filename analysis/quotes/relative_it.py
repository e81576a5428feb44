"""The organisation behind a speech relative "..., which it said would ...": the
relative's "it" is the body the sentence is about, not the organisation named last.
It owns one pass over the resolved statements (``relative_it_speakers``): the speaker
of a statement earlier in the same sentence ("issued a statement saying A, which it
said B"), else the speaker quoted before under the head of the description opening the
sentence ("The council also plans a centre, which it said ...": the body an earlier
"... band council said" named), else the organisation quoted in the sentence before
("The department said A. The quota, which it said would not change, ..."); with none of
these the statement keeps no speaker and is dropped, as before. Before that pass, an
organisation named at the sentence's opening as its subject ("Norvale Nickel Corp. ...
announced a refinery, which it said would go ahead") is the relative's subject at once
(``relative_it_subject``, asked by nonspeech._relative_frame_subject); a sentence opening
"The company ..." with no body found above gives "the company".
"""

from __future__ import annotations

import bisect
import re

from .antecedents import _ORG_KINDS
from .ledes import _ORG_HEADS
from .lexicon import COMPANY_SUFFIXES

# "which it said": the text just before the mention
_WHICH_BEFORE_RE = re.compile(r"\bwhich[ \t]+\Z")
# the description opening a sentence: "The council", "Its board"
_SENTENCE_HEAD_RE = re.compile(r"(?:The|Its)[ \t]+([a-z]+)\b")


def _sentence_bounds(an, at):
    """(start, end) of the sentence holding ``at``, else None."""
    starts = [s[0] for s in an.sents]
    i = bisect.bisect_right(starts, at) - 1
    return None if i < 0 else (an.sents[i][0], an.sents[i][1], i)


def relative_it_speakers(an, quotes):
    """Give each "which it said" statement its organisation (module docstring), or no
    speaker when none fits; speaker strings only.

    >>> from analysis.quotes.assemble import extract
    >>> t = ("The Bay Port Authority said fees would rise. The authority also approved "
    ...      "a new pier, which it said would open in May.")
    >>> [(q.speaker, t[q.start : q.end]) for q in extract(t)[0]][-1]
    ('the Bay Port Authority', 'would open in May')
    """
    for k, q in enumerate(quotes):
        if (
            q.mention != "it"
            or _WHICH_BEFORE_RE.search(an.text, max(0, q.m_start - 8), q.m_start) is None
        ):
            continue
        got = _relative_it_source(an, quotes, k)
        q.speaker, q.stype = got if got is not None else (None, "unknown")


def _relative_it_source(an, quotes, k):
    """(speaker, stype) for the "which it said" statement ``quotes[k]``, else None."""
    q = quotes[k]
    bounds = _sentence_bounds(an, q.m_start)
    if bounds is None:
        return None
    s0, _s1, si = bounds
    earlier = [p for p in quotes[:k] if p.speaker is not None and p is not q]
    same = [p for p in earlier if s0 <= min(p.start, p.m_start) < q.m_start]
    if same:  # "issued a statement saying A, which it said B"
        return same[-1].speaker, same[-1].stype
    head = _SENTENCE_HEAD_RE.match(an.text, s0)
    if head is not None:  # "The council also plans ..., which it said": the council
        word = " " + head.group(1)
        for p in reversed(earlier):
            if (p.mention or "").lower().endswith(word) and p.stype == "organization":
                return p.speaker, p.stype
    if si >= 1:  # "The department said A. The quota ..., which it said B"
        p0 = an.sents[si - 1][0]
        before = [p for p in earlier if p0 <= min(p.start, p.m_start) < s0]
        if before and before[-1].stype == "organization":
            return before[-1].speaker, before[-1].stype
    return _opening_org_head(an.text, s0)


# "The <org head> <lower-case word>" opening a sentence (group 1: the head)
_OPENING_ORG_HEAD_RE = re.compile(r"The[ \t]+([a-z]+)[ \t]+[a-z]")


def _opening_org_head(text, s0):
    """("the <head>", "organization") when the sentence at ``s0`` opens with "The <org
    head>" as its subject ("The company posted a loss and announced a depot, which it
    said ..."), else None.

    >>> _opening_org_head("The company leased a depot, which it said would open.", 0)
    ('the company', 'organization')
    >>> _opening_org_head("The depot, which it said would open, is shut.", 0) is None
    True
    """
    m = _OPENING_ORG_HEAD_RE.match(text, s0)
    if m is None or m.group(1) not in _ORG_HEADS:
        return None
    return "the " + m.group(1), "organization"


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
    pronoun is token ``r``: a capitalised name with a legal form or an org word
    ("Norvale Nickel Corp.", "The Ministry of Health"), followed by a lower-case word;
    None otherwise ("The company" is left to ``relative_it_speakers``).

    >>> t = [(i, i, w) for i, w in enumerate("Norvale Nickel Corp. announced a mine , which it said".split())]
    >>> relative_it_subject(t, 0, 7)
    (0, 3)
    >>> t = [(i, i, w) for i, w in enumerate("Ann Roe backed a mine , which it said".split())]
    >>> relative_it_subject(t, 0, 6) is None
    True
    """
    i0 = next((i for i in range(r) if toks[i][0] >= ss), r)
    if i0 + 2 > r:
        return None
    w0 = toks[i0][2]
    if w0 in ("The", "the") and toks[i0 + 1][2].lower() in _ORG_HEADS:
        return None  # "The company ...": the pass above (``_opening_org_head``)
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
