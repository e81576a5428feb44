"""speed35: per-word patterns behind generic gates (no compile per new word); each gate
is checked against the per-word pattern it stands before, on sentences written here and
on random text built from small pieces (seeded: deterministic) that holds matches."""

from __future__ import annotations

import random
import re

import pytest

from analysis.quotes.roles import _narration_head_rx
from analysis.quotes.wordscan import (
    _CALLED_NAME_RE,
    _LOWER_WORD_NEXT_RE,
    _indefinite_head_in,
    _word_then,
)


def _org_called_rx(head):
    # the pattern orgs._org_called compiles for ``head``
    return re.compile(
        r"\b(?:a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?" + re.escape(head) + r"[ \t]+"
        r"(?:calling[ \t]+itself|called|named|known[ \t]+as)[ \t]+([A-Z][\w'’&-]*"
        r"(?:[ \t]+(?:of|the|and|for|[A-Z0-9][\w'’&-]*)){0,8})"
    )


def _in_focus_rx(head):
    # the pattern roles._resolve_in_focus compiles for ``head``
    return re.compile(
        rf"(\bas[ \t]+|(?-i:[A-Z])[\w'’.-]*,[ \t]*)?\b(?:a|an|another|one)[ \t]+(?:[\w-]+[ \t]+)?{head}\b",
        re.I,
    )


@pytest.mark.parametrize(
    ("seg", "want"),
    [
        ("It came from a group calling itself Parents for Open Shelves.", True),
        ("a new group known as Friends of the Valley", True),
        ("a group\tnamed  Tidewater Watch", True),
        ("a group called for a vote", False),
        ("the group, called Tidewater Watch,", False),
        ("a group known for Tidewater", False),
        ("a groupcalled Tidewater", False),
    ],
)
def test_called_gate_sentences(seg, want):
    assert _word_then(seg, "group", _CALLED_NAME_RE) is want
    if not want:
        assert _org_called_rx("group").search(seg) is None


@pytest.mark.parametrize(
    ("text", "lo", "hi", "want"),
    [
        ("Ann Roe spoke. The winger shrugged.", 0, 35, True),
        ("Ann Roe spoke. The winger Shrugged.", 0, 35, False),
        ("Ann Roe spoke. The winger shrugged.", 0, 27, True),
        ("Ann Roe spoke. The winger shrugged.", 0, 26, False),
        ("Ann Roe spoke. The winger shrugged.", 22, 35, False),
        ("Ann Roe spoke. The wingers shrugged.", 0, 36, False),
    ],
)
def test_narration_gate_sentences(text, lo, hi, want):
    assert _word_then(text, "winger", _LOWER_WORD_NEXT_RE, lo, hi) is want
    if not want:
        assert _narration_head_rx("winger").search(text, lo, hi) is None


def test_called_gate_holds_for_every_match_on_random_text():
    rng = random.Random(35)

    def clause():
        det = rng.choice(["a ", "an ", "A ", "the ", "", "a new ", "a co-op "])
        head = rng.choice(["group", "groups", "co-op", "group,", "Group"])
        sep = rng.choice([" ", "\t", "  ", "", " that "])
        verb = rng.choice(["called", "calling itself", "named", "known as", "known", "calling"])
        name = rng.choice([" Friends of the Valley", " for", "\tTidewater", " Ann", "", " x"])
        return det + head + sep + verb + name + rng.choice([". ", " ", "\n", ", "])

    hits = 0
    for _ in range(4000):
        seg = "".join(clause() for _ in range(rng.randint(0, 4)))
        for head in ("group", "co-op", "new"):
            found = _org_called_rx(head).search(seg) is not None
            if found:
                assert _word_then(seg, head, _CALLED_NAME_RE), (seg, head)
            hits += found
    assert hits > 300  # (the random text holds matches)


def test_narration_gate_holds_for_every_match_on_random_text():
    rng = random.Random(350)

    def sentence():
        end = rng.choice([". ", ".  ", "\n", "! ", "? ", " ", ".\t"])
        the = rng.choice(["The ", "The\t", "the ", "A "])
        mod = rng.choice(["", "old ", "young\t", "co-op ", "Old "])
        head = rng.choice(["winger", "wingers", "co-op", "old"])
        return end + the + mod + head + rng.choice([" shrugged", "\tsaid", " Said", "", "  left"])

    hits = 0
    for _ in range(4000):
        text = "".join(sentence() for _ in range(rng.randint(0, 4)))
        lo = rng.randint(0, len(text) // 3)
        hi = len(text) if rng.random() < 0.6 else rng.randint(lo, len(text))
        for head in ("winger", "co-op", "old"):
            found = _narration_head_rx(head).search(text, lo, hi) is not None
            if found:
                assert _word_then(text, head, _LOWER_WORD_NEXT_RE, lo, hi), (text, lo, hi, head)
            hits += found
    assert hits > 200  # (the random text holds matches)


def test_in_focus_gate_holds_for_every_match_on_random_text():
    rng = random.Random(3500)
    atoms = ["a ", "an ", "A ", "One ", "another ", "as ", "Roe, ", "Roe,", "old ", "cash-crop ",
             "farmer", "farmer ", "Farmer ", "farmers ", ". ", "\n", "\t", "x", "ſ", "K"]  # fmt: skip
    hits = 0
    for _ in range(5000):
        seg = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 10)))
        for head in ("farmer", "cash-crop", "old"):
            found = _in_focus_rx(head).search(seg) is not None
            if found:
                assert _indefinite_head_in(seg, head), (seg, head)
            hits += found
    assert hits > 300  # (the random text holds matches)


def test_label_kind_with_and_without_the_word_in_text():
    from analysis.transcripts import _label_kind

    # a word the text writes in lower case makes the label a heading; absent, a name
    assert _label_kind("FACT'S", "The fact's plain.") is None
    assert _label_kind("FACT'S", "Nothing here.") == "name"


def _owned_rx(head, first):
    # the pattern holders.owned_by_description compiles
    return re.compile(
        r"(?<![\w'’])(?:[Tt]he[ \t]+" + re.escape(head) + r"['’]s|[Ii]ts)[ \t]+"
        r"(?:[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*,[ \t]+(?:the[ \t]+)?" + re.escape(first) + r"\b"
    )


@pytest.mark.parametrize(
    ("seg", "want"),
    [
        ("The company's largest investor, Northgate Ventures, said", True),
        ("its lender,\tthe  Northgate fund", True),
        ("its lender, theNorthgate", False),
        ("its lender,Northgate", False),
        ("Northgate, its lender", False),
        ("its lender is the Northgate fund", False),
        ("breathe Northgate", False),
    ],
)
def test_word_after_comma_sentences(seg, want):
    from analysis.quotes.wordscan import _word_after_comma

    assert _word_after_comma(seg, "Northgate") is want
    if not want:
        assert _owned_rx("company", "Northgate").search(seg) is None


def test_owned_gate_holds_for_every_match_on_random_text():
    from analysis.quotes.wordscan import _word_after_comma

    rng = random.Random(35000)

    def clause():
        det = rng.choice(["The company's ", "the company’s ", "Its ", "its ", "The firm's ", ""])
        mods = rng.choice(["", "largest ", "new co-op ", "old big new "])
        noun = rng.choice(["investor", "lender", "Lender", "owner"])
        sep = rng.choice([", ", ",\t", ",", " ", ", the ", ",  the\t", ", theNorth", ", breathe "])
        return det + mods + noun + sep + rng.choice(["North", "Northgate", "Ann"]) + " "

    hits = 0
    for _ in range(4000):
        seg = "".join(clause() for _ in range(rng.randint(0, 4)))
        for first in ("North", "Northgate", "Ann"):
            found = _owned_rx("company", first).search(seg) is not None
            if found:
                assert _word_after_comma(seg, first), (seg, first)
            hits += found
    assert hits > 300  # (the random text holds matches)


def test_named_description_gate_holds_for_every_match_on_random_text():
    from analysis.quotes.antecedents import _named_description_re
    from analysis.quotes.wordscan import _named_description_possible

    rng = random.Random(350000)
    atoms = ["Vellmark's ", "Vellmark ", "the ", "The ", "Central ", "central ", "CENTRAL ",
             "Bank", "bank ", "BANK ", "Ban\u212a ", "of ", "Vellmark", ". ", "\t", "Commerce ",
             "Ministry ", "mini\u017ftry "]  # fmt: skip
    hits = 0
    for _ in range(5000):
        seg = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 9)))
        for words in (["bank"], ["central", "bank"], ["ministry"]):
            found = _named_description_re(words).search(seg) is not None
            if found:
                assert _named_description_possible(seg, words), (seg, words)
            hits += found
    assert hits > 300  # (the random text holds matches)


def _newcomer_rx(head):
    # the pattern pronouns.newcomer_description_before compiled per head
    return re.compile(
        r"(?:A|An)[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}?" + re.escape(head) + r"[ \t]+who[ \t]"
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A charge nurse who knew him wept.", True),
        ("An\told  night-shift ward nurse\twho left", True),
        ("A very old tired night nurse who left", False),
        ("A Charge nurse who left", False),
        ("A nurse, who left", False),
        ("A nurses who left", False),
        ("a nurse who left", False),
        ("Anurse who left", False),
        ("A nurse whose", False),
    ],
)
def test_newcomer_at_sentences(text, want):
    from analysis.quotes.wordscan import _newcomer_at

    assert _newcomer_at(text, 0, "nurse") is want
    assert (_newcomer_rx("nurse").match(text) is not None) is want


def test_newcomer_at_is_the_pattern_on_random_text():
    from analysis.quotes.wordscan import _newcomer_at

    rng = random.Random(3500000)
    words = ["charge ", "night-shift ", "x9_ ", "Old ", "é ", "co-op ", "nurse ", "a\t\t", "b’c "]
    hits = 0
    for _ in range(6000):
        lead = rng.choice(["A ", "An ", "A\t", "a ", "An", "A  ", "Ab "])
        mods = "".join(rng.choice(words) for _ in range(rng.randint(0, 5)))
        head = rng.choice(["nurse", "nurses", "co-op", "nurse,", ""])
        tail = rng.choice([" who ", "\twho\t", " who", " whose ", "who ", " said "])
        pre = rng.choice(["", "x. "])
        text = pre + lead + mods + head + tail + rng.choice(["", "a nurse who "])
        s0 = len(pre) if rng.random() < 0.8 else rng.randint(0, min(len(text), len(pre) + 1))
        for h in ("nurse", "co-op", "who"):
            want = _newcomer_rx(h).match(text, s0) is not None
            assert _newcomer_at(text, s0, h) is want, (text, s0, h)
            hits += want
    assert hits > 200  # (the random text holds matches)


# what ``appositions._predicate_role_rx`` matches before its verb, ending at the verb
_NAME_BEFORE_VERB_RX = re.compile(
    r"(?:[A-Z][\w'’\-]+[ \t]+){1,2}[A-Z][\w'’\-]+(?:,[ \t]+\d+,|,)?[ \t]+\Z"
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ann Lee was", True),
        ("Then Ann Lee, 29, is", True),
        ("Ann Lee,\t29,  was", True),
        ("Al Bo O’Roe-Lee, was", True),
        ("ann Lee was", False),
        ("Ann L was", False),
        ("Lee was", False),
        ("Ann Lee 29, was", False),
        ("Ann Lee, 29 was", False),
        ("Ann Lee , was", False),
        ("xAnn Lee was", True),
    ],
)
def test_predicate_name_before_sentences(text, want):
    from analysis.quotes.appositions import _predicate_name_before

    e = text.rindex(" ") + 1
    assert _predicate_name_before(text, 0, e) is want
    assert (_NAME_BEFORE_VERB_RX.search(text, 0, e) is not None) is want


def test_predicate_name_before_is_the_pattern_on_random_text():
    from analysis.quotes.appositions import _predicate_name_before

    rng = random.Random(35000000)
    atoms = ["Ann", "Lee", "L", "ann", "O’Roe", "x", "É", "Bo-", "_", ", ", ",", " ", "\t", "  ",
             "29", "٣", " 7,", ".", "'"]  # fmt: skip
    hits = 0
    for _ in range(20000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 9))) + " "
        p = rng.randint(0, min(2, len(text)))
        e = len(text) if rng.random() < 0.8 else rng.randint(p, len(text))
        want = _NAME_BEFORE_VERB_RX.search(text, p, e) is not None
        assert _predicate_name_before(text, p, e) is want, (text, p, e)
        hits += want
    assert hits > 300  # (the random text holds matches)
