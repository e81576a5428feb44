"""The pipeline's terms step keeps "is this token a term?" in a dict memo
(analysis._tokens._is_term_flags): it must answer as term_of does, for whichever
stop list is passed, also when calls alternate between stop lists."""

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis._tokens import _is_term_flags, default_stopwords, term_of

TOKENS = ["treaty", "the", "said", "1972", "u.s.", "x", "al-qaida", "_x", "3d", "ab", "é"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(TOKENS) | st.text(max_size=6), max_size=30))
def test_is_term_flags_equal_term_of(uniques):
    for stop in (
        default_stopwords(),
        frozenset({"treaty", "ab"}),
        frozenset(),
        default_stopwords(),
    ):
        want = [term_of(u, stop, False) is not None for u in uniques]
        assert _is_term_flags(uniques, stop) == want
