"""written41's rules (session 25), each checked on sentences written for this file.

* "Reeve Ann Roe of the Municipality of Elm Creek said" is the reeve, not the
  municipality ("<Head> of <Place>" local governments: resources/place_body_heads.txt).
* "the agency" / "the department" that no name fits is the body quoted last by a
  body's name ("Metro Valley Transit said ... The agency said"), of no other kind.
* A lede's "the province's health department said" is the body the next paragraphs
  name with one of its words ("Manitoba Health and Wellness said").
* "a spokesperson for the department" speaks for the body the department is, and "the
  spokesperson" soon after too.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speaker_of


def test_person_of_a_municipality_is_the_person():
    text = "Reeve Ann Roe of the Municipality of Elm Creek said council had asked for a new road."
    assert quote_rows(text, "speaker", "quote") == [("Ann Roe", "council had asked for a new road")]


def test_person_of_a_city_is_the_person():
    text = "Mayor Tom Vale of the City of Oak Bay said the budget would pass."
    assert speaker_of(text, "the budget would pass") == "Tom Vale"


def test_the_city_itself_still_speaks():
    text = "The City of Oak Bay said the budget would pass."
    assert speaker_of(text, "the budget would pass") == "City of Oak Bay"


def test_agency_is_the_body_quoted_before():
    text = (
        "Metro Valley Transit said the route would close in May. "
        "The agency said it would reopen the route in the fall."
    )
    assert speaker_of(text, "it would reopen the route in the fall") == "Metro Valley Transit"


def test_department_is_the_body_quoted_before_a_person():
    text = (
        "Vehicles are barred from the bridge, Manitoba Roads and Infrastructure said. "
        "Joe Bloggs said he was angry. Cars can still cross, the department said."
    )
    assert speaker_of(text, "Cars can still cross") == "Manitoba Roads and Infrastructure"


def test_person_quoted_before_is_no_agency():
    text = "Gord Tarrow said the route would close. The agency said it would reopen."
    assert speaker_of(text, "it would reopen") == "the agency"


def test_union_is_no_commission_quoted_before():
    text = (
        "The Oak Bay Regional Transit Commission said service would stop. "
        "The union said it would strike."
    )
    assert speaker_of(text, "it would strike") != "Oak Bay Regional Transit Commission"


def test_department_is_no_centre_quoted_before():
    text = (
        "The Oak Bay Regional Centre said classes would resume. "
        "The department said buses would run."
    )
    assert speaker_of(text, "buses would run") != "Oak Bay Regional Centre"


def test_possessive_description_with_a_name_again():
    text = (
        "The city's Parks Services department said the pool would close. "
        "The rink will open later, the department said."
    )
    assert "Parks Services" in speaker_of(text, "The rink will open later")


def test_lede_description_is_the_body_named_next():
    text = (
        "Road closed in Pine Falls\n\n"
        "PINE FALLS, Man. — The bridge is closed to trucks, the province's highways "
        "department said Wednesday.\n\n"
        "Loads over 15 tonnes are barred, Manitoba Highways and Works said in an email. "
        "Cars can still cross, the department said."
    )
    assert speaker_of(text, "The bridge is closed to trucks") == "Manitoba Highways and Works"
    assert speaker_of(text, "Cars can still cross") == "Manitoba Highways and Works"


def test_spokesperson_for_the_department_is_the_body():
    text = (
        "Parks Canada said the trail would close. Asked when it would reopen, a "
        "spokesperson for the agency said no date had been set. The trail is unsafe, "
        "the spokesperson said."
    )
    assert speaker_of(text, "no date had been set") == "Parks Canada"
    assert speaker_of(text, "The trail is unsafe") == "Parks Canada"


def test_spokesperson_for_an_unnamed_body_stays():
    text = "A spokesperson for the department said no date had been set."
    assert speaker_of(text, "no date had been set") == "a spokesperson for the department"
