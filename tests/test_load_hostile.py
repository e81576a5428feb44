"""Hostile and unlucky input (issue 16): every reader runs behind a guard, so one
bad file or record costs that file or record only, reported with its path;
parsers that could be driven super-linearly are linear or refuse; only regular
files inside the corpus folder are read; nothing is lost silently. All inputs
are written here (bombs built in memory); each case runs in well under a second."""

from __future__ import annotations

import io
import json
import os
import tarfile
import time
import warnings

import pytest
from _broken_corpus import (
    GOOD,
    alias_bomb_yaml,
    build_broken_corpus,
    check_accounting,
    negative_size_tar,
)

from analysis import load_articles, load_report
from analysis.load import LoadError


def _quiet(src, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_articles(src, **kw)


def _timed(src, limit=5.0, **kw):
    # CPU seconds, not wall time: CI machines are shared; the quadratic cases
    # this guards against took minutes of CPU
    t0 = time.process_time()
    arts = _quiet(src, **kw)
    took = time.process_time() - t0
    assert took < limit, f"took {took:.1f} s of CPU"
    return arts, load_report(arts)


def _reasons(rep) -> str:
    return " | ".join(rep["reason"])


# --- accounting over every reader ----------------------------------------------


def test_broken_corpus_accounting_balances_file_by_file(tmp_path):
    expected = build_broken_corpus(tmp_path / "corpus", tmp_path / "outside")
    arts, rep = _timed(tmp_path / "corpus", limit=20)
    assert check_accounting(arts, rep, expected) == []
    assert sum(expected.values()) == len(arts) + int(rep["dropped"].sum())
    # every good document in a bad file still loads
    for aid in ("good", "j1", "j3", "p1", "p2", "c1", "c2", "reuters-1", "reuters-5", "inside"):
        assert aid in set(arts["article_id"]), aid
    assert not arts["text"].str.contains("secret").any()  # the outside symlink was not read


# --- an exception no longer escapes --------------------------------------------


def test_json_huge_integer_and_deep_nesting(tmp_path):
    big = "9" * 5000
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "ok", "text": "Fine."})
        + "\n"
        + '{"id": "big", "text": "Big.", "n": '
        + big
        + "}\n"
        + '{"id": "deep", "text": "x", "y": '
        + "[" * 100_000
        + "]" * 100_000
        + "}\n",
        encoding="utf-8",
    )
    (tmp_path / "b.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    arts, rep = _timed(tmp_path)
    assert arts["article_id"].tolist() == ["ok", "big"]
    assert arts.set_index("article_id").loc["big", "n"] == big  # kept, as a string
    assert rep["reason"].str.contains("nested too deeply").sum() == 2
    assert rep.loc[rep["path"].str.endswith("a.jsonl"), "line"].tolist() == [3]


def test_parquet_invalid_utf8_in_data_and_column_names(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    bad = pa.array([b"Good text.", b"Bad \xff text."], pa.binary()).view(pa.string())
    pq.write_table(pa.table({"id": ["p1", "p2"], "text": bad}), tmp_path / "a.parquet")
    buf = io.BytesIO()
    pq.write_table(pa.table({"text": ["Named."]}), buf)
    (tmp_path / "b.parquet").write_bytes(buf.getvalue().replace(b"text", b"te\xffx"))
    arts, rep = _timed(tmp_path)
    assert arts["text"].tolist() == ["Good text.", "Bad \ufffd text."]
    assert "invalid UTF-8" in _reasons(rep) and "unreadable Parquet" in _reasons(rep)
    assert rep["dropped"].sum() == 1


def test_file_name_not_utf8(tmp_path):
    with open(os.fsencode(tmp_path) + b"/caf\xe9.txt", "wb") as fh:
        fh.write(GOOD.encode())
    arts, rep = _timed(tmp_path)
    assert len(arts) == 1 and arts["path"].iloc[0].endswith("caf\\xe9.txt")
    assert arts["article_id"].iloc[0] == "caf\ufffd"
    arts.to_parquet(tmp_path / "out.parquet")  # storable
    assert arts["path"].iloc[0].encode("utf-8")


def test_yaml_impossible_date_and_alias_bomb(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ntitle: T\ndate: 2024-02-30\n---\n\nBody one.\n", encoding="utf-8"
    )
    (tmp_path / "b.md").write_text(
        "---\n" + alias_bomb_yaml(9) + "\n---\n\nBody two.\n", encoding="utf-8"
    )
    arts, rep = _timed(tmp_path, limit=3)
    assert arts["text"].tolist() == ["Body one.", "Body two."]
    assert "out of range" in _reasons(rep) and "aliases" in _reasons(rep)
    assert (rep["action"] == "header ignored").all() and rep["dropped"].sum() == 0


def test_sgml_character_references_out_of_range(tmp_path):
    (tmp_path / "r.sgm").write_text(
        '<REUTERS NEWID="1"><TEXT><TITLE>T</TITLE><BODY>A &#99999999; B &#55296; C &#'
        + "7" * 5000
        + "; D &#65;</BODY></TEXT></REUTERS>",
        encoding="latin-1",
    )
    arts, _ = _timed(tmp_path)
    assert arts["text"].tolist() == ["A \ufffd B \ufffd C \ufffd D A"]


# --- hangs and unbounded work ---------------------------------------------------


def test_tar_with_negative_size_is_refused_quickly(tmp_path):
    (tmp_path / "n.tar").write_bytes(negative_size_tar())
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    arts, rep = _timed(tmp_path, limit=3)
    assert arts["article_id"].tolist() == ["ok"]
    assert "negative size" in _reasons(rep) and rep["dropped"].sum() == 1


def test_tar_truncated_member_reported(tmp_path):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        for name in ("a.txt", "b.txt"):
            data = (f"Title {name}\n\n" + "Body words here. " * 100).encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    raw = buf.getvalue()
    (tmp_path / "t.tar").write_bytes(raw[: 512 * 6 + 100])  # cut inside b.txt
    arts, rep = _timed(tmp_path)
    assert arts["article_id"].tolist() == ["a"]
    assert rep["reason"].str.startswith("truncated tar member").sum() == 1
    assert rep["dropped"].sum() == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_and_device_symlink_are_not_read(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "ok.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "zero.txt").symlink_to("/dev/zero")
    (corpus / "inner").mkdir()
    os.mkfifo(corpus / "inner" / "fifo")
    (corpus / "dev.txt").symlink_to(corpus / "inner" / "fifo")  # inside the root, still a FIFO
    arts, rep = _timed(corpus, limit=3)
    assert arts["article_id"].tolist() == ["ok"]
    why = dict(zip(rep["path"].str.rsplit("/", n=1).str[-1], rep["reason"], strict=True))
    assert why["pipe.txt"] == "not a regular file (a FIFO)" and why["dev.txt"] == why["pipe.txt"]
    assert why["zero.txt"] == "symlink pointing outside the corpus folder"
    assert rep["dropped"].sum() == 3
    with pytest.raises(LoadError, match="not a regular file"):
        load_articles(corpus / "pipe.txt")  # given directly: refused, never opened


def test_html_pathological_markup_is_linear(tmp_path):
    (tmp_path / "nested.html").write_text(
        "<div>" * 150_000 + "<p>Deep.</p>" + "</div>" * 150_000, encoding="utf-8"
    )
    (tmp_path / "comments.html").write_text("<p>Before.</p>" + "<!--x" * 80_000, encoding="utf-8")
    (tmp_path / "quotes.html").write_text("<p>Quoted.</p>" + "<a b='" * 80_000, encoding="utf-8")
    (tmp_path / "ends.html").write_text("<p>Ends.</p>" + "</span>" * 150_000, encoding="utf-8")
    arts, _ = _timed(tmp_path, limit=4)
    assert sorted(arts["text"].str[:7]) == ["Before.", "Deep.", "Ends.", "Quoted."]


def test_many_unclosed_reuters_tags_are_linear_and_reported(tmp_path):
    text = '<REUTERS NEWID="1"><BODY>Only one.</BODY></REUTERS>\n' + "<REUTERS x\n" * 20_000
    (tmp_path / "u.sgm").write_text(text, encoding="latin-1")
    arts, rep = _timed(tmp_path, limit=3)
    assert arts["article_id"].tolist() == ["reuters-1"]
    assert rep["dropped"].sum() == 20_000  # each unclosed tag is a reported document


# --- silent loss ------------------------------------------------------------------


def test_csv_repeated_header_names_keep_every_column(tmp_path):
    (tmp_path / "a.csv").write_text(
        "id,text,text,id\nx1,The first text.,The second text.,other\n", encoding="utf-8"
    )
    arts, rep = _timed(tmp_path)
    row = arts.iloc[0]
    assert row["article_id"] == "x1" and row["text"] == "The first text."
    assert row["text_2"] == "The second text." and row["id_2"] == "other"
    assert rep["reason"].str.startswith("repeated column name").sum() == 2


def test_symlinked_and_unreadable_subfolders(tmp_path):
    corpus = tmp_path / "c"
    (corpus / "real").mkdir(parents=True)
    (corpus / "real" / "a.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "link").symlink_to(corpus / "real")  # inside: followed once
    (corpus / "loop").symlink_to(corpus)  # a loop: not followed again
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "b.txt").write_text(GOOD.replace("first", "other"), encoding="utf-8")
    (corpus / "out").symlink_to(tmp_path / "elsewhere")
    (corpus / "locked").mkdir()
    (corpus / "locked" / "c.txt").write_text(GOOD.replace("first", "locked"), encoding="utf-8")
    os.chmod(corpus / "locked", 0)
    try:
        arts, rep = _timed(corpus)
    finally:
        os.chmod(corpus / "locked", 0o755)
    reasons = _reasons(rep)
    assert "symlinked folder outside the corpus folder" in reasons
    if os.geteuid() != 0:  # root reads anything
        assert "cannot read folder" in reasons and rep["path"].str.endswith("locked").any()
        assert arts["article_id"].tolist() == ["real/a"]  # the link's file is read once
    else:
        assert arts["article_id"].tolist() == ["locked/c", "real/a"]


def test_symlinked_folder_inside_the_corpus_is_read(tmp_path):
    store = tmp_path / "c" / "store"
    store.mkdir(parents=True)
    (store / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "c" / "alias").symlink_to(store)
    (tmp_path / "c" / "b.txt").symlink_to(store / "a.txt")  # a file symlink inside: read once
    arts, rep = _timed(tmp_path / "c" / "alias")  # the corpus root itself may be a link
    assert arts["article_id"].tolist() == ["a"]
    arts, rep = _timed(tmp_path / "c")
    assert arts["article_id"].tolist() == ["store/a"] and rep.empty


def test_txt_symlink_outside_the_corpus_is_refused(tmp_path):
    (tmp_path / "secret.txt").write_text("Secret\n\nDo not read.", encoding="utf-8")
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "ok.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "s.txt").symlink_to(tmp_path / "secret.txt")
    arts, rep = _timed(corpus)
    assert arts["article_id"].tolist() == ["ok"]
    assert rep["reason"].tolist() == ["symlink pointing outside the corpus folder"]
    with pytest.raises(LoadError, match="outside the corpus"):
        load_articles(corpus, errors="raise")


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><div>Text sits in a div.</div></body></html>",
        "<table><tr><td>Text sits in a cell.</td></tr></table>",
        "<header><h2>Text sits in a header.</h2></header>",
        "<p>Intro.</p><script>var a = 1;<p>Text after an unclosed script.</p>",
    ],
)
def test_html_text_outside_paragraphs_is_not_lost(tmp_path, html):
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    arts, rep = _timed(tmp_path)
    assert "Text " in arts["text"].iloc[0]
    assert "var a" not in arts["text"].iloc[0]
    if "script" in html:
        assert rep["reason"].str.startswith("unclosed <script>").sum() == 1


def test_truncated_last_reuters_document_loads_flagged(tmp_path):
    (tmp_path / "r.sgm").write_text(
        '<REUTERS NEWID="1"><TEXT><BODY>First body.</BODY></TEXT></REUTERS>\n'
        '<REUTERS NEWID="2"><TEXT><TITLE>CUT</TITLE><BODY>Second body cut',
        encoding="latin-1",
    )
    arts, rep = _timed(tmp_path)
    assert arts["article_id"].tolist() == ["reuters-1", "reuters-2"]
    assert arts["text"].tolist()[1] == "Second body cut" and arts["title"].tolist()[1] == "CUT"
    assert rep["reason"].str.startswith("document cut short").tolist() == [True]


def test_repeated_wire_story_is_a_duplicate_not_boilerplate(tmp_path):
    story = "Markets rose on Monday.\n\nTraders cited strong earnings."
    for i in range(5):
        (tmp_path / f"w{i}.txt").write_text(f"Wire Story\n\n{story}", encoding="utf-8")
    for i in range(5):
        (tmp_path / f"o{i}.txt").write_text(
            f"Other {i}\n\nDistinct story number {i}.", encoding="utf-8"
        )
    arts = _quiet(tmp_path, duplicates="keep", columns=None)
    wires = arts[arts["article_id"].str.startswith("w")]
    assert (wires["text"] == story.replace("\n\n", "\n\n")).all()
    assert (wires["boilerplate"] == "").all()
    assert wires["duplicate_of"].tolist() == [None, "w0", "w0", "w0", "w0"]
    arts = _quiet(tmp_path)
    assert arts["article_id"].tolist() == ["o0", "o1", "o2", "o3", "o4", "w0"]


def test_boilerplate_rule_never_empties_an_article(tmp_path):
    # one-line articles whose only line repeats across the outlet (not identical articles)
    for i in range(6):
        extra = f"\n\nThe council met on day {i}." if i < 5 else ""
        (tmp_path / f"a{i}.txt").write_text(
            f"Title {i}\n\nThe weather stayed mild.{extra}", encoding="utf-8"
        )
    arts = _quiet(tmp_path).set_index("article_id")
    assert arts.loc["a0", "text"] == "The council met on day 0."  # chrome at the edge goes
    assert arts.loc["a0", "boilerplate"] == "The weather stayed mild."
    assert arts.loc["a5", "text"] == "The weather stayed mild."  # but never the whole body


def test_archive_refused_member_and_corrupt_files_are_counted(tmp_path):
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("../up.txt", GOOD)
        zf.writestr("fine.txt", GOOD.replace("first", "fine"))
    (tmp_path / "a.zip").write_bytes(buf.getvalue())
    (tmp_path / "b.zip").write_bytes(buf.getvalue()[:60])
    (tmp_path / "c.parquet").write_bytes(b"PAR1 junk")
    (tmp_path / "d.csv").write_text("alpha,beta\n1,2\n3,4\n", encoding="utf-8")
    arts, rep = _timed(tmp_path)
    assert arts["article_id"].tolist() == ["fine"]
    by_file = rep.groupby(rep["path"].str.split("!").str[0].str.rsplit("/", n=1).str[-1])[
        "dropped"
    ].sum()
    assert by_file.to_dict() == {"a.zip": 1, "b.zip": 1, "c.parquet": 1, "d.csv": 2}


# --- folder layouts (issue 15) ------------------------------------------------------


def test_section_folders_with_repeated_file_names(tmp_path):
    from analysis.terms import distinctive_terms

    words = {"business": "shares profits markets", "sport": "goals match season"}
    for section, w in words.items():
        (tmp_path / section).mkdir()
        for n in range(1, 4):
            (tmp_path / section / f"{n:03d}.txt").write_text(
                f"Story {section} {n}\n\nThe {w} story number {n} in {section}.",
                encoding="utf-8",
            )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no duplicate-id problems, no warning at all
        arts = load_articles(tmp_path)
    assert arts["article_id"].tolist()[:2] == ["business/001", "business/002"]
    assert arts["article_id"].is_unique and load_report(arts).empty
    assert arts["section"].value_counts().to_dict() == {"business": 3, "sport": 3}
    again = _quiet(tmp_path)
    assert again["article_id"].tolist() == arts["article_id"].tolist()  # stable
    dt = distinctive_terms(arts, "section", "business", "sport", min_count=1)
    assert set(dt["group"]) == {"business", "sport"}
    assert set(dt.loc[dt["group"] == "sport", "term"]) & {"goals", "match", "season", "sport"}


def test_archive_ids_keep_their_folders(tmp_path):
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for sec in ("business", "sport"):
            zf.writestr(f"bbc/{sec}/001.txt", f"T {sec}\n\nA {sec} body.")
    (tmp_path / "bbc.zip").write_bytes(buf.getvalue())
    arts = _quiet(tmp_path)
    assert arts["article_id"].tolist() == ["business/001", "sport/001"]
    assert arts["section"].tolist() == ["business", "sport"]


def test_section_field_wins_over_folder(tmp_path):
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "a.jsonl").write_text(
        json.dumps({"text": "One.", "section": "politics"}) + "\n" + json.dumps({"text": "Two."}),
        encoding="utf-8",
    )
    arts = _quiet(tmp_path)
    assert arts["article_id"].tolist() == ["feeds/a:1", "feeds/a:2"]
    assert arts["section"].tolist() == ["politics", "feeds"]


def test_html_page_without_text_is_reported_not_an_empty_row(tmp_path):
    (tmp_path / "a.html").write_text(
        "<html><head><title>Only a title</title></head><body><script>x</script></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    arts, rep = _timed(tmp_path)
    assert arts["article_id"].tolist() == ["b"]
    assert rep["reason"].tolist() == ["no text found in the HTML page"]
    assert rep["dropped"].tolist() == [1]
