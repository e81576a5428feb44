"""speed34: per-word patterns replaced by generic ones (no compile per new word); each
helper is compared with the per-word pattern it replaces, on sentences written here and
on random strings over a small alphabet (seeded: deterministic)."""

from __future__ import annotations

import random
import re
import sys

import pytest

from analysis.quotes.appositions import (
    _last_unmasked,
    _predicate_role_last,
    _predicate_role_rx,
)
from analysis.quotes.role_titles import _position_hint_re
from analysis.quotes.wordscan import (
    _ASCII_IGNORECASE_FOLD,
    _indefinite_head_in,
    _position_hint_in,
    _word_alone_starts,
    _word_boundary_at,
)


def _indefinite_rx(seg, head):
    pat = rf"\b(?:a|an|another|one)[ \t]+(?:[\w-]+[ \t]+){{0,2}}{re.escape(head)}\b"
    return re.search(pat, seg, re.I) is not None


def _random_text(rng, atoms, n, seps=("", " ", " ", " ", "\t", "  ")):
    return "".join(rng.choice(atoms) + rng.choice(seps) for _ in range(n))


@pytest.mark.parametrize(
    ("seg", "head", "want"),
    [
        ("We met a farmer.", "farmer", True),
        ("We met An old Farmer there", "farmer", True),
        ("One tired cash-crop farmer-owner left", "farmer", True),
        ("We met a very tired old farmer.", "farmer", False),
        ("We met a farmers' group.", "farmer", False),
        ("We met the farmer.", "farmer", False),
        ("A\tnew  farmer", "farmer", True),
        ("a new\nfarmer", "farmer", False),
        ("Café owner, a new farmer", "farmer", True),
        ("a co-", "co-", False),
        ("a co-op", "co-", True),
        ("banana farmer", "farmer", False),
    ],
)
def test_indefinite_head_in_sentences(seg, head, want):
    assert _indefinite_head_in(seg, head) is want
    assert _indefinite_rx(seg, head) is want


def test_fold_is_what_re_ignorecase_matches_for_ascii_letters():
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    folded = every.translate(_ASCII_IGNORECASE_FOLD)
    assert len(folded) == len(every)
    for c in "abcdefghijklmnopqrstuvwxyz":
        matched = {m.start() for m in re.finditer(c, every, re.I)}
        assert matched == {i for i, x in enumerate(folded) if x == c}, c


def test_word_boundary_is_re_word_boundary():
    s = "Ab_9 ſé-K\u2160 \u0661x.\u00b2 "
    for i in range(len(s) + 1):
        assert _word_boundary_at(s, i) == (re.compile(r"\b").match(s, i) is not None), i


def test_indefinite_head_in_matches_the_pattern_on_random_text():
    rng = random.Random(34)
    atoms = ["a", "an", "one", "another", "A", "An", " ", " ", "\t", "x", "old", "-", "_",
             "9", ",", ".", "\n", "nurse", "Nurse", "nurses", "ė", "é", "\u017f", "\u212a",
             "\u0130", "\u0131", "kis", "KIS", "’", "“"]  # fmt: skip
    for _ in range(6000):
        seg = _random_text(rng, atoms, rng.randint(0, 14))
        head = rng.choice(["nurse", "nurs", "x-", "old", "an", "kis", "is-"])
        assert _indefinite_head_in(seg, head) == _indefinite_rx(seg, head), (seg, head)


@pytest.mark.parametrize(
    ("seg", "w", "want"),
    [
        ("When third Ana Okafor threw", "third", True),
        ("The third time, a third of them", "third", False),
        ("skip\tÉmile Roe", "skip", False),
        ("the skip \tÉmile Roe", "skip", True),
        ("a lead-off Ann", "lead", False),
    ],
)
def test_position_hint_in_sentences(seg, w, want):
    assert _position_hint_in(seg, w) is want
    assert (_position_hint_re(w).search(seg) is not None) is want


def test_position_hint_in_matches_the_pattern_on_random_text():
    rng = random.Random(340)
    atoms = ["lead", "le", "ad", " ", "\t", "A", "É", "a", "x", "\n", ","]
    for _ in range(4000):
        seg = _random_text(rng, atoms, rng.randint(0, 12))
        w = rng.choice(["lead", "ad", "leadl"])
        assert _position_hint_in(seg, w) == (_position_hint_re(w).search(seg) is not None)


def _last_as_before(text, masked, lo, hi, head):
    m = _last_unmasked(_predicate_role_rx(head), text, masked, lo, hi, head)
    return None if m is None else m.span(1)


def test_predicate_role_last_sentences():
    t = "Ann Lee was the first witness. Then a witness came. Bo Roe, 29, is now the last witness."
    assert _predicate_role_last(t, None, 0, len(t), "witness").group(1) == "Bo Roe"
    assert _predicate_role_last(t, None, 0, 50, "witness").group(1) == "Ann Lee"
    assert _predicate_role_last("A witness. The witness is here.", None, 0, 31, "witness") is None
    t2 = "Jo Roe took over as club captain. The captain said"
    assert _predicate_role_last(t2, None, 0, len(t2), "captain").group(1) == "Jo Roe"


def _random_clause(rng):
    name = rng.choice(["Ann Lee", "Bo Roe", "Al Bo Roe", "ann lee", "Roe"])
    sep = rng.choice([" ", ", 29, ", ",  ", "\t", ""])
    verb = rng.choice(["was the", "is now a", "became", "took over as", "serves as", "was named",
                       "said the", "is", "was\tthe", "has", "was hired as the",
                       "took  over as a", "was elected", "served as"])  # fmt: skip
    mods = " ".join(rng.choice(["new", "club", "co-", "x"]) for _ in range(rng.randint(0, 4)))
    head = rng.choice(["chair", "chairs", "chairman", "Chair", "table"])
    end = rng.choice([". ", " ", "\n", ", ", "; ", "\x01"])
    return name + sep + verb + " " + mods + (" " if mods else "") + head + end


def test_predicate_role_last_matches_the_scan_on_random_text():
    rng = random.Random(3400)
    hits = 0
    for _ in range(3000):
        text = "".join(_random_clause(rng) for _ in range(rng.randint(0, 5)))
        masked = text if rng.random() < 0.5 else None
        lo = rng.randint(0, len(text) // 4)
        hi = len(text) if rng.random() < 0.7 else rng.randint(lo, len(text))
        got = _predicate_role_last(text, masked, lo, hi, "chair")
        assert (None if got is None else got.span(1)) == _last_as_before(
            text, masked, lo, hi, "chair"
        ), (text, lo, hi)
        hits += got is not None
    assert hits > 150  # (the random clauses hold matches)


def _alone_rx_starts(text, word):
    rx = rf"(?<![\w'’&.-]){re.escape(word)}(?![\w&-])(?![ \t]+[A-Z])"
    return [m.start() for m in re.finditer(rx, text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A lawyer for Birchgate spoke.", [13]),
        ("Birchgate Residential raised rents.", []),
        ("Birchgate-owned, Birchgate's, O’Birchgate, .Birchgate", [17]),
        ("Birchgate\t\tsaid; Birchgate  \n Corp", [0, 17]),
        ("_Birchgate Birchgate_ Birchgate", [22]),
    ],
)
def test_word_alone_starts_sentences(text, want):
    assert list(_word_alone_starts(text, "Birchgate")) == want
    assert _alone_rx_starts(text, "Birchgate") == want


def test_word_alone_starts_matches_the_pattern_on_random_text():
    rng = random.Random(34000)
    atoms = ["abab", "ab", "Ab", "ba", " ", "\t", "\n", "B", "é", "’", "'", "&", ".", "-", "_",
             "1", ",", "Éa"]  # fmt: skip
    for _ in range(4000):
        text = _random_text(rng, atoms, rng.randint(0, 14))
        word = rng.choice(["abab", "ab", "Éa", "ba"])
        assert list(_word_alone_starts(text, word)) == _alone_rx_starts(text, word), text


def _random_apposition(rng):
    name = rng.choice(["Tom Greer", "Ana de Souza", "Roe", "tom greer", "Her"])
    age = rng.choice(["", " 52,", " 7,"])
    det = rng.choice(["a ", "the ", "its ", "", "who is a ", "her ", "The family's "])
    mods = " ".join(rng.choice(["local", "co-op", "x", "9th"]) for _ in range(rng.randint(0, 4)))
    role = rng.choice(["lawyer", "lawyers", "Lawyer", "lawyer at", "lawyer for"])
    after = rng.choice([", Marc Roe,", " said", ", Marc Roe.", ". ", "\n", "; "])
    sep = rng.choice([", ", ",\t", " ", ","])
    return name + sep + age + " " + det + mods + (" " if mods else "") + role + after + " "


def test_role_gates_hold_for_every_match_on_random_text():
    from analysis.quotes.lede_appositions import _described_rx, _possessed_role_rx
    from analysis.quotes.wordscan import _role_after_comma

    rng = random.Random(340000)
    seen = [0, 0]
    for _ in range(3000):
        seg = "".join(_random_apposition(rng) for _ in range(rng.randint(0, 4)))
        described = list(_described_rx("lawyer").finditer(seg))
        possessed = list(_possessed_role_rx("lawyer").finditer(seg))
        if not _role_after_comma(seg, "lawyer"):
            assert not described, seg
        if "lawyer," not in seg:
            assert not possessed, seg
        seen[0] += bool(described)
        seen[1] += bool(possessed)
    assert min(seen) > 30  # (the random text holds matches of both)


def _apposed_rx(words):
    # the pattern appositions._resolve_apposed compiles for a "the"/"her" description
    from analysis.quotes.antecedents import _CAP_NAME_WORD

    det = re.escape(words[0])
    if words[0].lower() == "the":
        det = r"(?:the|(?:the[ \t]+)?[\w-]+['’]s)"
    elif words[0].lower() in ("her", "his"):
        det = r"(?:" + det + r"|their)"
    return re.compile(
        r"(?<![\w'’])(?i:" + det + r")[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}(?i:"
        + r"[ \t]+".join(map(re.escape, words[1:])) + r"),[ \t]+((?:" + _CAP_NAME_WORD
        + r"[ \t]+){0,2}" + _CAP_NAME_WORD + r")[ \t]*,"
    )  # fmt: skip


def _indefinite_apposed_rx(head):
    # the pattern appositions._resolve_indefinite_apposed compiles for ``head``
    from analysis.quotes.antecedents import _CAP_NAME_WORD

    return re.compile(
        r"(?<![\w'’])[Aa]n?[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}" + re.escape(head)
        + r"\b[^\n.,;:!?\"“”]{0,120},[ \t]+((?:" + _CAP_NAME_WORD + r"[ \t]+){1,2}"
        + _CAP_NAME_WORD + r")[ \t]*,"
    )  # fmt: skip


def test_apposed_name_gates_hold_for_every_match_on_random_text():
    from analysis.quotes.wordscan import _head_then_apposed_name, _word_then_apposed_name

    rng = random.Random(3400000)

    def clause():
        det = rng.choice(["her ", "Her ", "the ", "The team's ", "a ", "An ", "their ", ""])
        mods = rng.choice(["", "younger ", "new ", "new old ", "9th ", "in Sydney who ran it "])
        noun = rng.choice(["grandson", "GRANDSON", "Grand\u017fon", "grandsons", "sister-in-law"])
        sep = rng.choice([", ", ",\t", " ", ". ", ",", "\n", " “"])
        name = rng.choice(["Ciaran Doyle", "Élise Roe", "who", "Al", "ciaran"])
        return det + mods + noun + sep + name + rng.choice([",", ", ", ".", " said "])

    seen = [0, 0]
    for _ in range(4000):
        seg = " ".join(clause() for _ in range(rng.randint(0, 4)))
        for words in (["her", "grandson"], ["the", "sister-in-law"], ["The", "new", "grandson"]):
            if not _word_then_apposed_name(seg, words[-1]):
                assert _apposed_rx(words).search(seg) is None, (seg, words)
            seen[0] += _apposed_rx(words).search(seg) is not None
        for head in ("grandson", "sister-in-law"):
            if not _head_then_apposed_name(seg, head):
                assert _indefinite_apposed_rx(head).search(seg) is None, (seg, head)
            seen[1] += _indefinite_apposed_rx(head).search(seg) is not None
    assert min(seen) > 20  # (the random text holds matches of both)
