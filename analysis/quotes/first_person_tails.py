"""First-person sentences after a sentence-final frame: in "I lost my savings, she wrote.
I do not know which is worse." the unquoted second sentence, in the first person, cannot
be the reporter's paraphrase, so it carries the frame's speaker as a row of its own. The
rule is narrow: the frame ends its sentence right after its content (quoted or not),
which is itself in the first person; the next sentences of the same paragraph open in the
first person ("I", "We", "My", "Our", or "But I", "Now we") or are a first-person question
("Why would I cheat them?", "Should we have waited?"), hold no quotation, no
reporting verb and no third person ("I asked him why" is the reporter's); third-person
sentences after a frame stay the reporter's (the written guidelines' carried paragraphs
are paragraphs of quotation only).
"""

from __future__ import annotations

import bisect
import re

from .cues import Quote

# the frames whose speaker a first-person sentence may go on with
_FRAME_CUES = frozenset("said says wrote writes added adds".split())

# first-person words (the content before the frame must hold one: a speaker talking of
# himself, not the reporter)
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b")

# the opening of a first-person sentence: "I", "We", "My", "Our", or a short opener
# and then "I"/"we" ("But I", "Now we", "Still, I")
_OPENS_FIRST_PERSON_RE = re.compile(
    r"(?:(?:And|But|Now|Still|So|Today|Yet|Maybe|Perhaps),?[ \t]+)?"
    r"(?:I|I['’](?:m|ve|d|ll)|We|we|My|my|Our|our)[ \t]"
)

# a first-person question ("Why would I cheat them?", "How can we say no?", "Should I
# have left?"): a wh-word or none, an auxiliary, then "I"/"we"; the sentence must end in "?"
_OPENS_FIRST_PERSON_QUESTION_RE = re.compile(
    r"(?:(?:Why|How|What|Where|When|Who)[ \t]+)?"
    r"(?:[Ww]ould|[Cc]ould|[Ss]hould|[Cc]an|[Dd]o|[Dd]id|[Ww]ill|[Aa]m|[Ww]as|[Mm]ust|[Aa]re|[Ww]ere)"
    r"[ \t]+(?:I|we)[ \t]"
)

# a third person singular in the sentence ("I asked him why"): the reporter's, who
# speaks of the speaker
_THIRD_PERSON_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is)\b")

# quotation marks: a sentence holding one is part of a quotation the blocks missed
_QUOTE_MARKS = frozenset('"“”«»`')

# what may follow the frame's cue and speaker before the sentence's full stop: a short
# adjunct with no comma ("she wrote in her statement.")
_FRAME_END_RE = re.compile(r"(?:[ \t]+[\w'’-]+){0,5}[ \t]*\.[\"'”’]?[ \t]*\Z")


def first_person_tails(doc):
    """Add the first-person sentences after a sentence-final frame as its speaker's row
    (``attribution="carried"``).

    >>> from analysis.quotes.assemble import extract
    >>> t = "I lost my savings, she wrote. I do not know which is worse.\\n\\nThe court rose."
    >>> [t[q.start : q.end] for q in extract(t)[0]]
    ['I lost my savings', 'I do not know which is worse']
    """
    masked, quotes = doc.masked, doc.quotes
    if not quotes or ("I" not in masked and "We" not in masked and "My" not in masked):
        return
    starts = [q.start for q in quotes]
    added = []
    for q in quotes:
        span = _tail_span(doc, q, starts)
        if span is None:
            continue
        t = Quote(*span, "indirect", q.cue, q.cue_start, q.cue_end, q.mention, q.m_start, q.m_end)
        t.attribution = "carried"
        added.append(t)
    if added:
        quotes.extend(added)
        quotes.sort(key=lambda q: (q.start, q.end))


def _first_person_sentence(doc, s, e):
    """Does the sentence s..e open in the first person, with no quotation, no reporting
    verb and no third person ("I do not know which is worse", not "I asked him why")?"""
    text = doc.text
    if doc.blocks_in(s, e):
        return False
    if _OPENS_FIRST_PERSON_RE.match(text, s) is None and not _first_person_question(text, s, e):
        return False
    if "''" in text[s:e] or any(ch in _QUOTE_MARKS for ch in text[s:e]):
        return False  # (a stray mark: "admiral.''" closes a quotation whose opening is lost)
    if _THIRD_PERSON_RE.search(text, s, e) is not None:
        return False
    return doc.lex.cue_re.search(doc.masked, s, e) is None


def _first_person_question(text, s, e):
    """Is text[s:e] a question in the first person ("Why would I cheat them?")?

    >>> _first_person_question("Why would I cheat them?", 0, 23)
    True
    >>> _first_person_question("Why would he cheat them?", 0, 24)
    False
    """
    return (
        text[s:e].rstrip().endswith("?")
        and _OPENS_FIRST_PERSON_QUESTION_RE.match(text, s) is not None
    )


def _tail_span(doc, q, starts):
    """(start, end) of the first-person sentences after ``q``'s sentence-final frame, or
    None."""
    text, masked = doc.text, doc.masked
    if q.cue not in _FRAME_CUES or q.cue_start < q.end or q.m_start < q.end:
        return None  # (the frame before or inside its content)
    gap = masked[q.end : min(q.cue_start, q.m_start)]
    if len(gap) > 4 or any(ch.isalnum() for ch in gap):
        return None  # the frame right after its content ('A, she wrote')
    si = bisect.bisect_right(doc.sent_starts, q.cue_start) - 1
    if si < 0 or si + 1 >= len(doc.sents):
        return None
    at = max(q.cue_end, q.m_end)
    se = doc.sents[si][1]
    if at > se or _FRAME_END_RE.match(text[at:se]) is None:
        return None
    if _FIRST_PERSON_RE.search(text, q.start, q.end) is None:
        return None  # (after the cheaper checks: the content may be long)
    lo = hi = None
    for s, e in doc.sents[si + 1 : si + 4]:
        if "\n" in text[se if hi is None else hi : s] or not _first_person_sentence(doc, s, e):
            break
        if bisect.bisect_left(starts, s) != bisect.bisect_left(starts, e):
            break  # (a row of its own)
        lo = s if lo is None else lo
        hi = e
    if lo is None:
        return None
    ck = doc.content_kind(lo, hi)
    return None if ck is None or ck[2] != "indirect" else (ck[0], ck[1])
