"""spk59's rules (session 39 round 1, speakers), each checked on sentences written for
this file.

* "A, the station told the regulator in the filing, adding that B": a lower-case noun
  phrase that is the whole object of a "tell" cue (tell, inform, assure, warn, remind)
  in a frame set off after its content, up to the clause's end (perhaps past one
  adjunct led by a preposition), is a listener (``cues.bare_listener_end``, called by
  ``sides``): A is the station's; the row was "the regulator in the filing" and A was
  lost (a word that holds a clause, "told her they were tired", ends no such listener).
  Up to "that" the same holds anywhere ("told the township that B": B, without
  "the township that"). A thing told ("told a different tale",
  ``resources/told_things.txt``) keeps its object.
* "A, the utility assured the township on Monday, adding that B": "assure" needs a
  "that" or a quotation, but a frame set off after its content by a comma, whose
  listener runs to a comma or the sentence's end, has its content before it
  (``idioms._set_off_after_content`` in ``idioms._that_missing``); the cue was dropped,
  and B went to "The water", the subject of A.
* "Ann North of Halifax said A": a capitalised compass word right after a capitalised
  word ("Ann North", "Bram South") is a surname, not a preposition of place "north of"
  (``np_left._left_np1``): the speaker is the name, as the written golds write "NAME of
  PLACE said" ("Ann Roe of Halifax said" gives "Ann Roe"); it was "Ann North of Halifax"
  (or the place: "Regina"). "farmers east of Yorkton said" keeps its group.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speaker_of, speech_rows

# --------------------------------------------------------------- 1. a bare listener


def test_told_the_regulator_in_the_filing_adding_that():
    text = (
        "The station broadcasts 90 hours of local shows a week, the station told the "
        "regulator in the filing, adding that it had met every condition of its licence."
    )
    rows = speech_rows(text)
    assert ("the station", "told", "The station broadcasts 90 hours of local shows a week") in rows
    assert speaker_of(text, "it had met every condition of its licence") == "the station"
    assert not any(q.startswith("the regulator") for _, _, q in rows)


def test_informed_the_province_in_a_letter():
    text = (
        "The ferry will stop running in May, the operator informed the province in a "
        "letter, adding that it could not find crews."
    )
    assert speaker_of(text, "The ferry will stop running in May") == "the operator"
    assert speaker_of(text, "it could not find crews") == "the operator"


def test_warned_the_health_authority():
    text = (
        "The clinic is short of nurses, the hospital warned the health authority in its "
        "annual report, adding that wait times would grow."
    )
    assert speaker_of(text, "The clinic is short of nurses") == "the hospital"


def test_told_the_ministry_at_the_sentence_end():
    text = "The clinic treats 90 patients a week, the clinic told the ministry."
    assert speaker_of(text, "The clinic treats 90 patients a week") == "the clinic"


def test_told_the_township_that():
    text = "The utility told the township that the water was safe to drink."
    assert has_quote(text, "the utility", "the water was safe to drink")


def test_told_a_joke_is_no_listener():
    text = "On Friday morning, the second day of his tour, Mayor Tom Vale told a joke."
    assert speech_rows(text) == []


def test_a_tale_told_after_an_adjunct_keeps_its_row():
    # a comma before the frame, but the object is a thing told, no listener
    text = "Outside the courthouse, the defence lawyer told a different tale."
    assert speech_rows(text) == [("the defence lawyer", "told", "a different tale")]


def test_pronoun_listener_then_clause_keeps_its_content():
    # "her" is the listener; "they were tired" holds a clause word: no bare listener
    text = "The clinic said the nurses, who told her they were tired, had quit."
    assert ("the nurses", "told", "they were tired") in speech_rows(text)


# --------------------------------------------------------------- 1b. assured, set off


def test_assured_the_township_on_monday_adding_that():
    text = (
        "The water is safe to drink, the utility assured the township on Monday, adding "
        "that testing would continue."
    )
    assert speaker_of(text, "The water is safe to drink") == "the utility"
    assert speaker_of(text, "testing would continue") == "the utility"


def test_assured_residents_on_monday_person():
    text = (
        "The bridge will reopen by June, the mayor assured residents on Monday, adding "
        "that the repairs were on budget."
    )
    assert speaker_of(text, "the repairs were on budget") == "the mayor"
    assert speaker_of(text, "The bridge will reopen by June") == "the mayor"


def test_assured_without_content_before_stays_no_row():
    text = "The utility assured the township on Monday, and crews flushed the mains."
    assert speech_rows(text) == []


# --------------------------------------------------------------- 2. NAME of PLACE


def test_compass_surname_of_a_town():
    text = "Ann North of Halifax said the ferry should run year-round."
    assert speaker_of(text, "the ferry should run year-round") == "Ann North"


def test_compass_surname_of_a_city_not_the_city():
    text = "Bram South of Regina said the rink would close in March."
    assert speaker_of(text, "the rink would close in March") == "Bram South"


def test_compass_surname_of_a_university():
    text = "Ann West of Dalhousie University said the grant had been cut."
    assert speaker_of(text, "the grant had been cut") == "Ann West"


def test_lower_case_compass_keeps_the_group():
    text = "Farmers east of Yorkton said the rail line should stay open."
    assert speaker_of(text, "the rail line should stay open").startswith("Farmers")
