"""Organisation names across dotted abbreviations, "league" as an organisation, a lede
that is only a quotation and French organisation names (bug63, session 32).
Sentences written for this test."""

from tests._quote_rows import speech_rows


def _index_words(text):
    from analysis.quotes.lexicon import lexicon
    from analysis.quotes.mentions import _ArticleNames

    an = _ArticleNames(text, [(0, len(text))], lexicon(), None)
    return [" ".join(cw) for _, cw, _, _ in an.names]


def test_province_abbreviation_does_not_cut_an_organisation_name():
    rows = speech_rows(
        "The president of the N.S. Lobster Carriers' Guild said the wharves were full."
    )
    assert rows == [("N.S. Lobster Carriers' Guild", "said", "the wharves were full")]


def test_three_letter_abbreviation_opens_the_name_whole():
    assert "P.E.I. Potato Growers' Guild" in _index_words(
        "The head of the P.E.I. Potato Growers' Guild spoke."
    )
    assert not any(w.startswith("E. ") for w in _index_words("The P.E.I. Potato Board met."))


def test_plural_possessive_is_no_given_name_after_an_office():
    rows = speech_rows("The president of the Harbour Ferry Pilots' Guild said the boats were late.")
    assert rows == [("Harbour Ferry Pilots' Guild", "said", "the boats were late")]
