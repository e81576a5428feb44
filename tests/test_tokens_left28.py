"""A number with thousands separators or decimals is one token (left28). Sentences
written for these tests."""

from __future__ import annotations

from analysis._tokens import _TOKEN_RE, default_stopwords, encode_corpus, words


def test_number_with_a_comma_or_a_period_is_one_token():
    toks = _TOKEN_RE.findall("the plant hired 2,100 workers and grew 3.5 percent.")
    assert "2,100" in toks and "3.5" in toks
    assert toks.count(",") == 0 and toks.count(".") == 1


def test_glued_letters_stay_with_the_number_and_are_no_term():
    assert _TOKEN_RE.findall("a 1.5-fold rise") == ["a", "1.5-fold", "rise"]
    assert words("a 1.5-fold rise, 2,100abc", default_stopwords()) == ["rise"]


def test_terms_around_a_number_are_unchanged():
    tok, _doc, names = encode_corpus(["paid 2,100 workers. Grew 3.5 percent"], default_stopwords())
    assert [names[t] if t >= 0 else "|" for t in tok] == [
        "paid", "|", "workers", "|", "grew", "|", "percent",
    ]  # fmt: skip


def test_a_long_number_run_is_read_once():
    toks = _TOKEN_RE.findall("1," * 5000 + "a")
    assert toks[0].startswith("1,1,1") and len(toks) <= 3
