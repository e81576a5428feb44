"""Subhead lines (``without_subhead_lines``): a short paragraph inside the body that ends
without a sentence's closing mark and is attributed in headline grammar, a present-tense
"says" / "say" after a bare noun with no determiner ('Curtains "will pay for
themselves," councillor says'), is a subheading, boilerplate like the headline, so no
quote row starts inside it; the body reports its words again."""

from __future__ import annotations

import re

# a line closed as a sentence: . ! ? ; : before any closing quotation marks or brackets
_CLOSED_RE = re.compile(r"[.!?;:][\"'\u201d\u2019)\]]*$")
# the words that open a sentence's subject, never a headline's bare noun
_DETERMINERS = frozenset(
    "the a an this that these those his her their its our my your he she they it we i".split()
)


def _subhead_line(text, q):
    """Whether ``q`` (a quote) lies in a subhead line of ``text`` (see the module doc)."""
    if q.cue not in ("says", "say") or not q.mention:
        return False
    ls = text.rfind("\n", 0, q.start) + 1
    if ls < 2 or text[ls - 2] != "\n":
        return False  # the first line (the headline's own rule) or no paragraph break
    le = text.find("\n", q.start)
    le = len(text) if le < 0 else le
    line = text[ls:le].rstrip()
    if len(line) > 150 or not line or _CLOSED_RE.search(line) is not None:
        return False
    if not (ls <= q.m_start and q.cue_end <= le):
        return False
    if q.mention.split()[0].lower() in _DETERMINERS:
        return False
    return le == len(text) or text.startswith("\n\n", le)


def without_subhead_lines(text, quotes):
    """``quotes`` without those that start inside a subhead line.

    >>> from types import SimpleNamespace as N
    >>> t = 'Roe spoke.\\n\\nCurbs "will help," mayor says\\n\\nRoe said more.'
    >>> q = N(start=t.index("will"), cue="says", mention="mayor", m_start=t.index("mayor"),
    ...       cue_end=t.index(" says") + 5)
    >>> without_subhead_lines(t, [q])
    []
    """
    if " say" not in text:
        return quotes
    return [q for q in quotes if not _subhead_line(text, q)]
