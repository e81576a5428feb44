"""view34: the report as a user meets it. A corpus that loads no article stops
the report with one clear line (the path, why, and for symlinks the folder they
point to) and a nonzero exit, before anything is written; a corpus folder given
as a symlink is followed (the user named it), while symlinks inside a corpus
that point elsewhere stay unread (the loader's safety rule)."""

from __future__ import annotations

import os
import warnings

import pandas as pd

from analysis import cli, load_articles, load_report
from analysis.report import _corpus_path, no_articles_message


def _story(folder, name="a.txt", words="The council met on Monday."):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"A council story\n\n{words} It voted twice.\n", encoding="utf-8")
    return folder / name


def _quiet_load(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_articles(path)


def test_a_symlinked_corpus_folder_is_followed(tmp_path):
    real = tmp_path / "real"
    _story(real)
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    assert len(_quiet_load(link)) == 1
    assert _corpus_path(link) == str(real.resolve())  # the report reads the folder itself


def test_links_out_of_the_corpus_stay_unread_and_the_message_names_their_folder(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.txt", "b.txt"):
        (corpus / name).symlink_to(_story(elsewhere, name))
    articles = _quiet_load(corpus)
    assert len(articles) == 0
    msg = no_articles_message(corpus, load_report(articles))
    assert msg.startswith(f"no articles loaded from {corpus}: 2 load problems")
    assert "symlink pointing outside the corpus folder: 2" in msg
    assert f"point into {elsewhere}" in msg
    assert f"python -m analysis load {corpus}" in msg


def test_unreadable_files_are_named_without_a_symlink_hint(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "gone.txt").symlink_to(corpus / "missing.txt")  # dangling, inside the folder
    os.mkfifo(corpus / "pipe.txt")
    articles = _quiet_load(corpus)
    assert len(articles) == 0
    msg = no_articles_message(corpus, load_report(articles), hint=False)
    assert "2 load problems" in msg and "cannot read file" in msg and "not a regular file" in msg
    assert "Symlinks are read only" not in msg and "python -m analysis" not in msg


def test_message_when_nothing_was_reported():
    assert no_articles_message("x.jsonl", pd.DataFrame()).startswith(
        "no articles loaded from x.jsonl: its files hold no documents"
    )
    notices = pd.DataFrame({"path": ["m.csv"], "reason": ["joined"], "level": ["notice"]})
    assert "its files hold no documents" in no_articles_message("c", notices)


def test_report_on_a_corpus_of_outside_links_stops_and_writes_nothing(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").symlink_to(_story(tmp_path / "elsewhere"))
    out = tmp_path / "out"
    argv = ["report", str(corpus), "--out", str(out), "--cache-dir", str(tmp_path / "c")]
    rc = cli.main([*argv, "--quiet"])
    err = capsys.readouterr().err
    assert rc == 2
    assert err.startswith(f"error: no articles loaded from {corpus}: 1 load problem ")
    assert "symlink pointing outside the corpus folder" in err and err.count("\n") == 1
    assert not out.exists()  # no empty pages


def test_cli_load_of_nothing_fails(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").symlink_to(_story(tmp_path / "elsewhere"))
    assert cli.main(["load", str(corpus)]) == 1
    captured = capsys.readouterr()
    assert "0 articles" in captured.out
    assert captured.err.startswith(f"error: no articles loaded from {corpus}")


# --- the topic-number selection: one shared SVD start, the same topics ---------


def _themes():
    """Twelve short invented articles on three themes."""
    themes = [
        "harbor ferry dock crane cargo pier",
        "orchard apple harvest cider farm frost",
        "violin concert orchestra choir stage tenor",
    ]
    rows = []
    for i in range(12):
        words = themes[i % 3].split()
        text = " ".join(words[j % len(words)] for j in range(i % 4, i % 4 + 9))
        rows.append({"article_id": f"a{i}", "text": f"{text}. The {words[i % 6]} again."})
    return pd.DataFrame(rows)


def test_auto_k_fits_the_chosen_k_once_and_gives_the_same_topics_as_that_k(monkeypatch):
    from analysis import topic_model as tm

    calls = {"fit": [], "starts": 0}
    real_fit, real_starts = tm._fit, tm._nndsvda_starts

    def fit(x, k, *a):
        calls["fit"].append(k)
        return real_fit(x, k, *a)

    def starts(*a):
        calls["starts"] += 1
        return real_starts(*a)

    monkeypatch.setattr(tm, "_fit", fit)
    monkeypatch.setattr(tm, "_nndsvda_starts", starts)
    auto = tm.topics(_themes(), k=None)
    assert calls == {"fit": [auto.k], "starts": 1}  # five candidates, one SVD, one final fit
    fixed = tm.topics(_themes(), k=auto.k)
    assert auto.labels.equals(fixed.labels) and auto.doc_topics.equals(fixed.doc_topics)
    assert tm.topics(_themes(), k=None).terms.equals(auto.terms)  # seeded: deterministic


def test_shared_start_is_scikit_learns_nndsvda_at_the_largest_k():
    import numpy as np
    from sklearn.decomposition._nmf import _initialize_nmf
    from sklearn.feature_extraction.text import TfidfTransformer

    from analysis import topic_model as tm

    x, _, _ = tm._prepare(_themes())
    xt = TfidfTransformer(sublinear_tf=True).fit_transform(x.astype(float))
    w, h = tm._nndsvda_starts(xt, 4, 0)
    w_ref, h_ref = _initialize_nmf(xt, 4, init="nndsvda", random_state=0)
    assert np.allclose(w, w_ref) and np.allclose(h, h_ref)
    assert (w > 0).all() and (h > 0).all()  # NNDSVDa: no zero left for NMF to get stuck on


# --- what the pages show ------------------------------------------------------


def test_a_pivot_of_words_has_its_column_names_over_its_words():
    """04's topic-term pivot: the topic numbers sit on the first header row (the
    index name "rank" on the second); they were right-aligned over left-aligned
    words, so each number stood over the neighbouring column's words."""
    import re

    from analysis.report import tidy_tables

    terms = pd.DataFrame(
        {"topic": [0, 0, 1, 1], "rank": [0, 1, 0, 1], "term": ["ferry", "dock", "apple", "cider"]}
    )
    pivot = terms.pivot_table(index="rank", columns="topic", values="term", aggfunc="first")
    out = tidy_tables(pivot.to_html(classes="dataframe"))
    first_row = re.search(r"<tr[^>]*>(.*?)</tr>", out, re.S).group(1)
    assert re.findall(r'<th style="text-align:left">(\d)</th>', first_row) == ["0", "1"]
    assert '<td style="text-align:left">ferry</td>' in out
    assert "<th>rank</th>" in out  # the index name and numbers keep their place


def test_a_wide_chart_shrinks_only_so_far_then_scrolls():
    import base64
    import io

    import matplotlib.pyplot as plt

    from analysis.report import CHART_LEAST_SCALE, readable_charts

    fig = plt.figure(figsize=(13, 4.5), dpi=100)
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    data = base64.b64encode(buf.getvalue()).decode()
    page = (
        f'<html><head></head><body><img alt="x" src="data:image/png;base64,{data}"></body></html>'
    )
    out = readable_charts(page)
    assert f'style="min-width:{int(1300 * CHART_LEAST_SCALE)}px"' in out
    assert ".jp-RenderedImage{overflow-x:auto}" in out.split("</head>")[0]
    svg = '<head></head><img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">'
    assert readable_charts(svg) == svg  # only PNGs, whose width is in their first bytes
