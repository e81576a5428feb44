"""w80's rules (session 33, the eightieth written batch), each checked on sentences
written for this file.

* A list item of reactions ('- Ann Al-Rashid, parent: "..."'): a hyphen inside a word
  of the speaker phrase is no dash (``cues._DASH_COLON_RE``), and the phrase may run to
  70 characters ('- Jo Tam, Sooke chamber of commerce president: "..."'); the name before
  the first comma is the speaker (``formats.list_item_name``). The item gave no row, or
  the place inside the description ("Sooke").
* A dash attribution with a lower-case title before the name ('"..." — transit director
  Ann Roe') is a quote of the name (``formats._titled_name``); it gave no row.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speech_rows

_REACTIONS = (
    "About 80 people came to the meeting. Some of what they said:\n\n"
    '- Noor Al-Sayed, second-year nursing: "The rent went up again, and the buses did not."\n\n'
    '- Jo Tam, Sooke chamber of commerce president: "We will lose the summer if this goes on."\n\n'
    '- Piet van Zyl, parent: "My kids walk to school along that road every day."\n\n'
    '- Rosa Ortiz-Kane, student senator: "We asked for one meeting and got none."'
)


def test_reaction_list_items_with_hyphenated_names():
    rows = quote_rows(_REACTIONS, "speaker", "quote")
    assert ("Noor Al-Sayed", "The rent went up again, and the buses did not.") in rows
    assert ("Rosa Ortiz-Kane", "We asked for one meeting and got none.") in rows


def test_reaction_list_item_speaker_is_the_name_not_the_description():
    rows = dict((q, s) for s, q in quote_rows(_REACTIONS, "speaker", "quote"))
    assert rows["We will lose the summer if this goes on."] == "Jo Tam"
    assert rows["My kids walk to school along that road every day."] == "Piet van Zyl"


def test_dash_inside_summary_line_is_still_no_name():
    text = "Prices fell again in May - the third drop this year: analysts were not surprised."
    assert quote_rows(text, "speaker") == []


def test_dash_attribution_with_lower_case_title():
    text = (
        "The council met on Monday.\n\n"
        '"We want the buses safe, and we want them running on time." — transit director '
        "Omar Fenwick"
    )
    assert quote_rows(text, "speaker", "quote") == [
        ("Omar Fenwick", "We want the buses safe, and we want them running on time.")
    ]


def test_dash_attribution_with_lower_case_words_that_are_no_title_stays_out():
    text = (
        "The council met on Monday.\n\n"
        '"We want the buses safe, and we want them running on time." — and then Omar Fenwick'
    )
    assert [s for s, _ in quote_rows(text, "speaker", "quote")] != ["Omar Fenwick"]


def test_relative_after_apposition_with_modifiers_is_the_name():
    text = (
        "Among the marchers was Liam Roe, a first-year nursing student from Truro, who said "
        "he worked 25 hours a week."
    )
    assert quote_rows(text, "speaker", "quote") == [("Liam Roe", "he worked 25 hours a week")]


def test_relative_after_name_closing_a_clause():
    text = (
        "The crowd included Mara Quist, a nurse from Truro, who said the ward was short of staff."
    )
    assert quote_rows(text, "speaker") == [("Mara Quist",)]


def test_relative_after_organisation_of_phrase_is_not_a_clause_name():
    text = "It was run by the owner of Bluefin Foods, a firm from Truro, who said it would grow."
    assert quote_rows(text, "speaker") != [("Bluefin Foods",)]


def test_indefinite_description_then_definite_name_with_title_word():
    text = "A provincial consumer agency, the Home Buyers Office, said claims must be filed soon."
    assert quote_rows(text, "speaker") == [("the Home Buyers Office",)]


def test_indefinite_description_then_council_name():
    text = "A regional body, the Tidewater Ferry Council, said the boats would sail on Monday."
    assert quote_rows(text, "speaker") == [("the Tidewater Ferry Council",)]


def test_definite_description_then_lower_case_phrase_stays():
    text = "A provincial consumer agency, the one that licenses builders, said claims must wait."
    assert quote_rows(text, "speaker") != [("the one that licenses builders",)]


def test_reduced_relative_with_listed_object_and_count():
    text = (
        "Most members voted to strike, the union representing about 1,400 drivers, mechanics "
        "and cleaners said Sunday night, adding that turnout was high."
    )
    assert quote_rows(text, "speaker", "quote") == [
        ("the union", "Most members voted to strike"),
        ("the union", "turnout was high"),
    ]


def test_reduced_relative_with_listed_object_is_named_next():
    text = (
        "Fares will rise in May, the group representing farmers, ranchers and truckers said.\n\n"
        "The Prairie Haulers Alliance said the increase was unfair."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0][1] == "Fares will rise in May"
    assert rows[0][0] != "truckers"


def test_list_without_participle_is_no_reduced_relative():
    text = "Fares will rise for drivers, mechanics and cleaners, Ann Roe said."
    assert quote_rows(text, "speaker") == [("Ann Roe",)]


def test_person_of_company_with_legal_form_after_participle_description():
    text = (
        "The trustee appointed to the case, Nils Garvey of Garvey Advisory Inc., cautioned that "
        "deposits would be returned first."
    )
    assert speech_rows(text) == [("Nils Garvey", "cautioned", "deposits would be returned first")]


def test_person_of_company_with_legal_form_is_the_person():
    text = "The trustee, Nils Garvey of Garvey Advisory Ltd., said the sale would close in June."
    assert quote_rows(text, "speaker") == [("Nils Garvey",)]


def test_announced_amount_with_place_and_year_before_relative_is_no_speech():
    text = (
        "The ferry company lost money last year, and it announced a $3-million investment in "
        "a second vessel in 2023 that has not been built."
    )
    assert quote_rows(text, "speaker") == []


def test_announced_amount_relative_after_one_phrase_is_no_speech():
    text = (
        "The ferry company lost money last year. It announced a $9-million investment in new "
        "docks that will open in May."
    )
    assert quote_rows(text, "speaker") == []


def test_reported_that_amount_clause_is_still_speech():
    text = (
        "The ferry company lost money last year. It reported that 40 per cent of riders in "
        "the survey wanted later sailings."
    )
    assert quote_rows(text, "quote") == [
        ("40 per cent of riders in the survey wanted later sailings",)
    ]


def test_inner_report_ends_with_the_content_first_clause():
    text = "Most members said yes, the union representing drivers, mechanics and cooks said."
    rows = quote_rows(text, "speaker", "quote")
    assert ("the union", "Most members said yes") in rows
    assert all("union" not in q for s, q in rows if s != "the union")


def test_inner_report_with_clause_ends_before_the_frame():
    text = "Most riders said the fare was fair, the agency that runs the buses, trains and ferries said."
    assert all("agency" not in q for _, q in quote_rows(text, "speaker", "quote"))


def test_inner_report_without_comma_before_a_later_verb_is_not_cut():
    text = (
        "Ann Roe said her office had received more than 40 complaints since the breach was "
        "first reported."
    )
    assert quote_rows(text, "quote") == [
        ("her office had received more than 40 complaints since the breach was first reported",)
    ]


def test_conjoined_predicate_before_sign_quotation_is_no_content():
    text = 'Outside the legislature, students chanted and waved signs reading "Fees are a wall."'
    assert quote_rows(text, "quote") == []


def test_conjoined_predicate_with_that_clause_stays_content():
    text = 'Ann Roe said and repeated that the plan was "dead on arrival."'
    assert quote_rows(text, "speaker") == [("Ann Roe",)]


def test_chanted_quotation_stays_content():
    text = 'Outside the legislature, students chanted "Fees are a wall, not a bridge."'
    assert quote_rows(text, "quote") == [("Fees are a wall, not a bridge.",)]


_STUDENT = (
    "The students' union president, Ines Okafor-Lund, told the crowd that fees would rise "
    "again.\n\n"
    '"We did the math," Okafor-Lund said. "A first-year student will pay $2,000 more."\n\n'
    '"That is not a fee. That is a wall."\n\n'
    "The third-year engineering student said the union would march again in November."
)


def test_description_after_carried_paragraph_is_the_last_person_quoted():
    rows = quote_rows(_STUDENT, "speaker", "quote")
    assert rows[-1] == ("Ines Okafor-Lund", "the union would march again in November")


def test_description_after_unnamed_person_in_narration_stays_unnamed():
    text = (
        "Ines Okafor-Lund said fees would rise.\n\n"
        "A first-year student in the crowd held up a sign.\n\n"
        "The student said she could not pay."
    )
    assert quote_rows(text, "speaker")[-1] != ("Ines Okafor-Lund",)
