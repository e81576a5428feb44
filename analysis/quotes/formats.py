"""Quotation formats that carry no reporting verb: a paragraph that is a quotation
and a name joined by a dash (``dash_frames``: '"We will win." ― Jane Doe' and
'Jane Doe ― "We will win."', a list of readers' reactions), and the paragraph of
unquoted speech that a paragraph "X added:" announces (``announced_paragraphs``,
a block quotation whose marks the page layout dropped).
"""

from __future__ import annotations

import bisect
import re

from .blocks import MASK
from .frames import _MAX_SPAN, Quote, _strip_span
from .lexicon import _PRONOUNS, _SENT_START_STOP, is_colon_label
from .phrases import _sentence_subject

# a dash that sets off a name: the horizontal bar, em and en dashes, "--", a spaced "-"
_DASH = r"(?:―|—|–|--|(?<=\s)-(?=\s))"
_SP = r"[ \t\xa0]*"
# a name: up to six words, each capitalised, an initial, or a lower-case particle
_NAME_WORD = r"[^\W\d_][\w’'.\-]*"
_NAME = rf"{_NAME_WORD}(?:[ \t\xa0]+{_NAME_WORD}){{0,5}}"
# '"..." ― Jane Doe' (optionally ", 34, of Tucson"), at the end of the paragraph
_TAIL_RE = re.compile(rf"{_SP}(?P<dash>{_DASH}){_SP}(?P<name>{_NAME})(?:,[^\n\x01]{{0,80}})?[\s.]*\Z")
# 'Jane Doe ― "..."' at the start of the paragraph
_HEAD_RE = re.compile(rf"{_SP}(?P<name>{_NAME}){_SP}(?P<dash>{_DASH}){_SP}\Z")
_PARTICLES = frozenset("de da del della der di du la le van von y bin al ibn dos das st.".split())
_SENTENCE_END_RE = re.compile(r"[.!?…]")


def _is_name(words) -> bool:
    """Do these words read as a person's name ("Jane Doe", "Edwin G. Monroy")?"""
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper():
        return False
    w0 = words[0].lower().strip(".")
    if w0 in _SENT_START_STOP or w0 in _PRONOUNS or is_colon_label(" ".join(words)):
        return False
    if any(w.isupper() and len(w.strip(".")) > 2 for w in words):
        return False  # a dateline ("LOS ANGELES --") or a heading
    return all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


def _reads_as_speech(content: str) -> bool:
    """Is a quotation's content a statement rather than a title ("Born to Run"):
    at least four words, and a sentence mark or mostly lower-case words?"""
    words = [w for w in content.split() if w[:1].isalpha()]
    if len(words) < 4:
        return False
    lower = sum(w[:1].islower() for w in words)
    return _SENTENCE_END_RE.search(content) is not None or lower >= 0.5 * len(words)


def _paragraph(text, pos):
    """(start, end) of the line holding ``pos``."""
    ps = text.rfind("\n", 0, pos) + 1
    pe = text.find("\n", pos)
    return ps, (len(text) if pe < 0 else pe)


def _dash_quote(doc, bid):
    """The Quote of block ``bid`` when its paragraph is that quotation and a name
    set off by a dash, before or after it; else None."""
    text, masked, b = doc.text, doc.masked, doc.blocks[bid]
    if b[4]:
        return None  # unclosed: the dash and name would be inside it
    ps, pe = _paragraph(text, b[0])
    m = None
    if masked[ps : b[0]].strip(" \t\xa0") == "":
        m = _TAIL_RE.match(masked, b[1], pe)
    elif masked[b[1] : pe].strip(" \t\xa0.,") == "":
        m = _HEAD_RE.match(masked, ps, b[0])
    if m is None:
        return None
    ns, ne = m.span("name")
    name = text[ns:ne].rstrip(".")
    ne = ns + len(name)
    if not _is_name(name.split()):
        return None
    s1, e1 = _strip_span(text, b[2], b[3], lead=" \t\n", trail=" \t\n,")
    if e1 <= s1 or not _reads_as_speech(text[s1:e1]):
        return None
    ds, de = m.span("dash")
    q = Quote(s1, e1, "direct", text[ds:de], ds, de, name, ns, ne)
    q.block_ids = (bid,)
    return q


def dash_frames(doc) -> None:
    """Add the quotations attributed by a dash and a name, a paragraph each:
    '"We will win." ― Jane Doe' and 'Jane Doe ― "We will win."'. A title and its
    author ('"Born to Run" — Bruce Springsteen'), a score ("Lakers — 102") or a
    quotation inside a sentence of prose is no such paragraph.

    >>> from analysis.quotes.assemble import extract
    >>> qs, _ = extract('Readers wrote in.\\n\\n“He has no plan at all for us.” ― Jane Doe')
    >>> [(q.speaker, q.cue, q.start) for q in qs]
    [('Jane Doe', '―', 20)]
    """
    added = False
    for bid in range(len(doc.blocks)):
        if bid in doc.used_blocks:
            continue
        q = _dash_quote(doc, bid)
        if q is not None:
            doc.used_blocks[bid] = q
            doc.quotes.append(q)
            added = True
    if added:
        doc.quotes.sort(key=lambda q: (q.start, q.end))
