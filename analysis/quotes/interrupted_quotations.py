"""A quotation split by its own frame and an inserted gesture: '"A," he says — stopping
to run a thumb along the grain — "B."' or '"A," Roe said, pausing for a moment, "B."'.
The frame after the first quotation gives it its speaker; the second quotation, opened
right after a participle insertion set off by dashes or commas (no quotation mark, no
speech verb and no sentence end inside it) or a pronoun's clause opened by "and"/"but"
between dashes ('— and she meant it —'; a speech verb only repeating "it": '— and he said
it twice —'), goes on with the same sentence and is the
same speaker's. A quotation broken off by a dash and resumed by one ('"A —" he stopped,
then started again, "— B."', '"A —" she said, before a truck backed up, "— B."', '"A —" he said, then stopped to
answer another call, "— B."') is one sentence too: the resumed quotation is the speaker's of the broken-off one. This module owns
only that second quotation's row.
"""

from __future__ import annotations

import re

from .cues import Quote

# the text between the frame's end and the second quotation: an optional time word, a
# dash or comma, a participle phrase opening with an "-ing" word (not "according"), and a
# closing dash or comma (bounded, no quotation mark, no sentence end, no newline)
_INSERTION_RE = re.compile(
    r"[ \t\xa0]*(?:[—–]|,|--)[ \t\xa0]*(?!according\b)(?P<ins>[a-z]{2,20}ing\b[^\"“”.!?;\n]{0,160}?)"
    r"[ \t\xa0]*(?:[—–]|,|--)[ \t\xa0]*\Z"
)
# or, between dashes only, a clause of a subject pronoun opened by "and"/"but" ('"A," Roe
# said — and she meant it — "B."', '— and he said it twice, as though ... —')
_PRONOUN_ASIDE_RE = re.compile(
    r"[ \t\xa0]*(?:[—–]|--)[ \t\xa0]*(?P<ins>(?:and|but)[ \t]+(?:he|she|they)[ \t]+[a-z]{2,20}\b"
    r"[^\"“”.!?;\n—–]{0,140}?)[ \t\xa0]*(?:[—–]|--)[ \t\xa0]*\Z"
)
# a speech verb of the aside that repeats the words ("said it twice"): no new content
_SAID_IT_RE = re.compile(r"\b(?:said|says|repeated|repeats)[ \t]+it\b")
# a verb of speech inside the insertion makes it a frame of its own ("..., adding, ...")
_SPEECH_IN_RE = re.compile(
    r"\b(?:said|says|say|saying|told|tells|tell|telling|asked|asks|ask|asking|added|adds|add"
    r"|adding|replied|replies|reply|replying|answered|answers|answer|answering|wrote|writes"
    r"|write|writing)\b"
)
# the text between a quotation broken off by a dash and its resumption: one short clause
# ending in a comma (no quotation mark, no sentence end, no newline; no capitalised word
# but the speaker's own name)
_RESUME_GAP_RE = re.compile(r"[ \t\xa0]*[^\"“”.!?;:\n]{1,110},[ \t\xa0]*\Z")
# another voice taking the turn inside that gap ("her husband cut in, "— ..."")
_TURN_RE = re.compile(
    r"\b(?:cut|cuts|broke|breaks|interrupt\w*|repl\w*|answer\w*|shot|asked|asks)\b"
)
_DASHES = ("—", "–", "--")
# the speaker's own errand, no other voice: "then stopped to answer another call", "paused
# to answer the door" (an infinitive "answer" with a phone, a call or a door as object)
_ERRAND_RE = re.compile(
    r"\bto[ \t]+answer[ \t]+(?:a|an|another|the|his|her|their|my)[ \t]+"
    r"(?:(?:cell|mobile|office|desk)[ \t]+)?(?:phone|call|door|text|message|radio)\b"
)


def _dash_resumed(text: str, prev, b, q, quotes) -> bool:
    """True when block ``b`` resumes the quotation ``prev`` broken off by a dash, with only
    a short clause of the same voice between ('"A —" he stopped, then started again, "— B"').
    """
    if not text[prev[2] : prev[3]].rstrip().endswith(_DASHES):
        return False
    if not text[b[2] : b[3]].lstrip().startswith(_DASHES):
        return False
    gap = text[prev[1] : b[0]]
    if _RESUME_GAP_RE.match(gap) is None:
        return False
    if _TURN_RE.search(_ERRAND_RE.sub(" ", gap) if "answer" in gap else gap):
        return False  # (another voice; not "stopped to answer another call")
    own = text[q.m_start : q.m_end]
    if any(w[:1].isupper() and w not in own for w in gap.split()):
        return False
    return not any(o is not q and prev[1] <= o.cue_start < b[0] for o in quotes)


def interrupted_quotations(doc) -> None:
    """Give each unused quotation block that follows '"A," he says — <participle
    phrase> —' to the speaker of the first quotation's frame.

    >>> from analysis.quotes.assemble import extract
    >>> t = '"Oak," he says — pausing to look up — "remembers every bend."'
    >>> [t[q.start:q.end] for q in extract(t)[0]]
    ['Oak', 'remembers every bend.']
    >>> t = '"Oak," she said — and she meant it — "remembers every bend."'
    >>> [t[q.start:q.end] for q in extract(t)[0]]
    ['Oak', 'remembers every bend.']
    """
    text, blocks, used = doc.text, doc.blocks, doc.used_blocks
    added = False
    for bid in range(1, len(blocks)):
        if bid in used:
            continue
        prev, b = blocks[bid - 1], blocks[bid]
        q = used.get(bid - 1)
        if q is None or q.kind != "direct" or not q.mention:
            continue
        if _dash_resumed(text, prev, b, q, doc.quotes):
            added = _add_second(doc, bid, b, q) or added
            continue
        if not (prev[1] <= q.m_start and prev[1] <= q.cue_start and q.cue_end <= b[0]):
            continue  # the frame must stand between the two quotations
        if not text[prev[2] : prev[3]].rstrip().endswith(","):
            continue  # the first quotation goes on ('"A," he says ... "B."')
        lo = max(q.cue_end, q.m_end)
        gap = text[lo : b[0]]
        if "\n" in gap:
            continue
        m = _INSERTION_RE.match(gap) if "ing" in gap else None
        m = m or _PRONOUN_ASIDE_RE.match(gap)
        if m is None or _SPEECH_IN_RE.search(_SAID_IT_RE.sub(" ", m.group("ins"))):
            continue
        if any(lo <= o.cue_start < b[0] for o in doc.quotes):
            continue
        added = _add_second(doc, bid, b, q) or added
    if added:
        doc.quotes.sort(key=lambda q: (q.start, q.end))


def _add_second(doc, bid: int, b, q) -> bool:
    """Add block ``b``'s row with the cue and speaker of ``q``; False when it is empty."""
    text = doc.text
    s, e = b[2], b[3]
    while e > s and text[e - 1] in " \t,":
        e -= 1
    if e <= s:
        return False
    nq = Quote(s, e, "direct", q.cue, q.cue_start, q.cue_end, q.mention, q.m_start, q.m_end)
    nq.block_ids = (bid,)
    doc.used_blocks[bid] = nq
    doc.quotes.append(nq)
    return True
