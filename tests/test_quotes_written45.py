"""Rules from the thirty-seventh written batch (helper written37, session 24): every
sentence here is written for the test."""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows, speech_rows


def test_ste_abbreviation_stays_inside_a_place_name():
    text = (
        "Sgt. Mara Quillen of the Sault Ste. Marie Police Service said two cars had been "
        "stolen overnight."
    )
    assert has_quote(text, "Mara Quillen", "two cars had been stolen overnight")


def test_the_co_op_is_the_co_operative_named_before():
    text = (
        "The Willow Flats Farmers Co-operative owns the feed mill.\n\n"
        "The co-op said in a news release that the mill would reopen in March."
    )
    assert quote_rows(text, "speaker") == [("Willow Flats Farmers Co-operative",)]


def test_the_coop_is_no_company_of_another_kind():
    text = (
        "Acme Feeds Inc. supplies the mill. The Willow Flats Cooperative owns it.\n\n"
        "The cooperative said the mill would reopen."
    )
    assert has_quote(text, "Willow Flats Cooperative", "the mill would reopen")


def test_age_word_before_relative_clause_with_a_dollar_object():
    text = "A 68-year-old bus driver who lost $1,200 said he had believed the message."
    rows = speech_rows(text)
    assert rows == [("a 68-year-old bus driver", "said", "he had believed the message")]


def test_the_submission_said_is_its_owner():
    text = (
        "The Harbourview Landlords Association opposes the bill. In a written submission "
        "to the committee, the association said costs had doubled.\n\n"
        "“No bank will lend on those terms,” the submission said."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Harbourview Landlords Association", "No bank will lend on those terms") in rows


def test_description_named_next_by_a_bare_new_full_name():
    text = (
        "A retired nurse who lost $300 said she had trusted the page. Evangeline Moreau "
        "said she had no reason to doubt the message."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0] == ("Evangeline Moreau", "she had trusted the page")


def test_kin_description_named_in_the_next_paragraph():
    text = (
        "Her cousin, a trapper who has worked the valley for decades, said he had seen "
        "fewer tracks.\n\n"
        "“The snow tells you everything,” Lucien Ostrander said."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0] == ("Lucien Ostrander", "he had seen fewer tracks")


def test_generic_description_is_not_named_by_the_next_bare_name():
    text = (
        "A spokesperson for the ministry said the cut was needed. Harriet Vosburgh said it was not."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0][0] != "Harriet Vosburgh"


def test_described_new_name_does_not_rename_the_description():
    text = (
        "A retired nurse said she had trusted the page. Evangeline Moreau, a pharmacist in "
        "town, said she had no reason to doubt the message."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0][0] != "Evangeline Moreau"


def test_name_met_before_does_not_rename_the_description():
    text = (
        "Evangeline Moreau runs the pharmacy. A retired nurse said she had trusted the page. "
        "Evangeline Moreau said she had no reason to doubt the message."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0][0] != "Evangeline Moreau"


def test_engineer_is_a_role_cue_not_the_last_person_quoted():
    text = (
        "Corinne Delacroix-Bell, a partner at an engineering firm, testified Monday. She "
        "said the beams were rusted.\n\n"
        "Counsel Dmitri Halvorsen read from the report. He said the report was clear.\n\n"
        "“It was a warning,” the engineer said."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Dmitri Halvorsen", "It was a warning") not in rows


def test_document_description_is_not_named_by_the_next_bare_name():
    text = (
        "“The vote will be close,” said an email from the president of the carpenters "
        "union obtained by the Daily Ledger.\n\n"
        "Bartholomew Ingersoll said the union would endorse nobody."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0][0] != "Bartholomew Ingersoll"
