"""The headless report: HTML per notebook, index.html linking them and listing
load problems, chart data as CSV; and the CLI that runs it."""

import json
import re
import shutil
from pathlib import Path

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


def test_report_writes_pages_index_tables_and_problems(tmp_path, monkeypatch):
    # the process never changes directory: a chdir per notebook races between --jobs threads
    import os

    here, moves = os.getcwd(), []
    monkeypatch.setattr(os, "chdir", lambda p: moves.append(p) if str(p) != here else None)
    nb_dir = tmp_path / "nbs"
    nb_dir.mkdir()
    shutil.copy(list_notebooks()[0], nb_dir)  # the overview notebook is enough here
    res = run_report(
        _corpus(tmp_path),
        tmp_path / "out",
        notebooks_dir=nb_dir,
        cache_dir=tmp_path / "cache",
        progress=False,
    )
    assert not res.failures
    assert moves == [], moves
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
    assert "3 articles from 1 outlet" in html
    assert "output_stderr" not in html and "ipykernel_" not in html  # one readable notice
    assert "Notice: 2 load problems, " in html
    # a page opens offline: no script or stylesheet from a CDN, no empty script address
    assert not re.search(r'(?:src|href)="https?://', html), re.findall(r'src="[^"]*"', html)
    assert '<script src="">' not in html


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


def test_cli_report_parameters_and_notebook_choice(tmp_path, capfd):
    corpus, out = _corpus(tmp_path), tmp_path / "out"
    argv = ["report", str(corpus), "--out", str(out), "--notebooks", "02", "--quiet"]
    argv += ["-p", "target", "council", "-p", "top", "3", "--cache-dir", str(tmp_path / "c")]
    assert cli.main(argv) == 0
    captured = capfd.readouterr()
    console = captured.out + captured.err
    for noise in ("UserWarning", "without encryption", "KeyboardInterrupt", "Traceback"):
        assert noise not in console, noise
    assert "load problems: 2" in captured.out
    assert sorted(p.name for p in out.glob("*.html")) == ["02-sentiment.html", "index.html"]
    page = (out / "02-sentiment.html").read_text(encoding="utf-8")
    assert (
        "3 sentences mention &#x27;council&#x27;" in page or "3 sentences mention 'council'" in page
    )
    assert "output_stderr" not in page
    tone = (out / "tables" / "02_tone_toward_target.csv").read_text(encoding="utf-8")
    assert tone.count(",council,") == 3


def test_report_request_checked_before_anything_is_written(tmp_path, capsys):
    out = tmp_path / "out"
    sample = str(Path(__file__).resolve().parent.parent / "data" / "sample")
    cases = [
        (["report", str(tmp_path / "missing"), "--out", str(out)], "corpus not found"),
        (["report", sample, "--out", str(out), "--notebooks", "09"], "unknown notebook"),
        (["report", sample, "--out", str(out), "-p", "colour", "red"], "unknown parameter"),
        (["report", sample, "--out", str(out), "-p", "corpus", "x"], "set by the report"),
    ]
    for argv, message in cases:
        assert cli.main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith("error: ") and message in err and err.count("\n") == 1, err
        assert not out.exists()


def test_parameters_typed_like_the_notebook_defaults():
    from analysis.report import check_parameters, select_notebooks

    nbs = select_notebooks(["02", "04-topic-terms"])
    assert [p.name[:2] for p in nbs] == ["02", "04"]
    typed = check_parameters({"top": "5", "target": "2016", "k": "None", "group_a": "CNN"}, nbs)
    assert typed[nbs[0]] == {"top": 5, "target": "2016"}
    assert typed[nbs[1]] == {"k": None, "group_a": "CNN"}


def test_stderr_becomes_one_readable_notice():
    from analysis.report import clean_outputs

    err = (
        "/tmp/ipykernel_42/123.py:9: UserWarning: load_articles: 2 problem(s)\n"
        "  articles = analysis.load_articles(corpus)\n"
        "analyze: 100%|##########| 3/3 [00:00<00:00]\r\n"
    )
    nb = {
        "cells": [
            {
                "cell_type": "code",
                "outputs": [{"output_type": "stream", "name": "stderr", "text": err}],
            },
            {
                "cell_type": "code",
                "outputs": [{"output_type": "stream", "name": "stderr", "text": "\r"}],
            },
        ]
    }
    clean_outputs(nb)
    first, second = nb["cells"]
    assert first["outputs"] == [
        {"output_type": "stream", "name": "stdout", "text": "Notice: load_articles: 2 problem(s)\n"}
    ]
    assert second["outputs"] == []
