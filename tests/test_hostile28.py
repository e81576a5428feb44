"""Hostile inputs across the user path (session 22, hostile28): CSV quoting that
swallows rows, dates and JSON texts of the wrong shape, articles that are all
boilerplate, an empty corpus through analyze/open_corpus/article_tone, and a
damaged cache. Every sentence is written here; tests count work, never time."""

from __future__ import annotations

import csv
import io
import json
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import analysis
from analysis import load_articles, load_report, readers
from analysis.pipeline import empty_frame, entry_problem

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _quiet(src, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_articles(src, **kw)


def _problems(arts):
    rep = load_report(arts)
    return [(r.line, r.reason, r.action, r.dropped) for r in rep.itertuples()]


# -- CSV --------------------------------------------------------------------
def test_unclosed_quote_does_not_swallow_the_rows_after_it(tmp_path):
    p = tmp_path / "feed.csv"
    p.write_text(
        'id,text\n1,The ferry ran late.\n2,"The council met\n3,Riders were angry.\n'
        "4,The mayor spoke.\n",
        encoding="utf-8",
    )
    arts = _quiet(p)
    # before: one article "The council met\n3,Riders ...\n4,The mayor spoke." and no problem
    assert arts["article_id"].tolist() == ["1", "3", "4"]
    assert arts["text"].tolist()[1:] == ["Riders were angry.", "The mayor spoke."]
    (line, reason, action, dropped), *_ = _problems(arts)
    assert line == 3 and dropped == 1
    assert "unclosed quote" in reason and "line 3" in reason and "line 5" in reason
    assert "read again" in action


def test_unclosed_quote_with_lone_cr_lines(tmp_path):
    p = tmp_path / "feed.csv"
    p.write_bytes(b'id,text\r1,The ferry ran late.\r2,"Broken\r3,Riders were angry.\r')
    arts = _quiet(p)
    assert arts["article_id"].tolist() == ["1", "3"]
    assert _problems(arts)[0][0] == 3


def test_multiline_row_reported_at_its_first_line_with_its_span(tmp_path):
    p = tmp_path / "feed.csv"
    p.write_text(
        'id,text,date\n1,"First paragraph.\n\nSecond paragraph.",2024-05-01,extra\n'
        "2,A plain row.,2024-05-02\n",
        encoding="utf-8",
    )
    arts = _quiet(p)
    assert arts["article_id"].tolist() == ["2"]
    (line, reason, _, dropped), *_ = _problems(arts)
    assert (line, dropped) == (2, 1)  # was line 4, where the row ends
    assert "lines 2-4" in reason and "4 fields" in reason


def test_quote_closed_mid_field_over_lines_is_reported_not_silent(tmp_path):
    p = tmp_path / "feed.csv"
    p.write_text('id,text\n1,"The ferry\n2,"Riders were angry.\n', encoding="utf-8")
    arts = _quiet(p)
    assert len(arts) == 1  # the csv module joins the two rows: kept, but said so
    (line, reason, action, dropped), *_ = _problems(arts)
    assert (line, dropped) == (2, 0)
    assert "rows may be joined" in reason and "lines 2-3" in reason


def test_many_unclosed_quotes_reread_a_bounded_number_of_times(tmp_path, monkeypatch):
    n = 400
    body = "".join(f'{i},"Item {i}\n{i + 1},"Item\n' for i in range(1, n, 2))
    text = "id,text\n" + body + '999,"never closed\n' + "1000,tail\n" * 50
    read = []
    orig = readers._Lines.__next__

    def counting(self):
        read.append(1)
        return orig(self)

    monkeypatch.setattr(readers._Lines, "__next__", counting)
    p = tmp_path / "feed.csv"
    p.write_text(text, encoding="utf-8")
    arts = _quiet(p)
    n_lines = text.count("\n")
    assert len(read) <= (readers._CSV_REREADS + 1) * n_lines + 10
    unclosed = [x for x in _problems(arts) if "unclosed quote" in x[1]]
    assert 1 <= len(unclosed) <= readers._CSV_REREADS
    assert "1000" in set(arts["article_id"].str.split("~").str[0])


_FIELD = st.text(alphabet=st.sampled_from(list('ab ,"\n\r.')), max_size=12)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_FIELD, _FIELD), min_size=1, max_size=8))
def test_well_formed_csv_loads_every_row_unchanged(tmp_path_factory, rows):
    """Whatever the fields hold (quotes, commas, CR/LF), csv.writer's output loads
    every row with its text, no problem reported."""
    rows = [(t, x) for t, x in rows if t.strip() and x.strip()]
    buf = io.StringIO(newline="")
    w = csv.writer(buf)  # "\r\n" rows: fields holding "\r" or "\n" are quoted
    w.writerow(["text", "note"])
    w.writerows(rows)
    p = tmp_path_factory.mktemp("csv") / "f.csv"
    p.write_bytes(buf.getvalue().encode())
    arts = _quiet(p, clean=False, duplicates="keep")
    probs = [x for x in _problems(arts) if "duplicate" not in x[1]]
    assert probs == [] and len(arts) == len(rows)
    assert arts["text"].tolist() == [t.replace("\r\n", "\n").replace("\r", "\n") for t, _ in rows]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('a,"\n\r')), max_size=80))
def test_any_csv_body_loads_with_lines_inside_the_file(tmp_path_factory, body):
    p = tmp_path_factory.mktemp("csv") / "f.csv"
    text = "id,text\n" + body
    p.write_bytes(text.encode())
    arts = _quiet(p)
    n_lines = len(io.StringIO(text, newline="").readlines())
    for line, *_ in _problems(arts):
        assert line is None or pd.isna(line) or 1 <= line <= n_lines


# -- dates, JSON shapes, boilerplate -----------------------------------------
def test_unparseable_dates_name_their_lines(tmp_path):
    rows = [
        {"text": "The ferry ran late.", "date": "2024-05-01"},
        {"text": "The council met.", "date": "next Tuesday-ish"},
        {"text": "Riders were angry.", "date": "2024-13-45"},
    ]
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    arts = _quiet(p)
    ((line, reason, action, _),) = _problems(arts)
    assert line == 2 and "(lines 2, 3)" in reason and "NaT" in action


def test_json_text_list_is_paragraphs_and_object_is_reported(tmp_path):
    rows = [
        {"id": "a", "text": ["The ferry ran late.", "Riders were angry."]},
        {"id": "b", "text": {"body": "The council met."}},
    ]
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    arts = _quiet(p)
    assert arts["text"].tolist() == ["The ferry ran late.\n\nRiders were angry."]  # not "['The …"
    ((line, reason, _, dropped),) = _problems(arts)
    assert (line, dropped) == (2, 1) and "JSON object" in reason


def test_article_that_is_all_boilerplate_gets_a_notice(tmp_path):
    rows = [
        {"id": "a", "title": "Ferry", "text": "The ferry ran late again on Monday."},
        {"id": "b", "title": "Chrome", "text": "© 2024 Harbour Wire Media. All Rights Reserved."},
    ]
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        arts = load_articles(p)
    assert not caught  # a notice, not a problem
    assert arts.set_index("article_id").loc["b", "text"] == ""
    rep = load_report(arts)
    ((aid, level, reason),) = rep[["article_id", "level", "reason"]].itertuples(index=False)
    assert (aid, level) == ("b", "notice") and "boilerplate" in reason


# -- empty corpora -------------------------------------------------------------
def test_empty_corpus_frames_have_their_columns(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    arts = _quiet(tmp_path)
    res = analysis.analyze(arts, cache_dir=None, n_jobs=1)
    assert {"article_id", "compound"} <= set(res.sentences.columns)
    assert {"article_id", "speaker", "quote"} <= set(res.quotes.columns)
    assert list(res.terms.columns) == ["article_id", "term", "count"]
    assert len(res.sentences) == len(res.quotes) == len(res.terms) == 0
    assert list(empty_frame("terms").columns) == ["article_id", "term", "count"]


def test_open_corpus_on_a_corpus_of_empty_files(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(b"")
    (corpus / "b.jsonl").write_bytes(b"")
    s = analysis.open_corpus(corpus, cache_dir=tmp_path / "cache", n_jobs=1, quiet=True)
    # notebooks 02 and 03 read these columns first (KeyError 'article_id' before)
    assert s.sentences["article_id"].nunique() == 0
    assert s.quotes["speaker_id"].nunique() == 0 and "article_id" in s.quotes
    assert len(s.article_tone()) == 0
    assert len(s.load_problems) == 2


def test_article_tone_with_empty_frames_of_default_dtypes():
    arts = pd.DataFrame({"article_id": [], "source": [], "text": []})  # float64 columns
    sents = analysis.score_sentiment(analysis.split_sentences(arts.astype({"text": object})))
    assert len(analysis.article_tone(sents, arts)) == 0
    ints = pd.DataFrame({"article_id": [7, 8], "text": ["", " "]})  # no sentences at all
    tone = analysis.article_tone(analysis.split_sentences(ints), ints)
    assert tone["article_id"].tolist() == [7, 8] and tone["sentences"].tolist() == [0, 0]


# -- a damaged cache -------------------------------------------------------------
CORPUS = {
    "a.txt": "Harbour vote\n\n“We will win,” said Ann Zorn, the mayor. The council met.\n",
    "b.txt": "Ferry news\n\nThe ferry was late again. Riders were angry, Bo Varga said.\n",
}


def _damage_meta_null(c, s):
    (c / "load" / s.key / "meta.json").write_text("null")


def _damage_articles(c, s):
    (c / "load" / s.key / "articles.parquet").write_bytes(b"PAR1 not parquet PAR1")


def _damage_stamp(c, s):
    (c / "derived" / s.key / "analysis.json").write_text('{"key": ["not", "a", "key"]}')


def _damage_stamp_path(c, s):
    (c / "derived" / s.key / "analysis.json").write_text('{"key": "../../elsewhere"}')


def _damage_part(c, s):
    for p in (c / s.analysis_key / "sentences").glob("part-*"):
        p.write_bytes(b"truncated")


def _damage_results(c, s):
    for p in (c / "derived" / s.key).glob("*/result.json"):
        p.write_text('{"attrs": [1], "kind": "frame"}')


@pytest.mark.parametrize(
    "damage",
    [
        _damage_meta_null,
        _damage_articles,
        _damage_stamp,
        _damage_stamp_path,
        _damage_part,
        _damage_results,
    ],
)
def test_damaged_cache_is_recomputed_not_an_error(tmp_path, damage):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in CORPUS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    cache = tmp_path / "cache"
    first = analysis.open_corpus(corpus, cache_dir=cache, n_jobs=1, quiet=True)
    want = (first.meta, first.sentences, first.quotes, first.article_tone())
    damage(cache, first)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        again = analysis.open_corpus(corpus, cache_dir=cache, n_jobs=1, quiet=True)
        got = (again.meta, again.sentences, again.quotes, again.article_tone())
    for w, g in zip(want, got, strict=True):
        pd.testing.assert_frame_equal(
            w.reset_index(drop=True), g.reset_index(drop=True), check_dtype=False
        )


def test_entry_problem_names_the_damage(tmp_path):
    arts = pd.DataFrame({"article_id": ["x"], "text": ["“Yes,” said Ann Zorn."]})
    key = analysis.analyze(arts, cache_dir=tmp_path, n_jobs=1).cache_key
    assert entry_problem(tmp_path / key) == ""
    (part,) = (tmp_path / key / "quotes").glob("part-*")
    part.write_bytes(b"x")
    assert entry_problem(tmp_path / key).startswith("manifest or part unreadable")


# -- the new hostile generators -------------------------------------------------
NEW_GENERATORS = [
    "bidi_in_names",
    "one_word_pars",
    "quote_every_other",
    "said_said_quotes",
    "title_chain_said",
    "long_names_pars",
    "emoji_surrogates",
]


@pytest.mark.parametrize("name", NEW_GENERATORS)
def test_new_hostile_generators_extract_without_error(name):
    sys.path.insert(0, str(BENCH))
    try:
        from quotes_hostile import GENERATORS
    finally:
        sys.path.remove(str(BENCH))
    text = GENERATORS[name](4000)
    arts = pd.DataFrame({"article_id": ["h"], "text": pd.Series([text], dtype=object)})
    q = analysis.extract_quotes(arts)
    assert ((q["start"] >= 0) & (q["end"] <= len(text)) & (q["start"] <= q["end"])).all()
