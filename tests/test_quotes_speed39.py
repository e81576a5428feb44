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
        rows.append((m.end(), hon, m.group("kin"), m.group("given")))  # (a "their" match
        # starts at its "h" now: the end and the groups are the result)
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


# roles._named_before_narration_head: a scan instead of a pattern per head
_NARR_TEXTS = [
    "It rose. The spokesman said so. The new spokesman added more. The man said.",
    "Lee won.\nThe spokesman  said it. The vice-chair spokesman said. The spokesman.",
    "Lee won.  The old spokesman said. X. The spokesman Said. x.The spokesman said",
    "The spokesman said. ok! The spokesmen said. ok? The\tspokesman\tsaid\nThe spokesman s",
    "ok. The spokesman spokesman said. ok. The - spokesman said. ok. The big-  spokesman x",
]
_NARR_VOCAB = "The the spokesman man new old vice-chair said added Said . ! ? - x ok".split() + [
    "ok. The",
    "ok.  The",
    "ok!\nThe",
    "spokesman",
    "man",
    "said",
]
_NARR_SEPS = [" ", " ", "  ", "\t", "\n", "", ". ", "\n "]


def test_narration_head_starts_equal_pattern():
    from analysis.quotes.roles import _narration_head_rx
    from analysis.quotes.wordscan import _narration_head_starts

    rng = random.Random(391)
    texts = list(_NARR_TEXTS)
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(0, 30)):
            parts.append(rng.choice(_NARR_VOCAB))
            parts.append(rng.choice(_NARR_SEPS))
        texts.append("".join(parts))
    hits = 0
    for text in texts:
        for head in ("spokesman", "man", "vice-chair", "said"):
            for lo, hi in ((0, len(text)), (len(text) // 3, len(text) - 2)):
                want = [m.start() for m in _narration_head_rx(head).finditer(text, lo, hi)]
                assert _narration_head_starts(text, head, lo, hi) == want, (text, head)
                hits += len(want)
    assert hits > 500


def test_narration_head_starts_only_lower_case_words():
    from analysis.quotes.wordscan import _narration_head_starts

    t = "Ok. The Spokesman said. Ok. The spokes man said."
    assert _narration_head_starts(t, "Spokesman", 0, len(t)) is None
    assert _narration_head_starts(t, "spokes man", 0, len(t)) is None
    assert _narration_head_starts(t, "spokesman", 0, len(t)) == []
    assert _narration_head_starts(t, "man", 0, len(t)) == [28]


# descriptions._last_person_described: "a ... <head>" found without a pattern per head
_INDEF_VOCAB = (
    "a A an An another Another one One aN the nurse Nurse nurse-aide nurses old very "
    "cash-crop x_y 9 \u00e9 came left ,"
).split() + ["a nurse", "an old nurse", "one very old nurse", "a a nurse"]
_INDEF_SEPS = [" ", " ", "  ", "\t", "\n", "", "-", ". "]


def _indefinite_plain_starts(seg, head):
    rx = rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)[ \t]+(?:[\w-]+[ \t]+){{0,2}}{head}\b"
    return [m.start() for m in re.finditer(rx, seg)]


def test_indefinite_head_starts_written():
    from analysis.quotes.wordscan import _indefinite_head_starts

    seg = "A nurse came. Then one very old nurse-aide left. a a nurse. An x y z nurse."
    assert _indefinite_head_starts(seg, "nurse") == _indefinite_plain_starts(seg, "nurse")
    assert _indefinite_head_starts(seg, "nurse") == [0, 19, 49]
    assert _indefinite_head_starts("aa nurse, Anurse", "nurse") == []
    assert _indefinite_head_starts("a nurse", "nurse-aide") is None


def test_indefinite_head_starts_equal_pattern_random():
    from analysis.quotes.wordscan import _indefinite_head_starts

    rng = random.Random(3939)
    hits = 0
    for _ in range(4000):
        parts = []
        for _ in range(rng.randint(0, 25)):
            parts.append(rng.choice(_INDEF_VOCAB))
            parts.append(rng.choice(_INDEF_SEPS))
        seg = "".join(parts)
        for head in ("nurse", "Nurse", "old", "a", "\u00e9"):
            want = _indefinite_plain_starts(seg, head)
            assert _indefinite_head_starts(seg, head) == want, (seg, head)
            hits += len(want)
    assert hits > 2000
