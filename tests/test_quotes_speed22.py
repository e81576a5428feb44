"""Session 19 (speed22) speed changes in the quote engine give exactly what the plain
forms they replace give. Texts are built from fictional pieces."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.quotes import coref
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
    assert coref._aged_words(text) == old


def test_a_name_given_an_age_is_a_person():
    t = "Okafor, 22, is finishing a degree. Okafor said the fees rose. Dr Vale, 40, spoke."
    an = coref._ArticleNames(t, [(0, 34), (35, 61), (62, len(t))], lexicon(), None)
    assert an.aged_alone() == {"okafor"}
