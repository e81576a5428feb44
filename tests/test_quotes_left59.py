"""Rules of session 30's left59 (rows and speakers left by round 1), on sentences
written for these tests."""

from __future__ import annotations

from tests._quote_rows import speech_rows


def test_description_from_town_and_province_is_the_speaker():
    rows = speech_rows(
        "A 41-year-old pastry chef from Truro, N.S., said the ovens were too small. "
        "She opened the shop in 2019."
    )
    assert rows[0][0] == "a 41-year-old pastry chef from Truro", rows


def test_the_mayor_of_town_and_province_is_the_speaker():
    rows = speech_rows("The mayor of Lunenburg, N.S., said the wharf would be rebuilt.")
    assert rows[0][0] == "The mayor of Lunenburg", rows


def test_named_person_before_town_description_keeps_the_name():
    rows = speech_rows("Mara Quill, a baker from Truro, N.S., said the ovens were too small.")
    assert rows[0][0] == "Mara Quill", rows


def test_content_stops_before_a_new_clause_naming_a_speaker():
    rows = speech_rows(
        "Ann Roe, the group's president, said the province had ignored shelters for years, "
        "and the association's executive director, Tom Vale, called the budget "
        '"a betrayal of renters." He went on to say that rents had doubled.'
    )
    assert ("Ann Roe", "said", "the province had ignored shelters for years") in rows, rows
    assert ("Tom Vale", "say", "rents had doubled") in rows, rows


def test_content_stops_before_and_name_said():
    rows = speech_rows(
        "Ann Roe said the ferry would run all winter, and Tom Vale said the dock was too small."
    )
    assert ("Ann Roe", "said", "the ferry would run all winter") in rows, rows


def test_content_goes_on_over_and_name_without_speech_verb():
    rows = speech_rows(
        "Ann Roe said the ferry would run all winter, and Tom Vale would captain it."
    )
    assert rows[0][2].endswith("Tom Vale would captain it"), rows


def test_one_word_org_described_in_apposition_is_the_authority():
    rows = speech_rows(
        "Ferry service will be cut in May. Islandlink, the regional ferry authority, "
        'plans to drop two crossings. "We have no money left," the authority said.'
    )
    assert ("Islandlink", "said", "We have no money left") in rows, rows


def test_one_word_org_described_before_the_name_is_the_agency():
    rows = speech_rows(
        "Riders blamed the transit agency Busway for the delays on Monday. "
        '"We are hiring drivers," the agency said.'
    )
    assert ("Busway", "said", "We are hiring drivers") in rows, rows


def test_one_word_org_not_described_stays_the_agency():
    rows = speech_rows(
        'Riders blamed Busway for the delays on Monday. "We are hiring drivers," the agency said.'
    )
    assert ("the agency", "said", "We are hiring drivers") in rows, rows


def test_curling_third_is_the_player_titled_third_in_the_lineup():
    rows = speech_rows(
        "The win sends Ann Roe, third Tia Vale, second Bo Ray and lead Lu Chen to the "
        'national final. "We missed too many shots early," the third said.'
    )
    assert ("Tia Vale", "said", "We missed too many shots early") in rows, rows


def test_the_third_with_no_lineup_stays_a_description():
    rows = speech_rows(
        'Ann Roe won for the third time on Sunday. "We missed too many shots," the third said.'
    )
    assert rows[0][0] != "Ann Roe", rows


def test_question_answered_by_a_gesture_is_no_row():
    rows = speech_rows(
        "The mayor left the hall early. Asked by reporters whether she would run again, "
        'Ann Roe shook her head.\n\n"Not this time. I have done my part."'
    )
    assert ("Ann Roe", "shook", "Not this time. I have done my part.") in rows, rows
    assert not any(cue == "Asked" for _, cue, _ in rows), rows


def test_question_answered_by_speech_keeps_its_row():
    rows = speech_rows(
        "Asked by reporters whether he would run again, the mayor said he had not decided."
    )
    assert ("reporters", "Asked", "whether he would run again") in rows, rows


def test_statement_read_on_her_behalf_is_hers():
    rows = speech_rows(
        "Ann Roe did not attend the hearing. Her lawyer, Tom Vale, read a statement on "
        'her behalf. "I never meant to hurt anyone," the statement said.'
    )
    assert ("Ann Roe", "said", "I never meant to hurt anyone") in rows, rows


def test_statement_released_on_behalf_of_a_name_is_theirs():
    rows = speech_rows(
        "A statement was released on behalf of Ann Roe on Monday. "
        '"I never meant to hurt anyone," the statement said.'
    )
    assert ("Ann Roe", "said", "I never meant to hurt anyone") in rows, rows


def test_statement_with_no_owner_stays_the_statement():
    rows = speech_rows(
        "Ann Roe runs the clinic. The clinic released a statement on Monday. "
        '"We regret the delay," the statement said.'
    )
    assert rows[0][0] == "the statement", rows
