"""The headless report: HTML per notebook, index.html linking them and listing
load problems, chart data as CSV; and the CLI that runs it."""

import json
import shutil

import analysis
from analysis import cli
from analysis.report import list_notebooks, run_report


def _corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rows = [
        {
            "article_id": f"r{i}",
            "title": f"Story {i}",
            "source": "Test Wire",
            "published": f"2025-0{i + 1}-10",
            "text": f'The council met for the {i}th time. "We are hopeful," said Ann Lee.',
        }
        for i in range(3)
    ]
    lines = [json.dumps(r) for r in rows]
    lines.insert(1, '{"article_id": "broken", "text": ')  # malformed line
    (corpus / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (corpus / "notes.ann").write_text("T1\tSource 0 3\tThe\n", encoding="utf-8")
    return corpus


def test_report_writes_pages_index_tables_and_problems(tmp_path):
    nb_dir = tmp_path / "nbs"
    nb_dir.mkdir()
    shutil.copy(list_notebooks()[0], nb_dir)  # the overview notebook is enough here
    res = run_report(_corpus(tmp_path), tmp_path / "out", notebooks_dir=nb_dir, progress=False)
    assert not res.failures
    assert [p.name for p in res.pages] == [list_notebooks()[0].stem + ".html"]
    index = res.index.read_text(encoding="utf-8")
    assert 'href="01-corpus-overview.html"' in index
    assert "Load problems: 2" in index  # the malformed JSONL line and the skipped .ann file
    assert "wire.jsonl" in index and "notes.ann" in index
    tables = {p.name for p in res.tables}
    assert {
        "01_articles_per_month.csv",
        "01_articles_per_source.csv",
        "load_problems.csv",
    } <= tables
    html = res.pages[0].read_text(encoding="utf-8")
    assert "from analysis import plots" not in html  # inputs hidden
    assert "3 articles from 1 outlets" in html


def test_cli_load_summary(tmp_path, capsys):
    assert cli.main(["load", str(_corpus(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "3 articles, 1 sources" in out
    assert "2 load problems" in out


def test_save_table_only_writes_when_asked(tmp_path):
    import pandas as pd

    df = pd.DataFrame({"a": [1, 2]})
    assert analysis.save_table(df, "x", None) is df
    assert not any(tmp_path.iterdir())
    analysis.save_table(df, "../escape/x y", tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["escape_x_y.csv"]
