"""Speaker phrases of wire copy (session 14): an apposition whose closing comma is
missing before "said" with a compound title or a capitalised organisation in it, a
list of people after an inverted cue, "Mr. and Mrs. Lee", a person "of" an
organisation, and the description after an inverted "said Ann Roe,". Every sentence
here is invented."""

import pandas as pd
import pytest

from analysis import extract_quotes


def _rows(text):
    q = extract_quotes(pd.DataFrame({"article_id": ["0"], "text": [text]}))
    return list(zip(q["speaker_mention"], q["quote"], strict=True))


def _speakers(text):
    q = extract_quotes(pd.DataFrame({"article_id": ["0"], "text": [text]}))
    return list(zip(q["speaker"], q["speaker_type"], strict=True))


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Harvests will improve, Dana Pell, chairman and chief executive of Norwick "
            "Growers said.",
            ("Dana Pell", "Harvests will improve"),
        ),
        (
            "Harvests will improve, Dana Pell, vice president of research at Norwick "
            "Growers Association said.",
            ("Dana Pell", "Harvests will improve"),
        ),
        (
            "Harvests will improve, Dana Pell, managing director of Calder Partners Corp said.",
            ("Dana Pell", "Harvests will improve"),
        ),
        (
            "Harvests will improve, Dana Pell, vice president of finance said.",
            ("Dana Pell", "Harvests will improve"),
        ),
        (
            "Harvests will improve, Mr Pell, treasurer at Norwick Growers said.",
            ("Mr Pell", "Harvests will improve"),
        ),
    ],
)
def test_the_name_before_an_unclosed_title_is_the_speaker(text, want):
    assert _rows(text) == [want]


def test_a_bare_plural_after_a_name_is_the_subject():
    # "analysts" is no apposition of the chairman's name: they are the speakers
    text = "The stake went to the chairman, Dana Pell, analysts said."
    assert [m for m, _ in _rows(text)] == ["analysts"]


@pytest.mark.parametrize(
    "text, want",
    [
        ("The ferry will run again, said Ann Roe and Tom Vale.", "Ann Roe and Tom Vale"),
        (
            "The ferry will run again, said Ann Roe and Tom Vale in a statement.",
            "Ann Roe and Tom Vale",
        ),
        ('"The ferry will run again," said Mr. Roe and Mr. Vale.', "Mr. Roe and Mr. Vale"),
        # one person with two titles, not a list
        (
            "The ferry will run again, said Norwick Ferries President and Chief Executive "
            "Tom Vale.",
            "Chief Executive Tom Vale",
        ),
    ],
)
def test_names_joined_by_and_after_an_inverted_cue(text, want):
    # as "Ann Roe and Tom Vale said ..." reads: one row, both names
    assert [m for m, _ in _rows(text)] == [want]


def test_the_list_after_the_cue_reads_as_the_list_before_it():
    before = _speakers("Ann Roe and Tom Vale said the ferry would run again.")
    after = _speakers("The ferry will run again, said Ann Roe and Tom Vale.")
    assert before == after == [("Ann Roe and Tom Vale", "group")]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. and Mrs. Lee said the ferry would run again.",
        "The ferry will run again, said Mr. and Mrs. Lee.",
    ],
)
def test_a_couple_under_one_surname(text):
    assert _speakers(text) == [("Mr. and Mrs. Lee", "group")]


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "The ferry will run again, said Ann Roe, president of Norwick Ferries Corp.",
            [("Ann Roe", "The ferry will run again")],
        ),
        (
            "The ferry will run again, said Ann Roe, senior vice president for sales at "
            "Norwick Ferries.",
            [("Ann Roe", "The ferry will run again")],
        ),
        # an insertion inside the content is still read on both sides
        (
            "The ferry, said Ann Roe, will run again.",
            [("Ann Roe", "The ferry"), ("Ann Roe", "will run again")],
        ),
    ],
)
def test_the_description_after_an_inverted_speaker_is_no_content(text, want):
    assert _rows(text) == want


def test_a_surname_of_an_organisation_is_the_person_named_before():
    text = (
        "Peter Brell is an analyst. The ferry will run again next spring, Brell of "
        "Calder Partners said."
    )
    q = extract_quotes(pd.DataFrame({"article_id": ["0"], "text": [text]}))
    assert list(zip(q["speaker"], q["speaker_mention"], q["quote"], strict=True)) == [
        ("Peter Brell", "Brell", "The ferry will run again next spring")
    ]


def test_one_word_of_an_organisation_is_no_content():
    # no person of that name in the article: the organisation's name, not content
    text = "The ferry will run again next spring, Norwick of Calder Partners said."
    assert [quote for _, quote in _rows(text)] == ["The ferry will run again next spring"]


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "The Norwick Iron and Steel Institute said output fell in March.",
            ("the Norwick Iron and Steel Institute", "organization"),
        ),
        (
            "Output fell in March, the Norwick Iron and Steel Institute said.",
            ("the Norwick Iron and Steel Institute", "organization"),
        ),
        (
            "Output fell in March, said the Norwick Iron and Steel Institute.",
            ("the Norwick Iron and Steel Institute", "organization"),
        ),
        (
            "Ports and Harbours Ministry officials met. The Ports and Harbours Ministry "
            "said output fell in March.",
            ("the Ports and Harbours Ministry", "organization"),
        ),
        # two companies, two people: a group
        (
            "Acme Corp and Kell Institute said output fell in March.",
            ("Acme Corp and Kell Institute", "group"),
        ),
    ],
)
def test_an_organisation_named_with_and_is_one_organisation(text, want):
    assert _speakers(text)[-1] == want


def test_the_content_ends_before_the_article_of_the_name():
    text = "Output fell in March, the Norwick Iron and Steel Institute said."
    assert [quote for _, quote in _rows(text)] == ["Output fell in March"]


def test_a_one_word_name_that_opens_a_company_name_is_the_company():
    text = (
        "Brellmont Laboratories Inc said it signed a supply agreement. "
        "Brellmont said the agreement runs for five years."
    )
    assert _speakers(text) == [("Brellmont Laboratories Inc", "organization")] * 2


def test_a_titled_founder_is_a_person_beside_the_company():
    # "Chairman ... Brellmont" titles a person: no company however the firm is named
    text = (
        "Brellmont Laboratories Inc expects sales to grow, said Chairman Ola Brellmont. "
        "Brellmont said the plant would expand."
    )
    assert {t for _, t in _speakers(text)[-1:]} == {"person"}


def test_a_country_that_opens_a_company_name_stays_a_place():
    text = (
        "Japan Semiconductor Company announced a new plant. "
        "Japan said it would invest more in the region."
    )
    assert _speakers(text)[-1][0] != "Japan Semiconductor Company"


@pytest.mark.parametrize(
    "text, want",
    [
        ("Dealers said the krona fell in thin trading.", ("dealers", "group")),
        ("Bankers said the krona fell in thin trading.", ("bankers", "group")),
        ("The krona fell in thin trading, one dealer said.", ("one dealer", "anonymous")),
    ],
)
def test_market_people_are_unnamed_speakers(text, want):
    # wire copy's "Dealers said" opens a sentence: no person named Dealers
    assert _speakers(text) == [want]


def test_an_inverted_description_never_ends_on_an_article():
    text = '"The calendar is heavy," said a trader with a small securities firm.'
    assert [m for m, _ in _rows(text)] == ["a trader"]


def test_a_possessive_company_name_and_its_short_form():
    text = (
        "Brellmont's Investors Service Inc said it lowered the ratings of the bonds. "
        "Brellmont's said the new debt weakens the issuer."
    )
    assert _speakers(text)[-1] == ("Brellmont's Investors Service Inc", "organization")


@pytest.mark.parametrize(
    "text, want",
    [
        ("Norway said the talks would resume in May.", ("Norway", "organization")),
        ("The Philippines said the talks would resume in May.", ("Philippines", "organization")),
        # a given name that is also a place's: the person the article names (by the
        # one full name with that given name: names22)
        (
            "Georgia Lindqvist spoke first. Georgia said the talks would resume in May.",
            ("Georgia Lindqvist", "person"),
        ),
    ],
)
def test_a_country_speaking_is_its_government(text, want):
    assert _speakers(text)[-1] == want


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Rates will stay low this spring, the Bank of Norland said.",
            ("Bank of Norland", "Rates will stay low this spring"),
        ),
        (
            "Rates will stay low this spring, the Ministry of Trade and Industry said.",
            ("Ministry of Trade and Industry", "Rates will stay low this spring"),
        ),
    ],
)
def test_an_organisation_named_with_of_is_one_speaker(text, want):
    q = extract_quotes(pd.DataFrame({"article_id": ["0"], "text": [text]}))
    assert list(zip(q["speaker"], q["quote"], strict=True)) == [want]


def test_the_organisation_before_of_is_no_content():
    text = "Rates will stay low this spring, Bank of Norland governor Ola Brandt said."
    assert [quote for _, quote in _rows(text)] == ["Rates will stay low this spring"]


@pytest.mark.parametrize(
    "text",
    [
        "Brellmont Engineering Inc said it won a contract to build a power plant.",
        "Norwick Mining Corp said it won a contract to build a power plant.",
    ],
)
def test_a_company_name_with_an_ing_word_is_an_organisation(text):
    assert _speakers(text)[0][1] == "organization"


def test_a_dated_document_is_no_date_speaker():
    text = "Rains have delayed the harvest in the north, the report, dated March 17, said."
    assert [m for m, _ in _rows(text)] == ["the report"]
