"""analysis.open_corpus: one cached path whose frames equal the direct calls,
a loader cache keyed on file stamps, a warm path that neither loads nor analyses."""

import os
import shutil
import time

import pandas as pd
import pytest

import analysis
from analysis import session as ses

ARTICLES = [
    (
        "a.txt",
        "Treaty talks resume\n\n"
        '"We are ready to sign the treaty," Jane Doe, a spokeswoman, said on Monday.\n\n'
        "The treaty is a wonderful achievement, officials said. Critics called it a disaster.",
    ),
    (
        "b.txt",
        "Storm hits coast\n\n"
        "The storm killed three people and destroyed homes, police said.\n\n"
        '"It is terrible," said John Smith. Smith told reporters the treaty would not help.',
    ),
    (
        "c.txt",
        "Markets calm\n\nShares rose slightly. Analysts said the outlook was good.",
    ),
]


@pytest.fixture()
def corpus(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    for name, text in ARTICLES:
        (d / name).write_text(text, encoding="utf-8")
    return d


@pytest.fixture()
def cache(tmp_path):
    return tmp_path / "cache"


def test_frames_equal_the_direct_calls(corpus, cache):
    res = analysis.open_corpus(corpus, cache_dir=cache, n_jobs=1, quiet=True)
    arts = analysis.load_articles(corpus)
    pd.testing.assert_frame_equal(res.articles, arts, check_dtype=False)
    assert "text" not in res.meta.columns and len(res.meta) == 3
    direct = analysis.score_sentiment(analysis.split_sentences(arts))
    assert "text" not in res.sentences.columns  # offsets only
    assert res.sentences["compound"].round(6).tolist() == direct["compound"].round(6).tolist()
    assert res.with_text(res.sentences)["text"].tolist() == direct["text"].tolist()
    quotes = analysis.resolve_speakers(analysis.extract_quotes(arts), arts)
    assert len(res.quotes) == len(quotes) > 0
    assert res.quotes["speaker_name"].tolist() == quotes["speaker_name"].tolist()
    toward = analysis.sentiment_toward(direct, "treaty")
    got = res.sentiment_toward("treaty")
    assert got["text"].tolist() == toward["text"].tolist() and len(got) == 3
    ext = analysis.extreme_sentences(direct, arts, n=2)
    assert res.extreme_sentences(n=2)["text"].tolist() == ext["text"].tolist()
    pd.testing.assert_frame_equal(
        res.apply(analysis.top_terms, n=5), analysis.top_terms(arts, n=5), check_dtype=False
    )


def test_warm_open_neither_loads_nor_analyses(corpus, cache, monkeypatch):
    first = analysis.open_corpus(corpus, cache_dir=cache, n_jobs=1, quiet=True)
    tone = first.article_tone()
    topics = first.apply(analysis.topics, k=2)

    def boom(*a, **k):
        raise AssertionError("recomputed on a warm open")

    monkeypatch.setattr("analysis.load.load_articles", boom)
    monkeypatch.setattr(ses, "analyze", boom)
    monkeypatch.setattr("analysis.sentiment.article_tone", boom)
    monkeypatch.setattr("analysis.topics", boom)
    again = analysis.open_corpus(corpus, cache_dir=cache, quiet=True)
    assert "articles" not in again._frames  # the texts are not read on a warm open
    pd.testing.assert_frame_equal(again.meta, first.meta)
    assert "articles" not in again._frames
    pd.testing.assert_frame_equal(again.article_tone(), tone)
    cached = again.apply(analysis.topic_model.topics, k=2)
    assert cached.k == topics.k
    pd.testing.assert_frame_equal(cached.labels, topics.labels)
    assert again.read("sentences", ["compound"]).shape[1] == 1


def test_changed_file_reloads(corpus, cache):
    first = analysis.open_corpus(corpus, cache_dir=cache, n_jobs=1, quiet=True)
    f = corpus / "c.txt"
    f.write_text("Markets fall\n\nShares fell sharply. Traders were gloomy.", encoding="utf-8")
    later = time.time() + 5
    os.utime(f, (later, later))
    second = analysis.open_corpus(corpus, cache_dir=cache, n_jobs=1, quiet=True)
    assert second.key != first.key
    assert "Markets fall" in second.meta["title"].tolist()
    (corpus / "d.txt").write_text("New one\n\nA new article.", encoding="utf-8")
    assert len(analysis.open_corpus(corpus, cache_dir=cache, n_jobs=1, quiet=True).meta) == 4


def test_code_change_invalidates(corpus, cache, monkeypatch):
    key = ses.load_key(corpus)
    monkeypatch.setattr(ses, "fingerprint", lambda: "other code")
    assert ses.load_key(corpus) != key


def test_missing_corpus_raises_clear_error(tmp_path, cache):
    with pytest.raises(FileNotFoundError, match="no such file"):
        analysis.open_corpus(tmp_path / "nope", cache_dir=cache, quiet=True)
    assert not (cache / "load").exists()


def test_load_problems_kept_and_summarised_once(corpus, cache, capsys):
    (corpus / "bad.json").write_text("{not json", encoding="utf-8")
    res = analysis.open_corpus(corpus, cache_dir=cache, n_jobs=1)
    out = capsys.readouterr()
    assert out.out.count("Notice:") == 1 and "1 load problem" in out.out
    assert "UserWarning" not in out.err
    again = analysis.open_corpus(corpus, cache_dir=cache)  # from the cache: same notice
    assert "1 load problem" in capsys.readouterr().out
    assert len(again.load_problems) == len(res.load_problems) == 1


def test_frame_input_and_memo_of_unstorable_values(cache):
    arts = pd.DataFrame({"article_id": ["x", "y"], "text": ["Good news. Fine.", "Bad news."]})
    res = analysis.open_corpus(arts, cache_dir=cache, n_jobs=1, quiet=True)
    assert len(res.sentences) == 3
    calls = []
    assert res.memo("n", lambda: calls.append(1) or 7) == 7
    assert res.memo("n", lambda: calls.append(1) or 7) == 7 and len(calls) == 2  # uncached


def test_article_tone_in_chunks_equals_one_call_and_sample_is_seeded(corpus, cache, monkeypatch):
    monkeypatch.setattr(ses, "_TONE_CHUNK", 2)  # 3 articles: two chunks
    res = analysis.open_corpus(corpus, cache_dir=cache, n_jobs=1, quiet=True)
    arts = analysis.load_articles(corpus)
    direct = analysis.article_tone(analysis.score_sentiment(analysis.split_sentences(arts)), arts)
    pd.testing.assert_frame_equal(res.article_tone(), direct, check_dtype=False)
    two = res.sample(2)
    assert len(two) == 2 and two["article_id"].tolist() == res.sample(2)["article_id"].tolist()
    assert two.index.is_monotonic_increasing  # corpus order
    assert len(res.sample(None)) == len(res.sample(10)) == 3
    small = res.apply(analysis.top_terms, n=5, sample=2)
    pd.testing.assert_frame_equal(small, analysis.top_terms(two, n=5), check_dtype=False)


def test_chunked_reads_of_a_cached_corpus_equal_the_one_shot_frames(corpus, cache, monkeypatch):
    """A re-opened corpus reads texts chunk by chunk (article tone, tone toward
    a term, the sample, KWIC): the frames equal those computed with every
    article in memory."""
    fresh = analysis.open_corpus(corpus, cache_dir=cache, n_jobs=1, quiet=True)
    arts = fresh.articles
    expected = {
        "tone": fresh.article_tone(),
        "toward": fresh.sentiment_toward("treaty"),
        "sample": fresh.sample(2),
        "kwic": analysis.kwic(arts, "treaty", width=20),
        "quotes": fresh.quotes,
    }
    for name in (
        "article_tone",
        "sentiment_toward",
        "quotes_resolved",
    ):  # computed again, not read back
        for d in (cache / "derived").rglob(f"{name}-*"):
            shutil.rmtree(d)
    monkeypatch.setattr(ses, "_TONE_CHUNK", 2)
    monkeypatch.setattr(ses, "_TEXT_BATCH", 2)
    warm = analysis.open_corpus(corpus, cache_dir=cache, quiet=True)
    assert "articles" not in warm._frames
    chunks = list(warm.article_chunks(2))
    assert [len(c) for c in chunks] == [2, 1]
    pd.testing.assert_frame_equal(pd.concat(chunks), warm.read("articles"))
    pd.testing.assert_frame_equal(pd.concat(chunks), arts)
    only = pd.concat(warm.article_chunks(2, ["article_id", "text"]))
    pd.testing.assert_frame_equal(only, arts[["article_id", "text"]])
    pd.testing.assert_frame_equal(warm.article_tone(), expected["tone"])
    pd.testing.assert_frame_equal(warm.sentiment_toward("treaty"), expected["toward"])
    pd.testing.assert_frame_equal(warm.sample(2), expected["sample"])
    got = warm.apply(analysis.kwic, "treaty", width=20)
    pd.testing.assert_frame_equal(got, expected["kwic"])
    pd.testing.assert_frame_equal(warm.quotes, expected["quotes"])
    none = warm.texts_of([])  # no ids: no rows, the same columns (no texts read)
    assert list(none.columns) == ["article_id", "text"] and len(none) == 0
    assert len(warm.sentiment_toward("no-such-word")) == 0
    assert "articles" not in warm._frames  # no step held every text


def test_people_distinctive_terms_prior_sample(cache):
    """``sample`` bounds the prior's frame: both people's quotes always stay, and
    with room for every other quote the result equals the unsampled one."""
    from analysis.session import SAMPLE, _bounded_prior

    res = analysis.open_corpus(SAMPLE, cache_dir=cache, n_jobs=1, quiet=True)
    people = res.quotes[res.quotes["speaker_type"] == "person"]
    a, b = people["speaker_name"].value_counts().index[:2]
    full = res.distinctive_terms("speaker_name", a, b, of="people", n=10)
    roomy = res.distinctive_terms("speaker_name", a, b, of="people", n=10, sample=10**6)
    pd.testing.assert_frame_equal(full, roomy)
    small = _bounded_prior(people, "speaker_name", a, b, 1)
    mine = people["speaker_name"].isin([a, b])
    assert len(small) == mine.sum() + 1
    assert small["speaker_name"].isin([a, b]).sum() == mine.sum()
    sampled = res.distinctive_terms("speaker_name", a, b, of="people", n=10, sample=1)
    assert set(sampled["group"]) <= {a, b}
    assert sampled[["count_a", "count_b"]].sum().sum() > 0


def test_report_runs_one_kernel_at_scale():
    from analysis.report import ONE_KERNEL_ABOVE, default_jobs

    assert default_jobs(ONE_KERNEL_ABOVE + 1) == 1
    assert 1 <= default_jobs(100) <= 2
