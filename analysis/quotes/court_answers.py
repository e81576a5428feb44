"""Courtroom question-and-answer excerpts: paragraphs "Q. (Park): Did you see him?"
and "A. (Dana Ruiz): I did." (or "A. (Ruiz) No.") quoted from a transcript. This
module owns the answer rows: each answer paragraph is a quote of the person named in
its brackets (resolved to the full name the article gives, like any mention). The
questions are no quotes (the written news guidelines: interview answers are quotes of
the interviewee, questions are not).
"""

from __future__ import annotations

import bisect
import re

from .cues import Quote, _strip_span

_SP = r"[ \t\xa0]*"
# an answer paragraph: "A", an optional period, a bracketed name of one to four
# capitalised words, an optional colon, then what was said
_ANSWER_RE = re.compile(
    rf"(?m)^{_SP}A\.?{_SP}\((?P<name>[A-Z][\w’'.\-]*(?:[ \t\xa0]+[A-Z][\w’'.\-]*){{0,3}})\)"
    rf"{_SP}:?{_SP}(?=\S)"
)
# a question paragraph of the same excerpt: "Q." or "Q:" with or without a name
_QUESTION_RE = re.compile(rf"(?m)^{_SP}Q(?:\.|:|{_SP}\([^()\n]{{1,60}}\){_SP}:?)")


def court_answers(doc) -> None:
    """Add each answer paragraph of a courtroom excerpt ("A. (Dana Ruiz): I did.")
    as a quote of the bracketed name, when a question paragraph ("Q. ...") comes
    before it and no quote was found in the paragraph already.

    >>> from analysis.quotes.assemble import extract
    >>> t = "Dana Ruiz testified.\\n\\nQ. Did you see him?\\n\\nA. (Ruiz): I did. He ran."
    >>> [(q.speaker, t[q.start:q.end]) for q in extract(t)[0]]
    [('Dana Ruiz', 'I did. He ran.')]
    """
    text = doc.text
    q_at = text.find("Q")
    if q_at < 0 or text.find("A", q_at) < 0 or text.find("(", q_at) < 0:
        return
    first_q = _QUESTION_RE.search(text)
    if first_q is None:
        return
    starts = sorted(q.start for q in doc.quotes)
    added = False
    for m in _ANSWER_RE.finditer(text, first_q.end()):
        pe = text.find("\n", m.end())
        pe = len(text) if pe < 0 else pe
        k = bisect.bisect_left(starts, m.start())
        if k < len(starts) and starts[k] < pe:
            continue  # the paragraph has a quote of its own
        s, e = _strip_span(text, m.end(), pe, lead=" \t\xa0", trail=" \t\xa0")
        if e <= s:
            continue
        ns, ne = m.span("name")
        q = Quote(s, e, "direct", "A.", m.start(), m.start() + 1, text[ns:ne], ns, ne)
        q.block_ids = tuple(doc.blocks_in(s, e))
        for b in q.block_ids:
            doc.used_blocks[b] = q
        doc.quotes.append(q)
        added = True
    if added:
        doc.quotes.sort(key=lambda q: (q.start, q.end))
