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


def test_the_league_is_the_organisation_not_a_player_named_next():
    rows = speech_rows(
        "Ann Roe scored twice in the final of the Prairie Hockey League. "
        '"I was lucky," she said. The league said in a statement that it would review '
        "the goal. Tia Moss, who leads the league in assists, said she was tired."
    )
    # (bug64: named by the article's league, no longer the bare "the league")
    assert ("Prairie Hockey League", "said", "it would review the goal") in rows


def test_description_then_the_name_gives_the_name():
    for head in ("League", "Union"):
        rows = speech_rows(
            "Dock workers called for a strike, and the regional rowing association the "
            f"Inland {head} strongly opposed the plan and said it would keep its boats."
        )
        assert (f"Inland {head}", "said", "it would keep its boats") in rows


def test_description_then_a_place_is_no_name():
    from analysis.quotes.org_apposed_names import apposed_org_name

    nouns = {"group": "organization", "association": "organization"}
    assert apposed_org_name("a hiking group in the Bow Valley", nouns) is None
    assert apposed_org_name("the hiking association the Bow Trail Club", nouns) == "Bow Trail Club"


def test_lede_quotation_named_with_those_words_next():
    text = (
        "Lake town keeps its wharf\n\n"
        'HALIFAX — "We will not sell the harbour to anyone, at any price."\n\n'
        "With those words, the mayor of Port Verrin, Dana Keele, on Monday rejected an "
        "offer from a shipping firm to buy the town's wharf.\n\nThe firm had offered $4 million."
    )
    assert speech_rows(text) == [
        ("Dana Keele", "rejected", "We will not sell the harbour to anyone, at any price.")
    ]


def test_lede_quotation_without_those_words_stays_bare():
    text = (
        'HALIFAX — "We will not sell the harbour to anyone, at any price."\n\n'
        "The mayor of Port Verrin, Dana Keele, on Monday rejected an offer from a shipping firm."
    )
    assert speech_rows(text) == []  # (the rule needs the "With those words," opener)


def test_french_name_with_two_lower_case_words_in_a_row():
    rows = speech_rows(
        "The Syndicat des chauffeurs du secteur Nord said its drivers would stop on Monday."
    )
    assert rows == [
        ("Syndicat des chauffeurs du secteur Nord", "said", "its drivers would stop on Monday")
    ]


def test_french_name_in_apposition_issuing_a_statement():
    rows = speech_rows(
        "The drivers' union, the Syndicat des chauffeurs du secteur Nord, issued a statement "
        "saying its drivers would stop on Monday."
    )
    assert rows[0][0] == "Syndicat des chauffeurs du secteur Nord"


def test_regroupement_is_a_french_head():
    rows = speech_rows(
        "The Regroupement des libraires de la rive Sud said sales fell in the spring."
    )
    assert rows == [
        ("Regroupement des libraires de la rive Sud", "said", "sales fell in the spring")
    ]
