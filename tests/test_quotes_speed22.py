"""Session 19 (speed22) speed changes in the quote engine give exactly what the plain
forms they replace give. Texts are built from fictional pieces."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.quotes import antecedents, mentions, titles
from analysis.quotes.lexicon import lexicon

# the look-behind pattern that _aged_words replaces
OLD_AGED_ALONE_RE = re.compile(
    r"(?:^|(?<=[.!?”\n] )|(?<=\n)|(?<=, ))([A-Z][a-zà-ÿ'’-]+), \d{1,3}, "
)

AGED_PIECES = [
    "Okafor", "Lee", "Élan", "Dr", "O’Neil", "Roe-Vale", "x", "é", "22", "9", "1234",
    ", ", ",", " ", "\n", ". ", "! ", "? ", "” ", "said", "A", "Z", "-", "'",
]  # fmt: skip
aged_texts = st.lists(st.sampled_from(AGED_PIECES), max_size=30).map("".join)


@settings(max_examples=800, deadline=None)
@given(aged_texts)
@example("Okafor, 22, is here.\nLee, 9, Roe, 30, said")
@example("Dr Okafor, 22, is here. Lee, 1234, no")
def test_aged_words_equal_the_look_behind_pattern(text):
    old = {m.group(1).lower() for m in OLD_AGED_ALONE_RE.finditer(text)}
    assert mentions._aged_words(text) == old


def test_a_name_given_an_age_is_a_person():
    t = "Okafor, 22, is finishing a degree. Okafor said the fees rose. Dr Vale, 40, spoke."
    an = mentions._ArticleNames(t, [(0, 34), (35, 61), (62, len(t))], lexicon(), None)
    assert an.aged_alone() == {"okafor"}


# the look-behind-first patterns that the literal-first ones replace
# (with the capital "The" and "was" that later rules added to the literal-first one)
OLD_TITLE_NOUN_SUBJECT_RE = re.compile(
    r"(?<![\w'’])[Tt]he[ \t]+([a-z]+)[ \t]+(?:[a-z]+ed|said|says|was)\b"
)
OLD_KIN_SUBJECT_RE = re.compile(r"(?<![^\s“\"])(?:Her|His)[ \t]+([a-z]+)[ \t]+[a-z]")

SUBJECT_PIECES = [
    "the", "The", "Her", "His", "H", "he", "er", "is", "admiral", "son", "laughed", "said",
    "says", "was", "ed", "x", "'", "’", "“", '"', " ", " ", "\t", "\n", ".", "Other",
]  # fmt: skip
subject_texts = st.lists(st.sampled_from(SUBJECT_PIECES), max_size=30).map("".join)


def _spans(rx, text, lo, hi):
    return [(m.span(), m.span(1)) for m in rx.finditer(text, lo, hi)]


@settings(max_examples=800, deadline=None)
@given(subject_texts, st.integers(0, 40), st.integers(0, 400))
@example("Asked, the admiral laughed. His son says no. Other the coach said", 0, 400)
@example("xthe admiral laughed; 'the coach said; “Her son left", 1, 60)
@example("The the laughed. The son was", 0, 400)
def test_literal_first_subject_patterns_equal_the_look_behind_ones(text, lo, hi):
    for old, new in (
        (OLD_TITLE_NOUN_SUBJECT_RE, titles._TITLE_NOUN_SUBJECT_RE),
        (OLD_KIN_SUBJECT_RE, antecedents._KIN_SUBJECT_RE),
    ):
        assert _spans(new, text, lo, hi) == _spans(old, text, lo, hi)
