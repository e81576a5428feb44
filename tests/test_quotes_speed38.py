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
