"""The speakers "the former" and "the latter": the first and the second person of the
nearest pair of names joined by "and" before the mention ("Roe and Lee met on Monday.
The former said ..., while the latter said ..."), in the mention's paragraph or the one
before it. This module owns only that reading; a pair it cannot resolve to two people
the article names leaves the speaker as the other passes gave it."""

from __future__ import annotations

import re

# "<Name> and <Name>", each one to three capitalised words (hyphens, apostrophes);
# bounded repetition only
_FORMER_LATTER_PAIR_RE = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})[ \t]+and[ \t]+"
    r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})(?![\w'’-])"
)
_FORMER_LATTER_MENTIONS = {"the former": 0, "the latter": 1}
_FORMER_LATTER_REACH = 700  # characters searched back from the mention


def _former_latter_person(an, words):
    """The one full name the article gives a person written ``words`` ("Roe" -> "Ann
    Roe"), or None."""
    last = words.split()[-1].lower()
    full = {" ".join(e[1]) for e in an.by_last.get(last, ()) if len(e[1]) >= 2}
    if len(full) == 1:
        return full.pop()
    if len(words.split()) >= 2 and words in full:
        return words
    return None


def _former_latter_pair(an, at):
    """The two people of the last "<Name> and <Name>" before ``at`` in its paragraph or
    the paragraph before, or None."""
    text = an.text
    lo = max(0, at - _FORMER_LATTER_REACH)
    para = text.rfind("\n\n", lo, at)
    if para >= 0:
        prev = text.rfind("\n\n", lo, para)
        lo = prev if prev >= 0 else lo
    best = None
    for m in _FORMER_LATTER_PAIR_RE.finditer(text, lo, at):
        best = m
    if best is None:
        return None
    one = _former_latter_person(an, best.group(1))
    two = _former_latter_person(an, best.group(2))
    if not one or not two or one == two:
        return None
    return one, two


def resolve_former_latter(an, quotes):
    """Give each quote whose speaker mention is "the former" / "the latter" the first /
    second person of the pair named just before (``_former_latter_pair``).

    >>> from tests._quote_rows import quote_rows
    >>> t = ("Ann Roe chairs the board. Bo Lee runs the bank.\\n\\nRoe and Lee met. "
    ...      "The former said rates would rise, while the latter said they would not.")
    >>> [s for s, in quote_rows(t, "speaker")]
    ['Ann Roe', 'Bo Lee']
    """
    for q in quotes:
        if len(q.mention or "") != 10:
            continue  # (both mentions have 10 letters, and ``lower`` keeps the length of
            # any string it can turn into one: only "İ" lengthens, to "i" + a dot)
        which = _FORMER_LATTER_MENTIONS.get((q.mention or "").lower())
        if which is None:
            continue
        pair = _former_latter_pair(an, q.m_start)
        if pair:
            q.speaker, q.stype = pair[which], "person"
