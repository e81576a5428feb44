"""Speaker rules of spk33 (organisation and description speakers on first contact),
each on sentences written for the test: a relative clause inside the speaker phrase
("the company that operates the service said") keeps the head noun; a hyphened modifier stays in
a description ("the fourth-year biology student"); a one-sex given name blocks a
"she"/"he" of the other sex; a federal department listed with a serial comma
("Innovation, Science and Economic Development Canada") is one name."""

from __future__ import annotations

from tests._quote_rows import quote_rows

# 1. a relative clause inside the speaker phrase


def test_tail_company_that_operates_the_service():
    text = (
        "HALIFAX — Ferry sailings to the island will be cut in half this winter, the "
        "company that operates the service said Monday."
    )
    assert quote_rows(text, "speaker_mention", "quote") == [
        ("the company", "Ferry sailings to the island will be cut in half this winter")
    ]


def test_tail_union_that_represents_the_drivers():
    text = "HALIFAX — Bus fares will rise in May, the union that represents the drivers said."
    assert quote_rows(text, "speaker_mention", "quote") == [
        ("the union", "Bus fares will rise in May")
    ]


def test_opening_agency_which_runs_the_shelter():
    text = "HALIFAX — The agency which runs the shelter said it would close in May."
    assert quote_rows(text, "speaker_mention") == [("The agency",)]


def test_opening_firm_that_built_the_bridge_irregular_past():
    text = "HALIFAX — The firm that built the bridge said the repairs were routine."
    assert quote_rows(text, "speaker_mention") == [("The firm",)]


def test_the_woman_who_owns_the_bakery_still_the_woman():
    text = "HALIFAX — The woman who owns the bakery said sales had fallen by half."
    assert quote_rows(text, "speaker") == [("the woman",)]


# 2. the organisation's kind


def test_the_department_may_be_a_federal_canada_department():
    text = (
        "HALIFAX — Fisheries and Oceans Canada closed the fishery after the Coastal "
        "Fishermen's Association protested.\n\nThe department said stocks were too low."
    )
    assert quote_rows(text, "speaker") == [("Fisheries and Oceans Canada",)]


def test_the_ministry_is_the_ministry_not_the_contractor():
    text = (
        "HALIFAX — The Ministry of Transportation hired Bay Paving Ltd. to fix the road."
        "\n\nThe ministry said the work would take a month."
    )
    assert quote_rows(text, "speaker") == [("Ministry of Transportation",)]


# 3. a description keeps its hyphened modifiers


def test_the_fourth_year_biology_student_after_a_quotation():
    text = (
        'HALIFAX — Students rallied on Monday.\n\n"We cannot pay more," the fourth-year '
        "biology student said."
    )
    assert quote_rows(text, "speaker") == [("the fourth-year biology student",)]


def test_the_fourth_year_history_student_opening_the_sentence():
    text = "HALIFAX — The fourth-year history student said tuition was too high."
    assert quote_rows(text, "speaker_mention") == [("The fourth-year history student",)]


def test_the_58_year_old_school_bus_driver_still_whole():
    text = 'HALIFAX — Roads were icy.\n\n"It was bad," the 58-year-old school bus driver said.'
    assert quote_rows(text, "speaker") == [("the 58-year-old school bus driver",)]


# 4. gender blocks a "she"/"he" after a quoted person of the other sex


def test_she_laughed_and_said_after_her_sons_quote():
    text = (
        "HALIFAX — Ann Roe owns the farm. Her son, Tom, helps.\n\n"
        '"It is hard work," Tom said.\n\n'
        "She smiled and said the farm would stay open."
    )
    assert [s for (s,) in quote_rows(text, "speaker")] == ["Tom Roe", "Ann Roe"]


def test_she_said_with_a_quotation_after_her_sons_quote():
    text = (
        "HALIFAX — Ann Roe owns the farm. Her son, Tom, helps.\n\n"
        '"It is hard work," Tom said.\n\n'
        '"We stay," she said.'
    )
    assert [s for (s,) in quote_rows(text, "speaker")] == ["Tom Roe", "Ann Roe"]


def test_he_shrugged_and_said_after_his_daughters_quote():
    text = (
        "HALIFAX — Paul Kent coaches the team. His daughter, Ella, plays.\n\n"
        '"I love it," Ella said.\n\n'
        "He shrugged and said the season had been long."
    )
    assert [s for (s,) in quote_rows(text, "speaker")] == ["Ella Kent", "Paul Kent"]


def test_she_laughed_after_her_son_named_in_the_sentence_before():
    text = (
        "HALIFAX — Jane Marsh has held season tickets for 20 years.\n\n"
        '"It is a sad day," she said.\n\n'
        "Her older son, Mathis, who is 11, said he would still go to games if his mother "
        "drove him. She laughed and said that was a question for later."
    )
    assert [s for (s,) in quote_rows(text, "speaker")] == ["Jane Marsh", "Mathis", "Jane Marsh"]


# 5. a federal department name with a serial comma


def test_innovation_science_and_economic_development_canada_said():
    text = (
        "HALIFAX — Innovation, Science and Economic Development Canada said the licence was valid."
    )
    assert quote_rows(text, "speaker", "speaker_type") == [
        ("Innovation, Science and Economic Development Canada", "organization")
    ]


def test_tail_attribution_to_a_serial_department():
    text = (
        "HALIFAX — The backlog has grown, Immigration, Refugees and Citizenship Canada "
        "said in a statement."
    )
    assert quote_rows(text, "speaker", "quote") == [
        ("Immigration, Refugees and Citizenship Canada", "The backlog has grown")
    ]


def test_according_to_a_serial_department():
    text = "HALIFAX — The backlog has grown, according to Immigration, Refugees and Citizenship Canada."
    assert quote_rows(text, "speaker") == [("Immigration, Refugees and Citizenship Canada",)]


def test_fisheries_and_oceans_canada_is_one_organisation():
    text = "HALIFAX — Fisheries and Oceans Canada said the stocks were low."
    assert quote_rows(text, "speaker", "speaker_type") == [
        ("Fisheries and Oceans Canada", "organization")
    ]


def test_a_list_of_people_is_no_department():
    text = "HALIFAX — Ann Roe, Bob Lee and Tom Kent said the water was safe."
    (speaker,) = quote_rows(text, "speaker")[0]
    assert "Canada" not in speaker and "Bob Lee" in speaker


def test_an_indefinite_head_keeps_its_relative_clause():
    text = (
        "HALIFAX — At the meeting, a young woman who had been a student in Montana asked "
        "the mayor what he thought of the race."
    )
    assert quote_rows(text, "speaker") != [("a young woman",)]


def test_a_definite_head_after_a_name_and_comma_is_not_cut():
    text = (
        "HALIFAX — Crews met at the hall in Lakeview, the woman who runs the shelter said Monday."
    )
    assert quote_rows(text, "speaker_mention") != [("the woman",)]
