"""Session 18's speed changes in the quote engine give exactly what the plain forms
they replace give: results remembered between calls (the last call of
``phrase_adjuncts._before_adjuncts``) never leak from one token window or article into
another. Texts are built from fictional pieces."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes import phrase_adjuncts
from analysis.quotes.phrases import _window_tokens

WORDS = [
    "Ann", "Roe", "Will", "From", "also", "quietly", "has", "did", "not", "on", "Tuesday",
    "last", "week", "two", "weeks", "ago", "in", "2011", "(", ")", "R-Ohio", ",", "however",
    "including", "Bo", "Park", "and", "but", "both", "all", "the", "mayor", "would", "said",
    "urged", "say", "told", "a", "Medium", "post", "interview",
]  # fmt: skip
sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(sentences, st.integers(0, 20)), min_size=1, max_size=6))
def test_before_adjuncts_remembered_equals_the_plain_form(calls):
    # windows built anew each time (equal lists that are other objects) and the same
    # window asked twice in a row: always the plain result
    for text, k in calls:
        toks = _window_tokens(text, 0, len(text))
        k = min(k, len(toks) - 1)  # (k is the cue token)
        assert phrase_adjuncts._before_adjuncts(toks, k) == phrase_adjuncts._before_adjuncts0(
            toks, k
        )
        assert phrase_adjuncts._before_adjuncts(toks, k) == phrase_adjuncts._before_adjuncts0(
            toks, k
        )
        other = list(toks)  # an equal window of another sentence object
        assert phrase_adjuncts._before_adjuncts(other, k) == phrase_adjuncts._before_adjuncts0(
            other, k
        )


def test_before_adjuncts_second_window_does_not_see_the_first():
    first = _window_tokens("Ann Roe also said", 0, 17)
    second = _window_tokens("the mayor on Tuesday said", 0, 25)
    assert phrase_adjuncts._before_adjuncts(first, 3) == 1  # "Roe" before "also said"
    assert phrase_adjuncts._before_adjuncts(second, 3) == 2  # "on" before "Tuesday"
    assert phrase_adjuncts._before_adjuncts(second, 4) == 1  # "mayor" before "on Tuesday said"
    assert phrase_adjuncts._before_adjuncts(first, 3) == 1
