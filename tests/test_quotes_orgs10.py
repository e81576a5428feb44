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
from analysis.quotes.coref import _company_name, _is_company


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
