"""A described speaker whose surname is withheld, named by a given name next: "A second
worker, who asked that her last name not be used, said ..." and, in the next paragraph,
'"...," said Rosalba' — the description's statements are that given name's (the
reporter withholds only the surname, so the person is named by the given name alone).
A description that withholds the whole name ("who asked not to be named") stays a
description, and so does one whose next paragraph quotes a full name or a name written
before it.
"""

from __future__ import annotations

import re

# the apposed clause after the description: "who asked that her last name not be used"
_WITHHELD_RE = re.compile(
    r",[ \t]+who[ \t]+(?:asked|requested)[ \t]+that[ \t]+(?:her|his|their)[ \t]+"
    r"(?:last|family)[ \t]+name[ \t]+not[ \t]+be[ \t]+(?:used|published|printed|given)\b"
)

# one capitalised word (a given name alone: "Rosalba", "Mélanie")
_GIVEN_RE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+")


def _next_paragraph(text, at):
    """(start, end) of the paragraph after the one holding ``at`` (end of text when none).

    >>> _next_paragraph("A b.\\n\\nC d.\\n\\nE.", 1)
    (6, 10)
    """
    nl = text.find("\n", at)
    if nl < 0:
        return len(text), len(text)
    start = nl
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def withheld_surname_named(text, quotes):
    """Give the statements of "a/one <noun> ..., who asked that her last name not be
    used" the given name quoted alone in the next paragraph, when that name is not
    written before the description; speaker strings only.

    >>> class Q:
    ...     def __init__(s, a, b, sp): s.m_start, s.m_end, s.end, s.speaker, s.mention = a, b, b, sp, sp
    ...     stype = "anonymous"
    >>> t = "A worker, who asked that her last name not be used, said A.\\n\\nB, said Rosa."
    >>> qs = [Q(0, 8, "a worker"), Q(t.index("Rosa"), len(t) - 1, "Rosa")]
    >>> withheld_surname_named(t, qs); qs[0].speaker
    'Rosa'
    """
    if "name not be" not in text:
        return
    for q in quotes:
        if q.stype not in ("anonymous", "unknown") or not q.mention:
            continue
        if q.mention.split()[0].lower() not in ("a", "an", "one"):
            continue
        if _WITHHELD_RE.match(text, q.m_end) is None:
            continue
        lo, hi = _next_paragraph(text, q.end)
        given = next((p for p in quotes if lo <= p.m_start < hi and p.mention), None)
        if given is None or given.speaker != given.mention:
            continue
        if not _GIVEN_RE.fullmatch(given.mention) or given.mention in text[: q.m_start]:
            continue
        was = (q.speaker, q.stype, q.mention)
        for p in quotes:  # (the description's every statement)
            if (p.speaker, p.stype, p.mention) == was:
                p.speaker, p.stype = given.mention, "person"
