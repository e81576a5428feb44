"""Tests for analysis.topic_model: determinism, shapes, clamping, coherence, aggregations."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

import analysis
from analysis import topic_model as T  # noqa: E402

# Our own tiny two-theme corpus.
DEFENSE = [
    "The missile shield and the arms treaty dominate the summit agenda.",
    "Negotiators discussed the arms treaty and a missile shield in Geneva.",
    "A missile shield test angered negotiators ahead of the treaty talks.",
    "Arms control experts doubt the missile shield works.",
]
FARMS = [
    "Wheat prices fell as farmers harvested a record grain crop.",
    "Grain exports rose and wheat farmers welcomed higher prices.",
    "Drought cut the grain harvest and lifted wheat prices for farmers.",
    "Farmers stored grain hoping wheat prices recover.",
]


def corpus():
    texts = DEFENSE + FARMS
    return pd.DataFrame(
        {
            "article_id": [f"d{i}" for i in range(len(texts))],
            "text": texts,
            "source": ["x", "y"] * 4,
            "published": pd.to_datetime(
                [
                    "2001-01-03",
                    "2001-01-09",
                    "2001-02-01",
                    None,
                    "2001-01-05",
                    "2001-02-02",
                    "2001-02-10",
                    "2001-03-01",
                ]
            ),
        }
    )


@pytest.mark.parametrize("method", ["nmf", "lda"])
def test_topics_deterministic_and_shaped(method):
    a = corpus()
    r1 = analysis.topics(a, k=2, method=method, random_state=0, n_terms=4)
    r2 = analysis.topics(a, k=2, method=method, random_state=0, n_terms=4)
    pd.testing.assert_frame_equal(r1.terms, r2.terms)
    pd.testing.assert_frame_equal(r1.doc_topics, r2.doc_topics)
    assert r1.terms.columns.tolist() == ["topic", "rank", "term", "weight"]
    assert r1.doc_topics.columns.tolist() == ["article_id", "topic", "share"]
    assert len(r1.doc_topics) == len(a) * 2
    sums = r1.doc_topics.groupby("article_id")["share"].sum()
    assert np.allclose(sums, 1.0)
    assert r1.labels["label"].str.match(r"^t\d+: ").all()
    assert r1["labels"] is r1.labels
    # topics numbered by prevalence
    assert r1.labels["share"].is_monotonic_decreasing


def test_nmf_separates_two_themes():
    a = corpus()
    r = analysis.topics(a, k=2, n_terms=5)
    top = r.doc_topics.loc[r.doc_topics.groupby("article_id")["share"].idxmax()]
    dom = dict(zip(top["article_id"], top["topic"], strict=True))
    assert len({dom[f"d{i}"] for i in range(4)}) == 1
    assert len({dom[f"d{i}"] for i in range(4, 8)}) == 1
    assert dom["d0"] != dom["d4"]
    farm_topic = dom["d4"]
    farm_terms = set(r.terms[r.terms.topic == farm_topic]["term"])
    assert {"wheat prices", "grain"} & farm_terms or {"wheat", "grain"} <= farm_terms


def test_k_clamped_with_warning_and_empty_corpus():
    a = corpus().head(3)
    with pytest.warns(UserWarning, match="using k=3"):
        r = analysis.topics(a, k=8)
    assert r.k == 3 and r.doc_topics["topic"].nunique() == 3
    empty = analysis.topics(a.head(0), k=4)
    assert empty.terms.empty and empty.doc_topics.empty and empty.labels.empty
    assert empty.doc_topics.columns.tolist() == ["article_id", "topic", "share"]
    blank = analysis.topics(pd.DataFrame({"article_id": ["x"], "text": [""]}))
    assert blank.doc_topics.empty


def test_one_document_and_auto_k():
    one = corpus().head(1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = analysis.topics(one, k=5)
    assert r.k == 1 and r.doc_topics["share"].tolist() == [1.0]
    auto = analysis.topics(corpus(), k=None)
    assert 2 <= auto.k <= 8


def test_choose_k():
    ck = T.choose_k(corpus(), ks=(2, 3, 20), metric="npmi")
    assert ck.columns.tolist() == ["k", "coherence", "best"]
    assert ck["k"].tolist() == [2, 3]  # 20 > corpus size: skipped
    assert ck["coherence"].between(-1, 1).all() and ck["best"].sum() == 1
    um = T.choose_k(corpus(), ks=(2,), metric="umass")
    assert (um["coherence"] <= 0).all()
    assert T.choose_k(corpus().head(0)).empty


def test_topics_over_time_and_by_outlet():
    a = corpus()
    r = analysis.topics(a, k=2)
    tot = analysis.topics_over_time(r, a, freq="M")
    assert tot.columns.tolist() == ["period", "topic", "label", "share", "n_docs"]
    assert tot["period"].drop_duplicates().tolist() == [
        pd.Timestamp("2001-01-01"),
        pd.Timestamp("2001-02-01"),
        pd.Timestamp("2001-03-01"),
    ]
    jan = tot[tot.period == "2001-01-01"]
    assert jan["n_docs"].iloc[0] == 3 and jan["share"].sum() == pytest.approx(1.0)
    # manual mean for one cell
    dt = r.doc_topics.merge(a[["article_id", "published"]])
    manual = dt[(dt.published.dt.month == 1) & (dt.topic == 0)]["share"].mean()
    assert jan[jan.topic == 0]["share"].iloc[0] == pytest.approx(manual)
    by = analysis.topics_over_time(r, a, by="source")
    assert by.columns.tolist() == ["period", "source", "topic", "label", "share", "n_docs"]
    sh = T.topic_shares(r, a, by="source")
    assert sh.groupby("source")["share"].sum().round(6).tolist() == [1.0, 1.0]
    # also accepts the doc_topics frame directly; no dates -> empty frame
    assert not analysis.topics_over_time(r.doc_topics, a).empty
    assert analysis.topics_over_time(r, a.drop(columns="published")).empty
    assert analysis.topics_over_time(r, a.assign(published=pd.NaT)).empty
