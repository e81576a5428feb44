"""Session 28 (speed37): the speaker-resolution speed rewrites give exactly what the
plain forms they replace give (written sentences, no corpus text)."""

from __future__ import annotations

from analysis.quotes import mentions
from analysis.quotes.given_names import article_given_genders
from analysis.quotes.lexicon import lexicon
from tests._quote_rows import has_quote

_WRITTEN = (
    "Adaeze Obi runs the shop in Parks Canada country. She opened it in May. "
    "His wife, Ifeoma Roe, left. Brianne Kowalczyk spoke first. She said no. "
    "Toronto Police arrived. They said nothing. Mrs. Ngozi Vale agreed."
)


def test_given_not_surnames_is_the_lexicon_union_once():
    lex = lexicon()
    union = lex.place_names | lex.org_words | lex.place_words
    got = mentions._given_not_surnames(lex)
    assert got == union
    assert mentions._given_not_surnames(lex) is got  # built once per lexicon
    assert article_given_genders(_WRITTEN, lex.gender, got) == article_given_genders(
        _WRITTEN, lex.gender, union
    )


def test_given_not_surnames_follows_a_new_lexicon():
    lex = lexicon()
    other = type(lex)(**{**lex.__dict__, "place_words": frozenset({"Xq"})})
    assert "Xq" in mentions._given_not_surnames(other)
    assert "Xq" not in mentions._given_not_surnames(lex)


def test_article_index_still_genders_unlisted_given_names():
    text = 'Adaeze Obi runs the bakery. She opened it in May. "It is busy," Obi said.'
    assert has_quote(text, "Adaeze Obi", "It is busy")
