"""Exactness of the faster sentence splitter and VADER batch scorer: the current
``split_sentences`` and the changed VADER steps (``_tokenize``,
``_features_arrow``) give exactly what the previous implementations gave.

The previous implementations are frozen below as references (copied verbatim
from analysis/sentences.py and analysis/_vader.py before the speed-up; only
renamed ``_ref_*``): one alternation regex for sentence candidates and for
quotations, and pyarrow tokenisation / feature lookups with one kernel call per
feature. They are compared on random text (quotes, abbreviations, newlines,
marks, unicode) and, when ../shared/data is present (or $NEWSLENS_SHARED_DATA),
on PolNeAR articles; the whole scores are also compared with vaderSentiment.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import _vader as V
from analysis._vader import (
    _CLASS_WORDS,
    _IDIOM_ID,
    _PUNCT,
    BOOSTER_DICT,
    NEGATE,
    _emoji_chars,
    _emoji_re2,
    _features_for,
    lexicon,
)
from analysis.clean import as_text as _as_text
from analysis.sentences import (
    _CLOSERS,
    _OPENERS,
    _SPEECH_VERBS,
    _STARTERS,
    LONG_SENTENCE,
    _attributive_time,
    _empty_frame,
    _glued_end,
    _lookbehind,
    load_abbreviations,
    load_time_continuations,
    split_sentences,
)

DATA = Path(
    os.environ.get(
        "NEWSLENS_SHARED_DATA", Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
    )
)

# ---------------------------------------------------------------------------
# references: the previous implementations, verbatim
# ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _ref_patterns():
    ab = load_abbreviations()
    hard = _lookbehind(ab.get("inside", ()), negative=True)
    soft_abbrs = ab.get("final", ())
    # a single letter before the period is an initial ("George W. Bush", "U.S.") unless it
    # follows a letter, digit or apostrophe ("haven't.", "Plan 9B.")
    ok_before = '\\s.(\\["“‘/-'
    initial = f"(?<=[A-Za-z]\\.)(?<![^{ok_before}][A-Za-z]\\.)"
    not_initial = f"(?:(?<![A-Za-z]\\.)|(?<=[^{ok_before}][A-Za-z]\\.))"
    soft_pos = (
        "(?:" + _lookbehind(soft_abbrs, negative=False) + f"|{initial})" if soft_abbrs else initial
    )
    soft_neg = (_lookbehind(soft_abbrs, negative=True) if soft_abbrs else "") + not_initial
    # session 32 (bug62): "a.m."/"p.m." end a sentence unless the time goes on
    time_abbrs = ab.get("time", ())
    time_neg = _lookbehind(time_abbrs, negative=True) if time_abbrs else ""
    num = ab.get("number", ())
    number_ok = (
        "(?:" + _lookbehind(num, negative=True) + "|(?![^\\S\\n]*\\n?[^\\S\\n]*[#\\d]))"
        if num
        else ""
    )
    closers = f"[{_CLOSERS}]*+"  # possessive: runs of quote marks stay linear
    ws = "[^\\S\\n]*\\n?[^\\S\\n]*"
    # issue 15: £$€; hostile30: Greek/Cyrillic capitals, Hebrew/Arabic letters
    upper = f"[{_OPENERS}]*+[A-Z0-9\u00c0-\u00d6\u00d8-\u00de£$€\u0391-\u03a9\u0400-\u042f\u05d0-\u05ea\u0620-\u064a]"
    starters = "|".join(_STARTERS)
    verbs = "|".join(_SPEECH_VERBS)
    # "?"/"!" closing a quotation and followed by "<Capitalised words> said" is not an end.
    attrib = (
        f"(?![.!?\u2026]*+[)\\]»]*+[\"”'’]{closers}\\s+(?:[A-Z][\\w.'’-]*\\s+){{1,4}}"
        f"(?:{verbs})\\b)"
    )
    # the first character is consumed by a plain class (fast scan), then the branch is
    # chosen by look-behind: "!?…" or a period with its abbreviation checks
    # a match starts only at the first mark of a run ("!!!") and takes the run
    # possessively (Python 3.11), so a long run of marks stays linear
    term = (
        "[.!?\u2026](?<![.!?\u2026][.!?\u2026])"
        "(?:"
        f"(?<=[!?\u2026]){attrib}"
        f"|(?<=\\.){hard}{time_neg}{soft_neg}{number_ok}"
        f"|(?<=\\.){hard}{time_neg}{soft_pos}(?={closers}{ws}[{_OPENERS}]*+(?:{starters})\\b)"
        f"{_ref_time_end(time_abbrs, closers, ws)})"
        f"[.!?\u2026]*+{closers}"
    )
    # group 1: the whitespace that separates the two sentences
    # issue 12 (session 13): a list item's dash after a sentence end goes with the space
    bullet = "(?:[-\u2013\u2014\u2022][^\\S\\n]+)?"
    cand = re.compile(f"{term}(?=\\s)({ws}{bullet})(?={upper})")
    # starts with a literal newline (fast scan); spaces before it are trimmed afterwards
    para = re.compile("\\n[^\\S\\n]*\\n\\s*")
    # a quotation never crosses a blank line, nor a line break right after a sentence end
    # (text with one paragraph per line): one stray quote mark cannot pair up across lines
    # issue 15: spaces after the mark at a line end count as the mark's
    body = '[^“”"\\n]*+(?:(?<![.!?…\\s])\\n(?![^\\S\\n]*\\n)[^“”"\\n]*+)*+'
    quote = re.compile(f'"{body}"|“{body}”')
    return cand, para, quote


def _ref_time_end(time_abbrs, closers, ws):
    if not time_abbrs:
        return ""
    goes_on = "|".join(map(re.escape, load_time_continuations()))
    return (
        "|(?<=\\.)"
        + _lookbehind(time_abbrs, negative=False)
        + _attributive_time()
        + f"(?={closers}(?>{ws})"
        f"[{_OPENERS}]*+(?!(?:{goes_on})(?![\\w'’-])|\\d|[A-Z][\\w'’-]*+[^\\S\\n]+[Tt]ime\\b))"
    )


def _ref_spans(pattern, text, group=0):
    return [m.span(group) for m in pattern.finditer(text)]


def _ref_units(para, cand):
    bounds = np.concatenate([para, cand])
    bounds = bounds[np.argsort(bounds[:, 0], kind="mergesort")]
    starts = bounds[:-1, 1]
    ends = bounds[1:, 0]
    keep = ends > starts
    return starts[keep], ends[keep]


def _ref_split_sentences(articles) -> pd.DataFrame:
    if isinstance(articles, str):
        ids, texts = ["0"], [articles]
    elif isinstance(articles, dict):
        ids, texts = list(articles.keys()), list(articles.values())
    else:
        if articles is None or len(articles) == 0:
            return _empty_frame()
        ids = articles["article_id"].tolist() if "article_id" in articles else list(articles.index)
        texts = articles["text"].tolist()
    texts = [_as_text(t) for t in texts]
    if not texts:
        return _empty_frame()
    cand_re, para_re, quote_re = _ref_patterns()

    sep = "\n\n"
    big = sep + sep.join(texts) + sep
    lens = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    offs = np.empty(len(texts), dtype=np.int64)
    offs[0] = len(sep)
    if len(texts) > 1:
        offs[1:] = len(sep) + np.cumsum(lens[:-1] + len(sep))

    para_spans = _ref_spans(para_re, big)
    for k, (a, b) in enumerate(para_spans):
        if a > 0 and big[a - 1] != "\n" and big[a - 1].isspace():  # trailing spaces
            while a > 0 and big[a - 1] != "\n" and big[a - 1].isspace():
                a -= 1
            para_spans[k] = (a, b)
    para = np.array(para_spans, dtype=np.int64).reshape(-1, 2)
    cand = np.array(_ref_spans(cand_re, big, 1), dtype=np.int64).reshape(-1, 2)
    held = cand[:0]
    if len(cand):
        quotes = np.array(_ref_spans(quote_re, big), dtype=np.int64).reshape(-1, 2)
        if len(quotes):
            pos = cand[:, 0]  # the candidate end, after closing quotes/brackets
            k = np.searchsorted(quotes[:, 0], pos, side="left") - 1
            inside = (k >= 0) & (quotes[np.maximum(k, 0), 1] > pos)
            held = cand[inside]
            cand = cand[~inside]
    starts, ends = _ref_units(para, cand)
    # issue 15: units over LONG_SENTENCE chars split again at held and glued ends
    extra = []
    for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
        if e - s > LONG_SENTENCE:
            extra += [(a, b) for a, b in held.tolist() if s < a < e]
            extra += [(m.end(), m.end()) for m in _glued_end().finditer(big, s, e)]
    if extra:
        starts, ends = _ref_units(para, np.concatenate([cand, np.array(extra, dtype=np.int64)]))
    if len(starts) == 0:
        return _empty_frame()

    art = np.searchsorted(offs, starts, side="right") - 1
    pstarts = para[:, 0]
    paragraph_id = (
        np.searchsorted(pstarts, starts, side="left")
        - np.searchsorted(pstarts, offs, side="left")[art]
    )
    first = np.searchsorted(art, np.arange(len(texts)), side="left")
    sentence_id = np.arange(len(starts), dtype=np.int64) - first[art]
    base = offs[art]
    text_list = [big[s:e] for s, e in zip(starts.tolist(), ends.tolist(), strict=True)]
    id_arr = np.empty(len(ids), dtype=object)
    id_arr[:] = ids
    return pd.DataFrame(
        {
            "article_id": id_arr[art],
            "sentence_id": sentence_id,
            "paragraph_id": paragraph_id.astype(np.int64),
            "start": starts - base,
            "end": ends - base,
            "text": np.array(text_list, dtype=object),
        }
    )


def _ref_tokenize(arr):
    # Arrow's whitespace splitter decodes one code point past the end of a string
    # that ends in whitespace (arrow 26: after the last string that is uninitialised
    # buffer memory, and a byte that is not valid UTF-8 there makes it keep the
    # trailing whitespace in the last token, e.g. "great "). Trimming first means no
    # whitespace run ever reaches a string's end.
    parts = pc.utf8_split_whitespace(pc.utf8_rtrim_whitespace(arr))
    flat = pc.list_flatten(parts)
    parent = pc.list_parent_indices(parts)
    nonempty = pc.greater(pc.binary_length(flat), 0)
    flat = flat.filter(nonempty)
    sid = parent.filter(nonempty).to_numpy().astype(np.int64)
    enc = pc.dictionary_encode(flat)
    codes = enc.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    uniques = enc.dictionary
    # one scan for the rare texts with "!", "?" or an emoji character; count those in Python
    n = len(arr)
    bang = np.zeros(n, dtype=np.int64)
    qmark = np.zeros(n, dtype=np.int64)
    emoji = np.zeros(n, dtype=bool)
    flagged = pc.match_substring_regex(arr, "[!?]|" + _emoji_re2())
    idx = np.flatnonzero(pc.fill_null(flagged, False).to_numpy(zero_copy_only=False))
    if len(idx):
        ec = _emoji_chars()
        sub = arr.take(pa.array(idx)).to_pylist()
        bang[idx] = [t.count("!") for t in sub]
        qmark[idx] = [t.count("?") for t in sub]
        emoji[idx] = [not ec.isdisjoint(t) for t in sub]
    return codes, sid, uniques, bang, qmark, emoji


@lru_cache(maxsize=1)
def _ref_value_sets():
    lex = lexicon()
    return (
        pa.array(list(lex), type=pa.large_string()),
        np.fromiter(lex.values(), np.float64, len(lex)),
        pa.array(list(BOOSTER_DICT), type=pa.large_string()),
        np.fromiter(BOOSTER_DICT.values(), np.float64, len(BOOSTER_DICT)),
        pa.array(_CLASS_WORDS, type=pa.large_string()),
        pa.array(sorted(NEGATE), type=pa.large_string()),
        pa.array(sorted(_IDIOM_ID, key=_IDIOM_ID.get), type=pa.large_string()),
    )


def _ref_index_in(values, value_set) -> np.ndarray:
    idx = pc.index_in(values, value_set=value_set)
    return pc.fill_null(idx, -1).to_numpy(zero_copy_only=False).astype(np.int64)


def _ref_features_arrow(dictionary):
    lex_keys, lex_vals, b_keys, b_vals, cls_keys, neg_keys, idiom_keys = _ref_value_sets()
    stripped = pc.utf8_trim(dictionary, characters=_PUNCT)
    word = pc.if_else(pc.less_equal(pc.utf8_length(stripped), 2), dictionary, stripped)
    low = pc.utf8_lower(word)
    k = _ref_index_in(low, cls_keys)
    cls = np.where(k >= 0, k + 1, 0).astype(np.int8)
    k = _ref_index_in(low, lex_keys)
    inlex = k >= 0
    lexval = np.where(inlex, lex_vals[np.maximum(k, 0)], 0.0)
    k = _ref_index_in(low, b_keys)
    isboost = k >= 0
    boost = np.where(isboost, b_vals[np.maximum(k, 0)], 0.0)
    neg = (_ref_index_in(low, neg_keys) >= 0) | pc.match_substring(low, "n't").to_numpy(
        zero_copy_only=False
    )
    k = _ref_index_in(low, idiom_keys)
    idid = np.where(k >= 0, k + 1, 0).astype(np.int64)
    upper = pc.match_substring_regex(dictionary, "[A-Z]").to_numpy(zero_copy_only=False) & ~(
        pc.match_substring_regex(dictionary, "[a-z]").to_numpy(zero_copy_only=False)
    )
    feats = [cls, inlex, lexval, boost, isboost, neg, upper, idid]
    other = np.flatnonzero(~pc.string_is_ascii(dictionary).to_numpy(zero_copy_only=False))
    if len(other):
        sub = _features_for(dictionary.take(pa.array(other)).to_pylist(), lexicon())
        for arr, vals in zip(feats, sub[:8], strict=True):
            arr[other] = vals
    cls, inlex, lexval, boost, isboost, neg, upper, idid = feats
    return cls, inlex, lexval, boost, isboost, neg, upper, idid, inlex & ~isboost


# ---------------------------------------------------------------------------
# sentences
# ---------------------------------------------------------------------------

_PIECES = (
    list("ab AB.!?,;:\"'“”‘’()[]«»\n\t0123456789")
    + [
        "..",
        ".!",
        "Mr..",
        "\n\n",
        "  \n \n",
        " \n",
        "\xa0",
        "\u2009",
        "é",
        "Élan",
        "שלום",
        "🎉",
        "…",
        "!!!",
        "?!",
    ]
    + ["Mr.", "Gen.", "U.S.", "a.m.", "Inc.", "No. 1", "No.", "W.", "St.", "etc.", "vs."]
    + [" He ", " The ", " said", " asked", " Putin", " we'll", "haven't.", "3.5", "Jan."]
    + ['."', '?" Putin said.', "!” he said.", " “We are ready. We will talk,” ", ".) ", ".' "]
)
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=50).map("".join)


def _articles(texts):
    return pd.DataFrame({"article_id": [f"a{k}" for k in range(len(texts))], "text": texts})


def _same_split(arts):
    got, ref = split_sentences(arts), _ref_split_sentences(arts)
    pd.testing.assert_frame_equal(got, ref, check_exact=True)
    assert list(got.dtypes) == list(ref.dtypes)


@settings(max_examples=250, deadline=None, database=None)
@given(st.lists(_TEXT, min_size=1, max_size=5))
def test_split_sentences_equals_previous_on_random_text(texts):
    _same_split(_articles(texts))


@pytest.mark.parametrize(
    "texts",
    [
        [""],
        ["", "", ""],
        ["\n\n\n"],
        ["One. Two."],
        ["!" * 5000 + " A b. " + "?" * 3000],
        ['"' * 999 + " Open. Close. " + "“" * 501],
        ['He said "yes. No. Maybe." Then.\nNext line. "Open. Again.'],
        ["x" * 100_000],
        ["Mr. A. B. Smith met Gen. Lee at 9 a.m. The U.S. Army won. No. 5 was next."],
        ["Line one.\nLine two.\n\nPara two … Más. ¿Qué? Sí."],
        ['Mr.. The end. U.S.!! The x. No.. 5 items. Gen.?! He left. "Ready?!" Putin asked.'],
    ],
)
def test_split_sentences_equals_previous_on_edge_cases(texts):
    _same_split(_articles(texts))
    _same_split({f"k{i}": t for i, t in enumerate(texts)})  # mapping input
    pd.testing.assert_frame_equal(split_sentences(texts[0]), _ref_split_sentences(texts[0]))


def test_split_sentences_odd_inputs_equal_previous():
    arts = pd.DataFrame({"article_id": ["a", "b", "c"], "text": [None, float("nan"), 12]})
    _same_split(arts)
    _same_split(arts.iloc[:0])


# ---------------------------------------------------------------------------
# VADER
# ---------------------------------------------------------------------------

_TOKEN_PIECES = (
    ["good", "GOOD", "Good", "bad", "BAD", "not", "n't", "don't", "DON'T", "but", "BUT"]
    + ["kind", "of", "very", "VERY", "no", "least", "at", "never", "so", "this", "without"]
    + ["doubt", "the", "bomb", "love", "war", "happy", "É", "ÉTÉ", "été", "ΣΑΣ", "İ", "\u212a"]
    + ["“good", "good”", "’", "—", "…", "don’t", "!", "?", "!!", "??", "?!", "😁", "💘", "©"]
    + [":)", ":(", ".", ",", '"', "'", "(", ")", "ok", "OK", "\ufeff", "\xad", "a\xa0b"]
    + ["ª", "º", "ǅ", "ß", "ﬁ", "\u0345", "Σ", "ς", "\u2160", "\u24b6", "µ", "ʰ", "GOOD—", "—BAD"]
)
_GLUE = [" ", " ", " ", "", "  ", "\n", "\t", "\xa0", "\u2009", "\u3000", "\x1c", "\x0b", "\x85"]
_SENT = st.lists(
    st.tuples(st.sampled_from(_TOKEN_PIECES), st.sampled_from(_GLUE)), max_size=16
).map(lambda parts: "".join(w + g for w, g in parts))


def _arrow(texts):
    return pa.array(texts, type=pa.large_string())


def _same_tokens_and_features(arr):
    got = V._tokenize(arr)
    ref = _ref_tokenize(arr)
    assert len(got) == 7
    for g, r in zip(got[:6], ref, strict=True):
        if isinstance(r, np.ndarray):
            assert g.dtype == r.dtype and np.array_equal(g, r)
        else:
            assert g.equals(r)
    uniques, ascii_u = got[2], got[6]
    assert np.array_equal(ascii_u, pc.string_is_ascii(uniques).to_numpy(zero_copy_only=False))
    for g, r in zip(V._features_arrow(uniques, ascii_u), _ref_features_arrow(uniques), strict=True):
        assert g.dtype == r.dtype and np.array_equal(g, r)
    # and per distinct token, the plain Python definition of every feature
    py = _features_for(uniques.to_pylist(), lexicon())
    for g, r in zip(V._features_arrow(uniques)[:8], py[:8], strict=True):
        assert np.array_equal(g, r)


@settings(max_examples=120, deadline=None, database=None)
@given(st.lists(_SENT, min_size=1, max_size=30))
def test_tokenize_and_features_equal_previous_on_random_text(texts):
    _same_tokens_and_features(_arrow(texts))
    _same_tokens_and_features(_arrow(["pad !", *texts]).slice(1))  # array with an offset


def test_tokenize_and_features_equal_previous_on_edge_cases():
    for texts in (
        [""],
        ["", "   ", "\n"],
        ["!" * 1000, "?" * 3, "a!b?c!", "¡Hola! ¿Qué?"],
        ["😁😁 good 💘", "no emoji here", "©2024 good!"],
        ["x" * 100_000 + "!"],
    ):
        _same_tokens_and_features(_arrow(texts))
    nulls = pa.array(["good!", None, "bad?"], type=pa.large_string())
    _same_tokens_and_features(pc.fill_null(nulls, ""))


def test_features_equal_python_for_every_character_below_u3001():
    # the arrow path takes tokens of ASCII and "neutral" characters: check every code
    # point in several token shapes against the plain Python definition
    chars = [chr(c) for c in range(0x80, 0x3001) if not 0xD800 <= c <= 0xDFFF]
    shapes = ("{}", "A{}", "{}B", "a{}", "GOOD{}", "{}bad", '"{}good"', "NO{}T", "don{}t", "{}n't")
    tokens = pa.array(
        list(dict.fromkeys(s.format(c) for s in shapes for c in chars)), type=pa.large_string()
    )
    py = _features_for(tokens.to_pylist(), lexicon())
    for g, r in zip(V._features_arrow(tokens)[:8], py[:8], strict=True):
        assert np.array_equal(g, r)


def test_emoji_characters_are_neither_ascii_nor_whitespace():
    # _tokenize looks for emoji in non-ASCII tokens only, and counts them per token
    assert _emoji_chars()
    assert not any(c.isascii() or c.isspace() for c in _emoji_chars())


def test_ascii_counts_on_string_and_large_string_arrays():
    texts = ["a!b!", "", "??!", "é!", "x", "🎉?"]
    want = [[t.count("!"), t.count("?")] for t in texts]
    for typ in (pa.string(), pa.large_string()):
        arr = pa.array(texts, type=typ)
        assert V._ascii_counts(arr, b"!?").tolist() == want
        assert V._ascii_counts(arr.slice(2, 3), b"!?").tolist() == want[2:5]
        assert V._ascii_counts(arr.slice(1, 1), b"!?").tolist() == [[0, 0]]
        assert V._ascii_counts(arr.slice(0, 0), b"!?").shape == (0, 2)


@settings(max_examples=40, deadline=None, database=None)
@given(st.lists(_SENT, min_size=1, max_size=30))
def test_score_texts_equals_vader_on_random_unicode_text(texts):
    sia = SentimentIntensityAnalyzer()
    ref = [tuple(sia.polarity_scores(t).values()) for t in texts]
    assert [tuple(r) for r in V.score_texts(texts)] == ref


# ---------------------------------------------------------------------------
# real articles
# ---------------------------------------------------------------------------


def _polnear_texts(limit):
    files = sorted((DATA / "polnear" / "train" / "text").glob("*.txt"))[:limit]
    if not files:
        pytest.skip(f"no PolNeAR articles under {DATA}")
    return [f.read_text(encoding="utf-8") for f in files]


def test_polnear_sentences_and_vader_features_equal_previous():
    texts = _polnear_texts(400)
    arts = pd.DataFrame({"article_id": [f"p{k}" for k in range(len(texts))], "text": texts})
    _same_split(arts)
    sentences = split_sentences(arts)["text"]
    arr = pc.dictionary_encode(pa.array(sentences, type=pa.large_string())).dictionary
    _same_tokens_and_features(arr)
    _same_tokens_and_features(_arrow(texts))
