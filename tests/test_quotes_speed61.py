"""Session 41 round 1 (speed61): the speaker phrase before a cue (``np_left``) tries
each of its rules only when the cheap fact the rule tests first holds, with the same
output (``quotes_exact --check`` IDENTICAL). Each rule:

1. ``np_left._widened_np`` (the rules ``_left_np_walk`` runs on a phrase it read) gives
   what the same rules give in the same order with no gate: a rule runs only when the
   token before the phrase (or its first token) can open it ("of"/"the" for a company
   or a body "of the" place, "," for a firm of a town, "and"/"between", a digit for a
   dated determiner, a place preposition for a placed group ...). Checked on random
   hostile token lists (masks, commas, initials, "d'Anjou", digits, lone words).
2. Each gate is sound: whenever it is false, its rule returns nothing.
3. ``_by_before`` is ``"by" in`` the seven tokens before ``k`` (the same slice, also
   for a negative ``k``); when ``_of_before_name`` is false ``_settlement_of_name``
   gives nothing, and when ``_count_last`` is false ``_counted_group_start`` gives
   nothing; the "of" gates of ``_parent_of_number`` and ``_tenure_of_count`` are the
   tests they make first.
4. Speakers on small articles stay what they were: a placed business, a placed group,
   "the company behind the project", a body "of the" place, a pair after an aside,
   and a lone name after a quotation (no rule widens it).
"""

from __future__ import annotations

import random

import pandas as pd

import analysis
from analysis.quotes import np_left
from analysis.quotes.blocks import MASK
from analysis.quotes.lexicon import lexicon
from analysis.quotes.placed_groups import _PLACE_PREPS

_VOCAB = (
    "the The a an of and between , behind in at on during near above outside by said "
    "says Ann Roe Tom Vale Lake Woods Fibre Corp. Inc. Court King's Bench judge Ohio "
    "21,000 cent per percent % Columbus Growers Niagara Bench community Mohawk Akwesasne her husband his their "
    "mother two friend 20 years Feb. 1 letter road mayor promised to fix bakery owner "
    "Pelham Street clinic who chairs board d'Anjou talks provinces people familiar with "
    "Syndicat des chauffeurs du secteur Nord lake benches . — Chief"
).split() + [MASK, MASK + MASK]


def _toks(words):
    out, at = [], 0
    for w in words:
        out.append((at, at + len(w), w))
        at += len(w) + 1
    return out


# pieces of the rules' shapes, mixed with single words so the lists reach the rules
_PIECES = [
    "Lake of the Woods Fibre Corp.",
    "Acme Inc. of Columbus , Ohio ,",
    "A Court of King's Bench judge",
    "people familiar with the talks between Ohio and the provinces",
    "A Feb. 1 letter",
    "The road the mayor promised to fix",
    "the Grape Growers of the Niagara Bench",
    "Ann Roe , who chairs the board , and Tom Vale",
    "the company behind the project",
    "Growers on the benches above the lake",
    "would close in June and Dr. Ann Roe",
    "Ann Roe and her husband Tom Roe said",
    "The owner of a bakery on Pelham Street",
    "Lee Hart of a bakery on Pelham Street",
    "Dr. Ann Roe of the Syndicat des chauffeurs du secteur Nord",
    "At least 21,000",
    "About 40 per cent",
]


def _random_lists(n, seed):
    rnd = random.Random(seed)
    for _ in range(n):
        words = []
        for _ in range(rnd.randint(1, 6)):
            if rnd.random() < 0.3:
                words += rnd.choice(_PIECES).split()
            else:
                words.append(rnd.choice(_VOCAB))
        yield _toks(words[:16])


def _ungated(toks, k, np_, lex):
    """The rules of ``_widened_np`` in their order, each run with no gate."""
    L = np_left
    j, e = np_
    if (j0 := L._company_of_the_start(toks, np_, lex)) >= 0:
        return j0, e
    if (firm := L._firm_of_town(toks, np_)) is not None:
        return firm
    if (j0 := L._org_of_premodifier_start(toks, np_, lex)) >= 0:
        return j0, e
    if (j0 := L._between_object_start(toks, j, lex)) >= 0:
        return j0, e
    if (j0 := L._dated_determiner_start(toks, j)) >= 0:
        return j0, e
    if (j0 := L._contact_relative_subject(toks, np_)) >= 0:
        return j0, e
    if j >= 2 and toks[j - 1][2].islower() and (j0 := L.french_name_left_start(toks, j)) >= 0:
        if (named := L._person_of_french_name(toks, j0, lex)) is not None:
            return named
        return j0, e
    if (j0 := L._plural_body_of_the_place(toks, np_, lex)) >= 0:
        return j0, e
    if (j0 := L._aside_coordinated_start(toks, j, lex)) >= 0:
        return j0, e
    if j >= 2 and toks[j - 1][2] == ",":
        return L._serial_department_start(toks, np_, lex), e
    if j >= 3 and toks[j - 1][2] == "behind":
        return L._head_behind(toks, np_, lex)
    if (j0 := L.placed_group_start(toks, np_, lex)) >= 0:
        return j0, e
    if (j0 := L._after_object_conjunct(toks, np_)) >= 0:
        return j0, e
    if (
        j >= 2
        and e == k < len(toks)
        and toks[k][2][:1].islower()
        and (j0 := L._kin_pair_before(toks, np_)) >= 0
    ):
        return j0, e
    if named := L._placed_business_description(toks, np_) or (
        j >= 3 and L._name_of_placed_business(toks, np_, lex)
    ):
        return named
    return np_


def test_widened_np_equals_the_ungated_rules():
    lex = lexicon()
    seen = 0
    for toks in _random_lists(700, 61):
        n = len(toks)
        for j in range(n):
            for e in range(j + 1, n + 1):
                got = np_left._widened_np(toks, e, (j, e), lex)
                assert got == _ungated(toks, e, (j, e), lex), [t[2] for t in toks]
                seen += got != (j, e)
    assert seen > 300  # (the lists reach the rules, not only the plain phrase)


def test_each_gate_is_sound():
    lex = lexicon()
    L = np_left
    for toks in _random_lists(700, 62):
        n = len(toks)
        for j in range(n):
            b = toks[j - 1][2] if j else ""
            head = toks[j][2]
            for e in range(j + 1, n + 1):
                np_ = (j, e)
                if b not in L._OF_THE:
                    assert L._company_of_the_start(toks, np_, lex) == -1
                    assert L._plural_body_of_the_place(toks, np_, lex) == -1
                if b != ",":
                    assert L._firm_of_town(toks, np_) is None
                if b != "of":
                    assert L._org_of_premodifier_start(toks, np_, lex) == -1
                if b not in L._AND_BETWEEN:
                    assert L._between_object_start(toks, j, lex) == -1
                if not head[:1].isdigit():
                    assert L._dated_determiner_start(toks, j) == -1
                if e - j < 4:
                    assert L._contact_relative_subject(toks, np_) == -1
                if b != "and":
                    assert L._aside_coordinated_start(toks, j, lex) == -1
                if not (j >= 2 and b.lower() in _PLACE_PREPS):
                    assert L.placed_group_start(toks, np_, lex) == -1
                if b not in L._CLAUSE_END_PREPS:
                    assert L._after_object_conjunct(toks, np_) == -1
                if head not in L._PLACED_HEADS and b not in L._BUSINESS_PLACE_PREPS:
                    assert L._placed_business_description(toks, np_) is None
                    if j >= 3:
                        assert L._name_of_placed_business(toks, np_, lex) is None


def test_walk_gates_before_the_phrase():
    lex = lexicon()
    L = np_left
    for toks in _random_lists(1500, 63):
        for k in range(-2, len(toks) + 1):
            window = [t[2] for t in toks[k - 7 if k > 7 else 0 : k]]
            assert L._by_before(toks, k) == ("by" in window)
            if 1 <= k <= len(toks) and not L._count_last(toks[k - 1][2]):
                assert L._counted_group_start(toks, k) == -1
            if 0 <= k <= len(toks) and not L._of_before_name(toks, k):
                assert L._settlement_of_name(toks, k) is None
            if not (k >= 3 and toks[k - 2][2] == "of"):
                assert L._parent_of_number(toks, k) is None
            if 0 <= k and not (k >= 4 and toks[k - 3][2] == "of"):
                assert L._tenure_of_count(toks, k, lex) is None


def test_left_np_on_small_phrases():
    lex = lexicon()

    def np(text):
        toks = _toks(text.split())
        got = np_left._left_np(toks, len(toks) - 1, lex)
        return None if got is None else " ".join(t[2] for t in toks[got[0] : got[1]])

    # (the phrases main 41c9c365 reads; a lone word token stands for each token)
    assert np("Lake of the Woods Fibre Corp. said") == "Lake of the Woods Fibre Corp."
    assert np("the Grape Growers of the Niagara Bench said") == (
        "Grape Growers of the Niagara Bench"
    )
    assert np("Growers on the benches above the lake say") == (
        "Growers on the benches above the lake"
    )
    assert np("Ann Roe , who chairs the board , and Tom Vale said") == (
        "Ann Roe , who chairs the board , and Tom Vale"
    )
    assert np("Chief Ann Roe of the Mohawk community of Akwesasne said") == "Chief Ann Roe"
    assert np("the mother of two said") == "the mother of two"
    assert np("Nurses interviewed by the Herald said") == "Nurses"
    assert np("At least 21,000 said") == "At least 21,000"
    assert np("About 40 per cent said") == "About 40 per cent"
    assert np("A Court of King's Bench judge said") == "A Court of King's Bench judge"
    assert np("The owner of a bakery on Pelham Street said") == "The owner"
    assert np("Lee Hart of a bakery on Pelham Street said") == "Lee Hart"
    assert np("It closed in June and Dr. Ann Roe added") == "Dr. Ann Roe"
    assert np(", the company behind the project said") == "the company"
    # near negatives: no rule widens or moves the phrase
    assert np("He saw the house above the lake said") == "the lake"
    assert np(f"{MASK} Tom Vale said") == "Tom Vale"
    assert np("the talks said") == "the talks"
    assert np("The road the mayor promised to fix said") is None
    assert np("Acme Inc. of Columbus , Ohio , said") is None


def _rows(text):
    q = analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [text]}))
    return [(r.speaker, r.quote) for r in q.itertuples()]


def test_speakers_on_small_articles():
    assert _rows(
        'The owner of a bakery on Pelham Street said, "We open at six."\n\n'
        'Growers on the benches above the lake say "the frost came early."\n\n'
        '"No comment," the company behind the project said.'
    ) == [
        ("The owner", "We open at six."),
        ("Growers on the benches above the lake", "the frost came early."),
        ("the company", "No comment"),
    ]
    assert _rows(
        'The Grape Growers of the Niagara Bench said "prices are low."\n\n'
        'Ann Roe, who chairs the board, and Tom Vale said "the vote is Monday."'
    ) == [
        ("Grape Growers of the Niagara Bench", "prices are low."),
        ("Ann Roe and Tom Vale", "the vote is Monday."),
    ]
    # a lone capitalised word after a quotation stays a plain name, no rule widens it
    assert _rows('"We will build," Vale said.') == [("Vale", "We will build")]
