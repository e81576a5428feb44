"""Property tests for analysis.extract_quotes: whatever the string (random unicode,
control characters, unbalanced or nested quotes, RTL text, emoji, a megabyte
without punctuation or whitespace) the result is a frame with the quote columns,
offsets inside the text and ``text[start:end] == quote``."""

from __future__ import annotations

import time

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import extract_quotes
from analysis.quotes import COLUMNS
from analysis.quotes.assemble import extract as extract_one

QUOTE_BITS = ['"', "“", "”", "„", "«", "»", "''", "'", "‘", "’", ":", ",", ".", "\n", "\n\n"]
WORDS = [
    "said", "says", "told", "according to", "he", "she", "they", "Mr.", "Putin", "Bush",
    "the", "official", "a senior official", "and", "who", "added", "—", "(", ")", "that",
    "Vladimir", "President", "Ms.", "Officials", "\u200f", "\u202e", "مرحبا", "שלום",
    "😀", "\x00", "\x1b", "\t", " ", "U.S.", "presidentBush",
]  # fmt: skip

piece = st.one_of(
    st.sampled_from(QUOTE_BITS),
    st.sampled_from(WORDS),
    st.text(max_size=12),
)
texts = st.lists(piece, max_size=60).map(" ".join)


def check(text: str) -> pd.DataFrame:
    # the rule engine itself must not raise (extract_quotes would hide it)
    found, sents = extract_one(text)
    for q in found:
        assert 0 <= q.start <= q.end <= len(text)
    for a, b in sents:
        assert 0 <= a < b <= len(text)
    out = extract_quotes(pd.DataFrame({"article_id": ["p"], "text": [text]}))
    assert list(out.columns[: len(COLUMNS)]) == COLUMNS
    for row in out.itertuples():
        assert 0 <= row.start <= row.end <= len(text)
        assert text[row.start : row.end] == row.quote
        assert row.kind in ("direct", "indirect", "mixed")
        assert row.speaker_type in ("person", "anonymous", "organization", "group", "unknown")
        assert isinstance(row.speaker, str) and row.speaker
    assert out["quote_id"].is_unique
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_structured_random_text(text):
    check(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode(text):
    check(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(QUOTE_BITS + ["Putin said", "x", " "]), max_size=80))
def test_unbalanced_and_nested_quotes(parts):
    text = "".join(parts)
    out = check(text)
    # a quote never crosses a blank line it did not open before (bounded runs)
    assert (out["end"] - out["start"] <= len(text)).all()


def test_megabyte_without_punctuation_or_whitespace():
    check("a" * 1_000_000)
    check("Ab" * 500_000)


def test_megabyte_of_words_and_an_unclosed_quote():
    text = 'Tom said "' + "word " * 200_000
    out = check(text)
    assert len(out) <= 1


def test_long_runs_of_sentence_marks_stay_linear():
    # the old splitter of the quote rules backtracked over every run of marks
    # (50,000 dots: 41 s); now 100,000 of each mark together take well under a second
    text = "Tom said: " + "." * 100_000 + " " + "!" * 100_000 + "?" * 100_000 + "…" * 100_000
    t0 = time.process_time()
    check(text)
    check('"' + "?" * 100_000 + '," she said.')
    assert time.process_time() - t0 < 10


def test_an_article_the_rules_fail_on_is_reported_not_dropped(monkeypatch):
    import analysis.quotes as Q

    real = Q._extract_one

    def flaky(text, spans=None):
        if "BOOM" in text:
            raise IndexError("a rule bug")
        return real(text, spans)

    monkeypatch.setattr(Q, "_extract_one", flaky)
    arts = pd.DataFrame(
        {"article_id": ["bad", "good"], "text": ['"BOOM," Ann said.', '"Fine," Bob said.']}
    )
    with pytest.warns(RuntimeWarning, match=r"article 'bad' skipped.*IndexError: a rule bug"):
        out = extract_quotes(arts)
    assert out["article_id"].tolist() == ["good"]


def test_a_sentences_frame_without_offsets_is_refused():
    arts = pd.DataFrame({"article_id": ["a"], "text": ['"Yes," Ann said.']})
    with pytest.raises(ValueError, match=r"lacks column\(s\) \['end'\]"):
        extract_quotes(
            arts, sentences=pd.DataFrame({"article_id": ["a"], "sentence_id": [0], "start": [0]})
        )


def test_sentences_of_other_articles_and_repeated_ids_are_handled():
    from analysis import split_sentences

    arts = pd.DataFrame(
        {"article_id": ["a", "b", "b"], "text": ['"Yes," Ann said.', 'Bob said "no."', "x"]}
    )
    plain = extract_quotes(arts)
    # a sentences frame for another article only: the missing ones are split here
    other = split_sentences(pd.DataFrame({"article_id": ["z"], "text": ["One. Two."]}))
    assert extract_quotes(arts, sentences=other).equals(plain)
    assert plain["speaker"].tolist() == ["Ann", "Bob"]
