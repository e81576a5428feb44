"""The fast word pass (analysis._tokens._word_codes) and the pipeline's word-count table
give exactly what the plain formulations give: findall over the normalised texts,
Arrow dictionary encoding, np.unique + lexsort. The references are written here."""

import os
import re
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import _tokens
from analysis._tokens import _WORD_RE, normalise
from analysis.terms import _word_count_table

# --- references (the formulations the fast code replaced) -----------------------------


def ref_word_codes(texts):
    per_text = [_WORD_RE.findall(normalise(t)) for t in texts]
    toks = [w for ws in per_text for w in ws]
    lengths = [len(ws) for ws in per_text]
    if not toks:
        return [], [], lengths
    enc = pa.array(toks, type=pa.large_string()).dictionary_encode()
    return enc.indices.to_numpy(zero_copy_only=False).tolist(), enc.dictionary.to_pylist(), lengths


def ref_encode_corpus(texts, stop, stem=False):
    codes, uniques, lengths = ref_word_codes(texts)
    if not codes:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), []
    names, term_ids, u2t = [], {}, []
    for u in uniques:
        t = _tokens.term_of(u, stop, stem)
        if t is None:
            u2t.append(-1)
        else:
            if t not in term_ids:
                term_ids[t] = len(names)
                names.append(t)
            u2t.append(term_ids[t])
    tok = np.array(u2t, np.int64)[np.array(codes, np.int64)]
    return tok, np.repeat(np.arange(len(texts)), lengths), names


def ref_word_count_table(ids, texts):
    stop = _tokens.resolve_stopwords(True)
    tok, doc, names = ref_encode_corpus(_tokens.as_texts(texts), stop)
    keep = tok >= 0
    tok, doc = tok[keep], doc[keep]
    n = len(names)
    if not tok.size:
        return None
    keys, counts = np.unique(doc * n + tok, return_counts=True)
    rows, cols = np.divmod(keys, n)
    name_arr = np.array(names, dtype=object)
    alpha = np.argsort(name_arr.astype(str), kind="stable")
    rank = np.empty(n, np.int64)
    rank[alpha] = np.arange(n)
    cols = rank[cols]
    order = np.lexsort((cols, -counts, rows))
    ids = [str(i) for i in ids]
    return {
        "article_id": [ids[r] for r in rows[order]],
        "term": name_arr[alpha][cols[order]].tolist(),
        "count": counts[order].tolist(),
    }


def check_word_codes(texts):
    codes, uniques, lengths = _tokens._word_codes(texts)
    r_codes, r_uniques, r_lengths = ref_word_codes(texts)
    assert codes.dtype == np.int64 and lengths.dtype == np.int64
    assert codes.tolist() == r_codes
    assert uniques == r_uniques
    assert lengths.tolist() == r_lengths


def check_encode_corpus(texts):
    stop = _tokens.resolve_stopwords(True)
    tok, doc, names = _tokens.encode_corpus(texts, stop, False, breaks=False)
    r_tok, r_doc, r_names = ref_encode_corpus(texts, stop)
    assert tok.tolist() == r_tok.tolist() and doc.tolist() == r_doc.tolist()
    assert names == r_names


def check_word_count_table(ids, texts):
    got = _word_count_table(ids, texts)
    expected = ref_word_count_table(ids, texts)
    if expected is None:
        assert got.num_rows == 0
        return
    frame = got.to_pandas()
    assert frame["article_id"].astype(str).tolist() == expected["article_id"]
    assert frame["term"].astype(str).tolist() == expected["term"]
    assert frame["count"].tolist() == expected["count"]
    assert got.schema.field("count").type == pa.int32()


# --- inputs ---------------------------------------------------------------------------

CHARS = (
    list("abcXYZ019 .,-'_\"!?;:()[]/$%&*+<>=@#~`^|\\{}\t\n\r\x0b\x0c")
    + list("\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2028\u2029\u202f\u3000\x00\x01\x7f")
    + list("\u2019\u2018\u02bc\u201c\u201d\u2014\u2013\u2015\u2026\u00ab\u00bb")
    + list("\u00e9\u00df\u0663\u00b2\u00bd\u2167\u0130\u03a3\u05d0\u4e2d\u0301\u0308\ufe0f")
    + list("\U0001f600\u200b\u00ad\ufeff\ud800")
)
FRAGMENTS = [
    "u.s.", "U.N.", "a.", "a..", "e.g.", "'s", "’s", "don't", "o'malley", "al-qaida", "f-16",
    "''the", "--", "a-", "-a", "3.14", "x_y", "_", "...", "caf\u00e9.", "\u00c9t\u00e9", "1980s",
    "Bush's", "it's.", "rock'n'roll", "a-b-c.", "a'-b", "\n\n",
]  # fmt: skip
TEXT = st.lists(st.one_of(st.sampled_from(CHARS), st.sampled_from(FRAGMENTS)), max_size=40).map(
    "".join
)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.lists(TEXT, max_size=6))
def test_word_codes_equal_findall_on_broad_alphabet(texts):
    check_word_codes(texts)


@FAST
@given(st.lists(st.text(max_size=60), max_size=5))
def test_word_codes_equal_findall_on_any_text(texts):
    check_word_codes(texts)


@settings(max_examples=150, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=6), st.data())
def test_encode_corpus_and_word_count_table_equal_references(texts, data):
    check_encode_corpus(texts)
    ids = data.draw(st.lists(st.sampled_from("abc"), min_size=len(texts), max_size=len(texts)))
    check_word_count_table(ids, texts)  # repeated ids included
    check_word_count_table([f"d{i}" for i in range(len(texts))], texts)


@pytest.mark.parametrize(
    "texts",
    [
        [],
        [""],
        ["", "   ", "..."],
        ["The U.S. and the U.N. agreed. A.", "Mr. Bush's plan, al-Qaida\u2019s f-16s!"],
        ["don't. a.. a-. a-b. ''the x_y _x \u00e9t\u00e9. \u0663\u00b2 i\u0307 \ud800abc\ud800"],
        ["a" * 5000 + ". " + "b-" * 3000, "\x00\x00 word \x00"],
        [None, 3, float("nan")],
    ],
)
def test_word_codes_edge_cases(texts):
    texts = _tokens.as_texts(texts)
    check_word_codes(texts)
    check_encode_corpus(texts)
    check_word_count_table([str(i) for i in range(len(texts))], texts)


def test_fast_path_assumptions():
    # _word_codes relies on the exact word pattern and on these character classes
    assert _tokens._WORD == r"\w(?:(?:\.\w)+\.|\w*(?:[-']\w+)*)"
    matchable = re.compile(r"[\w.'-]")
    for b in range(128):
        c, cls = chr(b), _tokens._BYTE_CLASS[b]
        assert (cls == 0) == (not matchable.match(c)), repr(c)
        assert (cls == 1) == (c.isalnum()), repr(c)
        assert (cls == 2) == (c == ".") and (cls == 3) == (c in "-'"), repr(c)
    assert (_tokens._BYTE_CLASS[128:] == 4).all() and _tokens._BYTE_CLASS[ord("_")] == 4
    for c in _tokens._SPACE_CHARS:
        assert not matchable.match(c) and ord(c) > 127
    assert _tokens.SEP == "\x00" and "\x00" not in normalise("a\x00b")


def test_python_word_class_is_isalnum_or_underscore_for_every_code_point():
    # the claim behind the byte classes and the piece split: \w == isalnum() or "_"
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert set(re.findall(r"\w", every)) == {c for c in every if c.isalnum() or c == "_"}


def _polnear_texts():
    root = Path(
        os.environ.get(
            "NEWSLENS_SHARED_DATA", Path(__file__).resolve().parents[1] / "../shared/data"
        )
    )
    paths = sorted((root / "polnear" / "train" / "text").glob("*.txt"))
    if not paths:
        pytest.skip("PolNeAR train texts not available")
    return [p.name for p in paths], [p.read_text(encoding="utf-8") for p in paths]


def test_polnear_train_identical():
    ids, texts = _polnear_texts()
    check_word_codes(texts)
    check_encode_corpus(texts)
    check_word_count_table(ids[:400], texts[:400])
