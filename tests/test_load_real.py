"""load_articles on the real corpora in ../shared/data (skipped when absent)."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest

from analysis import load_articles, load_report

DATA = Path(
    os.environ.get(
        "NEWSLENS_SHARED_DATA", Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
    )
)


def _need(rel: str) -> Path:
    p = DATA / rel
    if not p.exists():
        pytest.skip(f"shared data not available: {p}")
    return p


def _load(p, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_articles(p, **kw)


def test_seed_article():
    arts = _load(_need("seed/000_f8a976aa602cfeb7.txt"))
    assert len(arts) == 1
    row = arts.iloc[0]
    assert row["article_id"] == "000_f8a976aa602cfeb7"
    assert row["title"] == "Bush, Putin: Progress"
    assert row["source"] == "CBS News"
    assert row["published"].year == 2001 and row["date_precision"] == "year"
    removed = [ln for ln in row["boilerplate"].split("\n") if ln]
    assert len(removed) >= 5
    for line in removed:
        assert line not in row["text"]
    assert "Watch" not in row["text"].split("\n\n")[0]
    assert row["text"].startswith("President Bush and Russian President Vladimir Putin")
    assert row["text"].count("\n\n") >= 30  # paragraphs kept
    assert load_report(arts).empty


def _n_duplicates(arts) -> int:
    rep = load_report(arts)
    return int(rep["reason"].str.startswith("exact duplicate text").sum())


def test_polnear_train():
    arts = _load(_need("polnear/train/text"))
    assert len(arts) + _n_duplicates(arts) == 840 and arts["article_id"].is_unique
    assert arts["duplicate_of"].isna().all()  # duplicates left out by default
    assert len(_load(_need("polnear/train/text"), duplicates="keep")) == 840
    assert arts["source"].nunique() == 7 and arts["published"].notna().all()
    assert arts["title"].notna().all()
    # cleaning must not eat real content: nearly all text survives
    raw = _load(_need("polnear/train/text"), clean=False)
    kept = arts["text"].str.len().sum() / raw["text"].str.len().sum()
    assert kept > 0.97


def test_reuters():
    arts = _load(_need("reuters21578"))
    assert len(arts) + _n_duplicates(arts) == 19043 and arts["article_id"].is_unique
    rep = load_report(arts)
    no_body = rep["reason"].str.startswith("no body")
    assert no_body.sum() == 21578 - 19043 and rep.loc[no_body, "dropped"].sum() == 21578 - 19043
    assert arts["published"].notna().all()
    assert not arts["text"].str.contains("&lt;|&#", regex=True).any()


def test_whitehouse_articles():
    arts = _load(_need("whitehouse/articles"))
    assert len(arts) + _n_duplicates(arts) == 529 and arts["article_id"].is_unique
    assert arts["section"].str.fullmatch(r"\d{4}-\d{2}").all()  # the month folders
    assert (arts["source"] == "White House").all() and arts["published"].notna().all()
    assert not arts["text"].str.contains(r"\]\(http", regex=True).any()  # link syntax stripped
    assert not arts["text"].str.contains(r"\*\*", regex=True).any()
