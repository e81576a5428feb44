"""Integration fixes of session 23's round 1 (sentences written for newslens)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes import antecedents
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


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \t\n\"“'‘\r", max_size=30), st.integers(0, 30))
def test_opens_paragraph_reads_like_the_whole_line_check(text, at):
    # the old check sliced the line back to its last "\n": the whole text on a one-line
    # article of many statements (quadratic; hostile cr_only); the new one reads back
    # over spaces and opening quotes only, with the same answer
    at = min(at, len(text))
    old = not text[text.rfind("\n", 0, at) + 1 : at].strip(" \t\"“'‘")
    assert antecedents._at_paragraph_start(text, at) == old
