"""Rules from the twentyseventh written set (written27), each on sentences written for
the test: an unanchored "the 27-year-old" (or "the 41-year-old nurse") is the one
person named before it; "the number of confirmed cases" holds no cue; "announced up to
$210 million" is an amount; "X, chief economist at Y," is "the economist"."""

from __future__ import annotations

from tests._quote_rows import quote_rows, speech_rows


def test_aged_description_with_a_role_word_is_the_person_just_named():
    text = (
        "TOWN — When Mira Patel opened the letter from her bank, she read it twice.\n\n"
        "“I thought it was a typo,” the 41-year-old nurse said at the table."
    )
    assert quote_rows(text, "speaker") == [("Mira Patel",)]


def test_aged_description_with_a_gender_noun_stays_unresolved():
    text = (
        "TOWN — Mira Patel opened the letter from her bank.\n\n"
        "“I thought it was a typo,” the 41-year-old woman said at the table."
    )
    assert quote_rows(text, "speaker") != [("Mira Patel",)]


def test_bare_aged_description_two_paragraphs_on_is_the_only_person_named():
    text = (
        "HALIFAX — Most Tuesdays, Colin Abara drives to the hospital after practice.\n\n"
        "He has done it for four seasons.\n\n"
        "“It is just Tuesday,” the 27-year-old said after practice."
    )
    assert quote_rows(text, "speaker") == [("Colin Abara",)]


def test_bare_aged_description_far_from_its_name_with_someone_named_since():
    text = (
        "HALIFAX — Most Tuesdays, Colin Abara drives to the hospital.\n\n"
        "He has done it for four seasons. Nurse Janet Kirby Wells calls him a regular.\n\n"
        "The team has won six straight.\n\n"
        "“It is just Tuesday,” the 27-year-old said after practice."
    )
    assert quote_rows(text, "speaker") != [("Colin Abara",)]


def test_confirmed_after_of_is_an_adjective_not_a_cue():
    text = (
        "TOWN — The number of confirmed cases in the region has risen to 23, the "
        "region’s medical officer of health said Thursday."
    )
    rows = speech_rows(text)
    assert [r[1] for r in rows] == ["said"]
    assert rows[0][2] == "The number of confirmed cases in the region has risen to 23"


def test_reported_after_among_is_an_adjective():
    text = "Among reported incidents in the county, most involved trucks, police said."
    assert all(cue != "reported" for _, cue, _ in speech_rows(text))


def test_announced_up_to_an_amount_is_no_quote():
    text = "REGINA — The two governments on Friday announced up to $210 million to help ranchers."
    assert speech_rows(text) == []
    text = "The agency announced more than $40 million in new grants for farms."
    assert speech_rows(text) == []


def test_announced_an_amount_with_a_clause_is_still_speech():
    text = "The agency announced more than $40 million would be spent on roads."
    assert speech_rows(text) == [
        ("the agency", "announced", "more than $40 million would be spent on roads")
    ]


def test_bare_role_in_apposition_with_a_workplace_names_the_description():
    text = (
        "Dr. Colleen Ferris-Ruiz, chief economist at the firm Northmark, said rates "
        "would rise.\n\nThe economist said her firm’s modelling showed a rise."
    )
    assert quote_rows(text, "speaker") == [("Colleen Ferris-Ruiz",), ("Colleen Ferris-Ruiz",)]


def test_asking_that_only_a_first_name_be_used_is_no_quote():
    text = (
        "Speaking through an interpreter, she said she had waited two years. She asked "
        "that only her first name be used because her family is still abroad."
    )
    assert [q for _, cue, q in speech_rows(text) if cue == "asked"] == []
    assert speech_rows("The man asked that he not be named, fearing for his job.") == []


def test_asking_that_council_act_is_still_a_request_quote():
    rows = speech_rows("The mayor asked that council delay the vote until March.")
    assert rows == [("The mayor", "asked", "council delay the vote until March")]


def test_it_said_after_an_org_quote_naming_another_org_is_the_first_org():
    text = (
        "Three children have been admitted to hospital, one of them to the intensive care "
        "unit at Lakehead Children’s Hospital in Thunder Bay. Dr. Ann Roe said the child "
        "was improving.\n\n"
        "The Kenora-Rainy River Health Unit said on its website that anyone who visited the "
        "emergency department at Kenora General Hospital on Nov. 28 may have been "
        "exposed. It said people born after 1970 should check their records."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[-1] == (
        "the Kenora-Rainy River Health Unit",
        "people born after 1970 should check their records",
    )


def test_same_description_without_its_possessor_takes_the_lede_referent():
    text = (
        "KENORA — Cases have risen to 23, the region’s medical officer of health said "
        "Thursday.\n\n"
        "Dr. Nadia Rahim said at a briefing that the outbreak was growing.\n\n"
        "The medical officer of health said the clinic would stay open."
    )
    assert quote_rows(text, "speaker") == [("Nadia Rahim",)] * 3


def test_she_after_his_wife_opens_the_sentence_before_is_the_named_wife():
    text = (
        "TOWN — Priya Malhotra opened the renewal letter in October.\n\n"
        "Dr. Colleen Ruiz, an economist, said rates would fall. “It is a painkiller,” "
        "the economist said.\n\n"
        "Rohan Malhotra said he would keep driving on Saturdays. His wife laughed when "
        "she heard that.\n\n"
        "“He says that now,” she said. “Ask him again in February.”"
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[-2:] == [
        ("Priya Malhotra", "He says that now"),
        ("Priya Malhotra", "Ask him again in February."),
    ]


def test_she_after_his_wife_without_a_named_wife_keeps_the_usual_reading():
    text = (
        "Dr. Colleen Ruiz, an economist, said rates would fall.\n\n"
        "Rohan Malhotra said he would keep driving. His wife laughed when she heard that.\n\n"
        "“He says that now,” she said."
    )
    assert quote_rows(text, "speaker")[-1] != ("Rohan Malhotra",)
