"""speed36: constant patterns compiled once at module level, and tighter generic gates
before per-word patterns (no compile per new word where the pattern cannot match); each
is checked against the pattern it replaces or stands before, on sentences written here
and on random text built from small pieces (seeded: deterministic) that holds matches."""

from __future__ import annotations

import random
import re

import pytest

from analysis.quotes.description_appositions import (
    _APPOSED_LATER_NAME,
    _APPOSED_TAIL_RE,
    apposed_description_name,
)
from analysis.quotes.lede_appositions import _described_rx
from analysis.quotes.lede_named_next import _NAME_RUN_NEXT_RE, _office_title_rx
from analysis.quotes.names import _APPOS_SPLIT_RE, _split_appositions
from analysis.quotes.orgs import _COMMA_CAPITAL_NEXT_RE
from analysis.quotes.wordscan import (
    _COMMA_THE_LEAD_RE,
    _DESCRIBED_BARE_LEAD_RE,
    _DESCRIBED_DET_LEAD_RE,
    _PLACE_OF_WORK_NEXT_RE,
    _WORD_END_NOT_OF_RE,
    _WORD_END_RE,
    _comma_lead_then,
    _indefinite_head_in,
    _standalone_starts,
    _word_then,
)

_OLD_SPLIT = r"\s*[,;:(\[\]){}]\s*|\s+[-–—]+\s+"


def _apposed_rx(words):
    # the pattern description_appositions.apposed_description_name compiles
    return re.compile(
        r"(?:^|(?<=[.!?\n])[ \t]*|(?<=[ \t]))[Tt]he[ \t]+"
        + r"[ \t]+".join(re.escape(w) for w in words[1:])
        + r"[ \t]*,[ \t]+"
        + _APPOSED_LATER_NAME
        + r"[ \t]*,"
    )


def _unnamed_rx(head):
    # the pattern description_echoes._unnamed_before compiles
    return re.compile(
        r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)[ \t]+(?:[\w-]+[ \t]+){0,2}" + re.escape(head) + r"\b"
    )


def _apposed_org_rx(head):
    # the pattern orgs._apposed_org_name searches
    return re.compile(
        r"\b[Tt]he[ \t]+" + re.escape(head) + r",[ \t]+([A-Z][\w'’&.-]*"
        r"(?:[ \t]+(?:of|the|and|for|de|du|des|[A-Z0-9][\w'’&.-]*)){0,8}),"
    )


_PIECES = [
    "The",
    "the",
    " ",
    "\t",
    "  ",
    ",",
    ", ",
    ".",
    ". ",
    "\n",
    "deputy",
    "minister",
    "Minister",
    "ministers",
    "Bea",
    "Du",
    "Pont",
    "de",
    "Roe",
    "Ann",
    "a",
    "an",
    "A",
    "one",
    "One",
    "another",
    "farmer",
    "Farmer",
    "cash-crop",
    "union",
    "Local",
    "12",
    "(",
    ")",
    " - ",
    " – ",
    ";",
    ":",
    "Jr.",
    "ſ",
    "İ",
    "K",
    "said",
    "leader",
    "Leader",
]


def _random_text(rng, n=30):
    return "".join(rng.choice(_PIECES) for _ in range(n))


def _clause(rng):
    # a determiner, modifiers and a head, with noise around: holds matches often
    det = rng.choice(["a", "an", "A", "one", "One", "another", "the", "The", "xa", ""])
    mods = rng.choice(["", "old ", "cash-crop ", "very old ", "old  ", "old\t"])
    head = rng.choice(["farmer", "Farmer", "farmers", "minister", "union", "ſ"])
    tail = rng.choice(["", ",", ", Local 12,", ", which", ".", " said", "s"])
    sep = rng.choice([" ", "\t", "  ", ""])
    return rng.choice(["", " ", "\n", ". "]) + det + sep + mods + head + tail


def _clauses(rng, n=4):
    return "".join(_clause(rng) + rng.choice(_PIECES) for _ in range(n))


@pytest.mark.parametrize(
    "text",
    [
        "Putin, the Russian president",
        "King, Jr. (the pastor) -- and more; x: y",
        "Ann Roe — the chair – of it",
        " , ,; ",
        "",
    ],
)
def test_split_pattern_is_the_old_one(text):
    assert _APPOS_SPLIT_RE.split(text) == re.split(_OLD_SPLIT, text)


def test_split_appositions_sentences():
    assert _split_appositions("Putin, the Russian president") == ["Putin", "the Russian president"]
    assert _split_appositions("Martin Luther King, Jr., the pastor") == [
        "Martin Luther King Jr.",
        "the pastor",
    ]


def test_split_pattern_on_random_text():
    rng = random.Random(36)
    for _ in range(2000):
        t = _random_text(rng)
        assert _APPOS_SPLIT_RE.split(t) == re.split(_OLD_SPLIT, t)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Later: The deputy minister, Bea Du Pont, is due.", True),
        ("Later: The deputy minister , Ann de Roe , is due.", True),
        ("Later: The deputy minister, who sat there, is due.", False),
        ("Later: The deputy minister, Bea, is due.", False),
        ("Later: The deputy minister said so.", False),
    ],
)
def test_apposed_tail_gate_sentences(text, want):
    assert _word_then(text, "minister", _APPOSED_TAIL_RE) is want
    got = apposed_description_name(text, "the deputy minister", 0)
    assert (got is not None) is want
    if not want:
        assert _apposed_rx(["the", "deputy", "minister"]).search(text) is None


def _apposition(rng):
    sp = ["", " ", "\t", "  "]
    name = rng.choice(
        ["Bea Du Pont", "Bea", "Ann de Roe", "Ann Roe Lee Kay Moe", "bea Roe", "Ann  Roe"]
    )
    return (
        rng.choice(["", ".", ". ", "\n", "x", " "])
        + rng.choice(["The", "the", "A"])
        + rng.choice([" ", "\t", ""])
        + "deputy"
        + rng.choice([" ", "\t", "  ", ""])
        + rng.choice(["minister", "ministers", "Minister"])
        + rng.choice(sp)
        + rng.choice([",", "", ";"])
        + rng.choice(sp)
        + name
        + rng.choice(sp)
        + rng.choice([",", ".", ""])
    )


def test_apposed_tail_gate_holds_for_every_match_on_random_text():
    rng = random.Random(361)
    rx = _apposed_rx(["the", "deputy", "minister"])
    seen = 0
    for _ in range(3000):
        t = "".join(_apposition(rng) + rng.choice(_PIECES) for _ in range(3))
        lo = rng.randrange(0, 10)
        hi = lo + rng.randrange(0, len(t) + 1)
        if rx.search(t, lo, hi) is not None:
            seen += 1
            assert _word_then(t, "minister", _APPOSED_TAIL_RE, lo, hi), (t, lo, hi)
    assert seen > 5


@pytest.mark.parametrize(
    ("seg", "head", "want"),
    [
        ("He met a cash-crop farmer there.", "farmer", True),
        ("He met One old farmer there.", "farmer", True),
        ("He met a very old cash-crop farmer.", "farmer", False),
        ("The farmer spoke.", "farmer", False),
        ("He met a farmers' group.", "farmer", False),
    ],
)
def test_indefinite_gate_before_unnamed_pattern(seg, head, want):
    assert (_unnamed_rx(head).search(seg) is not None) is want
    if want:
        assert _indefinite_head_in(seg, head)


def test_indefinite_gate_holds_for_every_case_sensitive_match_on_random_text():
    rng = random.Random(362)
    found = 0
    for _ in range(4000):
        t = _clauses(rng)
        lo = rng.randrange(0, 8)
        at = lo + rng.randrange(0, len(t) + 1)
        for head in ("farmer", "Farmer", "minister"):
            if _unnamed_rx(head).search(t, lo, at) is not None:
                found += 1
                assert _indefinite_head_in(t[lo:at], head), (t, lo, at, head)
            # the lower-case lede pattern of description_echoes (head unescaped)
            lede = r"\b(?:an?|another|one)[ \t]+(?:[\w-]+[ \t]+){0,2}" + head + r"\b"
            if re.search(lede, t[:at]):
                assert _indefinite_head_in(t[:at], head), (t, at, head)
    assert found > 20


@pytest.mark.parametrize(
    ("seg", "want"),
    [
        ("The union, Local 12 of the Food Workers, struck.", True),
        ("The union,\tLocal 12, struck.", True),
        ("The union, which struck, won.", False),
        ("The union,Local 12, struck.", False),
    ],
)
def test_comma_capital_gate_sentences(seg, want):
    assert _word_then(seg, "union", _COMMA_CAPITAL_NEXT_RE) is want
    if not want:
        assert _apposed_org_rx("union").search(seg) is None


def test_comma_capital_gate_holds_for_every_match_on_random_text():
    rng = random.Random(363)
    found = 0
    for _ in range(4000):
        t = _clauses(rng)
        if _apposed_org_rx("union").search(t) is not None:
            found += 1
            assert _word_then(t, "union", _COMMA_CAPITAL_NEXT_RE), t
    assert found > 5


def _org_apposed_rx(head):
    # the pattern orgs._org_apposed_to searches
    return re.compile(
        r"(?<![\w'’&.-])([A-Z][\w'’&.-]*(?:[ \t]+(?:of|and|&|[A-Z][\w'’&.-]*)){1,6}),[ \t]+the"
        r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}" + re.escape(head) + r"\b(?![ \t]+of\b)"
    )


def _described_possible(seg, role):
    return _comma_lead_then(seg, role, _DESCRIBED_DET_LEAD_RE, _WORD_END_RE) or _comma_lead_then(
        seg, role, _DESCRIBED_BARE_LEAD_RE, _PLACE_OF_WORK_NEXT_RE
    )


@pytest.mark.parametrize(
    ("seg", "want"),
    [
        ("Tom Greer, 52, a local businessman, said", True),
        ("Jo Roe, chief economist at Northmark, said", True),
        ("Jo Roe, chief economist, said", False),
        ("Jo Roe, who is chief economist at Northmark", False),
        ("Tom Greer, 52, a local businessmen, said", False),
        ("Tom Greer, the very old and tired local businessman", False),
    ],
)
def test_described_gate_sentences(seg, want):
    role = "economist" if "economist" in seg else "businessman"
    assert _described_possible(seg, role) is want
    if not want:
        assert _described_rx(role).search(seg) is None
    else:
        assert _described_rx(role).search(seg) is not None


@pytest.mark.parametrize(
    ("seg", "want"),
    [
        ("Coastal Link Marine, the private company that runs it, agreed.", True),
        ("Coastal Link Marine, the company of the year, agreed.", False),
        ("Coastal Link Marine, which is the private company, agreed.", False),
        ("Coastal Link Marine, the very old private company, agreed.", False),
    ],
)
def test_comma_the_gate_sentences(seg, want):
    assert _comma_lead_then(seg, "company", _COMMA_THE_LEAD_RE, _WORD_END_NOT_OF_RE) is want
    if not want:
        assert _org_apposed_rx("company").search(seg) is None


def _described_clause(rng):
    sp = rng.choice([" ", "\t", "  ", ""])
    return (
        rng.choice(["Tom Greer", "Tom Greer", "Jo de Roe", "ACME", "he", ""])
        + rng.choice([",", ",", ", 52,", ";", ""])
        + sp
        + rng.choice(["a ", "the ", "the ", "the ", "its ", "The ", "who ", "wholly ", "", "x, "])
        + rng.choice(["", "local ", "chief old ", "very old local ", "co-op ", "9th "])
        + rng.choice(["businessman", "company", "businessmen", "companyx"])
        + rng.choice(["", ",", " at Acme", " of the year", "\tfor", " said", "_"])
    )


def test_comma_lead_gates_hold_for_every_match_on_random_text():
    rng = random.Random(364)
    found = {"d": 0, "o": 0}
    rx_d, rx_o = _described_rx("businessman"), _org_apposed_rx("company")
    for _ in range(5000):
        seg = "".join(_described_clause(rng) + rng.choice(_PIECES) for _ in range(3))
        if rx_d.search(seg) is not None:
            found["d"] += 1
            assert _described_possible(seg, "businessman"), seg
        if rx_o.search(seg) is not None:
            found["o"] += 1
            assert _comma_lead_then(seg, "company", _COMMA_THE_LEAD_RE, _WORD_END_NOT_OF_RE), seg
    assert found["d"] > 20 and found["o"] > 10, found


def test_module_level_patterns_are_the_ones_they_replace():
    from analysis import transcripts
    from analysis.quotes import (
        antecedents,
        cues,
        description_echoes,
        frames,
        lede_named_next,
        roles,
    )

    want = {
        antecedents._ORG_LEADING_DET_RE: r"^(?:The|A|An)[ \t]+",
        antecedents._ORG_NAME_SPACES_RE: r"\s+",
        antecedents._ORG_LEAD_WORD_RE: r"\S+",
        cues._CUE_SPACES_RE: r"\s+",
        description_echoes._INTRO_LOWER_WORD_RE: r"[a-z]+",
        frames._LEAD_ING_SPACES_RE: r"\s+",
        lede_named_next._ASCII_WORD_RE: r"[A-Za-z]+",
        roles._NAMED_THE_RE: r"^[Tt]he ",
        transcripts._LABEL_SPACES_RE: r"\s+",
        transcripts._ANSWER_LINE_RE: r"[^\n]+",
        _APPOS_SPLIT_RE: _OLD_SPLIT,
    }
    for rx, pattern in want.items():
        assert rx.pattern == pattern and rx.flags == re.compile(pattern).flags


def _document_in_rx(head):
    # the pattern documents._document_authors searches for a document head
    return re.compile(
        r"\b(?:[Ii]n[ \t]+an?|(?:wrote|writes|said|says)[ \t]+in[ \t]+(?:the|his|her|its|their)"
        r"|(?:issued|released)[ \t]+an?)"
        r"[ \t]+(?:[\w-]+[ \t]+){0,2}" + head + r"\b"
    )


@pytest.mark.parametrize(
    ("sent", "want"),
    [
        ("Acme said in a statement that prices rose.", True),
        ("In a short memo to staff, Jo Roe said so.", True),
        ("Acme said prices rose.", False),
        ("Acme issued a statements list.", False),
    ],
)
def test_document_gate_sentences(sent, want):
    from analysis.quotes.ledes import _DOC_HEADS

    assert all(h.isalpha() and h.islower() for h in _DOC_HEADS)  # (literal in the pattern)
    head = "memo" if "memo" in sent else "statement"
    assert (_document_in_rx(head).search(sent) is not None) is want
    if want:
        assert sent.find(head) >= 0


def _standalone_rx(word):
    # the pattern transcripts._interviewee counts and _in_lead_in searches
    return re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Roe, Roe-Lee, Roes and Roe.", "Roe"),
        ("O'Roe said O'Roe's O'Roe", "O'Roe"),
        ("a.a.a a.a", "a.a"),
        ("Dr. Roe_x Roe\tRoe\nRoé Roe", "Roe"),
        ("", "Roe"),
    ],
)
def test_standalone_starts_sentences(text, word):
    want = [m.start() for m in _standalone_rx(word).finditer(text)]
    assert list(_standalone_starts(text, word)) == want


def test_standalone_starts_on_random_text():
    rng = random.Random(365)
    pieces = ["Roe", "Roe", "Roes", "-", " ", "_", "'", ".", "é", "a.a", "a", "1", "\n", "O'Roe"]
    for _ in range(4000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14)))
        for word in ("Roe", "a.a", "O'Roe", "a"):
            want = [m.start() for m in _standalone_rx(word).finditer(t)]
            assert list(_standalone_starts(t, word)) == want, (t, word)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Then Mayor Gail Roe spoke.", True),
        ("Then Mayor\tÉlise Roe-Lee spoke.", True),
        ("Then Mayor Gail spoke.", False),
        ("Then the mayor Gail Roe spoke.", False),
        ("Then Mayor, Gail Roe spoke.", False),
    ],
)
def test_office_title_gate_sentences(text, want):
    assert _word_then(text, "Mayor", _NAME_RUN_NEXT_RE) is want
    assert (_office_title_rx("mayor").search(text) is not None) is want


def test_office_title_gate_on_random_text():
    rng = random.Random(366)
    pieces = ["Mayor", "mayor", " ", "\t", "Gail", "Roe", "Lee", ",", ".", "x", "É", "-"]
    rx, found = _office_title_rx("mayor"), 0
    for _ in range(5000):
        t = "".join(
            rng.choice(pieces)
            + rng.choice(["Mayor", "Mayor", "mayor", "xMayor"])
            + rng.choice([" ", "\t", "", ", "])
            + rng.choice(["Gail", "Élise", "gail", "G"])
            + rng.choice([" ", "\t", "-", ""])
            + rng.choice(["Roe", "Roe-Lee", "roe", "R.", ""])
            for _ in range(rng.randrange(1, 4))
        )
        lo = rng.randrange(0, 4)
        hi = lo + rng.randrange(0, len(t) + 1)
        if rx.search(t, lo, hi) is not None:
            found += 1
            assert _word_then(t, "Mayor", _NAME_RUN_NEXT_RE, lo, hi), (t, lo, hi)
    assert found > 20
