"""A paragraph that is only a quotation (after a dateline, if any), whose speaker the
next paragraph names as it opens with "With those words," ('"We failed."\n\nWith
those words, the rector of the college, Ann Roe, on Thursday announced ...'), "Those
were the words of NAME", "Those words came from NAME" or "So said NAME": the
quotation is that person's. Owns only that reading of a bare quotation paragraph
(a pass of assemble after the carried paragraphs).
"""

from __future__ import annotations

import re

from .cues import Quote, _strip_span, carried_quote
from .datelines import DATELINE_RE

# the next paragraph: "With those words, [<description>, ]<Name>[, <aside>] <verb>"
_WORDS_NAMED_RE = re.compile(
    r"With[ \t]+(?:those|these|that|this)(?:[ \t]+words)?,[ \t]+"
    r"(?:[^,\n\"“”]{1,120},[ \t]+)?"
    r"(?P<np>(?:[A-Z][\w’'.\-]*[ \t]+){1,3}[A-Z][\w’'\-]*[a-z])"
    r",?[ \t]+(?:[^\n\"“”]{0,80}?[ \t])?"
    r"(?P<verb>[a-z]{2,}ed|[a-z]{2,}s|said|told|made|took|gave|began|broke|spoke|left|set"
    r"|put|cut|quit|won|lost|shut)\b"
)


# or names its source: "Those were the words of NAME", "Those words came from NAME",
# "So said NAME" ([the <description>, ]NAME; the cue is "words", "came" or "said")
_WORDS_OF_RE = re.compile(
    r"(?:(?:Those|These|Such)[ \t]+were[ \t]+the[ \t]+(?P<w1>words)[ \t]+of"
    r"|(?:Those|These|The)[ \t]+words[ \t]+(?P<w2>came)[ \t]+from|So[ \t]+(?P<w3>said))[ \t]+"
    r"(?:(?:the|a|an)[ \t]+[^,\n\"“”]{1,80},[ \t]+)?"
    r"(?P<np>(?:[A-Z][\w’'.\-]*[ \t]+){0,3}[A-Z][\w’'\-]*[a-z])(?=[ \t,.;]|\Z)"
)


def _words_next_match(text, ns):
    """(cue span, name span) of the paragraph opening at ``ns`` when it says whose the
    quotation before it was ("With those words, NAME quit", "Those were the words of
    NAME", "So said NAME"), else None."""
    end = min(len(text), ns + 400)
    if text.startswith("With ", ns):
        m = _WORDS_NAMED_RE.match(text, ns, end)
        return None if m is None else (m.span("verb"), m.span("np"))
    if not text.startswith(("Those ", "These ", "Such ", "The words ", "So said "), ns):
        return None  # (the cheap test first)
    m = _WORDS_OF_RE.match(text, ns, end)
    if m is None:
        return None
    cue = next(g for g in ("w1", "w2", "w3") if m.group(g) is not None)
    return m.span(cue), m.span("np")


def words_named_next_anchor(text, b):
    """The anchor (an attributed Quote with only cue and mention) for the bare
    quotation block ``b`` ([qs, qe, cs, ce, unclosed, next]) when it makes up its
    paragraph (after a dateline, if any) and the next paragraph opens "With those
    words," and names its subject; None otherwise.

    >>> t = 'OTTAWA — "We failed."\\n\\nWith those words, Ann Roe quit.'
    >>> a = words_named_next_anchor(t, [9, 21, 10, 20, False, -1])
    >>> a.mention, a.cue
    ('Ann Roe', 'quit')
    """
    if b[4] or b[5] != -1:
        return None
    le = text.find("\n", b[1], b[1] + 200)
    if le < 0 or text[b[1] : le].strip():
        return None
    ls = text.rfind("\n", max(0, b[0] - 200), b[0]) + 1
    if (ls == 0 and b[0] > 200) or not _lede_line_head(text, ls, b[0]):
        return None
    ns = le
    while ns < len(text) and ns - le < 20 and text[ns].isspace():
        ns += 1
    got = _words_next_match(text, ns)
    if got is None:
        return None
    (cs, ce), (ms, me) = got
    return Quote(0, 0, "direct", text[cs:ce], cs, ce, text[ms:me], ms, me)


def _lede_line_head(text, ls, at):
    """Is ``text[ls:at]`` (the line before a quotation) blank or a dateline only?"""
    head = text[ls:at]
    if not head.strip():
        return True
    m = DATELINE_RE.match(text, ls, at + 1)  # (its look-ahead reads the quotation mark)
    return m is not None and m.end() == at


def words_named_next_paragraphs(doc):
    """Give each bare quotation paragraph that no rule attributed the speaker a next
    paragraph opening "With those words," "Those were the words of" or "So said"
    names (``words_named_next_anchor``)."""
    text = doc.text
    if "With th" not in text and "e words" not in text and "So said" not in text:
        return  # (the cheap test first)
    used, added = doc.used_blocks, False
    for bid, b in enumerate(doc.blocks):
        if bid in used or (anchor := words_named_next_anchor(text, b)) is None:
            continue
        s1, e1 = _strip_span(text, b[2], b[3], lead=" \t\n", trail=" \t\n,")
        if e1 <= s1:
            continue
        q = carried_quote(anchor, s1, e1, bid)
        used[bid] = q
        doc.quotes.append(q)
        added = True
    if added:
        doc.quotes.sort(key=lambda q: (q.start, q.end))
