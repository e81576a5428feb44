"""Session 20 (speed24) speed changes in the quote engine give exactly what the plain
forms they replace give. Texts are built from fictional pieces."""

from __future__ import annotations

import re

from _quote_rows import speaker_of_start
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.quotes import antecedents, kin, mentions, role_titles, usage
from analysis.quotes.lexicon import lexicon

# --- _CAP_WORD_RE: the capital first, the look-behind after it -------------------------

OLD_CAP_WORD_RE = re.compile(r"(?<![\w'’-])[A-Z][\w-]*")

CAP_PIECES = [
    "Palo", "Alto", "A", "Z", "x", "é", "É", "_", "9", "-", "'", "’", " ", "\t", "\n",
    ".", ",", "McRae", "O’Neil", "de", "(", "“",
]  # fmt: skip
cap_texts = st.lists(st.sampled_from(CAP_PIECES), max_size=30).map("".join)


@settings(max_examples=800, deadline=None)
@given(cap_texts)
@example("in Palo Alto, 'Alto-Roe and x-Ray; _Bo 9Al O’Neil")
def test_cap_word_scan_equals_the_look_behind_pattern(text):
    def words(rx):
        return [(m.start(), m.group()) for m in rx.finditer(text)]

    assert words(usage._CAP_WORD_RE) == words(OLD_CAP_WORD_RE)


def test_a_name_written_only_after_in_is_a_place():
    t = "Kim Vell moved to a flat in Palo Alto. The rent in Palo Alto is high, Kim Vell said."
    an = mentions._ArticleNames(t, [(0, len(t))], lexicon(), None)
    assert usage._only_after_preposition(an, "Palo Alto")
    assert not usage._only_after_preposition(an, "Kim Vell")


# --- _KIN_GIVEN_TAIL_RE: the "s" first, the apostrophe in a look-behind ---------------

OLD_KIN_GIVEN_TAIL_RE = re.compile(kin._KIN_GIVEN_KIN)

KIN_PIECES = [
    "'s", "’s", "s", "'", "’", " ", "\t", "  ", "wife", "son", "sons", "grandson", "widow",
    "widower", ",", ", ", "Ada", "Bo", "A", "a", ".", "x", "Roe",
]  # fmt: skip
kin_texts = st.lists(st.sampled_from(KIN_PIECES), max_size=30).map("".join)


@settings(max_examples=800, deadline=None)
@given(kin_texts)
@example("Roe's wife, Ada, spoke.")
@example("Roe’s\tgrandson,  Bo.")
@example("Roes wife, Ada,")
def test_kin_given_tail_found_when_the_old_pattern_finds_it(text):
    assert (kin._KIN_GIVEN_TAIL_RE.search(text) is None) == (
        OLD_KIN_GIVEN_TAIL_RE.search(text) is None
    )


def test_a_relative_known_by_given_name_takes_the_surname():
    text = (
        "Governor Tom Vale opened the fair on Friday. Vale's wife, Mira, cut the ribbon.\n\n"
        '"We waited ten years for this," Mira said.'
    )
    assert speaker_of_start(text, "We waited ten years") == "Mira Vale"


# --- _position_titled: a literal hint before the window scan ---------------------------

POSITION_PIECES = [
    "third", "lead", "skip", " ", "\t", "  ", "Ana", "Okafor", "É", "élan", "x", "the",
    "and", ",", ".", "'", "’s", "Mc", "Roe", "\n", "A", "a",
]  # fmt: skip
position_texts = st.lists(st.sampled_from(POSITION_PIECES), max_size=30).map("".join)


@settings(max_examples=800, deadline=None)
@given(position_texts, st.sampled_from(["third", "lead", "skip"]))
@example("When third Ana Okafor threw", "third")
@example("and lead\tÉlan Roe, then", "lead")
def test_position_hint_found_whenever_the_pattern_matches(seg, w):
    # the hint is a pre-test: a window where it finds nothing holds no match
    if role_titles._position_hint_re(w).search(seg) is None:
        assert list(role_titles._position_re(w).finditer(seg)) == []


def test_a_position_word_names_the_player_titled_so():
    text = (
        "When third Ana Okafor made a double takeout, the crowd rose.\n\n"
        '"We had one shot at it," the third said.'
    )
    assert speaker_of_start(text, "We had one shot") == "Ana Okafor"


# --- _resolve_aged: literal pre-tests before each pattern ------------------------------


def _aged_rxs(age):
    # the two patterns of _resolve_aged, as written there
    cw = antecedents._CAP_NAME_WORD
    return (
        re.compile(r"((?:" + cw + r"[ \t]+){0,2}" + cw + r"),[ \t]+" + age + r","),
        re.compile(r"\b" + age + r"-year-old[ \t]+([^,.;:\n\x01]{0,80})"),
    )


AGED_PIECES = [
    "Jo", "Vale", "34", "4", "134", ",", ", ", " ", "-year-old", "-year", "old", "actor",
    "x", ".", "\n", "Halifax",
]  # fmt: skip
aged_segs = st.lists(st.sampled_from(AGED_PIECES), max_size=30).map("".join)


@settings(max_examples=800, deadline=None)
@given(aged_segs, st.sampled_from(["34", "4", "134"]))
@example("Jo Vale, 34, and 34-year-old Halifax actor Jo Vale", "34")
def test_aged_pre_tests_hold_whenever_the_patterns_match(seg, age):
    named, year_old = _aged_rxs(age)
    if age + "," not in seg:
        assert named.search(seg) is None
    if age + "-year-old" not in seg:
        assert year_old.search(seg) is None


def test_the_aged_description_names_the_person_of_that_age():
    text = (
        "Jo Vale, 34, opened a bakery on Main Street in June.\n\n"
        '"The rent doubled in a year," the 34-year-old said.'
    )
    assert speaker_of_start(text, "The rent doubled") == "Jo Vale"


# --- _resolve_from_place_titled: the place first, its \b in a look-behind ------------


def _old_place_before(place):
    pl = re.escape(place)
    return re.compile(rf"\b{pl}(?:['’]s)?[ \t]+(?:[A-Z][\w.]*[ \t]+){{1,3}}\Z")


def _new_place_before(place):
    pl = re.escape(place)
    return re.compile(rf"{pl}(?<=\b{pl})(?:['’]s)?[ \t]+(?:[A-Z][\w.]*[ \t]+){{1,3}}\Z")


PLACE_PIECES = [
    "Maine", "xMaine", "Sen.", "Ann", "Roe", " ", "\t", "'s", "’s", "of", ",", "(", "R-",
    "A", "a", "-", ".",
]  # fmt: skip
place_texts = st.lists(st.sampled_from(PLACE_PIECES), max_size=25).map("".join)


@settings(max_examples=800, deadline=None)
@given(place_texts, st.sampled_from(["Maine", "R-Maine", "New York", "(Maine"]), st.data())
@example("Maine Sen. Ann Roe", "Maine", None)
def test_place_before_matches_where_the_old_pattern_does(text, place, data):
    lo = data.draw(st.integers(0, len(text))) if data is not None else 0
    pos = data.draw(st.integers(lo, len(text))) if data is not None else len(text)
    old = _old_place_before(place).search(text, lo, pos) is not None
    assert (_new_place_before(place).search(text, lo, pos) is not None) == old


def test_the_senator_from_a_state_is_the_one_titled_with_it():
    text = (
        "Maine Sen. Ann Roe and Sen. Bo Lund of Ohio toured the plant on Monday.\n\n"
        '"These jobs are coming back," the senator from Maine said.'
    )
    assert speaker_of_start(text, "These jobs are coming back") == "Ann Roe"


# --- _aged_words: the ", <age>, " literal first, the name read back from it ------------

# the pattern of session 19 (speed22), filtered in Python the same way
OLD_AGED_RE = re.compile(r"([A-Z][a-zà-ÿ'’-]+), \d{1,3}, ")


def _old_aged_words(text):
    out = set()
    for m in OLD_AGED_RE.finditer(text):
        s = m.start()
        if (
            s == 0
            or text[s - 1] == "\n"
            or (s >= 2 and text[s - 1] == " " and text[s - 2] in ".!?”\n,")
        ):
            out.add(m.group(1).lower())
    return out


AGE_NAME_PIECES = [
    "Okafor", "O’Neil", "Roe-Vale", "É", "é", "ÿ", "÷", "×", "Ÿ", "A", "Z", "a", "x", "'",
    "’", "-", "_", "22", "9", "1234", "١٢", ", ", ",", " ", "\n", ". ", "” ", "Dr",
]  # fmt: skip
age_name_texts = st.lists(st.sampled_from(AGE_NAME_PIECES), max_size=30).map("".join)


@settings(max_examples=1000, deadline=None)
@given(age_name_texts)
@example("Okafor, 22, 9, Roe, 30, x. Lee, 1234, Vale, ١٢, ")
@example("A÷b, 22, and Aé, 3, Z, 4, ")
def test_aged_words_equal_the_capital_first_pattern(text):
    assert mentions._aged_words(text) == _old_aged_words(text)


# --- transcripts._full_names: whole-word starts from a per-text index ------------------

WORD_PIECES = [
    "roe", "Roe", "ROE", "roe-vale", "-", "_", "x", "é", "١", "²", " ", ",", ".", "'",
    "’", "\n", "ann", "o'roe", "roeroe",
]  # fmt: skip
word_texts = st.lists(st.sampled_from(WORD_PIECES), max_size=40).map("".join)


@settings(max_examples=800, deadline=None)
@given(word_texts, st.sampled_from(["roe", "roe-vale", "roeroe", "o'roe", "ann", "x", "é"]))
@example("roe roeroe roe-roe -roe roe_ roe² ١roe roe", "roe")
def test_whole_word_starts_from_the_index_equal_the_scan(text, want):
    from analysis import transcripts

    low = text.lower()
    scanned = list(transcripts._whole_word_at(low, want, False))
    for _ in range(8):  # (the index is built once a text has been asked for 8 words)
        transcripts._word_starts(low, want)
    assert list(transcripts._whole_word_at(low, want, True)) == scanned


def test_labels_of_a_transcript_name_the_full_names():
    from analysis import transcripts

    text = "Press Secretary Ann Vell and Bo Lund met reporters.\n\n" + "".join(
        f"{w.upper()}: We will see.\n" for w in ["Vell", "Lund"] * 5
    )
    head, low = transcripts._head_lower(text)
    assert transcripts._full_names("Vell", head, "", low) == {"Ann Vell": 1}
    for _ in range(8):
        transcripts._full_names("Lund", head, "", low)
    scanned = list(transcripts._whole_word_at(low, "vell", False))
    assert transcripts._word_starts(low, "vell") == scanned  # (indexed now: no scan)
    assert transcripts._full_names("Vell", head, "", low) == {"Ann Vell": 1}
