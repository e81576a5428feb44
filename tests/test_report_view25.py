"""view25: the report and notebooks as a reader sees them: "1 outlet", not
"1 outlets"; load-problem paths relative to the corpus root, named once; with one
outlet, notebook 04 says why there is nothing to compare (no empty table); the
anonymous-share bars and their table in one order; three decimals, no "nan"."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import analysis  # noqa: E402
from analysis import plots  # noqa: E402
from analysis.report import _problems_html, corpus_root, list_notebooks, relative_paths  # noqa: E402

NB_DIR = Path(__file__).resolve().parent.parent / "notebooks"


def _code(nb: Path) -> list[str]:
    cells = json.loads(nb.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]


# -- 1. one wording for "N thing(s)" ----------------------------------------


def test_counted_singular_plural_and_thousands():
    assert analysis.counted(1, "outlet") == "1 outlet"
    assert analysis.counted(0, "outlet") == "0 outlets"
    assert analysis.counted(2, "speaker") == "2 speakers"
    assert analysis.counted(18773, "article") == "18,773 articles"
    assert analysis.counted(1, "named person", "named people") == "1 named person"
    assert analysis.counted(3, "named person", "named people") == "3 named people"


@pytest.mark.parametrize("nb", sorted(NB_DIR.glob("*.ipynb")), ids=lambda p: p.name)
def test_notebooks_print_counts_through_counted(nb):
    """A count printed straight before a plural noun ("{n} outlets") reads "1 outlets"."""
    nouns = r"(?:articles|outlets|speakers|quotes|sentences|people|problems|documents|uses|rows)"
    bare = re.compile(r"\{[^{}]*\}\s+" + nouns + r"\b")
    for src in _code(nb):
        for line in src.splitlines():
            if "print(" in line or line.lstrip().startswith(('f"', "f'")):
                assert not bare.search(line), line


def test_load_warning_and_notice_are_singular_for_one(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Ferry timetable changes\n\nThe ferry will leave ten minutes earlier from Monday.\n",
        encoding="utf-8",
    )
    (corpus / "b.txt").write_bytes(b"")
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        analysis.load_articles(corpus)
    msg = " ".join(str(w.message) for w in seen)
    assert "1 article;" in msg and "1 problem (1 document not loaded)" in msg, msg
    assert "(s)" not in msg


# -- 2. load problems: paths relative to the corpus root ---------------------


def test_corpus_root_of_folder_file_glob_and_list():
    assert corpus_root("/data/news") == "/data/news"
    assert corpus_root("/data/news/*.jsonl") == "/data/news"
    assert corpus_root("/data/news/wire-*.csv") == "/data/news"
    assert corpus_root(["/data/a/x.csv", "/data/b"]) == "/data"
    # a path outside the corpus: the folder they all share
    assert corpus_root("/data/news", ["/data/meta.csv"]) == "/data"


def test_index_page_names_the_root_once_and_rows_are_relative():
    root = "/srv/corpora/harbor-news"
    problems = pd.DataFrame(
        {
            "path": [f"{root}/2025/03/{i}.txt" for i in range(5)] + [f"{root}/meta.csv"],
            "line": [None] * 6,
            "reason": ["empty file"] * 5 + ["metadata joined"],
            "action": ["skipped"] * 5 + ["joined"],
            "dropped": [1] * 5 + [0],
            "level": ["problem"] * 5 + ["notice"],
        }
    )
    page = _problems_html(root, problems)
    assert page.count(root) == 1, page
    assert "<td>2025/03/0.txt</td>" in page and "<td>2025/03/4.txt</td>" in page
    assert "Load problems: 5" in page and "1 notice," in page and "(s)" not in page


def test_relative_paths_keep_paths_outside_the_root_and_the_csv_keeps_full_paths():
    problems = pd.DataFrame({"path": ["/c/sub/a.txt", "/elsewhere/b.txt"]})
    shown = relative_paths(problems, "/c")
    assert shown["path"].tolist() == ["sub/a.txt", "/elsewhere/b.txt"]
    assert problems["path"].tolist() == ["/c/sub/a.txt", "/elsewhere/b.txt"]  # not changed


# -- 4. anonymous share: one order for chart and table -----------------------


def test_anonymous_bars_and_table_share_one_order():
    anon = pd.DataFrame(
        {
            "source": ["Alpha Post", "Bay Times", "City Wire", "Dale News"],
            "quotes": [5, 40, 5, 12],
            "anonymous": [1, 4, 0, 6],
        }
    )
    anon["anonymous_share"] = anon["anonymous"] / anon["quotes"]
    table = plots.by_count(anon)
    assert table["source"].tolist() == ["Bay Times", "Dale News", "Alpha Post", "City Wire"]
    ax = plots.anonymous_share_bars(data=anon)
    ys = {t.get_text(): t.get_position()[1] for t in ax.get_yticklabels()}
    top_down = sorted(ys, key=lambda n: -ys[n])  # barh: the first row is drawn at the top
    assert top_down == table["source"].tolist()
    plt.close("all")


def test_notebook_03_shows_the_anonymous_table_in_bar_order():
    src = "\n".join(_code(NB_DIR / "03-speakers.ipynb"))
    assert "plots.by_count(session.apply(spk.anonymous_share" in src
    assert 'anon.sort_values("quotes"' not in src


# -- 3. and the rest: notebook 04 on one outlet, decimals, nan ----------------


@pytest.mark.parametrize("nb", sorted(NB_DIR.glob("*.ipynb")), ids=lambda p: p.name)
def test_tables_with_scores_show_three_decimals_and_no_nan(nb):
    src = "\n".join(_code(nb))
    if nb.name[:2] in ("02", "03", "04"):  # score columns (tone, shares, tf-idf, z)
        assert 'pd.set_option("display.precision", 3)' in src
    assert "float('nan')" not in src and 'float("nan")' not in src


ONE_OUTLET = [
    (
        "Ferry fares to rise",
        "Mara Lindqvist, the ferry board chair, said fares would rise in June. "
        '"We held prices for three years," Lindqvist said. "Fuel costs caught up with us."',
    ),
    (
        "Harbor dredging finished",
        "Crews finished dredging the north channel on Tuesday, a week early. "
        '"The big grain ships can dock again," Lindqvist said at the pier.',
    ),
    (
        "Bridge closed for repairs",
        "The old swing bridge will close for two weeks of repairs to its gears. "
        "Drivers were asked to use the ring road while the work goes on.",
    ),
]


def test_notebook_04_on_one_outlet_says_why_once_without_empty_tables(tmp_path, monkeypatch):
    pm = pytest.importorskip("papermill")
    monkeypatch.setenv("NEWSLENS_CACHE", str(tmp_path / "cache"))
    corpus = tmp_path / "one"
    corpus.mkdir()
    rows = [
        {"article_id": f"a{i}", "title": t, "source": "Harbor Gazette",
         "published": f"2025-0{i + 1}-10", "text": f"{t}\n\n{x}"}
        for i, (t, x) in enumerate(ONE_OUTLET)
    ]  # fmt: skip
    (corpus / "news.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    nb = next(p for p in list_notebooks() if p.name.startswith("04"))
    out = tmp_path / "04.ipynb"
    pm.execute_notebook(
        str(nb), str(out), cwd=str(nb.parent), progress_bar=False, kernel_name="python3",
        parameters={"corpus": str(corpus), "tables_dir": str(tmp_path / "t")},
    )  # fmt: skip
    cells = [c for c in json.loads(out.read_text())["cells"] if c["cell_type"] == "code"]
    text = "".join(o.get("text", "") if isinstance(o.get("text"), str) else "".join(o["text"])
                   for c in cells for o in c["outputs"] if o.get("output_type") == "stream")  # fmt: skip
    assert "3 articles from 1 outlet\n" in text
    assert "Nothing to compare: this corpus has 1 outlet (Harbor Gazette)" in text
    assert "Nothing to compare: 1 named person quoted (Mara Lindqvist)" in text
    for c in cells:
        src = "".join(c["source"])
        if "distinctive_terms(" in src:  # the two comparison cells: one line, no table or chart
            kinds = [o["output_type"] for o in c["outputs"]]
            assert kinds == ["stream"], (src[:60], kinds)
    # the CSVs are still written (empty), so the report's table list is the same
    assert (tmp_path / "t" / "04_distinctive_terms.csv").exists()
    assert (tmp_path / "t" / "04_distinctive_quote_terms.csv").exists()


# -- text columns read left to right -------------------------------------------


def test_text_columns_left_aligned_numbers_and_leading_context_right():
    from analysis.report import tidy_tables

    kwic = pd.DataFrame(
        {
            "article_id": ["harbor-1", "harbor-2"],
            "left": ["the council said the new", "nobody expected the"],
            "match": ["treaty", "treaty"],
            "right": ["would be signed in May", "to pass so quickly"],
            "start": [120, 3400],
            "score": [0.25, -1.5],
        }
    )
    out = tidy_tables(f"<html><body>{kwic.to_html(classes='dataframe')}</body></html>")
    assert '<td style="text-align:left">would be signed in May</td>' in out
    assert '<td style="text-align:left">treaty</td>' in out
    assert "<td>the council said the new</td>" in out  # ends where the match starts
    assert '<th style="text-align:left">right</th>' in out  # the name over left text
    assert "<th>left</th>" in out and "<th>start</th>" in out
    assert "<td>3400</td>" in out and "<td>-1.50</td>" in out  # numbers stay right


def test_month_column_names_do_not_wrap():
    """Outlets x months on Whitehouse: every header read "2021-" over "01"."""
    from analysis.report import tidy_tables

    table = pd.DataFrame({"2021-01": [3], "2021-02": [5]}, index=pd.Index(["White House"]))
    out = tidy_tables(table.to_html(classes="dataframe"))
    assert out.count('<th style="white-space:nowrap">2021-0') == 2


def test_article_length_axes_both_use_thousands_separators():
    words = pd.DataFrame({"words": [120, 380, 900, 2400, 7000, 12000, 24964]})
    ax = plots.length_distribution(data=words)
    ax.figure.canvas.draw()
    xt = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    big = [t for t in xt if float(t.replace(",", "")) >= 1000]
    assert big and all("," in t for t in big), xt
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["median 2,400"]
    plt.close("all")


def test_counts_written_on_charts_have_thousands_separators():
    """Whitehouse: share-of-voice bars read "24114" beside a page that says "151,867"."""
    voice = pd.DataFrame(
        {"speaker": ["Ann Lee", "Bo Park"], "share": [0.6, 0.4], "quotes": [24114, 16076],
         "speaker_type": ["person", "person"]}
    )  # fmt: skip
    anon = pd.DataFrame(
        {"source": ["Wire"], "quotes": [151304], "anonymous": [61925], "anonymous_share": [0.41]}
    )
    texts = [t.get_text().strip() for t in plots.share_of_voice(data=voice).texts]
    assert "24,114" in texts and "16,076" in texts, texts
    texts = [t.get_text().strip() for t in plots.anonymous_share_bars(data=anon).texts]
    assert "61,925/151,304" in texts, texts
    plt.close("all")


def test_quote_and_context_tables_show_breaks_as_spaces():
    """Whitehouse transcripts: "Okay.\\n\\nGiven the…" showed the escape, not a space."""
    from analysis.report import one_line, tidy_tables

    said = pd.DataFrame({"quote": ["Okay.\n\nGiven the\tnews"], "words": [4]})
    out = tidy_tables(one_line(said).to_html(classes="dataframe"))
    assert "Okay. Given the news" in out and "\\n" not in out
    assert said["quote"][0] == "Okay.\n\nGiven the\tnews"  # the frame (and its CSV) unchanged
    for nb, table in (("02", "extremes"), ("03", "said["), ("04", "lines.head(30)")):
        src = "\n".join(_code(next(NB_DIR.glob(f"{nb}-*.ipynb"))))
        # readable() is one_line() shown as on the report page (view35)
        assert any(f"analysis.report.{f}({table}" in src for f in ("one_line", "readable")), nb


def test_term_heatmap_over_five_years_keeps_readable_labels():
    """Whitehouse, 63 months: a 34-inch figure, shrunk on the page to a third."""
    months = pd.date_range("2021-01-01", periods=63, freq="MS")
    d = pd.DataFrame(
        {"period": list(months) * 2, "term": ["president"] * 63 + ["psaki"] * 63,
         "per_1k": [float(i % 7) for i in range(126)]}
    )  # fmt: skip
    ax = plots.term_heatmap(data=d)
    fig = ax.figure
    assert fig.get_size_inches()[0] <= 12.5
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    shown = [t for t in ax.get_xticklabels() if t.get_text()]
    assert 2 <= len(shown) <= 24
    boxes = [t.get_window_extent(r) for t in shown]
    assert not any(a.overlaps(b) for a, b in zip(boxes[:-1], boxes[1:], strict=True)), (
        "tick labels touch"
    )
    plt.close("all")
