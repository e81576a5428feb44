"""Organisation names and speaker types (issue 12, helper orgs13, session 13), on
sentences written for these tests (invented events; the people are fictional): a
company whose name starts with a title word keeps it ("General Electric", never
"Electric"), a well-known multi-word company (resources/org_names.txt) is an
organisation, and a surname the article gives with a given name or an honorific is
a person even when the article also writes "the company said"."""

from __future__ import annotations

import pandas as pd

from analysis import extract_quotes
from analysis.quotes.lexicon import lexicon
from analysis.quotes.names import (
    _clean_name_words,
    _name_info,
    _name_info0,
    _org_from,
    parse_person_name,
)


def quotes(text: str) -> pd.DataFrame:
    return extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))


def first(text: str) -> tuple:
    q = quotes(text)
    assert len(q), text
    return q["speaker"].iloc[0], q["speaker_type"].iloc[0]


def test_title_word_company_keeps_its_first_word():
    cases = [
        (
            "General Electric said it would close a plant in Ostrava next spring.",
            "General Electric",
        ),
        ("General Mills said cereal sales fell in the quarter.", "General Mills"),
        (
            "General Dynamics said it had won a contract for twelve patrol boats.",
            "General Dynamics",
        ),
        ("General Motors said it would recall 4,000 vans.", "General Motors"),
    ]
    for text, want in cases:
        assert first(text) == (want, "organization"), text


def test_multi_word_companies_are_organisations():
    cases = [
        ("Royal Dutch Shell said profits rose on higher refining margins.", "Royal Dutch Shell"),
        ("American Express said card spending rose 4 percent.", "American Express"),
        ("British Airways said 30 flights were cancelled by fog.", "British Airways"),
        ("Standard Chartered said it would open two branches in Lagos.", "Standard Chartered"),
    ]
    for text, want in cases:
        assert first(text) == (want, "organization"), text


def test_titled_persons_stay_persons():
    assert first("General Ardwin said the troops would stay until June.") == ("Ardwin", "person")
    assert first("Gen. Mara Voskuil said the base would close.") == ("Mara Voskuil", "person")
    # "Mills" is also a surname: only the whole company name is listed
    assert first("Gov. Janet Mills said the budget was balanced.") == ("Janet Mills", "person")
    assert first("Tessa Mills said the vote was close.") == ("Tessa Mills", "person")


def test_company_name_with_a_role_after_it_still_gives_the_person():
    assert first("General Electric spokesman Oren Taszli said sales rose.") == (
        "Oren Taszli",
        "person",
    )


def test_name_cleaning_keeps_the_title_word_of_a_listed_company():
    lex = lexicon()
    assert _clean_name_words(["General", "Electric"], lex) == ["General", "Electric"]
    assert _clean_name_words(["General", "Ardwin"], lex) == ["Ardwin"]
    assert _clean_name_words(["Chairman", "General", "Mills"], lex) == ["General", "Mills"]
    for raw in ["General Electric", "General Mills's", "Royal Dutch Shell", "Gen. Ann Roe"]:
        info = _name_info0(raw, lex)
        assert list(info[0]) == _clean_name_words(raw.split(), lex), raw
        assert _name_info(raw, lex) == info
    assert _name_info0("General Electric", lex)[6]  # no person
    assert not _name_info0("General Ardwin", lex)[6]
    assert _org_from(["the", "General", "Motors"], 1, lex)
    assert not _org_from(["General", "Motorsport"], 0, lex)
    assert parse_person_name("General Electric")[0] == ("General", "Electric")
    assert parse_person_name("General Petrov")[0] == ("Petrov",)


def test_surname_given_with_a_given_name_is_a_person_not_the_company():
    text = (
        "Zorbit Co's president Louis Tarvel Jr. said a weak market would not change the "
        'company\'s plans. "We look many years ahead," Tarvel told reporters. Tarvel said '
        "the company's strategy was to grow in travel services."
    )
    q = quotes(text)
    assert len(q) == 3
    assert set(q["speaker_type"]) == {"person"}
    assert "organization" not in set(q["speaker_type"])


def test_surname_with_an_honorific_is_a_person():
    text = (
        "Mr. Quennel said sales were good. Quennel said the company would hire 40 people next year."
    )
    assert set(quotes(text)["speaker_type"]) == {"person"}


def test_one_word_company_without_person_evidence_stays_an_organisation():
    text = (
        "Zintor cut 300 jobs on Monday. Zintor said the company would hire again next "
        "year. The company said demand would recover."
    )
    q = quotes(text)
    assert q["speaker"].iloc[0] == "Zintor"
    assert q["speaker_type"].iloc[0] == "organization"


def test_company_named_after_a_person_stays_a_company():
    text = (
        "Walt Fennick Co said it would build a park near Lyon. Fennick said the park "
        "would open in 1992. The company said it would seek partners."
    )
    q = quotes(text)
    assert q["speaker_type"].iloc[1] == "organization"


def test_cross_article_type_of_a_listed_company():
    from analysis.speaker_types import _lexicon, _name_type

    first_names, places, org_names, titles = _lexicon()
    for name in ["American Express", "Morgan Stanley", "Royal Dutch Shell"]:
        assert _name_type(name, first_names, places, org_names, titles) == "organization"
    assert _name_type("Morgan Tavish", first_names, places, org_names, titles) == "person"


def test_unit_of_a_listed_company_is_an_organisation_but_its_people_are_persons():
    assert first("Morgan Stanley Capital Markets said the notes were priced at par.") == (
        "Morgan Stanley Capital Markets",
        "organization",
    )
    assert first("Merrill Lynch analyst Tova Brennick said the shares were cheap.") == (
        "Tova Brennick",
        "person",
    )


def test_role_word_before_a_listed_company_is_dropped():
    text = "The notes were priced at 101, lead manager Morgan Stanley said."
    assert first(text) == ("Morgan Stanley", "organization")
