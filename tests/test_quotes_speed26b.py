"""Session 21 (speed26b) speed changes in the quote engine give exactly what the plain
forms they replace give. Texts are built from fictional pieces."""

from __future__ import annotations

from _quote_rows import speech_rows
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.quotes import sides

# --- _content_start: cheap tests before its regular expressions -----------------------


def _old_content_start(masked, post_lo, se):
    """The plain form of ``frames._content_start`` before speed26b."""
    mp = sides._MEDIUM_PP_RE.match(masked, post_lo, se)
    lo = post_lo if mp is None else mp.end()
    if mp is not None or sides._MEDIUM_END_RE.search(masked, max(0, post_lo - 24), post_lo):
        mm = sides._MEDIUM_PARTICIPLE_RE.match(masked, lo, se)
        if mm is not None:
            return mm.end()
    mt = sides._THAT_END_RE.search(masked, max(0, post_lo - 8), post_lo)
    if (
        mt is not None
        and sides._THAT_SUBJECT_NEXT_RE.match(masked, post_lo, se) is not None
        and (
            masked[max(0, mt.start() - 8) : mt.start()].rstrip()[-1:] != ","
            or masked[post_lo : post_lo + 2] in ("'s", "’s")
        )
    ):
        return mt.start()
    return post_lo


START_PIECES = [
    "said", " ", "\t", "  ", "in", "on", "an", "a", "the", "her", "interview", "interviews",
    "statement", "post", "that", "which", "was", "aired", "published", "Friday", "is",
    "'s", "’s", ",", ".", "\x01", "Lee", "o", "i", "x", "thatch", "op-ed",
]  # fmt: skip
start_texts = st.lists(st.sampled_from(START_PIECES), max_size=24).map("".join)


@settings(max_examples=1500, deadline=None)
@given(start_texts, st.integers(0, 200), st.integers(0, 200))
@example("said in an interview that aired Friday that it", 4, 46)
@example("said in an interview that aired Friday that it", 33, 46)
@example("said that was the plan", 10, 22)
@example("Lee, said, that is", 14, 18)
def test_content_start_equals_the_plain_form(text, a, b):
    post_lo = min(a, len(text))
    se = max(post_lo, min(b, len(text)))
    assert sides._content_start(text, post_lo, se) == _old_content_start(text, post_lo, se)


def test_content_after_a_medium_and_its_participle():
    text = "Ann Vell said in an interview that aired on Sunday that the ferry would stay."
    assert speech_rows(text) == [("Ann Vell", "said", "the ferry would stay")]


def test_that_as_the_contents_subject():
    text = "Ann Vell said that was the plan all along."
    assert speech_rows(text) == [("Ann Vell", "said", "that was the plan all along")]
