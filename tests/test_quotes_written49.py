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

from tests._quote_rows import has_quote, quote_rows, speaker_of, speech_rows


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


# * "A, the statement said." after a clause ending "in effect" / "in winter" is a row:
#   the walk over "in a Medium post"-style adjuncts before a cue stops at a comma.


def test_adjunct_walk_stops_at_a_comma():
    text = "A further closure is likely if the warnings remain in effect, the statement said."
    assert speech_rows(text) == [
        ("the statement", "said", "A further closure is likely if the warnings remain in effect")
    ]


def test_season_adjunct_then_report():
    text = "Hydro Valley said it would cut rates. Outages are rare in winter, the report said."
    assert has_quote(text, "", "Outages are rare in winter")


def test_adjunct_before_cue_still_skipped():
    text = "Ann Roe in a Facebook post said the rink would close."
    assert speech_rows(text) == [("Ann Roe", "said", "the rink would close")]


# * "A, he said, and the trailers run on diesel": "and", a determiner, a plural subject
#   and a plain present verb go on with the statement.


def test_and_determined_plural_subject_then_verb_continues():
    text = "The feed is kept in sheds, Tom Vale said, and the sheds need power all night."
    assert has_quote(text, "Tom Vale", "and the sheds need power all night")


def test_and_determined_plural_without_verb_does_not_continue():
    text = "The feed is kept in sheds, Tom Vale said, and the sheds on the hill."
    assert not has_quote(text, "Tom Vale", "and the sheds on the hill")


# * "the region's largest teachers' union said": a second, classifying possessive after
#   a modifier stays in the description.


def test_classifying_possessive_after_a_modifier():
    text = "Class sizes must fall, the head of the province's largest teachers' union said."
    assert speech_rows(text) == [
        ("the head of the province's largest teachers' union", "said", "Class sizes must fall")
    ]


def test_lede_head_of_union_named_next():
    text = (
        "Strike vote set\n\n"
        "TRURO, N.S. — Class sizes must fall, the head of the province's largest nurses' "
        "union said Monday.\n\n"
        "Marlene Kowal, who has led the Nova Nurses' Union since 2020, said members would "
        "vote in May."
    )
    assert speaker_of(text, "Class sizes must fall") == "Marlene Kowal"


# * "A, the union said Sunday, after B": a day on the frame and a subordinate clause of
#   time after its comma date the saying; the content is A.


def test_dated_frame_then_after_clause_keeps_the_content_before():
    text = (
        "Nobody should sail in these seas, the union said Sunday, after the opening of "
        "the season was put off for a second time."
    )
    assert speech_rows(text) == [("the union", "said", "Nobody should sail in these seas")]


def test_undated_frame_then_after_clause_unchanged():
    text = "Prices will rise, the minister said, after the tax takes effect in May."
    assert has_quote(text, "the minister", "Prices will rise")


def test_two_bodies_quoted_before_leave_the_agency_alone():
    text = (
        "Metro Valley Transit said the route would close. Harbour Regional Transit said "
        "its buses would fill the gap. The agency said it would reopen the route."
    )
    assert speaker_of(text, "it would reopen the route") == "the agency"


def test_spokesperson_for_a_longer_description():
    text = (
        "Nova Scotia Health said the ER would close. A spokesperson for the health "
        "authority said doctors were scarce."
    )
    assert speaker_of(text, "doctors were scarce") == "Nova Scotia Health"


def test_the_spokesperson_after_another_spokesperson():
    text = (
        "Parks Canada said the trail would close. A spokesperson for the agency said no "
        "date had been set. A spokesperson for Acme Corp. said its crews were ready. The "
        "trail is unsafe, the spokesperson said."
    )
    assert speaker_of(text, "The trail is unsafe") != "Parks Canada"
