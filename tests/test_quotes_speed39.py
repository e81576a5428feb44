"""speed39: cheaper patterns and scans with the same results; each is compared with the
form it replaces (copied here) on sentences written here and on seeded random text over
a small vocabulary that holds many matches (deterministic)."""

from __future__ import annotations

import random
import re

import pytest

from analysis.quotes import given_names as gn
from analysis.quotes.lexicon import lexicon

# the patterns given_names used before (plain forms)
_PLAIN_CUE_RE = re.compile(
    r"(?=[MHhTt])\b(?:(?P<hon>Mrs|Ms|Miss|Mr)\.?|(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?P<kin>"
    + (gn._GIVEN_KIN_ALT or "wife")
    + r"),?)[ \t]+(?P<given>"
    + gn._GIVEN_WORD
    + r")[ \t]+[A-Z][a-z]"
)
_PLAIN_START_RE = re.compile(r"(?:[.!?][\"\u201d]?[ \t]|\n)(?=[A-Z])")

_GIVEN_TEXTS = [
    "Mrs. Ifeoma Okafor spoke. His wife, Adaeze Obi, left. Mr Tom Vale and Ms Ann Roe.",
    "Their son Brianne-Kay Lowe ran. Her husband Cy Day said so.\nAnn Roe came.",
    "aMr. Ann Roe; xhis wife Ann Roe; Miss Ann Roe! Mr. ann Roe? Mrs.\tAnn\tRoe",
    "the wife, Ann Roe; THEIR wife Ann Roe; Theirs wife Ann Roe; 'Mrs Ann Roe'",
    "\u00e9Mrs Ann Roe. Ms. Ann B. Roe. \u201cHi.\u201d Ann Roe. Her wife Mrs Ann Roe.",
    "",
    "M",
    "Mr",
    "his wife Mrs Ann Roe and her husband Mr Bo Lee.",
]

_VOCAB = (
    "Mr Mr. Mrs Mrs. Ms Miss His his Her her Their their theirs wife husband son "
    'daughter wife, Ann Roe Bo Lee Cy-Day ann . ! ? " \u201d , x the Then Mx M H T'
).split()
_SEPS = [" ", " ", " ", "\t", "\n", "", ". ", '." ', "\u201d "]


def _random_texts(n, seed):
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(0, 40)):
            parts.append(rng.choice(_VOCAB))
            parts.append(rng.choice(_SEPS))
        out.append("".join(parts))
    return out


def _cue_rows(rx, text, plain):
    rows = []
    for m in rx.finditer(text):
        hon = m.group("hon")
        if hon and not plain:
            hon = "M" + hon
        rows.append((m.span(), hon, m.group("kin"), m.group("given")))
    return rows


@pytest.mark.parametrize("text", _GIVEN_TEXTS)
def test_given_cue_equals_plain_written(text):
    assert _cue_rows(gn._GIVEN_CUE_RE, text, False) == _cue_rows(_PLAIN_CUE_RE, text, True)


def test_given_cue_finds_written_cues():
    rows = _cue_rows(gn._GIVEN_CUE_RE, _GIVEN_TEXTS[0], False)
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("Mrs", None, "Ifeoma"),
        (None, "wife", "Adaeze"),
        ("Mr", None, "Tom"),
        ("Ms", None, "Ann"),
    ]
    assert _cue_rows(gn._GIVEN_CUE_RE, "aMr. Ann Roe; xhis wife Ann Roe", False) == []


def test_given_cue_and_starts_equal_plain_random():
    texts = _random_texts(3000, 39)
    hits = 0
    for text in texts:
        got = _cue_rows(gn._GIVEN_CUE_RE, text, False)
        assert got == _cue_rows(_PLAIN_CUE_RE, text, True), text
        hits += len(got)
        want = [m.span() for m in _PLAIN_START_RE.finditer(text)]
        assert [m.span() for m in gn._GIVEN_START_RE.finditer(text)] == want, text
    assert hits > 100  # (the random texts do hold cues)


@pytest.mark.parametrize("text", _GIVEN_TEXTS)
def test_given_starts_equal_plain_written(text):
    want = [m.span() for m in _PLAIN_START_RE.finditer(text)]
    assert [m.span() for m in gn._GIVEN_START_RE.finditer(text)] == want


def test_article_given_genders_written():
    t = "Adaeze Obi runs the shop. She opened it. Mrs. Ifeoma Roe left. Mr Zoltan Vale ran."
    got = gn.article_given_genders(t, lexicon().gender)
    assert got.get("adaeze") == "f" and got.get("ifeoma") == "f" and got.get("zoltan") == "m"
