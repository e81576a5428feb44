"""Hostile inputs along the user path, round 2 (session 23, hostile30): text files with
stray NUL bytes or UTF-16 without a byte-order mark, every public function on an empty
corpus against a one-article corpus (same columns, same dtypes), the command line with
bad paths and numbers, JSON Lines with mixed-type fields, report pages with markup in
names, and sentences in caseless scripts, emoji and bare quote marks. Every sentence
is written here; tests count work, never time."""

from __future__ import annotations

import html
import json
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import analysis as A
from analysis import cli, corpus, load_articles, load_report, readers
from analysis.pipeline import empty_frame
from analysis.report import ReportError, _index_html, run_report

BODY = (
    "Budget vote\n\nThe council met on Monday to discuss the budget. "
    '"We will cut taxes and build roads," Mayor Jane Smith said. '
    "Residents were happy with the plan.\n"
)


def _quiet(src, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_articles(src, **kw)


def _report(arts):
    return [(r.path.rsplit("/", 1)[-1], r.reason, r.level) for r in load_report(arts).itertuples()]


# -- NUL bytes and UTF-16 without a BOM -------------------------------------
def test_stray_nul_bytes_are_removed_with_a_notice_naming_file_and_line(tmp_path):
    raw = BODY.encode()
    (tmp_path / "a.txt").write_bytes(raw[:30] + b"\x00\x00" + raw[30:])
    arts = _quiet(tmp_path)
    assert len(arts) == 1 and "\x00" not in arts["text"].iloc[0]
    assert "The council met on Monday" in arts["text"].iloc[0]
    rep = load_report(arts)
    assert rep["reason"].tolist() == ["2 NUL byte(s) removed (first at line 3)"]
    assert rep["level"].tolist() == ["notice"] and rep["path"].iloc[0].endswith("a.txt")
    assert rep["line"].iloc[0] == 3


def test_nul_after_the_sniffed_head_is_also_reported(tmp_path):
    (tmp_path / "late.txt").write_bytes(BODY.encode() * 200 + b"\x00 The end came.")
    arts = _quiet(tmp_path)
    assert len(arts) == 1 and "\x00" not in arts["text"].iloc[0]
    assert [r[1] for r in _report(arts)] == ["1 NUL byte(s) removed (first at line 601)"]


def test_nul_in_a_csv_field_is_removed_with_a_notice(tmp_path):
    (tmp_path / "f.csv").write_bytes(b"id,text\n1,The mayor\x00 spoke at length.\n")
    arts = _quiet(tmp_path)
    assert arts["text"].tolist() == ["The mayor spoke at length."]
    assert _report(arts) == [("f.csv", "1 NUL byte(s) removed (first at line 2)", "notice")]


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded_with_a_notice(tmp_path, enc):
    (tmp_path / "u.txt").write_bytes(BODY.encode(enc))
    arts = _quiet(tmp_path)
    assert len(arts) == 1 and "Mayor Jane Smith said" in arts["text"].iloc[0]
    assert _report(arts) == [
        ("u.txt", f"UTF-16 without a byte-order mark, decoded as {enc}", "notice")
    ]


def test_utf16_without_bom_with_non_latin_text(tmp_path):
    text = "Заголовок\n\nМэр сказал, что бюджет принят. Жители довольны.\n"
    (tmp_path / "ru.txt").write_bytes(text.encode("utf-16-le"))
    arts = _quiet(tmp_path)
    assert "бюджет принят" in arts["text"].iloc[0]


def test_binary_with_nul_bytes_is_still_skipped(tmp_path):
    rng = np.random.default_rng(0)
    (tmp_path / "noise.txt").write_bytes(rng.integers(0, 256, 5000, dtype=np.uint8).tobytes())
    (tmp_path / "ok.txt").write_text(BODY)
    arts = _quiet(tmp_path)
    assert len(arts) == 1
    assert ("noise.txt", "binary file (binary data (NUL bytes)), not text", "problem") in _report(
        arts
    )


def test_nul_kind_decisions():
    assert readers.nul_kind(b"no nul here") is None
    assert readers.nul_kind("A mayor spoke on Monday.".encode("utf-16-be")) == "utf-16-be"
    assert readers.nul_kind(b"\x00" * 4000) is None  # all zeros: not text
    assert readers.nul_kind(b"PK\x00\x01\x02\x03" * 100) is None
    half = b"The mayor spoke. " * 10 + b"\x00" * 400  # a zero-filled tail: too many NULs
    assert readers.nul_kind(half) is None


def test_explicit_encoding_is_not_second_guessed(tmp_path):
    (tmp_path / "u.txt").write_bytes(BODY.encode("utf-16-le"))
    arts = _quiet(tmp_path, encoding="utf-16-le")
    assert "Mayor Jane Smith said" in arts["text"].iloc[0]


# -- empty corpus: same columns and dtypes as a one-article corpus -----------
# two articles, so that distinctive terms (one outlet against the other) have rows
ONE = pd.DataFrame(
    {
        "article_id": ["a1", "a2"],
        "title": ["Budget vote", "Road plan"],
        "source": ["Daily", "Weekly"],
        "published": pd.to_datetime(["2024-03-01", "2024-04-02"]),
        "text": [
            'The council met on Monday. "We will cut taxes," Mayor Jane Smith said. '
            "The budget passed easily and residents cheered the good news.",
            'Engineers presented the road plan. "The bridge is unsafe," said Tom Brown, '
            "a city engineer. The budget for roads was cut.",
        ],
    }
)


def _outputs(arts, tmp_path):
    s = A.split_sentences(arts)
    sc = A.score_sentiment(s)
    at = A.article_tone(sc, arts)
    q = A.resolve_speakers(A.extract_quotes(arts), arts)
    tr = A.topics(arts, k=2)
    out = {
        "split_sentences": s,
        "score_sentiment": sc,
        "attach_text": A.attach_text(sc.drop(columns="text"), arts),
        "article_tone": at,
        "article_tone_no_articles": A.article_tone(sc),
        "tone_by_source": A.tone_by(at, by="source"),
        "tone_by_month": A.tone_by(at, by=None, freq="M"),
        "resolve_speakers": q,
        "speaker_counts": A.speaker_counts(q),
        "speaker_counts_by": A.speaker_counts(q, by="source", articles=arts),
        "speaker_tone": A.speaker_tone(q),
        "sentiment_toward": A.sentiment_toward(sc, "budget"),
        "extreme_sentences": A.extreme_sentences(sc, arts),
        "term_counts": A.term_counts(arts),
        "top_terms": A.top_terms(arts),
        "top_terms_by": A.top_terms(arts, by="source"),
        "distinctive_terms": A.distinctive_terms(arts, "source", "Daily"),
        "kwic": A.kwic(arts, "budget"),
        "topics.terms": tr.terms,
        "topics.doc_topics": tr.doc_topics,
        "topics.labels": tr.labels,
        "topics_over_time": A.topics_over_time(tr, arts),
        "topic_shares": A.topic_shares(tr, arts),
        "articles_per_period": corpus.articles_per_period(arts),
        "articles_per_period_by": corpus.articles_per_period(arts, by="source"),
        "articles_per_source": corpus.articles_per_source(arts),
        "article_lengths": corpus.article_lengths(arts),
        "sample_titles": corpus.sample_titles(arts),
    }
    for st in (False, True):
        res = A.analyze(arts, n_jobs=1, sentence_text=st)
        cached = A.analyze(arts, n_jobs=1, sentence_text=st, cache_dir=tmp_path / "c")
        for name in ("sentences", "quotes", "terms"):
            out[f"analyze({st}).{name}"] = getattr(res, name)
            out[f"analyze_cached({st}).{name}"] = getattr(cached, name)
    return out


def test_every_public_frame_of_an_empty_corpus_matches_a_small_corpus(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        one = _outputs(ONE, tmp_path / "one")
        none = _outputs(ONE.iloc[:0].copy(), tmp_path / "none")
    bad = {}
    for name, got in none.items():
        want = one[name]
        assert len(want), name  # the one-article corpus gives rows everywhere
        assert len(got) == 0, name
        a = {c: str(t) for c, t in want.dtypes.items()}
        b = {c: str(t) for c, t in got.dtypes.items()}
        if list(a) != list(b) or a != b:
            bad[name] = (a, b)
    assert not bad, bad


def test_analyze_sentence_text_on_no_articles_keeps_the_text_column(tmp_path):
    empty = ONE.iloc[:0].copy()
    for cache in (None, tmp_path):
        res = A.analyze(empty, n_jobs=1, sentence_text=True, cache_dir=cache)
        assert "text" in res.sentences.columns
        assert "text" not in A.analyze(empty, n_jobs=1, cache_dir=cache).sentences.columns
    assert "text" in empty_frame("sentences", sentence_text=True).columns


def test_source_period_table_of_no_articles_keeps_its_axes():
    table = corpus.source_period_table(ONE.iloc[:0])
    assert table.index.name == "source" and table.columns.name == "period"
    assert table.shape == (0, 0)


def test_typed_empty_leaves_frames_with_rows_alone():
    from analysis._frames import typed_empty

    df = pd.DataFrame({"x": [1], "y": ["a"]}, dtype=object)
    assert typed_empty(df, n="int64") is df
    got = typed_empty(pd.DataFrame(columns=["x", "y"]), pd.DataFrame({"x": [1.5]}), y="int64")
    assert [str(t) for t in got.dtypes] == ["float64", "int64"]


# -- JSON Lines / CSV with mixed-type fields --------------------------------
def test_jsonl_mixed_types_are_kept_and_said(tmp_path):
    recs = [
        {"id": 1, "title": "A", "text": "The mayor spoke on Monday.", "source": "X"},
        {"id": 2, "title": "B", "text": 12345, "source": ["X", "Y"]},
        {"id": 3, "title": ["t"], "text": True, "source": {"a": 1}},
        {"id": 4, "title": "D", "text": {"p": "x"}, "source": "Z"},
    ]
    (tmp_path / "m.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
    arts = _quiet(tmp_path)
    assert arts["text"].tolist() == ["The mayor spoke on Monday.", "12345", "True"]
    assert arts["source"].tolist() == ["X", '["X", "Y"]', '{"a": 1}']
    rep = load_report(arts)
    got = list(zip(rep["line"], rep["reason"], rep["level"], strict=True))
    assert (2, "text is a JSON number (12345), kept as text", "notice") in got
    assert (2, "source is a JSON array, kept as its JSON text", "notice") in got
    assert (3, "text is a JSON boolean (True), kept as text", "notice") in got
    assert (3, "title is a JSON array, kept as its JSON text", "notice") in got
    assert (3, "source is a JSON object, kept as its JSON text", "notice") in got
    assert (4, "text is a JSON object, not a string", "problem") in got


def test_csv_mixed_type_column_loads_every_row(tmp_path):
    (tmp_path / "m.csv").write_text(
        "id,title,text,published\n1,A,The mayor spoke.,2024-01-01\n"
        "two,5,12345,1700000000\n3.5,,Third text here.,True\n"
    )
    arts = _quiet(tmp_path)
    assert arts["article_id"].tolist() == ["1", "two", "3.5"]
    assert arts["published"].notna().tolist() == [True, False, False]
    assert any("2 unparseable date(s)" in r for r in load_report(arts)["reason"])


# -- command line -------------------------------------------------------------
def _cli(argv, capsys):
    try:
        rc = cli.main(argv)
    except SystemExit as exc:  # argparse usage errors
        rc = exc.code
    cap = capsys.readouterr()
    return rc, cap.out, cap.err


def test_cli_out_under_a_file_is_one_line_before_any_work(tmp_path, capsys, monkeypatch):
    import analysis.report as R

    (tmp_path / "corp").mkdir()
    (tmp_path / "corp" / "a.txt").write_text(BODY)
    (tmp_path / "afile").write_text("x")
    monkeypatch.setattr(R, "_prepare_cache", lambda *a, **k: pytest.fail("analysed"))
    for out, why in (
        ("afile/sub", "is a file, not a folder"),
        ("afile", "exists and is not a folder"),
    ):
        rc, _, err = _cli(["report", str(tmp_path / "corp"), "--out", str(tmp_path / out)], capsys)
        assert rc == 2 and err.startswith("error: --out") and why in err
        assert len(err.strip().splitlines()) == 1
    rc, _, err = _cli(
        ["report", str(tmp_path / "corp"), "--out", str(tmp_path / "o"), "--cache-dir",
         str(tmp_path / "afile")],
        capsys,
    )  # fmt: skip
    assert rc == 2 and "--cache-dir" in err and "not a folder" in err
    assert not (tmp_path / "o").exists()


def test_report_out_that_cannot_be_created_is_a_report_error(tmp_path, monkeypatch):
    import analysis.report as R

    (tmp_path / "corp").mkdir()
    (tmp_path / "corp" / "a.txt").write_text(BODY)
    monkeypatch.setattr(R.os, "access", lambda *a, **k: False)
    with pytest.raises(ReportError, match="is not writable"):
        run_report(tmp_path / "corp", tmp_path / "o", progress=False)


@pytest.mark.parametrize(
    ("argv", "msg"),
    [
        (["report", "x", "--jobs", "0"], "argument --jobs: 0 is below 1"),
        (["report", "x", "--jobs", "two"], "'two' is not a whole number"),
        (["load", "x", "--show", "-1"], "argument --show: -1 is below 0"),
        (["bogus"], "invalid choice"),
        ([], "required"),
    ],
)
def test_cli_bad_arguments_are_usage_errors(argv, msg, capsys):
    rc, _, err = _cli(argv, capsys)
    assert rc == 2 and msg in err


def test_cli_help_and_missing_paths(tmp_path, capsys):
    for argv in (["--help"], ["report", "--help"], ["load", "--help"]):
        rc, out, _ = _cli(argv, capsys)
        assert rc == 0 and "usage:" in out
    rc, _, err = _cli(["load", str(tmp_path / "nope")], capsys)
    assert rc == 2 and err.startswith("error:") and "nope" in err
    rc, _, err = _cli(["report", str(tmp_path / "nope"), "--out", str(tmp_path / "o")], capsys)
    assert rc == 2 and err.startswith("error: corpus not found")


# -- the HTML report escapes what the corpus brings ---------------------------
def test_index_html_escapes_markup_in_corpus_names_and_problems():
    evil = '<script>alert("x")</script>'
    problems = pd.DataFrame(
        {
            "path": [f"/c/{evil}.txt"],
            "line": [1],
            "record": [None],
            "article_id": ["a|b"],
            "reason": [f"speaker {evil} | pipe"],
            "action": ["kept"],
            "dropped": [0],
            "level": ["problem"],
        }
    )
    page = _index_html(f"/data/{evil}", [(f"Speakers {evil}", "03.html")], {}, [], problems, 1, 1.0)
    assert "<script>" not in page
    assert html.escape(evil) in page and "a|b" in page


# -- sentences and tone on odd scripts ----------------------------------------
def _sentences(text):
    s = A.split_sentences(pd.DataFrame({"article_id": ["x"], "text": [text]}))
    assert all(text[a:b] == t for a, b, t in zip(s.start, s.end, s.text, strict=True))
    return s.text.tolist()


def test_caseless_and_non_latin_scripts_split_at_sentence_ends():
    assert _sentences("قال الرئيس إن الاقتصاد قوي. سنخفض الضرائب قريبا.") == [
        "قال الرئيس إن الاقتصاد قوي.",
        "سنخفض الضرائب قريبا.",
    ]
    assert _sentences("שלום עולם. זה טוב.") == ["שלום עולם.", "זה טוב."]
    assert _sentences("Мэр выступил. Бюджет принят.") == ["Мэр выступил.", "Бюджет принят."]
    assert _sentences("Ο δήμαρχος μίλησε. Ο προϋπολογισμός πέρασε.") == [
        "Ο δήμαρχος μίλησε.",
        "Ο προϋπολογισμός πέρασε.",
    ]
    # lower-case Greek after an abbreviation-like period is not a sentence start
    assert len(_sentences("The angle was 3 deg. α was small.")) == 1


@pytest.mark.parametrize(
    "text",
    [
        '"""""""" “”“”“” ‘’‘’ «»«» """',
        '"\n"\n"\n\n“\n”',
        "😀😀😀 🎉🎉. 👍🏽👍🏽👍🏽! 🇨🇦🇨🇦? 👨\u200d👩\u200d👧\u200d👦",
        "\u202eevil text\u202c. \u200f\u200e\u2067isolated\u2069 said.",
        "...!!!???…—–-",
        '"😀," said 😀. «نعم», dijo Ana.',
    ],
)
def test_quote_marks_emoji_and_bidi_text_do_not_break_anything(text):
    arts = pd.DataFrame({"article_id": ["x"], "text": [text]})
    sents = _sentences(text)
    assert sents and "".join("".join(sents).split()) == "".join(text.split())
    scored = A.score_sentiment(A.split_sentences(arts))
    assert np.isfinite(scored["compound"]).all()
    assert scored["compound"].between(-1, 1).all()
    q = A.extract_quotes(arts)
    assert list(q.columns) == list(A.extract_quotes(arts.iloc[:0]).columns)


def test_a_single_long_line_is_read_in_work_linear_in_its_length(tmp_path, monkeypatch):
    """A one-line file of n sentences gives n sentences, and the loader decodes it
    once (no per-line or per-sentence rescans of the whole text)."""
    calls = []
    real = readers.decode_bytes

    def counting(data, **kw):
        calls.append(len(data))
        return real(data, **kw)

    monkeypatch.setattr(readers, "decode_bytes", counting)
    unit = 'The council met and the mayor said "we will cut taxes" before the vote. '
    for n in (500, 2000):
        d = tmp_path / f"n{n}"
        d.mkdir()
        (d / "big.txt").write_text(unit * n)
        calls.clear()
        arts = _quiet(d)
        assert calls == [len(unit) * n]
        assert len(A.split_sentences(arts)) == n


def test_report_request_with_bad_out_writes_nothing(tmp_path):
    (tmp_path / "corp").mkdir()
    (tmp_path / "corp" / "a.txt").write_text(BODY)
    (tmp_path / "f").write_text("x")
    with pytest.raises(ReportError):
        run_report(tmp_path / "corp", tmp_path / "f" / "out", progress=False)
    assert sorted(p.name for p in Path(tmp_path).iterdir()) == ["corp", "f"]
