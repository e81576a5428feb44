"""analyze(): one call for every analysis; cached by texts + package version;
the Dask path gives exactly the pandas path's frames."""

import pandas as pd
import pytest

import analysis
from analysis import pipeline

TEXTS = [
    'The mayor said the plan was "a disaster for the harbor." Critics agreed.\n\n'
    '"We will not stop," said Lena Ortiz, the union leader. She added that talks failed.',
    "Prices rose sharply in March, according to the statistics office. Traders were happy.",
    'Dr. Amir Haddad told reporters the clinic was ready. "We are calm," he said.',
    "A short note with no quotes at all.",
    "",
]


@pytest.fixture
def articles():
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(TEXTS))], "text": TEXTS})


def _sorted(frame, keys):
    keys = [k for k in keys if k in frame]
    return frame.sort_values(keys, kind="mergesort").reset_index(drop=True) if keys else frame


def test_analyze_returns_every_frame(articles):
    res = analysis.analyze(articles, n_jobs=1, sentence_text=True)
    assert {"neg", "neu", "pos", "compound"} <= set(res.sentences.columns)
    assert set(res.sentences["article_id"]) == {"a0", "a1", "a2", "a3"}
    assert len(res.quotes) >= 3
    assert {"article_id", "term", "count"} <= set(res.terms.columns)
    # offsets index the article text
    text = dict(zip(articles.article_id, articles.text, strict=True))
    for row in res.sentences.itertuples():
        assert text[row.article_id][row.start : row.end] == row.text


def test_sentence_text_left_out_by_default_and_recoverable(articles):
    lean = analysis.analyze(articles, n_jobs=1)
    full = analysis.analyze(articles, n_jobs=1, sentence_text=True)
    assert "text" not in lean.sentences and lean.cache_key != full.cache_key
    pd.testing.assert_frame_equal(lean.sentences, full.sentences.drop(columns="text"))
    back = analysis.attach_text(lean.sentences, articles)
    assert back["text"].tolist() == full.sentences["text"].tolist()
    # the same as split_sentences on the articles
    assert back["text"].tolist() == analysis.split_sentences(articles)["text"].tolist()


def test_terms_equal_single_word_term_counts(articles):
    res = analysis.analyze(articles, n_jobs=1)
    expected = analysis.term_counts(articles, phrases=False)
    got = res.terms.astype({"article_id": str, "term": str, "count": "int64"})
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)


def test_parallel_equals_serial(articles):
    many = pd.concat(
        [articles.assign(article_id=articles.article_id + f"-{k}") for k in range(6)],
        ignore_index=True,
    )
    one = analysis.analyze(many, n_jobs=1, chunk_size=4)
    two = analysis.analyze(many, n_jobs=2, chunk_size=4)
    for name in ("sentences", "quotes", "terms"):
        pd.testing.assert_frame_equal(getattr(one, name), getattr(two, name))


def test_cache_hit_and_invalidation(articles, tmp_path, monkeypatch):
    first = analysis.analyze(articles, n_jobs=1, cache_dir=tmp_path)
    assert not first.from_cache
    again = analysis.analyze(articles, n_jobs=1, cache_dir=tmp_path)
    assert again.from_cache and again.cache_key == first.cache_key
    uncached = analysis.analyze(articles, n_jobs=1)  # parts spilled as Arrow IPC, not Parquet
    for name in ("sentences", "quotes", "terms"):
        pd.testing.assert_frame_equal(getattr(first, name), getattr(again, name))
        pd.testing.assert_frame_equal(getattr(first, name), getattr(uncached, name))
    changed = articles.copy()
    changed.loc[1, "text"] = changed.loc[1, "text"] + " A new sentence."
    assert not analysis.analyze(changed, n_jobs=1, cache_dir=tmp_path).from_cache
    monkeypatch.setattr(pipeline, "__version__", "999.0")
    assert not analysis.analyze(articles, n_jobs=1, cache_dir=tmp_path).from_cache


def test_cache_entry_is_complete_or_recomputed(articles, tmp_path):
    first = analysis.analyze(articles, n_jobs=2, chunk_size=2, cache_dir=tmp_path)
    entry = tmp_path / first.cache_key
    assert (entry / "manifest.json").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # no leftovers
    parts = sorted((entry / "quotes").glob("part-*.parquet"))
    assert len(parts) == 3  # one per chunk of 2 articles (5 articles)
    parts[0].write_bytes(b"not parquet")  # a damaged entry is recomputed, not trusted
    again = analysis.analyze(articles, n_jobs=1, cache_dir=tmp_path)
    assert not again.from_cache
    pd.testing.assert_frame_equal(first.quotes, again.quotes)
    assert analysis.analyze(articles, n_jobs=1, cache_dir=tmp_path).from_cache


def test_dask_path_equals_pandas_path(articles):
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    many = pd.concat(
        [articles.assign(article_id=articles.article_id + f"-{k}") for k in range(4)],
        ignore_index=True,
    )
    expected = analysis.analyze(many, n_jobs=1)
    ddf = dd.from_pandas(many, npartitions=3)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        got = analysis.analyze(ddf, client=client)
    keys = {
        "sentences": ["article_id", "sentence_id"],
        "quotes": ["article_id", "start"],
        "terms": ["article_id", "term"],
    }
    for name, k in keys.items():
        pd.testing.assert_frame_equal(
            _sorted(getattr(expected, name), k), _sorted(getattr(got, name), k), check_dtype=False
        )


def test_word_count_table_equals_term_counts():
    from analysis._tokens import word_count_table as _word_count_table

    ids = ["x", "y", "x", "z"]  # a repeated id, an empty text, a stop-word-only text
    texts = ["The ABM treaty, the ABM treaty!", "", "Missile defense; U.S. missile", "the of and"]
    got = _word_count_table(ids, texts).to_pandas()
    got = got.astype({"article_id": str, "term": str, "count": "int64"})
    expected = analysis.term_counts(pd.DataFrame({"article_id": ids, "text": texts}), phrases=False)
    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected, check_dtype=False)
    assert _word_count_table(["a"], [""]).num_rows == 0


def test_corpus_key_depends_on_texts_not_on_storage():
    a = pd.DataFrame({"article_id": ["x", "y"], "text": ["Hello.", None]})
    b = pd.DataFrame({"article_id": ["x", "y"], "text": ["Hello.", ""]}, dtype=object)
    assert pipeline.corpus_key(a) == pipeline.corpus_key(b)  # missing text counts as ""
    moved = pd.DataFrame({"article_id": ["x", "y"], "text": ["Hello", ".x"]})
    shifted = pd.DataFrame({"article_id": ["x", "y"], "text": ["Hello.", "x"]})
    assert pipeline.corpus_key(moved) != pipeline.corpus_key(shifted)
    big = pd.concat([a] * 3, ignore_index=True).assign(article_id=list("abcdef"))
    assert pipeline.corpus_key(big.iloc[2:4]) == pipeline.corpus_key(big.iloc[2:4].copy())
    odd = pd.DataFrame(
        {"article_id": [1, 2], "text": pd.Series(["ok", "lone \ud800 surrogate"], dtype=object)}
    )
    assert pipeline.corpus_key(odd) != pipeline.corpus_key(odd.assign(article_id=[1, 3]))


def test_lone_surrogates_do_not_crash_and_keep_offsets():
    # A JSON "\ud800" escape gives a str pandas/Arrow cannot store: every step reads
    # it as U+FFFD (same length), so offsets still index the original text.
    text = '"We will win,\ud800" Bob Smith said. Then \udfff \ud83d\ude00 more.'
    arts = pd.DataFrame(
        {"article_id": ["a", "b"], "text": pd.Series([text, "x \udfff y"], dtype=object)}
    )
    for n_jobs in (1, 2):
        res = analysis.analyze(arts, n_jobs=n_jobs, progress=False, sentence_text=True)
        assert res.quotes["speaker"].tolist() == ["Bob Smith"]
        q = res.quotes.iloc[0]
        assert q["quote"] == text[q["start"] : q["end"]].replace("\ud800", "\ufffd")
        sents = res.sentences[res.sentences["article_id"] == "a"]
        assert sents["text"].tolist() == [
            text[s:e].translate({0xD800: 0xFFFD, 0xDFFF: 0xFFFD, 0xD83D: 0xFFFD, 0xDE00: 0xFFFD})
            for s, e in zip(sents["start"], sents["end"], strict=True)
        ]
        assert len(sents) == 2
    direct = analysis.extract_quotes(arts)
    assert direct["quote"].tolist() == ["We will win,\ufffd"]
    spans = analysis.split_sentences(arts)
    back = analysis.attach_text(spans[["article_id", "start", "end"]], arts)
    assert back["text"].tolist() == spans["text"].tolist()


def test_as_text_keeps_length():
    from analysis.clean import as_text

    for raw in ["plain", "é\ud800", "\ud83d\ude00", "\udfff" * 3]:
        assert len(as_text(raw)) == len(raw)
        as_text(raw).encode("utf-8")  # storable
    assert as_text("\ud83d\ude00") == "\ufffd\ufffd"
    assert as_text(None) == "" and as_text(float("nan")) == "" and as_text(7) == "7"


def test_pipeline_imports_no_package_init_or_private_terms_helpers():
    """The pipeline reads shared helpers from modules both it and terms import."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(pipeline.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            names = [a.name for a in node.names]
            assert node.module is not None, f"'from . import {names}' reads the package __init__"
            if node.module == "terms":
                assert not any(n.startswith("_") for n in names), names


def test_read_back_false_writes_the_same_cache_without_holding_the_frames(articles, tmp_path):
    lean = analysis.analyze(articles, n_jobs=1, cache_dir=tmp_path / "a", read_back=False)
    assert all(len(f) == 0 for f in lean.frames().values())
    full = analysis.analyze(articles, n_jobs=1, cache_dir=tmp_path / "b")
    assert lean.cache_key == full.cache_key
    for name, frame in full.frames().items():
        got = pipeline.read_cached_frame(tmp_path / "a" / lean.cache_key, name)
        pd.testing.assert_frame_equal(got, frame)
    again = analysis.analyze(articles, n_jobs=1, cache_dir=tmp_path / "a", read_back=False)
    assert again.from_cache and again.cache_key == lean.cache_key
    pd.testing.assert_frame_equal(
        analysis.analyze(articles, n_jobs=1, cache_dir=tmp_path / "a").quotes, full.quotes
    )
