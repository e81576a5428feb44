"""extract_quotes against the sample corpus' hand-made gold (data/sample/gold_speakers.csv:
article_id, speaker, speaker_type, quotes = number of attributed statements).

Speakers are compared after a light normalisation (lower case, straight apostrophes,
a leading "the"/"a"/"an" dropped), because the gold writes organisations without the
article ("port authority") while extract_quotes keeps the article's descriptor.

Documented tolerance (the rules are not tuned on this corpus, so we do not demand
exact equality):
* named persons: at least 90% of gold (article, person) pairs are counted within +-1
  statement, and at least 70% exactly;
* all gold pairs (persons, anonymous sources, groups, organisations): at least 80%
  within +-1;
* per article, the number of extracted statements is between 0.6x and 1.4x the gold
  total.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

import analysis

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"
GOLD = SAMPLE / "gold_speakers.csv"


def _norm(name: str) -> str:
    name = str(name).replace("’", "'").lower().strip()
    return re.sub(r"^(the|a|an) ", "", name)


@pytest.fixture(scope="module")
def compared():
    if not GOLD.is_file():
        pytest.skip("data/sample/gold_speakers.csv not found")
    gold = pd.read_csv(GOLD)
    articles = analysis.load_articles(str(SAMPLE))
    articles = articles[articles["article_id"].isin(gold["article_id"])]
    if articles.empty:
        pytest.skip("sample articles not loadable")
    # the gold counts statements: the rows of one statement (statement_id) count once
    quotes = analysis.extract_quotes(articles).drop_duplicates("statement_id")
    gold = gold.assign(key=gold["speaker"].map(_norm))
    pred = (
        quotes.assign(key=quotes["speaker"].map(_norm))
        .groupby(["article_id", "key"])
        .size()
        .rename("pred")
        .reset_index()
    )
    pairs = gold.merge(pred, on=["article_id", "key"], how="left")
    pairs["pred"] = pairs["pred"].fillna(0)
    totals = (
        gold.groupby("article_id")["quotes"]
        .sum()
        .to_frame("gold")
        .join(quotes.groupby("article_id").size().rename("pred"))
        .fillna(0)
    )
    return pairs, totals


def test_named_persons_counted(compared):
    pairs, _ = compared
    persons = pairs[pairs["speaker_type"] == "person"]
    close = (persons["pred"] - persons["quotes"]).abs() <= 1
    exact = persons["pred"] == persons["quotes"]
    assert close.mean() >= 0.90, persons[~close].to_string()
    assert exact.mean() >= 0.70


def test_all_speakers_counted(compared):
    pairs, _ = compared
    close = (pairs["pred"] - pairs["quotes"]).abs() <= 1
    assert close.mean() >= 0.80, pairs[~close].to_string()


def test_article_totals(compared):
    _, totals = compared
    ratio = totals["pred"] / totals["gold"]
    assert ratio.between(0.6, 1.4).all(), totals[~ratio.between(0.6, 1.4)].to_string()
