"""speed59 (session 40): would one token array per article serve the verb-frame cue
windows? Measured (``benchmarks/verb_frames_windows.py``): no -- the windows tokenise
less text than the articles hold and barely overlap -- so the per-window tokeniser
stays; these tests pin the window facts that any such change would have to keep.

* ``window_stats`` (the benchmark's summary of the cue windows) counts the characters,
  their union per text and the windows that overlap the window before them.
* A cue window that starts inside a word tokenises the rest of the word as a token of
  its own ("oe" of "Roe"): an article token array cannot be sliced at such a start.
* A cue window that ends right after an initial ("J.") splits it ("J", "."): the
  initial's look-ahead for the next capital stops at the window's end, where the article
  reads "J." as one token before "Roe".
* Away from its edges a window's tokens are the article's: when the window starts after
  white space and ends on white space that follows a lower-case letter, its tokens are
  exactly the article's tokens inside it (hypothesis over hostile word lists: initials,
  titles, thousands, possessives, "-based", mask runs, curly apostrophes, line breaks).
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes.phrases import _window_tokens

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from verb_frames_windows import window_stats  # noqa: E402

TEXT = "Ann Roe said the Harbour Street plan works. J. Roe, 61, disagreed."


def test_window_stats_small_shapes():
    assert window_stats([]) == (0, 0, 0, 0)
    assert window_stats([(1, 0, 10), (1, 5, 12), (2, 0, 4), (1, 20, 30)]) == (4, 31, 26, 1)
    # a window inside the one before is an overlap and adds nothing to the union
    assert window_stats([(1, 0, 50), (1, 10, 20)]) == (2, 60, 50, 1)
    # touching windows do not overlap
    assert window_stats([(1, 0, 10), (1, 10, 20)]) == (2, 20, 20, 0)


def test_window_inside_a_word_has_a_partial_token():
    whole = [t[2] for t in _window_tokens(TEXT, 0, len(TEXT))]
    part = [t[2] for t in _window_tokens(TEXT, 5, len(TEXT))]
    assert part[0] == "oe" and "oe" not in whole
    assert part[1:] == whole[2:]


def test_window_ending_after_an_initial_splits_it():
    at = TEXT.index("J.") + 2
    whole = _window_tokens(TEXT, 0, len(TEXT))
    assert (at - 2, at, "J.") in whole
    cut = _window_tokens(TEXT, 0, at)
    assert [t[2] for t in cut[-2:]] == ["J", "."]
    assert cut[:-2] == [t for t in whole if t[1] <= at - 2]


def test_window_between_sentences_is_the_article_slice():
    lo = TEXT.index("J.")
    hi = len(TEXT)
    whole = _window_tokens(TEXT, 0, hi)
    assert _window_tokens(TEXT, lo, hi) == [t for t in whole if t[0] >= lo]


_WORDS = [
    "said",
    "Roe",
    "J.",
    "U.S.",
    "Mr.",
    "St.",
    "1,200",
    "12,500,000",
    "1,2345",
    "city's",
    "teachers’",
    "Ottawa-based",
    "N.S.-based",
    "Acme.com",
    "AT&T",
    "\x01\x01\x01",
    ",",
    ".",
    ":",
    "(",
    ")",
    "—",
    "d’Anjou",
    "FranÃ§ois",
    "a",
    "b.",
    "x",
    "Ann",
    "e.g.",
    "3",
]
_SPACES = [" ", "  ", "\n", " \t", "\n\n"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SPACES)), min_size=1, max_size=40),
    st.data(),
)
def test_window_away_from_edges_is_the_article_slice(parts, data):
    text = "".join(w + s for w, s in parts)
    whole = _window_tokens(text, 0, len(text))
    # starts: 0 or right after white space; ends: on white space after a lower-case letter
    starts = [0] + [i for i in range(1, len(text)) if text[i - 1].isspace()]
    ends = [
        i + 1
        for i in range(1, len(text))
        if text[i].isspace() and text[i - 1].isascii() and text[i - 1].islower()
    ]
    lo = data.draw(st.sampled_from(starts))
    ends = [e for e in ends if e > lo]
    if not ends:
        return
    hi = data.draw(st.sampled_from(ends))
    got = _window_tokens(text, lo, hi)
    assert got == [t for t in whole if t[0] >= lo and t[1] <= hi]
