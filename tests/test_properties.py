"""Untrusted text can't crash an extractor: property tests over random
Unicode (control characters, unbalanced and nested quotes, right-to-left
text, emoji, very long tokens) for every text function at once. Each returns
a frame whose offsets index the text it was given."""

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis

PIECES = st.sampled_from(
    [
        '"',
        "\u201c",
        "\u201d",
        "'",
        "\u2018",
        "\u2019",
        "``",
        "''",
        ".",
        "!",
        "?",
        ",",
        ":",
        " said ",
        " told reporters ",
        " according to ",
        "Mr. ",
        "Dr. ",
        "U.S. ",
        "Putin",
        "he said",
        "\n\n",
        "\n",
        " ",
        "\t",
        "\x00",
        "\x1b",
        "\u202e",
        "\u200f",
        "שלום",
        "مرحبا",
        "😀",
        "👍🏽",
        "‽",
        "...",
        "(",
        ")",
        "—",
        "a.m.",
        "Jan.",
        "No.",
        "not good",
        "VERY GREAT!!!",
        "no",
        "but",
        "kind of",
        "ABM treaty",
        "missile defense",
    ]
)
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map("".join),
)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _frame(texts):
    return pd.DataFrame({"article_id": [f"p{i}" for i in range(len(texts))], "text": texts})


@SETTINGS
@given(st.lists(TEXT, min_size=1, max_size=3))
def test_text_functions_never_raise_and_offsets_index_text(texts):
    arts = _frame(texts)
    by_id = dict(zip(arts.article_id, arts.text, strict=True))

    sents = analysis.split_sentences(arts)
    for r in sents.itertuples():
        assert 0 <= r.start <= r.end <= len(by_id[r.article_id])
        assert by_id[r.article_id][r.start : r.end] == r.text

    scored = analysis.score_sentiment(sents)
    assert len(scored) == len(sents)
    assert scored["compound"].between(-1, 1).all()

    quotes = analysis.extract_quotes(arts)
    for r in quotes.itertuples():
        assert 0 <= r.start <= r.end <= len(by_id[r.article_id])
        assert by_id[r.article_id][r.start : r.end] == r.quote

    terms = analysis.term_counts(arts)
    assert set(terms.columns) >= {"article_id", "term", "count"}
    assert (terms["count"] > 0).all()
    analysis.top_terms(arts, n=5)
    for r in analysis.kwic(arts, "said").itertuples():
        assert by_id[r.article_id][r.start : r.end].lower() == "said"


def test_one_megabyte_without_punctuation_or_whitespace():
    blob = "x" * 1_000_000
    arts = _frame([blob, "é" * 200_000 + '"' + "y" * 200_000])
    sents = analysis.split_sentences(arts)
    assert sents.groupby("article_id")["end"].max().tolist() == [1_000_000, 400_001]
    analysis.score_sentiment(sents)
    assert analysis.extract_quotes(arts).empty
    analysis.term_counts(arts)


def test_unbalanced_quote_does_not_swallow_the_article():
    body = " ".join(f"Sentence number {i} is here." for i in range(200))
    text = 'The mayor said "this is unclosed.\n\n' + body
    arts = _frame([text])
    sents = analysis.split_sentences(arts)
    assert len(sents) > 150
    quotes = analysis.extract_quotes(arts)
    assert all(len(q) < len(text) / 2 for q in quotes["quote"])
