"""Tests for analysis.terms: tokenizer, stop list, phrases, top/distinctive terms, kwic."""

from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis import distinctive_terms, kwic, term_counts, tokenize, top_terms
from analysis._tokens import default_stopwords
from analysis.terms import term_trends

SHARED = Path(
    os.environ.get("NEWSLENS_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data")
)
SEED = SHARED / "seed" / "000_f8a976aa602cfeb7.txt"

# Our own test texts (never copied from shared data).
TREATY = (
    "The senator defended the trade pact on Monday. Critics of the trade pact said it "
    "hurts farmers.\n\nMr. Lopez told reporters the trade pact would survive. "
    "Farmers in Ohio oppose the trade pact; Ohio farmers want subsidies."
)


def arts(*texts, **cols):
    d = {"article_id": [f"a{i}" for i in range(len(texts))], "text": list(texts)}
    d.update(cols)
    return pd.DataFrame(d)


# ------------------------------------------------------------------ tokenize / stop list


def test_tokenize_rules():
    toks = tokenize("Mr. Smith's plan: the U.S. and al-Qaida in 2001 — 9/11, O'Neill's 3rd try!")
    assert toks == ["smith", "plan", "u.s.", "al-qaida", "o'neill", "try"]


def test_tokenize_keeps_stop_words_when_asked_and_stems():
    assert tokenize("He said no", stopwords=False) == ["he", "said", "no"]
    assert tokenize("Defenses defended", stem=True) == ["defens", "defend"]
    assert tokenize("alpha beta", stopwords=["beta"]) == ["alpha"]


def test_stop_list_is_news_aware():
    stop = default_stopwords()
    for w in [
        "said",
        "says",
        "told",
        "mr",
        "mrs",
        "ms",
        "would",
        "also",
        "could",
        "one",
        "two",
        "year",
    ]:
        assert w in stop
    for w in ["president", "states", "white", "house", "treaty", "new"]:
        assert w not in stop


def test_curly_apostrophes_and_possessives():
    assert tokenize("Putin\u2019s view, the leaders\u2019 view") == [
        "putin",
        "view",
        "leaders",
        "view",
    ]


# ------------------------------------------------------------------ phrases and counts


def test_phrases_found_and_replace_their_words():
    tc = term_counts(arts(TREATY))
    terms = dict(zip(tc["term"], tc["count"], strict=True))
    assert terms["trade pact"] == 4
    assert "trade" not in terms and "pact" not in terms
    # "ohio farmers" occurs once: not a phrase
    assert "ohio farmers" not in terms


def test_phrases_never_span_stop_words_or_punctuation():
    text = (
        "Rising prices worry shoppers in Leeds. Rising prices hurt bakers; rising prices anger "
        "drivers! Prices rose sharply. Rising prices climb. Farmers sell grain cheaply, "
        "millers buy wheat early, and bakers bake bread."
    )
    terms = set(term_counts(arts(text))["term"])
    assert "rising prices" in terms
    assert not any("rose" in t and " " in t for t in terms)  # "Prices rose" occurs once
    # the same pair split by punctuation, a stop word or a blank line is never joined
    for sep in [". ", " the ", "\n\n", ", "]:
        t2 = " ".join(f"w{i}x oil{sep}prices" for i in range(6)) + " bread butter jam"
        assert "oil prices" not in set(term_counts(arts(t2))["term"]), sep


def test_term_counts_order_and_min_count():
    tc = term_counts(arts("beta alpha alpha", "gamma"), phrases=False)
    assert tc.to_dict("records") == [
        {"article_id": "a0", "term": "alpha", "count": 2},
        {"article_id": "a0", "term": "beta", "count": 1},
        {"article_id": "a1", "term": "gamma", "count": 1},
    ]
    assert term_counts(arts("beta alpha alpha", "gamma"), phrases=False, min_count=2)[
        "term"
    ].tolist() == ["alpha"]


# ------------------------------------------------------------------ top terms


def test_top_terms_weightings_and_columns():
    a = arts("apple banana apple", "banana cherry", "banana")
    cnt = top_terms(a, n=3, weighting="count", phrases=False)
    assert cnt.columns.tolist() == ["term", "score", "count", "df"]
    assert cnt["term"].tolist() == ["banana", "apple", "cherry"]
    assert cnt["count"].tolist() == [3, 2, 1]
    df = top_terms(a, n=1, weighting="df", phrases=False)
    assert df["term"].tolist() == ["banana"] and df["df"].tolist() == [3]
    b = arts("apple banana", "banana cherry", "banana date")
    tf = top_terms(b, n=None, phrases=False).set_index("term")["score"]
    # idf(banana) = ln(4/4)+1 = 1, idf(apple) = ln(4/2)+1; each doc vector is l2-normalised
    # and the score is the mean over the 3 docs: apple = idf_a/sqrt(1+idf_a^2)/3.
    idf_a = math.log(2) + 1
    assert tf["apple"] == pytest.approx(idf_a / math.sqrt(1 + idf_a**2) / 3)
    assert tf["banana"] == pytest.approx(1 / math.sqrt(1 + idf_a**2))
    with pytest.raises(ValueError):
        top_terms(a, weighting="bm25")


def test_top_terms_by_column_and_month():
    a = arts(
        "apple apple",
        "apple",
        "cherry cherry",
        "cherry",
        source=["x", "x", "y", "y"],
        published=pd.to_datetime(["2001-01-05", "2001-01-20", "2001-02-01", None]),
    )
    by_src = top_terms(a, n=1, by="source", phrases=False)
    assert by_src.columns.tolist() == ["source", "term", "score", "count", "df"]
    assert by_src[["source", "term", "count"]].values.tolist() == [
        ["x", "apple", 3],
        ["y", "cherry", 3],
    ]
    by_m = top_terms(a, n=1, by="month", phrases=False)
    assert by_m["month"].tolist() == [pd.Timestamp("2001-01-01"), pd.Timestamp("2001-02-01")]
    assert by_m["term"].tolist() == ["apple", "cherry"]
    assert by_m["count"].tolist() == [3, 2]  # undated article left out


def test_seed_top_terms_have_phrases_and_no_stop_words():
    if not SEED.exists():
        pytest.skip("shared data not available")
    text = SEED.read_text(encoding="utf-8", errors="replace")
    tt = top_terms(pd.DataFrame({"article_id": ["seed"], "text": [text]}), n=10)
    terms = tt["term"].tolist()
    assert "abm treaty" in terms and "missile defense" in terms
    stop = default_stopwords()
    assert not any(w in stop for t in terms for w in t.split())
    assert not {"said", "mr", "would"} & set(terms)


def test_term_trends_grid():
    a = arts(
        "treaty talks",
        "treaty",
        "oil",
        published=pd.to_datetime(["2001-10-01", "2001-11-03", None]),
    )
    tr = term_trends(a, terms=["treaty", "oil"])
    assert tr.columns.tolist() == ["period", "term", "count", "n_docs", "per_1k"]
    assert len(tr) == 4  # 2 periods x 2 terms, zeros included
    oct_treaty = tr[(tr.period == "2001-10-01") & (tr.term == "treaty")].iloc[0]
    assert oct_treaty["count"] == 1 and oct_treaty["per_1k"] == pytest.approx(500.0)


# ------------------------------------------------------------------ distinctive terms


def test_distinctive_terms_matches_hand_computed_z():
    f = pd.DataFrame({"speaker": ["A", "B"], "quote": ["tax tax war", "war war peace"]})
    out = distinctive_terms(
        f, "speaker", "A", "B", n=None, text_col="quote", phrases=False, stopwords=False
    )
    got = dict(zip(out["term"], out["z"], strict=True))
    # Prior alpha_w = corpus counts: tax 2, war 3, peace 1 -> alpha_0 = 6; n_a = n_b = 3.
    # tax: y_a=2, y_b=0
    #   delta = log((2+2)/(3+6-2-2)) - log((0+2)/(3+6-0-2)) = log(4/5) - log(2/7)
    #   var   = 1/(2+2) + 1/(0+2) = 0.75
    z_tax = (math.log(4 / 5) - math.log(2 / 7)) / math.sqrt(0.75)
    # war: y_a=1, y_b=2
    #   delta = log((1+3)/(3+6-1-3)) - log((2+3)/(3+6-2-3)) = log(4/5) - log(5/4)
    #   var   = 1/4 + 1/5 = 0.45
    z_war = (math.log(4 / 5) - math.log(5 / 4)) / math.sqrt(0.45)
    # peace: y_a=0, y_b=1 -> delta = log(1/(3+6-0-1)) - log(2/(3+6-1-1)) = log(1/8) - log(2/7)
    z_peace = (math.log(1 / 8) - math.log(2 / 7)) / math.sqrt(1 / 1 + 1 / 2)
    assert got["tax"] == pytest.approx(z_tax)  # = 1.18890
    assert got["war"] == pytest.approx(z_war)  # = -0.66528
    assert got["peace"] == pytest.approx(z_peace)
    assert out["term"].tolist() == ["tax", "war", "peace"]  # sorted by z desc
    assert out.columns.tolist() == [
        "term",
        "z",
        "delta",
        "count_a",
        "count_b",
        "frequency",
        "group",
    ]
    assert out.set_index("term").loc["tax", ["count_a", "count_b", "frequency"]].tolist() == [
        2,
        0,
        2,
    ]
    assert out["group"].tolist() == ["A", "B", "B"]


def test_distinctive_terms_prior_scaling_and_masks():
    f = pd.DataFrame(
        {
            "text": ["tax tax war", "war war peace"],
            "published": pd.to_datetime(["2001-01-01", "2001-06-01"]),
        }
    )
    before = f["published"] < "2001-03-01"
    out = distinctive_terms(
        f, None, before, ~before, n=None, prior=12.0, phrases=False, stopwords=False
    )
    # prior 12 -> alpha_w = 12 * share_w = 2 * count_w: tax 4, alpha_0 = 12
    z_tax = (math.log(6 / (3 + 12 - 2 - 4)) - math.log(4 / (3 + 12 - 4))) / math.sqrt(1 / 6 + 1 / 4)
    assert out.set_index("term").loc["tax", "z"] == pytest.approx(z_tax)
    top = distinctive_terms(f, None, before, ~before, n=1, phrases=False, stopwords=False)
    assert top["term"].tolist() == ["tax", "peace"]


# ------------------------------------------------------------------ kwic


def test_kwic_offsets_phrases_and_word_boundaries():
    text = "The ABM\nTreaty matters. Treaty-based talk; treatyish no. Missile defense, missile  Defense!"
    a = arts(text)
    k = kwic(a, "treaty", width=5)
    assert k.columns.tolist() == ["article_id", "start", "end", "left", "match", "right"]
    for _, r in k.iterrows():
        assert text[r.start : r.end].lower() == "treaty"
    assert len(k) == 2  # "treatyish" is not a whole-word match; "Treaty-based" is
    md = kwic(a, "missile defense")
    assert len(md) == 2 and md["match"].tolist()[1] == "missile  Defense"
    abm = kwic(a, "abm treaty", width=4)
    assert abm.iloc[0]["match"] == "ABM Treaty" and abm.iloc[0]["left"] == "The "
    assert len(kwic(a, r"treat\w*", regex=True)) == 3


# ------------------------------------------------------------------ degenerate inputs


EMPTY = pd.DataFrame({"article_id": pd.Series(dtype=str), "text": pd.Series(dtype=str)})


@pytest.mark.parametrize("frame", [EMPTY, arts(""), arts("the of and 1999 , ."), arts(None)])
def test_degenerate_inputs_give_empty_frames_with_columns(frame):
    assert term_counts(frame).columns.tolist() == ["article_id", "term", "count"]
    assert term_counts(frame).empty
    assert top_terms(frame).columns.tolist() == ["term", "score", "count", "df"]
    assert top_terms(frame, by="month").columns.tolist() == [
        "month",
        "term",
        "score",
        "count",
        "df",
    ]
    assert kwic(frame, "treaty").empty
    assert kwic(frame, "").empty
    d = distinctive_terms(frame.assign(g="x"), "g", "x")
    assert d.empty and "z" in d.columns
    assert tokenize("") == []


def test_one_article():
    a = arts("Treaty talks continue.")
    assert top_terms(a, n=5)["term"].tolist() == ["continue", "talks", "treaty"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(max_size=60), min_size=1, max_size=3), st.text(max_size=8))
def test_term_functions_never_raise(texts, term):
    a = arts(*texts, source=["x", "y", "x"][: len(texts)])
    tokenize(texts[0])
    tokenize(texts[0], stem=True, phrases=True)
    term_counts(a)
    top_terms(a, n=5)
    top_terms(a, n=5, by="source")
    distinctive_terms(a, "source", "x", "y")
    k = kwic(a, term)
    for _, r in k.iterrows():
        txt = a.set_index("article_id").loc[r.article_id, "text"]
        assert txt[r.start : r.end].lower() == r.match.lower() or r.match.strip() != ""


def test_public_names_exported():
    for name in ["tokenize", "term_counts", "top_terms", "distinctive_terms", "kwic"]:
        assert callable(getattr(analysis, name))
    assert np.isfinite(top_terms(arts("a word here"))["score"]).all()
