"""Rules of session 31's left60 (rows left by session 30), on sentences written for
these tests."""

from __future__ import annotations

from tests._quote_rows import speech_rows


def test_quoted_description_object_with_apposed_description():
    rows = speech_rows(
        "The bakers' league released a survey on Monday. The league quoted one of its members, "
        "a rural baker in Dauphin, as saying she had thrown out half her flour."
    )
    assert ("a rural baker in Dauphin", "saying", "she had thrown out half her flour") in rows, rows


def test_quoted_description_object_with_place():
    rows = speech_rows(
        "The report quoted a rural pharmacist in Gimli as saying the ward had no heat."
    )
    assert ("a rural pharmacist in Gimli", "saying", "the ward had no heat") in rows, rows


def test_quoted_partitive_object():
    rows = speech_rows("The union quoted one of its drivers as saying the brakes had failed twice.")
    assert ("one of its drivers", "saying", "the brakes had failed twice") in rows, rows


def test_quoted_name_with_apposed_description_gives_the_name():
    rows = speech_rows(
        "The paper quoted Ossia Brandt, a ferry captain, as saying the dock was unsafe."
    )
    assert ("Ossia Brandt", "saying", "the dock was unsafe") in rows, rows


def test_quoted_description_with_apposed_name_gives_the_name():
    rows = speech_rows(
        "The paper quoted the owner of a Main Street deli, Ossia Brandt, as saying rents had doubled."
    )
    assert ("Ossia Brandt", "saying", "rents had doubled") in rows, rows


def test_quoted_description_before_town_and_province_is_no_province():
    rows = speech_rows(
        "The report quoted a night nurse in Gimli, Manitoba, as saying the ward had no heat."
    )
    assert ("a night nurse in Gimli", "saying", "the ward had no heat") in rows, rows


def test_passive_quoted_in_a_paper_gets_no_paper_speaker():
    rows = speech_rows("Ossia Brandt was quoted in the Ledger as saying the dock was unsafe.")
    assert all(r[0] != "the Ledger" for r in rows), rows


def test_quoted_her_as_saying_is_the_woman_named_before():
    rows = speech_rows(
        "Ossia Brandt runs the ferry. The Ledger quoted her as saying the dock was unsafe."
    )
    assert ("Ossia Brandt", "saying", "the dock was unsafe") in rows, rows


def test_quoted_her_as_saying_with_a_quotation_start():
    rows = speech_rows(
        'Ossia Brandt runs the ferry. The Ledger quoted her as saying "the door is open" to new talks.'
    )
    assert ("Ossia Brandt", "saying", '"the door is open" to new talks') in rows, rows


def test_began_after_an_interrupted_quotation_is_speech():
    rows = speech_rows(
        'Ossia Brandt and Tom Vale met on stage. "That figure is plainly wrong —" the mayor began. '
        '"Time, please," the host said.'
    )
    assert ("the mayor", "began", "That figure is plainly wrong —") in rows, rows


def test_began_between_two_quotations_is_speech():
    rows = speech_rows('"Well," Ossia Brandt began, "the ferry was late again."')
    assert ("Ossia Brandt", "began", "the ferry was late again.") in rows, rows


def test_began_without_a_quotation_is_no_cue():
    rows = speech_rows(
        "Work on the dock began in May, the mayor said. Ossia Brandt began selling tickets."
    )
    assert all(r[1] != "began" for r in rows), rows


def test_which_it_said_after_the_company_opening_the_sentence():
    rows = speech_rows(
        "The company posted a loss in June and in July announced a warehouse in Brandon, "
        "which it said would open next spring."
    )
    assert ("the company", "said", "would open next spring") in rows, rows


def test_which_it_said_after_a_company_name_with_legal_form():
    rows = speech_rows("Pellham Freight Ltd. leased a depot, which it said would hire 40 drivers.")
    assert any(
        r[0].startswith("Pellham Freight Ltd") and r[1:] == ("said", "would hire 40 drivers")
        for r in rows
    ), rows


def test_which_it_said_after_a_person_stays_no_row():
    rows = speech_rows("Ossia Brandt opposed the depot, which it said would hire 40 drivers.")
    assert all(r[1] != "said" for r in rows), rows


def test_reduced_relative_with_a_possessive_object_keeps_the_content_before():
    rows = speech_rows(
        "BRANDON, Man. — About 900 farms will wait another year for service, the company "
        "building Manitoba's rural fibre network said Friday, pushing the project into 2027."
    )
    assert ("the company", "said", "About 900 farms will wait another year for service") in rows, (
        rows
    )


def test_gerund_clause_of_time_after_the_frame_keeps_the_content_before():
    rows = speech_rows(
        "TRURO, N.S. — The college treats every complaint as urgent, the dean of Tamarack College "
        "said Monday after confirming that a panel will review the lab's records."
    )
    assert (
        "the dean of Tamarack College",
        "said",
        "The college treats every complaint as urgent",
    ) in rows, rows
    assert any(
        r[1] == "confirming" and r[2] == "a panel will review the lab's records" for r in rows
    ), rows
