"""Descriptions that stand for a named person (session 15, issue 12 error class 5): "the
veteran", "the newcomer", "the Calgary native" is the person the article described so in
apposition ("Ann Roe, a 12-year veteran,") or before the name ("veteran forward Ann
Roe"); with no such link the description stays as written (no nearest person is
guessed). Every sentence here is written for the test; names and events are fictional."""

import pytest
from _quote_rows import quote_rows


def speakers(text):
    return [s for (s,) in quote_rows(text, "speaker")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            'Marta Sendak, a 12-year veteran, scored twice on Friday. "We played hard," '
            "the veteran said.",
            "Marta Sendak",
        ),
        (
            'Veteran forward Marta Sendak scored twice on Friday. "We played hard," the '
            "veteran said.",
            "Marta Sendak",
        ),
        (
            'Marta Sendak, a Calgary native, scored twice on Friday. "It feels like home," '
            "the Calgary native said.",
            "Marta Sendak",
        ),
        (
            'Calgary native Marta Sendak scored twice on Friday. "It feels like home," the '
            "Calgary native said.",
            "Marta Sendak",
        ),
        (
            'Tobias Renner, a newcomer to the team, scored in overtime. "It felt great," '
            "the newcomer said.",
            "Tobias Renner",
        ),
    ],
)
def test_a_description_the_article_linked_to_a_name_is_that_person(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Tobias Renner scored twice on Friday. "It felt great," the veteran said.', "the veteran"),
        (
            'Tobias Renner scored twice on Friday. "It felt great," the newcomer said.',
            "the newcomer",
        ),
        (
            'Marta Sendak, an Edmonton native, scored. "It feels like home," the Calgary '
            "native said.",
            "the Calgary native",
        ),
    ],
)
def test_an_unlinked_description_is_not_guessed(text, speaker):
    assert speakers(text) == [speaker]


def test_the_later_link_wins():
    text = (
        "Marta Sendak, a 12-year veteran, and Tobias Renner met on Friday. Veteran "
        'goalie Ilse Varga made 30 saves. "We held on," the veteran said.'
    )
    assert speakers(text) == ["Ilse Varga"]


def test_a_description_of_a_thing_is_not_a_person():
    text = (
        "The lawsuit, filed by Marta Sendak on Monday, seeks damages. The city acted in bad "
        "faith, the lawsuit says."
    )
    assert "Marta Sendak" not in speakers(text)


def test_an_age_before_a_titled_noun_in_apposition():
    text = (
        "Priya Nandal, a 19-year-old rookie defenceman, scored twice on Saturday. "
        '"It felt great," the rookie defenceman said.'
    )
    assert speakers(text) == ["Priya Nandal"]


@pytest.mark.parametrize("name", ["Vellmark Technologies", "Vellmark Foods", "Vellmark Holdings"])
def test_the_company_after_one_mention_of_a_listed_company_name(name):
    text = (
        f"{name} will close its plant in Brandon. The plant is no longer competitive, the "
        "company said."
    )
    assert speakers(text) == [name]


def test_the_company_without_any_company_named_stays():
    text = "The plant in Brandon will close. The plant is no longer competitive, the company said."
    assert speakers(text) == ["the company"]


def test_an_apposition_without_article_before_of():
    text = (
        'Renata Kolb, owner of the Blue Door cafe, lost power for two days. "We threw out '
        'everything," the owner said.'
    )
    assert speakers(text) == ["Renata Kolb"]


def test_a_one_word_place_after_of_is_no_titled_person():
    text = (
        'Renata Kolb, a longtime resident of Tidewick, watched the fire. "It was terrifying," '
        "the longtime resident said."
    )
    assert speakers(text) == ["Renata Kolb"]


@pytest.mark.parametrize("head", ["co-owner", "homeowner"])
def test_a_person_noun_outside_the_lists(head):
    text = (
        f'Renata Kolb, a {head} in Tidewick, lost power for two days. "We threw out '
        f'everything," the {head} said.'
    )
    assert speakers(text) == ["Renata Kolb"]


def test_a_document_is_no_person():
    text = (
        "In a statement Renata Kolb released on Monday, the board was blamed. The board "
        "failed its members, the statement said."
    )
    assert "Renata Kolb" not in speakers(text)


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            'Renata Kolb, 34, scored twice on Friday. "We played hard," the 34-year-old said.',
            "Renata Kolb",
        ),
        (
            'Former minister Renata Kolb spoke on Friday. "We need roads," the former minister '
            "said.",
            "Renata Kolb",
        ),
    ],
)
def test_age_and_former_office_still_link(text, speaker):
    assert speakers(text) == [speaker]


def test_a_description_before_the_name_stays():
    text = (
        '"We played hard," the coach said after the game. Later, coach Renata Kolb '
        "praised the goalie."
    )
    assert speakers(text)[0] == "the coach"


def test_a_thing_before_a_company_name_is_no_person():
    text = (
        "Harlow Air Inc said its service agreement with Dunmore Air Corp's Brightline unit was "
        "approved.\n\nAccording to the agreement, Harlow Air will fly under the Brightline name."
    )
    assert "Dunmore Air Corp's" not in speakers(text)
