"""Courtroom question-and-answer excerpts: paragraphs "Q. (Park): Did you see him?"
and "A. (Dana Ruiz): I did." (or "A. (Ruiz) No.") quoted from a transcript. This
module owns the answer rows: each answer paragraph is a quote of the person named in
its brackets (resolved to the full name the article gives, like any mention). The
questions are no quotes (the written news guidelines: interview answers are quotes of
the interviewee, questions are not). A plain "A. I did." answer right after a "Q. ..."
paragraph names nobody: it is the witness's, the subject of the excerpt's lead-in ("he
was cross-examined by his lawyer:"; "Ann Roe spoke with reporters. An edited excerpt:"; "Ann Roe had been questioned under oath. A
transcript was filed:") or the name after "an interview with" ("an excerpt of an
interview with Ann Roe."), resolved like that mention; a row found inside such a
"Q." question is the interviewer's and is dropped.
"""

from __future__ import annotations

import bisect
import itertools
import re

from .cues import Quote, _strip_span

_SP = r"[ \t\xa0]*"
# an answer paragraph: "A", an optional period, a bracketed name of one to four
# capitalised words, an optional colon, then what was said
_ANSWER_RE = re.compile(
    rf"(?m)^{_SP}(?P<a>A)\.?{_SP}\((?P<name>[A-Z][\w’'.\-]*(?:[ \t\xa0]+[A-Z][\w’'.\-]*){{0,3}})\)"
    rf"{_SP}:?{_SP}(?=\S)"
)
# a question paragraph of the same excerpt: "Q." or "Q:" with or without a name
_QUESTION_RE = re.compile(rf"(?m)^{_SP}Q(?:\.|:|{_SP}\([^()\n]{{1,60}}\){_SP}:?)")


# a plain answer paragraph "A. I did." (a capital after the period: not "A. J. Roe" as
# initials, which a Q. paragraph right before rules out anyway)
_PLAIN_ANSWER_RE = re.compile(rf"(?m)^{_SP}(?P<a>A)\.{_SP}(?=[A-Z0-9“\"'‘(])(?!\()")
_PLAIN_QUESTION_RE = re.compile(rf"(?m)^{_SP}Q\.{_SP}(?=\S)")
# the lead-in's verb of questioning a witness, and a pronoun subject right before it
_WITNESS_VERB_RE = re.compile(
    r"\b(?:(?:was|were|had[ \t]+been|has[ \t]+been)[ \t]+(?:cross-examined|questioned|examined"
    r"|deposed)|testified|(?:spoke|talked)[ \t]+(?:with|to)|sat[ \t]+down[ \t]+with)\b"
)
_WITNESS_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)[ \t]+$")
# an interview lead-in's interviewee: "an (edited) excerpt of an interview with Ann Roe",
# "a conversation with Dr. Roe", "an interview with her" (one to four capitalised words,
# a courtesy title before them left out)
_INTERVIEW_WITH_RE = re.compile(
    r"\b(?:interview|conversation)[ \t]+with[ \t]+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.[ \t]+)?"
    r"(?P<name>[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,3}|him\b|her\b)"
)


def _answer_witness(doc, q_at):
    """(mention, start, end) of the witness a plain "Q." / "A." excerpt questions: in
    the paragraph before the first question at ``q_at``, the subject of a sentence
    with a verb of questioning ("he was cross-examined"; "Ann Roe, 58, had been
    questioned"), else the name after "an interview with" ("an edited excerpt of an
    interview with Ann Roe"); None when there is none.

    >>> from analysis.quotes.assemble import Article
    >>> from analysis.quotes.lexicon import lexicon
    >>> from analysis.quotes.segment import sentence_spans
    >>> t = "Later, he was cross-examined by his lawyer:\\n\\nQ. Why?\\n\\nA. No."
    >>> _answer_witness(Article(t, lexicon(), sentence_spans(t)), t.index("Q."))
    ('he', 7, 9)
    >>> t = "Below, an interview with Ann Roe.\\n\\nQ. Why?\\n\\nA. No."
    >>> _answer_witness(Article(t, lexicon(), sentence_spans(t)), t.index("Q."))
    ('Ann Roe', 25, 32)
    """
    from .sentence_subjects import _sentence_subject

    text = doc.text
    lo = text.rfind("\n\n", 0, max(0, q_at - 2))
    lo = 0 if lo < 0 else lo + 2
    for ss, se in doc.sents:
        if se <= lo or ss >= q_at:
            continue
        v = _WITNESS_VERB_RE.search(text, ss, min(se, q_at))
        if v is None:
            continue
        said = next((q for q in doc.quotes if q.cue_start == v.start() and q.mention), None)
        if said is not None and ss <= said.m_start < v.start():
            return said.mention, said.m_start, said.m_end  # ("That witness, a cook named X,")
        p = _WITNESS_PRONOUN_RE.search(text, ss, v.start())
        if p is not None:
            e = p.start() + len(p.group().rstrip())
            return text[p.start() : e], p.start(), e
        span = _sentence_subject(doc.masked, ss, se, doc.lex)
        if span is not None and span[1] <= v.start():
            return text[span[0] : span[1]], span[0], span[1]
    if text.find("with", lo, q_at) >= 0:
        m = _INTERVIEW_WITH_RE.search(text, lo, q_at)
        if m is not None:  # ("What follows is an excerpt of an interview with Ann Roe.")
            return m.group("name"), m.start("name"), m.end("name")
    return None


# the cue of an answer quoted before an announced excerpt ('"Never," he answered.')
_ANSWER_CUES = frozenset(("answered", "answers", "replied", "replies", "responded", "responds"))


def _answering_speaker(doc, q_at):
    """(mention, start, end) of the witness of an excerpt announced by a lead-in
    paragraph ending in a colon ("The court heard the following exchange:") that
    names no witness: the speaker of the last answer quoted in the three paragraphs
    before the lead-in ('"Never," he answered.', a judge's remark to the jury after it
    notwithstanding); None when there is none.

    >>> from analysis.quotes.assemble import extract
    >>> t = ('"Why?" she asked.\\n\\n"No," Lee replied.\\n\\nThe court heard this:'
    ...      "\\n\\nQ. Why?\\n\\nA. I forgot.")
    >>> [(q.speaker, t[q.start:q.end]) for q in extract(t)[0]][-1]
    ('Lee', 'I forgot.')
    """
    text = doc.text
    lead_end = text.rfind("\n\n", 0, max(0, q_at))
    if lead_end < 0 or not text[:lead_end].rstrip().endswith(":"):
        return None
    lo = lead_end
    for _ in range(4):  # the lead-in and three paragraphs before it
        lo = text.rfind("\n\n", 0, max(0, lo - 1))
        if lo < 0:
            lo = 0
            break
    answers = [q for q in doc.quotes if lo <= q.start < lead_end and q.cue in _ANSWER_CUES]
    q = max(answers, key=lambda q: q.start, default=None)
    return None if q is None or not q.mention else (q.mention, q.m_start, q.m_end)


def _plain_answers(doc, starts) -> bool:
    """Add the plain "A. ..." paragraphs that answer a "Q. ..." paragraph right before
    them as quotes of the excerpt's witness (``_answer_witness``), and drop any row
    found inside those questions (the interviewer's words); True when any was added."""
    text = doc.text
    added = False
    witness = None
    asked = []
    ordered = sorted(doc.quotes, key=lambda q: q.start)  # the rows as ``starts`` has them
    dropped = set()  # ids of the rows inside answers, dropped once at the end
    for m in _PLAIN_ANSWER_RE.finditer(text):
        prev = text.rfind("\n\n", 0, m.start())
        if prev < 0:
            continue
        pq = text.rfind("\n\n", 0, prev)
        if _PLAIN_QUESTION_RE.match(text, 0 if pq < 0 else pq + 2) is None:
            continue  # the paragraph before is no "Q. ..." question
        pe = text.find("\n", m.end())
        pe = len(text) if pe < 0 else pe
        k = bisect.bisect_left(starts, m.start())
        inner = []
        if k < len(starts) and starts[k] < pe:
            # the rows starting in this answer's line, found by ``starts`` (answer lines
            # do not overlap, so none was dropped or added before: linear, not a scan of
            # every row per answer)
            inner = ordered[k : bisect.bisect_left(starts, pe, k)]
            if any(q.kind != "indirect" or not m.end() <= q.cue_start < pe for q in inner):
                continue  # the paragraph has a quote of its own
            # ("A. The port said it was federal.": speech the witness reports, inside
            # the answer, is part of it)
        if witness is None:
            first = pq + 2 if pq >= 0 else 0
            while (
                (b := text.rfind("\n\n", 0, max(0, first - 2))) >= 0
                and _PLAIN_QUESTION_RE.match(text, b + 2) is not None
                or (b >= 0 and _PLAIN_ANSWER_RE.match(text, b + 2) is not None)
            ):
                first = b + 2  # back to the excerpt's first question
            witness = _answer_witness(doc, first) or _answering_speaker(doc, first) or ()
        if not witness:
            return added
        s, e = _strip_span(text, m.end(), pe, lead=" \t\xa0", trail=" \t\xa0")
        if e <= s:
            continue
        q = Quote(s, e, "direct", "A.", *m.span("a"), *witness)
        q.block_ids = tuple(doc.blocks_in(s, e))
        for b in q.block_ids:
            doc.used_blocks[b] = q
        asked.append((pq + 2 if pq >= 0 else 0, prev))
        dropped.update(id(r) for r in inner)
        doc.quotes.append(q)
        added = True
    if dropped:
        doc.quotes = [r for r in doc.quotes if id(r) not in dropped]
    if asked:  # the interviewer's question is no quote ("Q. They say you lied.")
        inside = _spans_test(asked)
        doc.quotes = [q for q in doc.quotes if not inside(q.start)]
    return added


def _spans_test(spans):
    """A test of ``x``: does it fall in one of the ``(a, b)`` spans (``a <= x < b``)?
    A binary search over the spans' running end maximum, so many rows against many
    spans cost their sum, not their product.

    >>> inside = _spans_test([(10, 12), (0, 5)])
    >>> inside(4), inside(5), inside(11), inside(-1)
    (True, False, True, False)
    >>> _spans_test([(0, 20), (3, 4)])(10)
    True
    """
    order = sorted(spans)
    los = [a for a, _b in order]
    reach = list(itertools.accumulate((b for _a, b in order), max))

    def inside(x):
        k = bisect.bisect_right(los, x)
        return k > 0 and x < reach[k - 1]

    return inside


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
    if q_at < 0 or text.find("A", q_at) < 0:
        return
    starts = sorted(q.start for q in doc.quotes)
    added = text.find("\nA.", q_at) >= 0 and _plain_answers(doc, starts)
    first_q = _QUESTION_RE.search(text) if text.find("(", q_at) >= 0 else None
    if first_q is None:
        if added:
            doc.quotes.sort(key=lambda q: (q.start, q.end))
        return
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
        q = Quote(s, e, "direct", "A.", *m.span("a"), text[ns:ne], ns, ne)
        q.block_ids = tuple(doc.blocks_in(s, e))
        for b in q.block_ids:
            doc.used_blocks[b] = q
        doc.quotes.append(q)
        added = True
    if added:
        doc.quotes.sort(key=lambda q: (q.start, q.end))


def answers_share_witness_speaker(quotes) -> None:
    """Give each plain "A." answer whose witness is the "he"/"she" of an answer quoted
    before the excerpt ('"Never," he answered.' -> ``_answering_speaker``) the speaker
    resolved for that quote: the pronoun is resolved where the witness answered, not
    at the answer paragraph, after which a judge named in between could take it.

    >>> class Q:
    ...     def __init__(self, cue, speaker):
    ...         self.cue, self.speaker, self.stype = cue, speaker, "person"
    ...         self.mention, self.m_start, self.m_end = "he", 5, 7
    >>> qs = [Q("answered", "Al Roe"), Q("A.", "Ann Fenn")]
    >>> answers_share_witness_speaker(qs)
    >>> qs[1].speaker
    'Al Roe'
    """
    if "A." not in [q.cue for q in quotes]:
        return  # (a list's ``in`` tests ``==`` as the old ``any`` did, without a generator)
    answered = {
        (q.m_start, q.m_end): q
        for q in quotes
        if q.cue != "A." and q.speaker and (q.mention or "").lower() in ("he", "she")
    }
    for q in quotes:
        if q.cue == "A." and (q.mention or "").lower() in ("he", "she"):
            src = answered.get((q.m_start, q.m_end))
            if src is not None:
                q.speaker, q.stype = src.speaker, src.stype
