"""Bulleted lists announced by a speech frame: in "The union said it wants:" followed by
lines opening with a bullet ("- a 5 per cent raise;", "• more rest"), each bullet is a
row of the frame's speaker, and the frame's own content, when it is only a short
announcement ending in the colon ("it wants", "they are asking for"), is no row (the
list is what was said). A colon with the items on the same line, or bullets with no
speech frame before them, add nothing. This module owns that stage
(``colon_bullet_rows``)."""

from __future__ import annotations

import re

from .cues import Quote

# one bullet line: a dash or bullet sign, then the item up to the end of the line
_BULLET_RE = re.compile(r"[-•*–—][ \t]+(\S[^\n]*)")
# what may separate the frame's content from its list: a colon, then the line's end
_COLON_EOL_RE = re.compile(r"[ \t]*:[ \t]*\n\s*")
# the most words an announcement before the list may hold and still be no row
_STUB_WORDS = 4


def colon_bullet_rows(doc):
    """Give each bullet of a list announced by a frame ending in a colon its speaker's
    row (see the module doc).

    >>> from analysis.quotes.assemble import extract
    >>> t = "The union said it wants:\\n- a raise of 5 per cent;\\n- more rest.\\n\\nTalks resume."
    >>> [t[q.start : q.end] for q in extract(t)[0]]
    ['a raise of 5 per cent', 'more rest']
    """
    text, quotes = doc.text, doc.quotes
    if not quotes or ":\n" not in text:
        return  # (the cheap test first)
    added, stubs = [], set()
    for q in quotes:
        m = _COLON_EOL_RE.match(text, q.end)
        if m is None or q.kind != "indirect" or q.cue_start > q.start:
            continue  # (a frame before its content, "said it wants:", only)
        items = _bullet_items(doc, m.end())
        if not items:
            continue
        for s, e in items:
            b = Quote(
                s, e, "indirect", q.cue, q.cue_start, q.cue_end, q.mention, q.m_start, q.m_end
            )
            b.attribution = q.attribution
            added.append(b)
        if len(text[q.start : q.end].split()) <= _STUB_WORDS:
            stubs.add(id(q))
    if added:
        quotes[:] = [q for q in quotes if id(q) not in stubs] + added
        quotes.sort(key=lambda q: (q.start, q.end))


def _bullet_items(doc, at):
    """The (start, end) content spans of the bullet lines from ``at`` on (blank lines
    between them allowed), none when a line holds a quotation or there are fewer than
    two."""
    text, out = doc.text, []
    while at < len(text):
        m = _BULLET_RE.match(text, at)
        if m is None:
            break
        ck = doc.content_kind(m.start(1), m.end(1))
        if ck is None or ck[2] != "indirect":
            return []  # ('- Ann Roe: "..."': a list of quotations, another format's)
        out.append((ck[0], ck[1]))
        at = m.end()
        while at < len(text) and text[at] in "\n \t":
            at += 1
    return out if len(out) >= 2 else []
