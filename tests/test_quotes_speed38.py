"""speed38: cheaper gates in the frame-finding subtree, output unchanged; each gated
helper is compared with its ungated form (copied here) on sentences written here and
on random token lists over a small vocabulary (seeded: deterministic)."""

from __future__ import annotations

import random

import pytest

from analysis.quotes.blocks import MASK
from analysis.quotes.lexicon import _DETS, lexicon
from analysis.quotes.reduced import (
    _REDUCED_BEFORE,
    _REDUCED_OPENERS,
    _reduced_object_start,
    _reduced_participle,
    reduced_relative_start,
)


def _reduced_relative_start_ungated(toks, k, lex):
    o = _reduced_object_start(toks, k, lex)
    if o < 3 or not _reduced_participle(toks[o - 1][2], lex):
        return -1
    h = o - 2
    head = toks[h][2]
    if not (head.isalpha() and head.islower()) or head not in lex.nouns:
        return -1
    d = h - 1
    if d >= 0 and toks[d][2].isalpha() and toks[d][2].islower() and toks[d][2] not in _DETS:
        d -= 1
    if d < 0 or toks[d][2].lower() not in _REDUCED_OPENERS:
        return -1
    if d > 0 and toks[d - 1][2] not in _REDUCED_BEFORE and toks[d - 1][2][0] != MASK:
        return -1
    return d


def _toks(sentence):
    return [(0, 0, w) for w in sentence.split()]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("It opens , the company building it says", 3),
        ("The span rose , the firm running the old mill said", 4),
        ("It rose , a woman living nearby said", -1),  # (no object: the other rules')
        ("The dam held , the construction company repairing it said", 4),
        ("It opens , the company says", -1),
        ("building it says", -1),
        ("says", -1),
        ("", -1),
    ],
)
def test_reduced_relative_start_sentences(sentence, want):
    toks, lex = _toks(sentence), lexicon()
    k = max(0, len(toks) - 1)  # (the cue is the last word)
    assert reduced_relative_start(toks, k, lex) == want
    assert _reduced_relative_start_ungated(toks, k, lex) == want


def test_reduced_relative_start_equals_ungated_on_random_tokens():
    lex = lexicon()
    words = (
        "the a an one company firm woman building running repairing sing it them "
        "mill Tay new , ; and but \x01 said Lee king thing bring during"
    ).split()
    rng = random.Random(38)
    for _ in range(4000):
        toks = _toks(" ".join(rng.choice(words) for _ in range(rng.randint(0, 9))))
        for k in range(len(toks) + 1):
            assert reduced_relative_start(toks, k, lex) == _reduced_relative_start_ungated(
                toks, k, lex
            ), (toks, k)


def test_not_a_speech_verb_gates_hold_on_random_cues():
    """Each helper that ``_not_a_speech_verb`` now calls behind a gate answers False
    whenever its gate is False (so skipping the call changes nothing), and the
    written cases where the gate is open still answer True."""
    from types import SimpleNamespace as N

    from analysis.quotes.idioms import _particle_idiom
    from analysis.quotes.nonspeech import (
        _asks_for_a_thing,
        _backshifted_conjunct,
        _participle_adjective,
        _reported_perfect_conjunct,
        _writes_a_thing,
    )
    from analysis.quotes.sides import _DIRECTIVE_FORMS

    lex = lexicon()
    words = (
        "Lee said the band had closed it and told asked writing wrote down counter to "
        "for a an of reported claimed exams members not where Had had , . \x01 that"
    ).split()
    rng = random.Random(3808)
    for _ in range(3000):
        ws = [rng.choice(words) for _ in range(rng.randint(1, 12))]
        toks = _toks(" ".join(ws))
        k = rng.randrange(len(toks))
        form = toks[k][2].lower()
        c = N(
            toks=toks,
            k=k,
            kend=k + 1,
            form=form,
            lemma=lex.verb_lemma.get(form, rng.choice(("ask", "write", "counter", "say"))),
            prev_tok=toks[k - 1][2].lower() if k > 0 else "",
            prev2=toks[k - 2][2].lower() if k > 1 else "",
            ss=0,
        )
        if c.form != "writing":
            assert not _writes_a_thing(c)
        if c.lemma != "ask":
            assert not _asks_for_a_thing(c)
        if c.form not in _DIRECTIVE_FORMS:
            assert not _reported_perfect_conjunct(c)
        if c.prev_tok != "had":
            assert not _backshifted_conjunct(c)
        if not c.form.endswith("ed"):
            assert not _participle_adjective(c)
        if c.lemma not in ("counter", "write"):
            assert not _particle_idiom(c)
    w = "Lee said the band welcomed it and had asked them to sign".split()
    assert _backshifted_conjunct(N(toks=_toks(" ".join(w)), k=8, kend=9))


def _quantity_of_them_ungated(toks, k):
    from analysis.quotes.phrase_adjuncts import _skips_or_do
    from analysis.quotes.subjects import _THOSE_PREPS, _object_in_relative, _quantity_word

    j = k - 1
    while j > 0 and k - j <= 3 and _skips_or_do(toks, j, k):
        j -= 1
    end = j + 1
    x = j
    while (
        x > 2
        and end - x < 6
        and toks[x][2].isalnum()
        and toks[x][2].lower() not in ("those", "who", "that", "which")
    ):
        x -= 1
    if x < j and (toks[x][2].lower() != "those" or toks[x + 1][2].lower() not in _THOSE_PREPS):
        x = j
    if (
        x >= 2
        and toks[x][2].lower() in ("them", "those", "us")
        and toks[x - 1][2].lower() == "of"
        and _quantity_word(toks[x - 2][2].lower())
        and not _object_in_relative(toks, x - 2)
    ):
        return (x - 2, end)
    return None


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Most of them have since said", True),
        ("But two-thirds of those in the younger generation said", True),
        ("And half OF us say", True),
        ("The farmer whose fields would hold six of them says", False),
        ("Most voters said", False),
        ("said", False),
    ],
)
def test_quantity_of_them_sentences(sentence, want):
    from analysis.quotes.subjects import _quantity_of_them

    toks = _toks(sentence)
    k = len(toks) - 1
    assert (_quantity_of_them(toks, k) is not None) is want
    assert (_quantity_of_them_ungated(toks, k) is not None) is want


def test_quantity_of_them_equals_ungated_on_random_tokens():
    from analysis.quotes.subjects import _quantity_of_them

    words = (
        "most two half three-fourths of Of OF them those us in under who that also have "
        "since , \x01 voters Lee said the farmer whose fields hold six"
    ).split()
    rng = random.Random(3838)
    for _ in range(3000):
        ws = [rng.choice(words) for _ in range(rng.randint(0, 14))]
        toks = [(2 * i, 2 * i + 1, w) for i, w in enumerate(ws)]  # (distinct offsets)
        for k in range(len(toks) + 1):
            got = _quantity_of_them(toks, k)
            want = _quantity_of_them_ungated(toks, k)
            assert (None if got is None else (got[0], got[1])) == (
                None if want is None else (toks[want[0]][0], toks[want[1] - 1][1])
            ), (toks, k)
