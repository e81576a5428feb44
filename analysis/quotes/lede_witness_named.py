"""A lede's testifying description named by an apposition that echoes its noun: "A
structural engineer who inspected the annex told a public inquiry Monday that ..." and,
one or two paragraphs on, "Ann Roe, a partner at the engineering firm Roe Structural,
spent the day in the witness chair. She testified that ...": the new name whose
apposition holds a word of the description's noun ("engineering"), in a paragraph that
goes on with "She/He testified/told/said". Reporters name a lede's witness once the
scene is set, not always in the next paragraph.
"""

from __future__ import annotations

import re

from .kin import _NAME_RUN, _PARAGRAPH_BREAK_RE
from .names import _person_like

# testimony in the lede's sentence, with any one modifier ("told a public inquiry")
_WITNESS_TESTIMONY_RE = re.compile(
    r"\b(?:testif\w*|told[ \t]+(?:a|the)[ \t]+(?:[\w'’-]+[ \t]+)?(?:jury|court|judge|inquest"
    r"|hearing|tribunal|inquiry|commission))\b"
)

# a paragraph opening with a new name and its apposition ("Ann Roe, a partner at ...,")
_WITNESS_APPOSED_RE = re.compile(
    r"[ \t]*" + _NAME_RUN + r",[ \t]+(?:an?|the)[ \t]+([^.;:\n“”\"]{1,160}?),[ \t]"
)

# the paragraph's person testifying: "She testified", "He told the inquiry"
_WITNESS_SPEAKS_RE = re.compile(r"\b(?:She|He)[ \t]+(?:testified|told|said)\b")

_WITNESS_WORD_RE = re.compile(r"[a-z]+")


def lede_witness_named(an, q, head, lede_end, paragraphs=2):
    """The words of the new name that one of the ``paragraphs`` paragraphs after the
    lede (ending at ``lede_end``) opens with, under an apposition holding a word of the
    description's noun ``head`` ("engineer": "engineering"), when ``q``'s lede
    statement is testimony and that paragraph goes on with "She/He testified"; None
    otherwise.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = ("A civil engineer told a public inquiry that the roof was unsafe.\\n\\n"
    ...      "The inquiry sits until May.\\n\\nAnn Vale-Roe, a partner at an engineering "
    ...      "firm, spent the day there. She testified that she had warned the city.")
    >>> class Q: m_start, m_end = 0, 17
    >>> an = _ArticleNames(t, [(0, 65), (67, 95), (97, len(t))], lexicon(), None)
    >>> lede_witness_named(an, Q, "engineer", t.index("\\n"))
    ['Ann', 'Vale-Roe']
    """
    if q.m_start > lede_end or len(head) < 4:
        return None
    text = an.text
    if _WITNESS_TESTIMONY_RE.search(text, q.m_start, min(lede_end, q.m_end + 200)) is None:
        return None
    stem = head[: max(5, len(head) - 3)]  # ("engineer": engineering; "geologist": geology)
    at = lede_end
    for _ in range(paragraphs):
        brk = _PARAGRAPH_BREAK_RE.match(text, at)
        if brk is None:
            return None
        start = brk.end()
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        m = _WITNESS_APPOSED_RE.match(text, start, stop)
        if m is not None:
            cw = m.group(1).split()
            words = _WITNESS_WORD_RE.findall(m.group(2))
            if (
                len(cw) >= 2
                and any(w.startswith(stem) for w in words)
                and text.find(cw[-1], 0, start) < 0  # (a new name)
                and _WITNESS_SPEAKS_RE.search(text, m.end(), stop)
                and _person_like(cw, an.lex, an.by_last_multi, "?")
            ):
                return cw
            return None  # (a paragraph opening with someone else's name)
        at = stop
    return None
