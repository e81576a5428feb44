"""Organisation speakers and titled names (issue 12, helper orgs, session 10), on
sentences written for these tests (fictional companies, people and events): a
company speaker is its whole name as the article writes it ("Zorbit (U.K.) Ltd",
"Kestrel Read and Co Inc", "ZRB Corp", "General Widgets Corp"), never the legal
suffix or the words after a dropped first word; "it" / "the company" is the company
the story is about, not one named inside a clause (a list of underwriters); and
"Chancellor of the Exchequer Nigel Lawson"-style titles give the person's name."""

from __future__ import annotations

import pandas as pd

from analysis import extract_quotes
from analysis.quotes.antecedents import _company_name, _is_company


def quotes(text: str) -> pd.DataFrame:
    return extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))


def speakers(text: str) -> list:
    return list(quotes(text)["speaker"])


def test_company_name_is_extended_over_the_words_before_it():
    cases = [
        ("Zorbit (U.K.) Ltd said", "Ltd", "Zorbit (U.K.) Ltd"),
        ("through Kestrel Read and Co Inc.", "Co Inc", "Kestrel Read and Co Inc"),
        ("Later, Plover, Finch and Co Inc signed", "Co Inc", "Plover, Finch and Co Inc"),
        ("ZRB Corp said", "Corp", "ZRB Corp"),
        ("4Zed Corp said", "Zed Corp", "4Zed Corp"),
        ("First Dunmore Corp said", "Dunmore Corp", "First Dunmore Corp"),
        ("Zorbit Motors of Vellmark Ltd said", "Vellmark Ltd", "Zorbit Motors of Vellmark Ltd"),
        ("said General Widgets Corp", "Widgets Corp", "General Widgets Corp"),
        ("But NL Gadgets Inc said", "Gadgets Inc", "NL Gadgets Inc"),
        (
            "lead manager Tarn Securities Co (Europe) Ltd said",
            "Ltd",
            "Tarn Securities Co (Europe) Ltd",
        ),
    ]
    for text, found, whole in cases:
        assert _company_name(text, text.index(found), found) == whole, text


def test_company_name_never_joins_two_companies():
    cases = [
        ("Vantor and General Widgets Corp", "Widgets Corp", "General Widgets Corp"),
        ("via Lark Co and Heron Inc", "Heron Inc", "Heron Inc"),
        ("The Zorbit Corp", "Zorbit Corp", "Zorbit Corp"),
        ("shares of Zorbit Corp", "Zorbit Corp", "Zorbit Corp"),
        ("Shares of Zorbit Corp rose", "Zorbit Corp", "Zorbit Corp"),
        ("First, Zorbit Corp said", "Zorbit Corp", "Zorbit Corp"),
    ]
    for text, found, whole in cases:
        assert _company_name(text, text.index(found), found) == whole, text
    assert _is_company("Zorbit Corp.") and not _is_company("Zorbit Holdings")


LONG = (
    " to handle the distribution of upholstery fabrics, leathers and vinyl to contract "
    "and consumer furniture manufacturers.\n\n"
)


def test_it_said_is_the_whole_company_name():
    for name in ("ZRB Corp", "General Widgets Corp", "Zorbit Corp"):
        text = (
            f"{name} said it has formed a new subsidiary, Plume Fabrics,{LONG}It said its "
            "unit, which had handled that business, will continue to distribute non-woven "
            "textiles, construction fabrics and manufacturing supplies."
        )
        assert speakers(text) == [name, name], name


def test_suffix_alone_as_subject_is_the_whole_name():
    text = "Plover (U.K.) Ltd said it would be doubling capacity at its Dunmore plant over the next three years."
    q = quotes(text)
    assert list(q["speaker"]) == ["Plover (U.K.) Ltd"]
    assert list(q["speaker_type"]) == ["organization"]


def test_company_with_and_is_one_organisation():
    text = "Kestrel Read and Co Inc said it would be doubling capacity at its Dunmore plant over the next three years."
    q = quotes(text)
    assert list(q["speaker"]) == ["Kestrel Read and Co Inc"]
    assert list(q["speaker_type"]) == ["organization"]


def test_it_is_the_subject_company_not_the_last_underwriter():
    text = (
        "Banpo Corp said it privately placed 30 mln dlrs of its senior notes due 1992 "
        "through Lark National Investment Co, Heron Life Insurance Co and Kestrel Read and "
        "Co Inc.\n\nIt said proceeds will be used to increase its lending to small businesses "
        "in the region.\n\nIt said the notes were sold at par."
    )
    assert speakers(text) == ["Banpo Corp"] * 3


def test_the_company_is_the_subject_company_not_one_named_in_a_clause():
    text = (
        "Baird Corp said the state court has granted it a temporary restraining order "
        "prohibiting Mark Five Industries Inc from further purchases of Baird stock.\n\n"
        "The company said Mark Five currently owns about eight pct of its stock."
    )
    assert speakers(text) == ["Baird Corp", "Baird Corp"]


def test_a_company_that_opens_its_clause_is_still_it():
    text = (
        "Banpo Corp said it sold its cable unit to Heron Media Inc for 30 mln dlrs.\n\n"
        "Heron Media Inc, based in Dunmore, runs four cable systems in the region.\n\n"
        "It said the purchase would be financed with bank debt and internal funds."
    )
    assert speakers(text)[-1] == "Heron Media Inc"


def test_office_of_the_then_name_is_the_person():
    text = (
        "Chancellor of the Dominion Treasury Corin Vale said the pound was strong against "
        "the dollar and would stay so.\n\nVale said the dollar would fall.\n\n"
        "He said rates would rise."
    )
    q = quotes(text)
    assert list(q["speaker"]) == ["Corin Vale"] * 3
    assert set(q["speaker_type"]) == {"person"}


def test_office_of_the_organisation_stays_an_organisation():
    text = "Secretary of the Treasury Department said the pound was strong against the dollar."
    assert list(quotes(text)["speaker_type"]) in ([], ["organization"])


def test_the_ministry_is_the_ministry_the_article_names():
    text = (
        "Vellmark's Commerce Ministry announced a new tapioca export quota of 737,987 "
        "tonnes for the Northern Union.\n\nThe ministry said the fresh allocation would be "
        "shared among exporters in the region."
    )
    assert speakers(text)[-1] == "Vellmark's Commerce Ministry"


def test_the_central_bank_is_the_one_named_and_stays_a_description_otherwise():
    text = (
        "Vellmark's central bank raised its discount rate to eight pct from seven pct on "
        "Monday.\n\nThe central bank said the move was needed to curb inflation in the "
        "coming months."
    )
    assert speakers(text) == ["Vellmark's central bank"]
    text = (
        "The Dunmore newspaper ran an editorial on Monday about the vote.\n\nThe newspaper "
        "said the move was needed to curb inflation in the coming months."
    )
    assert speakers(text) == ["the newspaper"]


def test_one_word_company_is_an_organisation_and_never_the_candidate():
    text = (
        "After a meeting with the mayor, Vantrel announced it will reopen its assembly "
        "plant in Dunmore, putting 1,500 people back to work.\n\nAutomaker Vantrel pledged "
        "to build more vehicles in America next year.\n\nThe candidate said the plant "
        "would be a model for the region."
    )
    q = quotes(text)
    assert list(q["speaker"][:2]) == ["Vantrel", "Vantrel"]
    assert list(q["speaker_type"][:2]) == ["organization", "organization"]
    assert "Vantrel" not in list(q["speaker"][2:])
    text = (
        "Zintor Corp sold its chip unit last year.\n\nZintor said it expects sales of its "
        "processors to rise sharply this year in every market."
    )
    q = quotes(text)
    assert list(q["speaker"]) == ["Zintor Corp"]
    assert list(q["speaker_type"]) == ["organization"]


def test_a_surname_stays_a_person():
    text = (
        "Senator Dana Rourke spoke on Monday.\n\nRourke said the plant would be a model "
        "for the region.\n\nRourke Corp is a different thing."
    )
    q = quotes(text)
    assert list(q["speaker"]) == ["Dana Rourke"]
    assert list(q["speaker_type"]) == ["person"]


def test_colon_label_cut_after_its_title_is_the_person_named():
    text = (
        "The bill passed on Monday.\n\nNational Widget Association President and CEO "
        "Melissa Hardcastle: “Widget makers commend the vote and urge the Senate to act "
        "quickly.”\n\nFormer U.S. Ambassador to Vellmark Michael Dorne: “Hallelujah! "
        "Fantastic news for the families!”"
    )
    q = quotes(text)
    assert list(q["speaker"]) == ["Melissa Hardcastle", "Michael Dorne"]
    assert set(q["speaker_type"]) == {"person"}
