"""The speed rewrites in analysis._quote_rules / analysis.quotes give exactly what the
plain forms they replace give (regexes written for a fast scan, token windows from
one findall, cue search between masked quotations, numpy sentence starts)."""

from __future__ import annotations

import re

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import _quote_rules as R
from analysis import quotes as Q
from analysis._quote_lexicon import _trie_regex, lexicon

PIECES = [
    "Mr.", "Mrs.", "Dr.", "Sen.", "Capt.", "St.", "A.", "B.", "U.S.", "a.m.", "de", "von",
    "said", "says", "told", "according to", "According  to", "added", "Bob", "Jane", "x",
    " ", "  ", "\t", "\n", "\n\n", "\x01", "\x01\x01", ".", "!", "?", ",", ";", ":", "—",
    "'", "’", "-", "_", '"', "“", "”", "(", ")", "5", "é", "É", "\u00a0", "\u2003", "\x1c",
    "pointed out", "\u2019said", "-said", "_said", "(said",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)

OLD_SENT_RE = re.compile(
    r"[.!?]+(?=[\"“”'’)\]]*\s+[\x01\"“A-Z0-9(\[])|(?<!\x01)\x01++(?=[ \t]+[\x01A-Z])|\n+"
)
OLD_NAME_SEQ_RE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|Hon|St)\.[ \t]+)?"
    r"(?:[A-Z][\w'’\-]*[a-z][\w'’\-]*|[A-Z]\.)(?:[ \t]+(?:[A-Z][\w'’\-]*[a-z][\w'’\-]*|[A-Z]\.|"
    r"(?:de|da|van|von|bin|al|la|le|del|der)(?=[ \t]+[A-Z])))*"
)


def _spans(pattern, text):
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_fast_scan_regexes_match_their_plain_forms(text):
    assert _spans(R._SENT_RE, text) == _spans(OLD_SENT_RE, text)
    assert _spans(R._NAME_SEQ_RE, text) == _spans(OLD_NAME_SEQ_RE, text)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 200), st.integers(0, 200))
def test_window_tokens_equal_finditer(text, a, b):
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    want = [(m.start(), m.end(), m.group()) for m in R._TOKEN_RE.finditer(text, lo, hi)]
    assert R._window_tokens(text, lo, hi) == want


@settings(max_examples=400, deadline=None)
@given(texts)
def test_cue_search_split_by_preceding_character_equals_full_search(text):
    lex = lexicon()
    full = [(m.start(), m.end(), m.group(), m.group("acc") is not None)
            for m in lex.cue_re.finditer(text)]  # fmt: skip
    assert R._cue_matches(lex, text) == full
    # with the mask runs given by the blocks, as extract() passes them
    blocks = R.find_blocks(text)
    masked = R.mask_text(text, blocks)
    full = [(m.start(), m.end(), m.group(), m.group("acc") is not None)
            for m in lex.cue_re.finditer(masked)]  # fmt: skip
    run_ends = None if R.MASK in text else [b[1] for b in blocks]
    assert R._cue_matches(lex, masked, run_ends) == full


def test_cue_regex_still_built_from_the_trie():
    # the cue search between masks relies on cues never containing the mask character
    lex = lexicon()
    assert _trie_regex(sorted(lex.verb_lemma)) in lex.cue_re.pattern
    assert lex.cue_re.search("\x01said\x01") is not None
    assert all(R.MASK not in m.group() for m in lex.cue_re.finditer("said\x01 told\x01\x01"))


def test_name_info_memo_matches_uncached():
    for raw in ["Mr. George W. Bush", "The President", "Sen. Ted Cruz's", "Now Calling Obama The"]:
        assert R._name_info(raw, lexicon()) == R._name_info0(raw, lexicon())
        assert R._name_info(raw, lexicon()) == R._name_info0(raw, lexicon())  # cached


def _starts_pandas(sentences):
    out = {}
    srt = sentences.sort_values(["article_id", "sentence_id"], kind="mergesort")
    for aid, grp in srt.groupby("article_id", sort=False):
        out[str(aid)] = (
            grp["start"].astype(int).tolist(),
            grp["sentence_id"].astype(int).tolist(),
        )
    return out


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["a", "b", "c10", "2"]), st.integers(0, 5), st.integers(0, 99)),
        min_size=1,
        max_size=40,
    ),
    st.booleans(),
)
def test_numpy_sentence_starts_equal_groupby(rows, as_object):
    frame = pd.DataFrame(rows, columns=["article_id", "sentence_id", "start"])
    if as_object:
        frame["article_id"] = frame["article_id"].astype(object)
    assert Q._sentence_starts_fast(frame) == _starts_pandas(frame)


def test_numpy_sentence_starts_leave_odd_frames_to_pandas():
    frame = pd.DataFrame({"article_id": ["a", None], "sentence_id": [0, 1], "start": [0, 5]})
    assert Q._sentence_starts_fast(frame) is None
    frame = pd.DataFrame({"article_id": [1, 2], "sentence_id": [0, 0], "start": [0, 5]})
    assert Q._sentence_starts_fast(frame) is None
    frame = pd.DataFrame({"article_id": ["a"], "sentence_id": [0], "start": [0.0]})
    assert Q._sentence_starts_fast(frame) is None


def test_abbreviations_fit_the_bounded_walk_back():
    # sentences() walks back at most 5 characters for the abbreviation check
    from analysis import _quote_rules as r

    assert max(map(len, r._ABBREV_END | r._ABBREV_FINAL)) < 5
    text = "He met Sen. Smith. Then Capt. Kirk left. Verylongword. Next one."
    masked = r.mask_text(text, r.find_blocks(text))
    got = [text[s:e] for s, e in r.sentences(text, masked)]
    assert got == ["He met Sen. Smith.", "Then Capt. Kirk left.", "Verylongword.", "Next one."]
