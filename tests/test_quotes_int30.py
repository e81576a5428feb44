"""Integration fixes of session 23's round 1 (sentences written for newslens)."""

from tests._quote_rows import quote_rows


def test_a_town_written_with_its_province_is_no_company():
    # the headline's "Shediac couple" opens a clause, but "of Shediac, N.B." makes it a town
    text = (
        "Shediac couple who matched all numbers plan to keep their jobs\n\n"
        "MONCTON, N.B. — Ann and Luc Roe of Shediac, N.B., won the draw.\n\n"
        "The company said the ticket was sold at a store in Shediac."
    )
    assert [s.lower() for (s,) in quote_rows(text, "speaker")] == ["the company"]


def test_a_company_opening_a_headline_is_still_the_company():
    text = (
        "Vellmark Foods recalls bread over mould\n\n"
        "TORONTO — Ann Roe of Unity, Sask., found mould in a loaf.\n\n"
        "The company said the rest of its bread was safe."
    )
    assert quote_rows(text, "speaker") == [("Vellmark Foods",)]
