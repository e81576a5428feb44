"""Identified paragraphs: a paragraph that is nothing but a quotation, whose speaker the
next paragraph's first sentence names ('"Is that fair?"' then "The question came from Ann
Roe, 77, ..."; '"A."' then "That was Ann Roe's blunt assessment."; '"A!" The speaker was
Ann Roe, a retired teller ...'). This module owns that
pattern: the quotation is the named person's, whether an earlier pass carried it over from
the quote before (it would be the previous speaker's) or left it out.
"""

from __future__ import annotations

import bisect
import re

from .blocks import MASK
from .cues import Quote
from .titles import _person_gender

# a person's name: two to four capitalised words ("Ann Roe", "Tamsin O'Rourke-Baptiste");
# an apostrophe is read only before a capital, so "Roe's" ends the name before "'s"
_ID_NAME = (
    r"[A-Z][\w.\-]*(?:['’][A-Z][\w.\-]*)?(?:[ \t\xa0]+[A-Z][\w.\-]*(?:['’][A-Z][\w.\-]*)?){1,3}"
)

# the first sentence of a paragraph naming the speaker of the quotation before it:
# "That was Ann Roe's blunt assessment.", "That's how Ann Roe put it.", "The question came
# from Ann Roe, ...", "The answer came from a retired nurse, ..." is not read (no name)
_IDENTIFIED_RE = re.compile(
    # (one leading character, the paragraph's newline or the quotation's closing mark:
    # the engine scans for it before trying the alternatives)
    r"[\n”\"][ \t\xa0]*(?:"
    r"(?:That|This)(?:['’]s|[ \t\xa0]+(?:was|is))[ \t\xa0]+(?:how[ \t\xa0]+)?"
    rf"(?P<n1>{_ID_NAME})(?:(?P<c1>['’]s[ \t\xa0]+(?:[a-z][a-z\-]*[ \t\xa0]+){{0,3}}"
    r"(?:assessment|verdict|view|take|reaction|answer|response|message|advice|warning|plea"
    r"|prediction|conclusion|explanation|summary|question|complaint))\b|[ \t\xa0]+(?P<c2>put|summed|described)\b)"
    r"|The[ \t\xa0]+(?:[a-z]+[ \t\xa0]+)?(?P<c3>(?:question|answer|warning|plea|comment|remark"
    r"|words|verdict|prediction|complaint)[ \t\xa0]+(?:came|comes)[ \t\xa0]+from)[ \t\xa0]+"
    rf"(?P<n2>{_ID_NAME})(?=[ \t\xa0]*[,.;])"
    # "That was Ann Roe, who runs the shop." (the name and an apposition), "So says Ann Roe."
    r"|(?:That|This)[ \t\xa0]+(?P<c4>was|is)[ \t\xa0]+"
    rf"(?P<n3>{_ID_NAME})(?=,[ \t\xa0]+(?:who|a|an|the|\d+)[ \t\xa0,])"
    r"|So[ \t\xa0]+(?P<c5>says|said)[ \t\xa0]+"
    rf"(?P<n4>{_ID_NAME})(?=[ \t\xa0]*[,.;])"
    # "The speaker was Ann Roe, a retired teller who ...", "The voice was Ann Roe's."
    r"|The[ \t\xa0]+(?P<c6>speaker|voice)[ \t\xa0]+(?:was|is)[ \t\xa0]+"
    rf"(?P<n5>{_ID_NAME})(?=[ \t\xa0]*(?:[,.;]|['’]s\b))"
    # "That is how the co-op's board chair, Ann Roe, put it": the name in apposition to
    # a description of at most five words (the description opens with a determiner)
    r"|(?:That|This)(?:['’]s|[ \t\xa0]+(?:was|is))[ \t\xa0]+how[ \t\xa0]+"
    r"(?:the|its|his|her|their|our|a|an)[ \t\xa0]+(?:[\w'’\-.]+[ \t\xa0]+){0,4}[\w'’\-.]+,"
    rf"[ \t\xa0]+(?P<n6>{_ID_NAME}),[ \t\xa0]+(?P<c7>put|summed|described)\b)"
)


def _previous_paragraph(text, at):
    """(start, end) of the paragraph ending right before the newline at ``at``."""
    end = at
    while end > 0 and text[end - 1] in " \t\n\xa0":
        end -= 1
    return text.rfind("\n", 0, end) + 1, end


def _quotation_before(text, at):
    """(start, end) of what the naming sentence at ``at`` follows: the paragraph before
    (``at`` is a newline) or, in the same paragraph, the text from the paragraph's start
    up to the closing quotation mark at ``at`` ('"We fix what we can." That was Ann Roe,
    ...': the quotation)."""
    if text[at] == "\n":
        return _previous_paragraph(text, at)
    return text.rfind("\n", 0, at) + 1, at + 1


def identified_paragraphs(doc) -> None:
    """Give a paragraph of quotation only to the person the next paragraph's first
    sentence names as its speaker, adding its quotation when no pass found it.

    >>> from analysis.quotes.assemble import extract
    >>> t = ('"We won," Ann Lee said.\\n\\n"Is it fair to close it at night?"\\n\\n'
    ...      'The question came from Tom Vale, 77, a farmer.')
    >>> [(q.speaker, t[q.start:q.end]) for q in extract(t)[0]][-1]
    ('Tom Vale', 'Is it fair to close it at night?')
    """
    text, masked, blocks = doc.text, doc.masked, doc.blocks
    if not blocks or not any(w in text for w in (" from ", "That", "So s", "The s", "The v")):
        return
    block_starts = [b[0] for b in blocks]
    quotes = sorted(doc.quotes, key=lambda q: q.start)  # (found before: not the added)
    q_starts = [q.start for q in quotes]
    added = False
    for m in _IDENTIFIED_RE.finditer(text):
        ps, pe = _quotation_before(text, m.start())
        if pe <= ps or masked[ps:pe].strip(MASK + " \t\xa0"):
            continue  # the paragraph before must be quotation only
        i = bisect.bisect_left(block_starts, ps)
        bids = list(range(i, bisect.bisect_left(block_starts, pe)))
        if not bids:
            continue
        name = next(g for g in ("n1", "n2", "n3", "n4", "n5", "n6") if m.group(g))
        cue = next(g for g in ("c1", "c2", "c3", "c4", "c5", "c6", "c7") if m.group(g))
        inside = quotes[bisect.bisect_left(q_starts, ps) : bisect.bisect_left(q_starts, pe)]
        if any(ps <= q.cue_start < pe for q in inside):
            continue  # the quotation has its own attribution
        for q in inside:  # (carried over from the quote before: the named person's)
            q.mention, q.m_start, q.m_end = m.group(name), m.start(name), m.end(name)
            q.cue, q.cue_start, q.cue_end = m.group(cue), m.start(cue), m.end(cue)
            q.speaker = q.mention
        for bid in bids:
            if bid in doc.used_blocks:
                continue
            b = blocks[bid]
            s, e = b[2], b[3]
            while s < e and text[s] in " \t\n":
                s += 1
            while e > s and text[e - 1] in " \t\n,":
                e -= 1
            if e - s < 2:
                continue
            q = Quote(
                s,
                e,
                "direct",
                m.group(cue),
                m.start(cue),
                m.end(cue),
                m.group(name),
                m.start(name),
                m.end(name),
            )
            q.block_ids = (bid,)
            q.attribution = "identified"
            doc.used_blocks[bid] = q
            doc.quotes.append(q)
            added = True
    if added:
        doc.quotes.sort(key=lambda q: (q.start, q.end))


# a paragraph opening with the sentence that names the speaker of the quotation before,
# then the subject of the next sentence: "That was Ann Roe's blunt assessment. The "
_ID_SENTENCE_RE = re.compile(
    r"[ \t\xa0]*(?:That|This)(?:['’]s|[ \t\xa0]+(?:was|is))[ \t\xa0]+"
    rf"(?P<name>{_ID_NAME})['’]s[ \t\xa0]+(?:[a-z][a-z\-]*[ \t\xa0]+){{0,3}}"
    r"(?:assessment|verdict|view|take|reaction|answer|response|message|advice|warning|plea"
    r"|prediction|conclusion|explanation|summary|question|complaint)\.[ \t\xa0]+"
)


def identified_description(an, q, persons) -> bool:
    """Fill the speaker of a "the <description>" subject that opens the sentence right
    after "That was Ann Roe's blunt assessment." (the paragraph's first sentence) with
    that person; False when the paragraph does not open so.

    >>> from analysis.quotes.assemble import extract
    >>> t = ('"Prices will fall."\\n\\nThat was Ann Roe-Lind\\'s blunt assessment. '
    ...      'The analyst, who tracks grain, said buyers had waited.')
    >>> [q.speaker for q in extract(t)[0]]
    ['Ann Roe-Lind', 'Ann Roe-Lind']
    """
    text = an.text
    lo = text.rfind("\n", 0, q.m_start) + 1
    m = _ID_SENTENCE_RE.fullmatch(text, lo, q.m_start)
    if m is None:
        return False
    q.speaker, q.stype = an.canonical(m.group("name").split()), "person"
    persons.append((q.m_start, q.speaker, _person_gender(an, q.speaker)))
    return True


# the last sentence of a paragraph of narration: "He remembers the first time he heard her
# sing." (a pronoun subject and a verb of memory, then the memory: the quotation after it),
# or "She described a typical week." / "He recounted the night of the fire." (the
# account: the quotation paragraphs after it)
_RECALLED_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?])[ \t\xa0]+)(?P<np>He|She)[ \t\xa0]+(?:still[ \t\xa0]+|can[ \t\xa0]+still[ \t\xa0]+)?"
    r"(?P<verb>remembers|recalls|remembered|recalled|remember|recall"
    r"|described|describes|recounted|recounts)[ \t\xa0][^.!?\n]{3,160}[.:][ \t\xa0]*\Z"
)


def recalled_by_pronoun(text, ps, pe):
    """The match of a last sentence "He remembers ..." / "She recalls ..." that ends the
    narration paragraph ``ps``..``pe`` (so the quotation paragraph after it is that
    person's memory), or None.

    >>> t = "Ann Roe ran the mill. She remembers the day it closed."
    >>> recalled_by_pronoun(t, 0, len(t)).group("np", "verb")
    ('She', 'remembers')
    """
    lo = max(ps, pe - 200)
    dot = max(
        text.rfind(". ", lo, pe - 1), text.rfind("! ", lo, pe - 1), text.rfind("? ", lo, pe - 1)
    )
    start = ps if dot < 0 else dot + 1
    return _RECALLED_RE.match(text, start, pe) if pe - start <= 200 else None
