"""The speakers "the former" and "the latter": the first and the second person of the
nearest pair of names joined by "and" before the mention ("Roe and Lee met on Monday.
The former said ..., while the latter said ..."), in the mention's paragraph or the one
before it; failing such a pair, the two people the sentence before the mention names
with "and" between them ("Soprano Ann Roe, who ..., and baritone Bo Lee, who ..., both
left"), or a pronoun and its relation ("She and her sister, Bo Lee, grew up ...": the
pronoun is the person last named before, of its gender). This module owns only that reading; a pair it cannot resolve to two people
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
# a sentence's end: a stop, any closing marks, then space
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]*\s+")
# "She and her sister, " / "He and his wife, ": a pronoun and a relation noun
_PRONOUN_PAIR_RE = re.compile(r"(She|He) and (?:her|his) [a-z-]+(?: [a-z-]+)?, ")


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
    if best is not None:
        one = _former_latter_person(an, best.group(1))
        two = _former_latter_person(an, best.group(2))
        if one and two and one != two:
            return one, two
    return _sentence_pair(an, at, lo)


def _sentence_starts(text, lo, at):
    """The starts of the sentences between ``lo`` and ``at`` (the last one holds ``at``)."""
    return [lo] + [m.end() for m in _SENTENCE_END_RE.finditer(text, lo, at)]


def _people_in(an, lo, hi):
    """The people (full names, gender) named between ``lo`` and ``hi``, in order, once
    (a bare unsexed word, "Juliette", is no person here)."""
    out = []
    for pos, words, gender, _ in an.names:
        if lo <= pos < hi and (gender or len(words) >= 2):
            full = _former_latter_person(an, " ".join(words))
            if full and all(full != f for f, _ in out):
                out.append((full, gender))
    return out


def _sentence_pair(an, at, lo):
    """The pair named in the sentence before the mention's own: two people with "and"
    between them, or "She and her sister, NAME" (the pronoun: the last person of its
    gender named in the sentence before that); or None."""
    text = an.text
    starts = _sentence_starts(text, lo, at)
    if len(starts) < 2 or " and " not in text[starts[-2] : starts[-1]]:
        return None
    s0, s1 = starts[-2], starts[-1]
    people = _people_in(an, s0, s1)
    pron = _PRONOUN_PAIR_RE.match(text, s0)
    if pron is None:
        if len(people) == 2 and " and " in text[text.find(people[0][0].split()[-1], s0) : s1]:
            return people[0][0], people[1][0]
        return None
    if len(people) != 1 or len(starts) < 3:
        return None
    want = "f" if pron.group(1) == "She" else "m"
    before = [f for f, g in _people_in(an, starts[-3], s0) if g in (want, None)]
    if before and before[-1] != people[0][0]:
        return before[-1], people[0][0]
    return None


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
