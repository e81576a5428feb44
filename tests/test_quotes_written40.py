"""Rules from the thirtysecond written set (written32), each on sentences written for
the test: "A man in line at the desk, who gave his name
only as Ray," goes by that name; "One of the violinists ... said A. She is <Name>"
names the description; "the 52-year-old retired welder" is the person quoted just
before; "A, the agency said, while B" and "A, she wrote, and the fee reflects both"
keep the B; a province's initials with a possessive ("B.C.'s Ministry of Health")
stay in the speaker's name."""

from __future__ import annotations

from tests._quote_rows import quote_rows


def test_a_man_in_line_who_gave_his_name_only_as_goes_by_that_name():
    text = (
        "TOWN — Flights were cancelled. A man in line at the service desk, who gave his "
        "name only as Ray, said he had been waiting since noon. “It is a mess,” he said."
    )
    assert quote_rows(text, "speaker") == [("Ray",), ("Ray",)]


def test_a_woman_near_the_gate_who_gave_only_her_first_name():
    text = (
        "REGINA — A woman near the gate, who would give only her first name, Marta, said "
        "her daughter was waiting in Regina."
    )
    assert quote_rows(text, "speaker") == [("Marta",)]


def test_one_of_the_violinists_is_named_in_the_next_sentence():
    text = (
        "KINGSTON — The orchestra voted. One of the cellists who voted yes said she "
        "drives for a delivery app on weekends. She is Ruth Adebayo, and she has played "
        "there for 20 years."
    )
    assert quote_rows(text, "speaker") == [("Ruth Adebayo",)]


def test_an_aged_retired_worker_is_the_person_quoted_just_before():
    text = (
        "TOWN — The club's treasurer, Alan Whitcombe, said the books were open.\n\n"
        "“We are not hiding anything,” Whitcombe said.\n\n"
        "The 52-year-old retired welder said the club had never missed a payment."
    )
    assert quote_rows(text, "speaker")[-1] == ("Alan Whitcombe",)


def test_the_aged_woman_still_stays_a_description():
    text = (
        "TOWN — Alan Whitcombe said the books were open.\n\n"
        "The 52-year-old woman said the club had never missed a payment."
    )
    assert quote_rows(text, "speaker")[-1] != ("Alan Whitcombe",)


def test_while_with_a_clause_after_the_attribution_goes_on():
    text = (
        "A patch could reopen the road by March, the agency said, while a new "
        "culvert would take two years."
    )
    assert quote_rows(text, "quote") == [
        ("A patch could reopen the road by March",),
        ("while a new culvert would take two years",),
    ]


def test_while_with_a_participle_stays_an_adjunct():
    text = "TOWN — The road will reopen in March, the minister said, while touring the site."
    assert quote_rows(text, "quote") == [("The road will reopen in March",)]


def test_and_with_a_determiner_noun_and_verb_goes_on():
    text = "The lawyers took a real risk, the judge wrote, and the award reflects that risk."
    assert quote_rows(text, "quote") == [
        ("The lawyers took a real risk",),
        ("and the award reflects that risk",),
    ]


def test_a_province_initials_possessive_stays_in_the_speaker():
    text = (
        "VICTORIA — The clinic will stay closed for a month, B.C.’s Ministry of Health "
        "said Monday, after an inspection found mould in the walls."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows == [("B.C.’s Ministry of Health", "The clinic will stay closed for a month")]


def test_his_name_only_as_gives_a_man_even_behind_her():
    text = (
        "REGINA — Jo Penner, a nurse, said the line was long. Sgt. Tom Okafor said police "
        "were called.\n\nA man in line behind her, who gave his name only as Ray, said he "
        "had waited two days. “It is a mess,” he said."
    )
    assert quote_rows(text, "speaker")[-2:] == [("Ray",), ("Ray",)]


def test_while_with_its_own_attribution_is_the_next_source():
    text = (
        "In Regina, marchers carried candles, a radio station reported, while in Moose Jaw "
        "the parade began with a minute of silence, the Moose Jaw Times reported."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert not [q for s, q in rows if s == "a radio station" and "Moose Jaw" in q]


def test_according_to_a_notice_posted_by_a_described_owner_is_the_owner():
    text = (
        "TORONTO — A judge approved the deal. Most members will be paid by May, according "
        "to a notice posted Friday by the court-appointed administrator, Harbourline Claims "
        "Services."
    )
    assert quote_rows(text, "speaker")[-1] == ("Harbourline Claims Services",)


def test_according_to_figures_released_by_her_office_is_hers():
    text = (
        "TORONTO — Dr. Ann Roe, the chief coroner, said deaths had risen.\n\n"
        "The 58-year-old said the north was worst. Most of those who died were men, "
        "according to figures released by her office."
    )
    assert quote_rows(text, "speaker")[-1] == ("Ann Roe",)


def test_a_counter_that_read_is_no_cue():
    text = (
        "OTTAWA — By 10 p.m. the hall was full. The screen above the WestJet counter read "
        "“DELAYED” in a column of red."
    )
    assert quote_rows(text, "speaker") == []


def test_the_conductor_is_the_music_director_named_just_before():
    text = (
        "KINGSTON — Ruth Adebayo said the talks had stalled.\n\n"
        "The orchestra's music director, Ingrid van Loon, has kept out of the dispute. "
        "Speaking after a rehearsal, the conductor said she would not take sides."
    )
    assert quote_rows(text, "speaker")[-1] == ("Ingrid van Loon",)
