"""Kin subjects: a sentence opened by a possessed kin noun ("Her mother laughed.",
"His father did not argue.") gives the he/she of the attribution right after it, in a
sentence the quotation opens, that relative: by the name the article gives the relative
with the same possessive ("his sister, Ama" after "Kofi Mensah": Ama Mensah), else the
description itself ("her mother"), never the person last quoted.
"""

from __future__ import annotations

import bisect
import re

from .article_memo import article_memo
from .kin import _KIN_GENDER, _NAME_RUN
from .names import _stype_static

# "Her mother laughed.", "His older sister did not argue.": a possessive, a kin noun and
# a lower-case word (its verb) opening the sentence; "and" / "or" coordinate a second
# noun, no verb ("Her nephew and head baker, NAME, said": a named subject)
_KIN_SUBJECT_RE = re.compile(
    r"(His|Her)[ \t]+((?:(?:older|younger|elder|eldest|oldest|youngest|late)[ \t]+)?([a-z]+))"
    r"[ \t]+(?!(?:and|or)[ \t])[a-z]"
)
_KIN_SUBJECT_QUOTES = " \t\n\"'\u201c\u201d\u2018\u2019"


def _kin_subject_named(an, own, kin, before, reach=3000):
    """The name the article gives "<own> <kin>" before ``before`` ("his sister, Ama,"):
    a one-word name takes the surname of the person's full name (a listed or article-gendered
    given name) written last before it ("Kofi Mensah, 9, and his sister, Ama": Ama
    Mensah, never a place's "Pelletier Falls"); None when none."""
    lo = max(0, before - reach)
    rx = re.compile(
        r"(?<![\w'])["
        + own[0]
        + own[0].upper()
        + "]"
        + own[1:]
        + r"[ \t]+"
        + kin
        + r",[ \t]+"
        + _NAME_RUN
    )
    found = None
    for m in rx.finditer(an.text, lo, before):
        found = m
    if found is None:
        return None
    words = found.group(1).split()
    if words[0].lower() in _KIN_GENDER or words[0] in ("The", "A", "An"):
        return None
    if len(words) == 1:
        an.positions()
        for i in range(bisect.bisect_left(an.name_pos, found.start()) - 1, -1, -1):
            pos, cw = an.names[i][0], an.names[i][1]
            if pos < found.start() - 300:
                break
            if len(cw) < 2:
                continue
            first = cw[0].lower()
            if first in an.lex.gender or first in an.given_evidence:
                words = [words[0], cw[-1]]  # the owner's surname ("Kofi Mensah")
                break
    return an.canonical(words)


def _kin_subject_family(an, speaker):
    """Does the article name in full another person with the surname of ``speaker``
    (a family the relative may be one of: "Tyler Kowalchuk" and "Wade Kowalchuk")?"""
    words = (speaker or "").split()
    if len(words) < 2:
        return False
    last = words[-1].lower()
    fulls = article_memo(
        an,
        "kin_subject_family",
        last,
        lambda: frozenset(" ".join(e[1]) for e in an.by_last.get(last, ()) if len(e[1]) > 1),
    )  # (once per article and surname)
    return len(fulls) > 1 or (len(fulls) == 1 and speaker not in fulls)


def _quotes_mentioned_in(quotes, by_mention, lo, hi):
    """The indexes (in order) of the statements of ``quotes`` whose mention starts in
    ``lo:hi``; ``by_mention`` the sorted (mention start, index) pairs.

    >>> from types import SimpleNamespace as Q
    >>> qs = [Q(m_start=40), Q(m_start=5), Q(m_start=12)]
    >>> _quotes_mentioned_in(qs, sorted((q.m_start, i) for i, q in enumerate(qs)), 10, 41)
    [0, 2]
    """
    a = bisect.bisect_left(by_mention, (lo, -1))
    b = bisect.bisect_left(by_mention, (hi, -1))
    return sorted(i for _m, i in by_mention[a:b])


def kin_subject_speakers(an, quotes):
    """Give '"...," she said' (he) the relative of the pronoun's gender whose possessed
    kin noun opens the sentence just before, when the quotation opens the pronoun's
    sentence: the speaker of a statement that sentence attributes to the relative
    ("Her husband said ..."), else the name the article gives the relative with that
    possessive ("his sister, Ama,"), else, when the pronoun went to the person quoted
    just before or to nobody and no one else
    bears that person's surname, the description ("Her mother laughed. '...,' she said"
    -> her mother).

    >>> from analysis.quotes.assemble import extract
    >>> t = 'Al Roe spoke. "We lost," Al Roe said. His father frowned. "Not so," he said.'
    >>> [q.speaker for q in extract(t)[0]]
    ['Al Roe', 'his father']
    """
    an.antecedents()
    starts, by_mention = an.ante[0], None
    for k, q in enumerate(quotes):
        lm = (q.mention or "").lower()
        if k == 0 or lm not in ("he", "she"):
            continue
        si = bisect.bisect_right(starts, min(q.start, q.m_start)) - 1
        if si < 1:
            continue
        s0 = an.sents[si][0]
        if an.text[s0 : min(q.start, q.m_start)].strip(_KIN_SUBJECT_QUOTES):
            continue  # the quotation does not open the pronoun's sentence
        p0, p1 = an.sents[si - 1][0], an.sents[si - 1][1]
        m = _KIN_SUBJECT_RE.match(an.text, p0)
        if m is None or _KIN_GENDER.get(m.group(3)) != ("m" if lm == "he" else "f"):
            continue
        own, kin = m.group(1).lower(), m.group(2)
        if by_mention is None:  # (the statements by where their mention starts, once)
            by_mention = sorted((p.m_start, i) for i, p in enumerate(quotes))
        said = [
            quotes[i]
            for i in _quotes_mentioned_in(quotes, by_mention, p0, p1)
            if i < k and (quotes[i].mention or "").lower() == f"{own} {kin}"
        ]
        if said:
            if said[-1].speaker:
                q.speaker, q.stype = said[-1].speaker, said[-1].stype
            continue
        if any(c in an.text[p0:p1] for c in '"\u201c\u201d'):
            continue  # the relative's sentence quotes someone itself
        named = _kin_subject_named(an, own, m.group(3), p0)
        if named:
            q.speaker, q.stype = named, "person"  # "his sister, Ama": named with that owner
        elif q.speaker and q.speaker != quotes[k - 1].speaker and q.speaker.lower() != lm:
            continue  # the pronoun went to someone other than the person quoted last
        elif not _kin_subject_family(an, quotes[k - 1].speaker):
            q.speaker = f"{own} {kin}"
            q.stype = _stype_static([own, *kin.split()], an.lex)[0] or "unknown"
