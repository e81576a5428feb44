"""Pair named in the sentence before: "Ann Roe works with Tom Vale, a welder. Both men
say A" -- a "both men" / "both women" / "the two men" / "the two women" mention right
after a sentence of the same paragraph that names (outside quotations) exactly two
people of the article, and nobody else, is that pair ("Ann Roe and Tom Vale", in the
order named). This module owns only that fallback, asked by
``pair_mentions.resolve_pair_mention`` after the counted-group and "A and B" readings;
a mention after a quotation or a sentence naming one person or three keeps the bare
plural ("both men": the written sets' convention when the article never names the two
together).
"""

from __future__ import annotations

import bisect

from .kin import _aged_ref_not_a_person
from .mentions import _ALL

# the genders a sexed pair mention allows (a person of the other known gender is no match)
_PAIR_GENDER = {"men": "m", "women": "f"}


def pair_in_sentence_before(an, q, lm, groups):
    """Fill ``q``'s speaker (mention ``lm``) with the two people named in the sentence
    right before the mention, in its paragraph (see the module doc); True when filled.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Ann Roe works with Tom Vale on the dock. Both men say it is safe."
    >>> an = _ArticleNames(t, [(0, 40), (40, len(t))], lexicon(), None)
    >>> class Q: m_start, speaker, stype = 41, "both men", "group"
    >>> q = Q()
    >>> pair_in_sentence_before(an, q, "both men", []), q.speaker
    (False, 'both men')
    >>> t = "Ben Roe works with Tom Vale on the dock. Both men say it is safe."
    >>> an = _ArticleNames(t, [(0, 40), (40, len(t))], lexicon(), None)
    >>> pair_in_sentence_before(an, q, "both men", []), q.speaker
    (True, 'Ben Roe and Tom Vale')
    """
    an.antecedents()  # (the sentence starts, built once per article: ``an.ante[0]``)
    i = bisect.bisect_right(an.ante[0], q.m_start) - 1
    if i < 1:
        return False
    lo, hi = an.sents[i - 1][0], an.sents[i][0]
    if "\n" in an.text[lo : q.m_start] or an.text[hi : q.m_start].strip():
        return False  # (the mention opens its sentence, in the paragraph of the one before)
    found = _people_between(an, lo, hi)
    if len(found) != 2:
        return False
    want = _PAIR_GENDER.get(lm.split()[-1])
    if any(g not in (None, want) for g in found.values()):
        return False  # ("Ann Roe works with Tom Vale. Both men say": not the pair)
    q.speaker, q.stype = " and ".join(found), "group"
    groups.append((q.m_start, q.speaker, "group"))
    return True


def _people_between(an, lo, hi):
    """{canonical name: gender or None} of the people named outside quotations between
    ``lo`` and ``hi``, in the order named (places and organisations are skipped)."""
    an.antecedents()  # (built once per article: ``item_of`` reads it)
    name_pos = an.positions()
    found: dict = {}
    j = bisect.bisect_left(name_pos, lo)
    while j < len(name_pos) and name_pos[j] < hi:
        item = an.item_of(j, _ALL)
        j += 1
        if item is None:
            continue
        canon = an.canonical(item[1], item[2])
        if _aged_ref_not_a_person(an, canon):
            continue  # ("across Northern Ontario": a place)
        if canon not in found:
            g = item[2] or an.gender_of.get(canon.split()[-1].lower())
            found[canon] = g if g in ("m", "f") else None
    return found
