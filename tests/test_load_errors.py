"""The bad-input contract of load_articles: every good document loads, each
problem is reported (errors="report") or raised (errors="raise")."""

from __future__ import annotations

import gzip
import io
import json
import warnings
import zipfile

import pytest

from analysis import load_articles, load_report
from analysis.load import ARTICLE_COLUMNS, LoadError, SourceNotFoundError

GOOD = "A Good Title\n\nA good body sentence.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


def _quiet(src, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_articles(src, **kw)


def _only_warning(src, **kw):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        arts = load_articles(src, **kw)
    assert len(caught) == 1, [str(w.message) for w in caught]
    return arts, str(caught[0].message)


def test_empty_file_reported_and_raises(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    arts, msg = _only_warning(tmp_path)
    assert arts["article_id"].tolist() == ["good"]
    assert "1 problem" in msg
    rep = load_report(arts)
    assert rep["reason"].tolist() == ["empty file"] and rep["path"].iloc[0].endswith("empty.txt")
    with pytest.raises(LoadError, match="empty.txt: empty file"):
        load_articles(tmp_path, errors="raise")
    assert issubclass(LoadError, ValueError)


def test_binary_file_named_txt(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(PNG)
    arts = _quiet(tmp_path)
    assert len(arts) == 1
    rep = load_report(arts)
    assert "PNG" in rep["reason"].iloc[0] and rep["action"].iloc[0] == "skipped"


def test_undecodable_bytes_replaced_and_flagged(tmp_path):
    p = tmp_path / "bad2.txt"
    p.write_bytes(b"Title\n\nCaf\xc3\xa9 and a stray \xff byte.")
    arts = _quiet(p)
    assert len(arts) == 1  # kept, not dropped
    assert "\ufffd" in arts["text"].iloc[0] and "Café" in arts["text"].iloc[0]
    rep = load_report(arts)
    assert rep["reason"].str.contains("undecodable").tolist() == [True]
    assert rep["action"].iloc[0] == "kept, flagged" and rep["dropped"].iloc[0] == 0


def test_malformed_jsonl_line_reports_line_number(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text(
        json.dumps({"id": "a", "text": "One."})
        + "\n{broken json\n"
        + json.dumps({"id": "c", "text": "Three."})
        + "\n",
        encoding="utf-8",
    )
    arts = _quiet(p)
    assert arts["article_id"].tolist() == ["a", "c"]
    rep = load_report(arts)
    assert rep["line"].tolist() == [2] and rep["dropped"].tolist() == [1]
    assert "malformed JSON" in rep["reason"].iloc[0]
    with pytest.raises(LoadError, match=r"feed.jsonl:2: malformed JSON"):
        load_articles(p, errors="raise")


def test_csv_without_text_column_names_file_columns_and_fix(tmp_path):
    p = tmp_path / "wire.csv"
    p.write_text("headline,story_txt\nH,Body text.\n", encoding="utf-8")
    with pytest.raises(LoadError) as info:
        load_articles(p, errors="raise")
    msg = str(info.value)
    assert "wire.csv" in msg and "'story_txt'" in msg and "columns={'story_txt': 'text'}" in msg
    arts = _quiet(p)
    assert len(arts) == 0 and list(arts.columns) == list(ARTICLE_COLUMNS)
    assert "no text column" in load_report(arts)["reason"].iloc[0]
    assert _quiet(p, columns={"story_txt": "text"})["text"].tolist() == ["Body text."]


def test_duplicate_ids_disambiguated_and_reported(tmp_path):
    rows = [
        {"id": "x", "text": "First."},
        {"id": "x", "text": "Second."},
        {"id": "x", "text": "Third."},
    ]
    p = tmp_path / "d.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    arts = _quiet(p)
    assert arts["article_id"].tolist() == ["x", "x~2", "x~3"]
    rep = load_report(arts)
    assert rep["article_id"].tolist() == ["x~2", "x~3"]
    assert rep["reason"].str.startswith("duplicate article_id 'x'").all()


def test_exact_duplicate_texts(tmp_path):
    for name in ["a", "b", "c"]:
        body = "Same body text." if name != "b" else "Different body."
        (tmp_path / f"{name}.txt").write_text(f"Title {name}\n\n{body}", encoding="utf-8")
    arts = _quiet(tmp_path, duplicates="keep")
    assert arts["duplicate_of"].tolist()[2] == "a"
    assert arts["duplicate_of"].isna().tolist() == [True, True, False]
    rep = load_report(arts)
    assert rep["article_id"].tolist() == ["c"] and rep["action"].iloc[0] == "kept; duplicate_of set"
    # by default a duplicate is left out of the frame, listed once and counted
    arts, msg = _only_warning(tmp_path)
    assert arts["article_id"].tolist() == ["a", "b"] and "1 exact duplicate text left out" in msg
    rep = load_report(arts)
    assert rep["article_id"].tolist() == ["c"] and rep["dropped"].tolist() == [1]


def test_unparseable_dates_reported_once_per_file(tmp_path):
    rows = [{"text": f"Body {i}.", "date": "not a date"} for i in range(3)] + [
        {"text": "ok", "date": "2020-01-02"}
    ]
    p = tmp_path / "dates.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    arts = _quiet(p)
    assert arts["published"].isna().sum() == 3 and len(arts) == 4
    rep = load_report(arts)
    assert len(rep) == 1 and rep["reason"].iloc[0].startswith("3 unparseable date(s)")


def test_truncated_gzip(tmp_path):
    data = gzip.compress((GOOD * 200).encode())
    (tmp_path / "cut.txt.gz").write_bytes(data[: len(data) // 2])
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    arts = _quiet(tmp_path)
    assert arts["article_id"].tolist() == ["good"]
    assert "truncated or corrupt gzip" in load_report(arts)["reason"].iloc[0]


def test_directory_without_supported_files_is_an_error(tmp_path):
    (tmp_path / "notes.ann").write_text("T1\tSource 0 3\tabc\n", encoding="utf-8")
    (tmp_path / "README").write_text("hello", encoding="utf-8")
    with pytest.raises(LoadError, match=r"no supported article files.*\.ann"):
        load_articles(tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(LoadError, match="it is empty"):
        load_articles(empty)


def test_nonexistent_path_and_empty_glob(tmp_path):
    with pytest.raises(SourceNotFoundError, match="no such file or directory"):
        load_articles(tmp_path / "nope.txt")
    with pytest.raises(FileNotFoundError):
        load_articles(tmp_path / "nope")
    with pytest.raises(LoadError, match="no files match"):
        load_articles(str(tmp_path / "*.jsonl"))


def test_unsupported_files_in_directory_reported_as_skipped(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.ann").write_text("T1\tSource 0 3\tabc\n", encoding="utf-8")
    (tmp_path / "lewis.dtd").write_text("<!ELEMENT x>", encoding="utf-8")
    (tmp_path / "README.md").write_text("# About\n\nNot an article.", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    arts = _quiet(tmp_path)
    assert arts["article_id"].tolist() == ["a"]
    rep = load_report(arts)
    assert sorted(p.rsplit("/", 1)[-1] for p in rep["path"]) == ["README.md", "a.ann", "lewis.dtd"]
    assert (rep["action"] == "skipped").all() and rep["dropped"].sum() == 0


def test_zip_path_traversal_member_refused(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("../../etc/x.txt", "Evil\n\nShould not load.")
        zf.writestr("/abs/y.txt", "Evil\n\nAbsolute.")
        zf.writestr("ok/fine.txt", GOOD)
    (tmp_path / "h.zip").write_bytes(buf.getvalue())
    before = sorted(str(p) for p in tmp_path.parent.rglob("x.txt"))
    arts = _quiet(tmp_path / "h.zip")
    assert arts["article_id"].tolist() == ["fine"]
    rep = load_report(arts)
    assert rep["reason"].str.startswith("unsafe member path").sum() == 2
    assert sorted(str(p) for p in tmp_path.parent.rglob("x.txt")) == before
    with pytest.raises(LoadError, match="unsafe member path"):
        load_articles(tmp_path / "h.zip", errors="raise")


def test_zip_bomb_size_limit(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("small.txt", GOOD)
        zf.writestr("zbomb.txt", b"A" * 3_000_000)
    p = tmp_path / "bomb.zip"
    p.write_bytes(buf.getvalue())
    assert p.stat().st_size < 100_000
    arts = _quiet(p, max_archive_bytes=1_000_000)
    assert arts["article_id"].tolist() == ["small"]
    assert "exceeds the limit of 1,000,000 bytes" in load_report(arts)["reason"].iloc[0]
    gz = tmp_path / "bomb.txt.gz"
    gz.write_bytes(gzip.compress(b"B" * 3_000_000))
    with pytest.raises(LoadError, match="zip bomb"):
        load_articles(gz, errors="raise", max_archive_bytes=1_000_000)
    assert sorted(x.name for x in tmp_path.iterdir()) == ["bomb.txt.gz", "bomb.zip"]


def test_empty_result_has_all_columns(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"   \n")
    arts = _quiet(tmp_path / "empty.txt")
    assert arts.empty and list(arts.columns) == list(ARTICLE_COLUMNS)
    assert load_report(arts)["dropped"].tolist() == [1]


def test_errors_argument_validated(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    with pytest.raises(ValueError, match="errors must be"):
        load_articles(tmp_path, errors="ignore")


def test_lone_surrogate_escape_in_json_is_kept_as_replacement_char(tmp_path):
    # json.loads turns "\ud800" into a lone surrogate, which pandas/Arrow cannot
    # store: the record loads with U+FFFD in its place and a notice names line/fields
    rec = {"id": "x1", "title": "T\ud800", "text": 'He said "hi\ud800" today.'}
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "ok", "text": "Fine."}) + "\n" + json.dumps(rec) + "\n",
        encoding="utf-8",
    )
    arts = _quiet(tmp_path)
    row = arts.set_index("article_id").loc["x1"]
    assert row["text"] == 'He said "hi\ufffd" today.' and row["title"] == "T\ufffd"
    rep = load_report(arts)
    note = rep[rep["reason"].str.contains("surrogate")]
    assert note["line"].tolist() == [2] and note["level"].tolist() == ["notice"]
    assert "text" in note["reason"].iloc[0] and "title" in note["reason"].iloc[0]
    assert len(arts) == 2


def test_summary_groups_problems_by_kind_then_first_rows(tmp_path):
    from analysis.load import problem_kinds, summarize_load

    for i in range(25):
        (tmp_path / f"empty{i:02d}.txt").write_bytes(b"")
    (tmp_path / "a.ann").write_text("T1\tSource 0 3\tabc\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    arts = _quiet(tmp_path)
    kinds = problem_kinds(arts)
    assert kinds[["kind", "count", "dropped"]].values.tolist() == [
        ["empty file", 25, 25],
        ["unsupported file type …", 1, 0],
    ]
    text = summarize_load(arts, n=20)
    lines = text.splitlines()
    assert lines[0] == "26 load problems, 0 notices; 25 documents not loaded"
    assert lines[1:4] == ["by kind:", "      25  empty file", "       1  unsupported file type …"]
    assert text.count("empty file\n") + text.count("empty file ") >= 20
    assert lines[-1].startswith("... 6 more")
    assert summarize_load(_quiet(tmp_path / "good.txt")).startswith("0 load problems")
