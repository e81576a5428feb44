"""Junk speakers of wire copy (session 14): a capitalised word opening a sentence
that is no name ("Steep falls ...") as the antecedent of "he" or "she", a titled
person after an organisation ("Bank of Zamora Governor Tarin Veld said"), a ticker
tag inside a company's name and a company's legal form alone ("AB"). Every sentence
here is invented."""

import pandas as pd
import pytest

from analysis import extract_quotes


def _speakers(text):
    q = extract_quotes(pd.DataFrame({"article_id": ["0"], "text": [text]}))
    return list(zip(q["speaker"], q["speaker_type"], strict=True))


@pytest.mark.parametrize(
    "text",
    [
        "Steep falls in grain prices hurt farmers. He said the market would recover.",
        "About 40 mln dlrs was lost.\nHe said the company would recover.",
        "Sterling rose sharply. Dealers bought sterling. She said it would keep rising.",
        "Further cuts are expected. He said rates would fall.",
    ],
)
def test_a_sentence_opening_common_word_is_no_antecedent(text):
    assert [s for s, _ in _speakers(text)] != [text.split()[0]]


def test_a_name_opening_sentences_titled_elsewhere_still_resolves():
    text = (
        "Finance Minister Orla Brenn spoke on Friday. Brenn left early. "
        "Brenn said the budget would pass. She said rates would fall."
    )
    assert [s for s, _ in _speakers(text)][-1] == "Orla Brenn"


@pytest.mark.parametrize(
    "text, want",
    [
        ("Norvik Trading AB said it would buy the bank.", "Norvik Trading AB"),
        (
            "Calder International Holding AB said it would buy the bank.",
            "Calder International Holding AB",
        ),
        ("Norvik Trading Oy said it would buy the bank.", "Norvik Trading Oy"),
    ],
)
def test_a_company_with_a_gerund_in_its_name_keeps_the_whole_name(text, want):
    assert _speakers(text) == [(want, "organization")]


@pytest.mark.parametrize(
    "text, want",
    [
        ("Bank of Zamora Governor Tarin Veld said the peso would stay firm.", "Tarin Veld"),
        ("Bank of Zamora President Tarin Veld said the peso would stay firm.", "Tarin Veld"),
    ],
)
def test_a_titled_person_after_an_organisation_of_a_place_is_the_speaker(text, want):
    assert _speakers(text) == [(want, "person")]


def test_an_organisation_of_a_place_alone_stays_an_organisation():
    text = "The Bank of Zamora said the peso would stay firm."
    assert _speakers(text) == [("Bank of Zamora", "organization")]


def test_a_two_word_organisation_of_a_place_before_a_titled_person():
    text = "Royal Bank of Zamora Chairman Allan Tarbet said profits would rise."
    assert _speakers(text) == [("Allan Tarbet", "person")]


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Calder Motors Corp's <CLDM> Norwick Engines Inc unit said it would grow.",
            "Calder Motors Corp's Norwick Engines Inc unit",
        ),
        ("Equity investment firm <Calder Holdings Ltd said it would grow.", "Calder Holdings Ltd"),
        (
            "Zamora's <Norwickbanken> banking group said it would grow.",
            "Zamora's Norwickbanken banking group",
        ),
    ],
)
def test_no_ticker_tag_or_angle_bracket_in_a_speaker(text, want):
    assert [s for s, _ in _speakers(text)] == [want]
