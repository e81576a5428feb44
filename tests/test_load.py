"""load_articles on every supported format, written here in tmp_path."""

from __future__ import annotations

import gzip
import io
import json
import tarfile
import warnings
import zipfile

import pandas as pd

from analysis import load_articles, load_report
from analysis.load import ARTICLE_COLUMNS

ARTICLE_TXT = (
    "Watch Example News Live\n\n"
    "Council Backs New Bridge\n\n"
    "The city council voted 7-2 on Tuesday to fund a new bridge over the river.\n\n"
    '"This is a good day," the mayor said.\n\n'
    "© 2019 Example Media Inc. All Rights Reserved.\n"
)


def _load(src, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_articles(src, **kw)


def test_plain_text_title_id_and_columns(tmp_path):
    p = tmp_path / "story_01.txt"
    p.write_text(ARTICLE_TXT, encoding="utf-8")
    arts = _load(p)
    assert list(arts.columns[: len(ARTICLE_COLUMNS)]) == list(ARTICLE_COLUMNS)
    row = arts.iloc[0]
    assert row["article_id"] == "story_01"
    assert row["title"] == "Council Backs New Bridge"
    assert row["text"].split("\n\n") == [
        "The city council voted 7-2 on Tuesday to fund a new bridge over the river.",
        '"This is a good day," the mayor said.',
    ]
    assert "Watch Example News Live" in row["boilerplate"]
    assert "All Rights Reserved" in row["boilerplate"]
    assert row["published"] == pd.Timestamp(2019, 1, 1) and row["date_precision"] == "year"
    assert row["format"] == "text" and row["path"] == str(p)
    assert pd.api.types.is_datetime64_any_dtype(arts["published"])
    assert load_report(arts).empty


def test_clean_false_keeps_text_verbatim(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE_TXT, encoding="utf-8")
    arts = _load(p, clean=False)
    assert arts["text"].iloc[0] == ARTICLE_TXT
    assert arts["title"].iloc[0] == "Council Backs New Bridge"


def test_jsonl_aliases_explicit_ids_and_record_ids(tmp_path):
    lines = [
        {
            "id": "x-1",
            "headline": "First",
            "body": "One body.",
            "outlet": "Daily",
            "date": "Nov 27, 2016",
        },
        {
            "headline": "Second",
            "content": "Two body.",
            "publisher": "Weekly",
            "link": "https://w.example/2",
        },
    ]
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    arts = _load(p)
    assert arts["article_id"].tolist() == ["x-1", "feed:2"]
    assert arts["title"].tolist() == ["First", "Second"]
    assert arts["text"].tolist() == ["One body.", "Two body."]
    assert arts["source"].tolist() == ["Daily", "Weekly"]
    assert arts["published"].iloc[0] == pd.Timestamp(2016, 11, 27)
    assert pd.isna(arts["published"].iloc[1])
    assert arts["url"].iloc[1] == "https://w.example/2"


def test_csv_tsv_and_columns_mapping(tmp_path):
    csv_p = tmp_path / "a.csv"
    csv_p.write_text(
        'article_id,title,story_txt,publication_date\nc1,T1,"Line one, with comma.",27/11/2016\n',
        encoding="utf-8",
    )
    tsv_p = tmp_path / "b.tsv"
    tsv_p.write_text("headline\tarticle\tsource\nT2\tTab text.\tOut\n", encoding="utf-8")
    arts = _load([csv_p, tsv_p], columns={"story_txt": "text"})
    assert arts["article_id"].tolist() == ["c1", "b:1"]
    assert arts["text"].tolist() == ["Line one, with comma.", "Tab text."]
    assert arts["published"].iloc[0] == pd.Timestamp(2016, 11, 27)
    assert arts["format"].tolist() == ["csv", "tsv"]


def test_extra_fields_kept_as_columns(tmp_path):
    p = tmp_path / "f.jsonl"
    p.write_text(json.dumps({"text": "Body.", "section": "metro"}) + "\n", encoding="utf-8")
    arts = _load(p)
    assert arts["section"].tolist() == ["metro"]


def test_parquet(tmp_path):
    p = tmp_path / "p.parquet"
    pd.DataFrame(
        {"article_id": ["p1", "p2"], "text": ["A.", "B."], "title": ["TA", "TB"]}
    ).to_parquet(p)
    arts = _load(p)
    assert arts["article_id"].tolist() == ["p1", "p2"]
    assert arts["format"].tolist() == ["parquet", "parquet"]


def test_reuters_sgml(tmp_path):
    sgml = (
        '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n'
        '<REUTERS TOPICS="YES" NEWID="7">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n'
        "<TOPICS><D>grain</D></TOPICS>\n<TEXT>&#2;\n<TITLE>WHEAT UP</TITLE>\n"
        "<DATELINE>    CHICAGO, Feb 26 - </DATELINE><BODY>Wheat rose on\nTuesday, traders said.\n"
        "    Corn was flat &lt;CORN&gt;.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
        '<REUTERS TOPICS="NO" NEWID="8">\n<DATE>26-FEB-1987 15:02:00.00</DATE>\n'
        '<TEXT TYPE="BRIEF">&#2;\n<TITLE>ONLY A TITLE</TITLE>\n&#3;</TEXT>\n</REUTERS>\n'
    )
    p = tmp_path / "reut2-000.sgm"
    p.write_bytes(sgml.encode("latin-1"))
    arts = _load(p)
    assert arts["article_id"].tolist() == ["reuters-7"]
    row = arts.iloc[0]
    assert row["title"] == "WHEAT UP" and row["source"] == "Reuters"
    assert row["dateline"] == "CHICAGO, Feb 26"
    assert row["published"] == pd.Timestamp("1987-02-26 15:01:01")
    assert row["text"] == "Wheat rose on Tuesday, traders said.\n\nCorn was flat <CORN>."
    assert row["boilerplate"] == "Reuter"
    assert row["tags"] == "grain"
    rep = load_report(arts)
    assert rep["article_id"].tolist() == ["reuters-8"]
    assert rep["reason"].iloc[0].startswith("no body") and rep["dropped"].iloc[0] == 1


def test_markdown_yaml(tmp_path):
    md = (
        "---\ndate: '2025-02-10'\ntitle: \"A Title\"\nsource_url: https://www.whitehouse.gov/articles/x/\n"
        "tags: articles\n---\n \nThe [agency](https://e.x/a) has **long**\nfunctioned well.\n\n"
        "For example:\n\n-   **First** point\n    continues here.\n-   Second point.\n\n\\###\n"
    )
    p = tmp_path / "2025-02-10-a-title.md"
    p.write_text(md, encoding="utf-8")
    row = _load(p).iloc[0]
    assert row["article_id"] == "2025-02-10-a-title"
    assert row["title"] == "A Title" and row["source"] == "White House"
    assert row["url"] == "https://www.whitehouse.gov/articles/x/" and row["tags"] == "articles"
    assert row["published"] == pd.Timestamp(2025, 2, 10)
    assert row["text"].split("\n\n") == [
        "The agency has long functioned well.",
        "For example:",
        "First point continues here.",
        "Second point.",
    ]
    assert row["boilerplate"] == "###"


def test_html_stdlib_parser(tmp_path):
    doc = (
        "<html><head><title>Site | Headline</title><script>alert('x')</script>"
        '<meta property="og:site_name" content="Example Post"></head><body>'
        "<nav><p>Menu item</p></nav><h1>Headline Here</h1><p>First &amp; foremost.</p>"
        "<p>Second <b>para</b>.</p></body></html>"
    )
    p = tmp_path / "page.html"
    p.write_text(doc, encoding="utf-8")
    row = _load(p).iloc[0]
    assert row["title"] == "Headline Here" and row["source"] == "Example Post"
    assert row["text"] == "First & foremost.\n\nSecond para."


def test_gzip_zip_tar_in_memory(tmp_path):
    (tmp_path / "one.txt.gz").write_bytes(gzip.compress(ARTICLE_TXT.encode()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("inner/two.txt", ARTICLE_TXT.replace("bridge", "tunnel"))
    (tmp_path / "b.zip").write_bytes(buf.getvalue())
    tbuf = io.BytesIO()
    with tarfile.open(fileobj=tbuf, mode="w:gz") as tf:
        data = json.dumps({"text": "From a tar."}).encode()
        info = tarfile.TarInfo("three.jsonl")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    (tmp_path / "c.tar.gz").write_bytes(tbuf.getvalue())
    before = sorted(p.name for p in tmp_path.rglob("*"))
    arts = _load(tmp_path)
    assert arts["article_id"].tolist() == ["two", "three:1", "one"]
    assert arts["path"].iloc[0].endswith("b.zip!inner/two.txt")
    assert "tunnel" in arts["text"].iloc[0]
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # nothing extracted


def test_directory_glob_list_order_and_stability(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ["b.txt", "a.txt", "sub/c.txt"]:
        (tmp_path / name).write_text(f"Title {name}\n\nBody of {name}.", encoding="utf-8")
    arts = _load(tmp_path)
    assert arts["article_id"].tolist() == ["a", "b", "sub/c"]  # path under the corpus folder
    assert (
        arts["section"].tolist()[2] == "sub" and arts["section"].isna().tolist()[:2] == [True] * 2
    )
    again = _load(str(tmp_path / "**" / "*.txt"))
    assert again["article_id"].tolist() == arts["article_id"].tolist()
    listed = _load([tmp_path / "b.txt", tmp_path / "a.txt"])
    assert listed["article_id"].tolist() == ["a", "b"]


def test_polnear_style_filename_and_metadata_sidecar(tmp_path):
    text_dir = tmp_path / "text"
    text_dir.mkdir()
    (text_dir / "nyt_2016-03-01_council-vote.txt").write_text(
        "Council Votes.\n\nThe council voted on Tuesday.", encoding="utf-8"
    )
    (text_dir / "daily-bugle_2016-04-02_other.txt").write_text(
        "Other.\n\nMore text here.", encoding="utf-8"
    )
    arts = _load(text_dir)
    assert arts["source"].tolist() == ["Daily Bugle", "New York Times"]
    assert arts["published"].tolist() == [pd.Timestamp(2016, 4, 2), pd.Timestamp(2016, 3, 1)]
    assert arts["title"].tolist() == ["Other.", "Council Votes."]
    (tmp_path / "metadata.tsv").write_text(
        "filename\tpublisher\tpublication_date\tauthor\ttitle\n"
        "nyt_2016-03-01_council-vote\tnyt\t2016-03-01\tJane Roe\tCouncil Votes on Budget\n",
        encoding="utf-8",
    )
    arts = _load(tmp_path)
    row = arts.set_index("article_id").loc["text/nyt_2016-03-01_council-vote"]
    assert row["title"] == "Council Votes on Budget" and row["author"] == "Jane Roe"
    rep = load_report(arts)
    assert rep["reason"].str.startswith("metadata table").sum() == 1
    assert rep["dropped"].sum() == 0


def test_decoding_bom_cp1252_and_mojibake(tmp_path):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbfT\xc3\xadtulo\n\nCaf\xc3\xa9 opens.")
    (tmp_path / "win.txt").write_bytes("Title\n\nIt’s a café.".encode("cp1252"))
    (tmp_path / "moji.txt").write_text("Title\n\nPutinâ€™s plan is “new”.", encoding="utf-8")
    arts = _load(tmp_path).set_index("article_id")
    assert arts.loc["bom", "title"] == "Título"
    assert arts.loc["win", "text"] == "It’s a café."
    assert arts.loc["moji", "text"] == "Putin’s plan is “new”."


def test_one_line_per_paragraph_text(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("A Headline\nFirst sentence here.\nSecond paragraph here.\n", encoding="utf-8")
    row = _load(p).iloc[0]
    assert row["title"] == "A Headline"
    assert row["text"] == "First sentence here.\n\nSecond paragraph here."


def test_attrs_are_json_able_and_survive_copy(tmp_path):
    (tmp_path / "ok.txt").write_text("T\n\nBody.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    arts = _load(tmp_path)
    assert json.loads(arts.attrs["load_errors"])[0]["reason"] == "empty file"
    sub = arts[arts["text"] != ""].copy()
    assert load_report(sub)["reason"].tolist() == ["empty file"]
