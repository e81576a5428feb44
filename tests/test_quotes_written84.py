"""w76's rules (session 32, the seventy-sixth written batch), each checked on sentences
written for this file.

* "Chief Ann Roe of the Mohawk community of Akwesasne said": a name before "of the
  [Nation] community of Place" (a settlement noun of ``resources/settlement_nouns.txt``)
  is the speaker, not the place after it (``np_left._settlement_of_name``); it was the
  place.
* "Ann Roe, the mayor of St. George, said" / "The mayor of St. George, Ann Roe, said"
  then "the mayor said": the name right after the determined office's "of", or followed
  by the holder's name in commas, is the office's place, not its holder
  (``titles._place_of_office``); "the mayor" was the town. "the office of Transportation
  Minister Ann Roe" keeps the minister (the office word is not the role).
* "Deputy fire chief Ann Roe" then, paragraphs later, "the deputy chief said": a service
  word ("fire", "police"; ``resources/title_service_words.txt``) between a rank and its
  office is skipped when reading the title before a name (``titles.title_phrase``); the
  title was only "chief" and the speaker stayed "the deputy chief".
* "... received more than 1,400 written objections, but insisted that B": a past
  participle cue after a determiner or a count and before a lower-case word is an
  adjective, no cue (``cues.attributive_participle``); "1,400" became the sentence's last
  speaker and spoke B.
* "A, Ann Roe said at a news conference after the vote, standing in front of ...": a
  short time phrase ("after the vote,") closing the frame is an adjunct of the saying,
  and the content is A (``additions.frame_tail_adjunct``); the row was the words after.
* "A, he said, most of them in Kent County.": a placed count of A's things after the
  frame ("most of them in ...") does not go on with the statement
  (``additions._second_part_goes_on``, ``_QUANTITY_PLACE_TAIL_RE``); it was a second row.
* "A, the co-operative representing lobster and herring fishermen on the Fundy Isles
  said Wednesday, hours after B": a reduced relative's bare plural object may be
  coordinated ("lobster and herring fishermen"; an "-ing" noun after "and" is no
  participle) and end in "-men"; its place may be "on the <Name>"; "co-operative",
  "co-op", "coalition", "alliance" are organisation heads, hyphenated or not
  (``reduced.py``, ``resources/reduced_org_heads.txt``); the speaker was "Fundy Isles"
  and the row the time clause after the frame.
* "Mayor Ann Roe issued a statement saying A, and urged them to return": content before
  a cue that holds the cue's own speaker mention is no content (``frames``: the pre side
  must not contain the mention); it was a row of the whole clause beside A's row.
"""

from __future__ import annotations

from tests._quote_rows import speech_rows


def test_name_before_community_of_place_is_the_speaker():
    text = (
        "Chief Tom Vale of the Mohawk community of Bear River accused the province of "
        "ignoring its duty, and said his council had learned of the plan from a release."
    )
    rows = speech_rows(text)
    assert rows and all(r[0] == "Tom Vale" for r in rows)
    assert ("Tom Vale", "said", "his council had learned of the plan from a release") in rows


def test_surname_before_town_of_place_is_the_speaker():
    rows = speech_rows("Vale of the town of Bear River said the council would meet on Friday.")
    assert rows == [("Vale", "said", "the council would meet on Friday")]


def test_a_place_named_with_its_own_of_stays_the_subject():
    rows = speech_rows("The University of Selvane said the lab would close in March.")
    assert rows and rows[0][0] != "Selvane"


def test_mayor_of_saint_town_then_the_mayor_is_the_holder():
    text = (
        "The mayor of St. Stephen, Ann Roe, said the council had not voted on the plan.\n\n"
        '"Half my street works at the mill," the mayor said.'
    )
    assert speech_rows(text)[-1] == ("Ann Roe", "said", "Half my street works at the mill")


def test_apposed_mayor_of_two_word_town_then_the_mayor_is_the_holder():
    text = (
        "Tom Vale, the mayor of Port Elgin, said the wharf would reopen in May.\n\n"
        '"We have waited long enough," the mayor said.'
    )
    assert speech_rows(text)[-1] == ("Tom Vale", "said", "We have waited long enough")


def test_office_of_a_titled_minister_still_names_the_minister():
    text = (
        "According to the office of Transportation Minister Ann Roe, the province wants a "
        "report.\n\n"
        '"We expect answers," the minister said.'
    )
    assert speech_rows(text)[-1] == ("Ann Roe", "said", "We expect answers")


def test_deputy_fire_chief_is_the_deputy_chief_paragraphs_later():
    text = (
        "Deputy fire chief Ann Roe said the fire started on the fourth floor at 3 a.m.\n\n"
        '"The smoke went up the stairwell," she said.\n\n'
        "The cause is under investigation, the deputy chief said."
    )
    assert speech_rows(text)[-1] == ("Ann Roe", "said", "The cause is under investigation")


def test_deputy_police_chief_is_the_deputy_chief():
    text = (
        "Deputy police chief Tom Vale said officers had searched the garage on Tuesday.\n\n"
        '"It was hidden well," he said.\n\n'
        "More arrests are possible, the deputy chief said."
    )
    assert speech_rows(text)[-1] == ("Tom Vale", "said", "More arrests are possible")


def test_count_before_written_objections_does_not_speak_after_but():
    text = (
        "The minister conceded that her office had received more than 1,400 written "
        "objections, but insisted that the letters could not settle a technical question."
    )
    rows = speech_rows(text)
    assert ("The minister", "insisted", "the letters could not settle a technical question") in rows
    assert all(r[0] != "1,400" for r in rows)


def test_participle_before_that_stays_a_cue():
    rows = speech_rows("Ann Roe has written that the bridge must close before winter.")
    assert rows == [("Ann Roe", "written", "the bridge must close before winter")]


def test_time_phrase_after_the_frame_keeps_the_content_before():
    text = (
        "The plant will hire 40 people this winter, Ann Roe said at a news conference "
        "after the vote, standing in front of a new sign."
    )
    assert speech_rows(text) == [("Ann Roe", "said", "The plant will hire 40 people this winter")]


def test_clause_after_the_frame_is_still_content():
    rows = speech_rows("Ann Roe said after the vote that the plant would hire 40 people.")
    assert rows == [("Ann Roe", "said", "the plant would hire 40 people")]


def test_placed_count_after_the_frame_is_no_second_row():
    text = "The new plant will hire 40 people, he said, most of them in Kent County."
    assert speech_rows(text) == [("he", "said", "The new plant will hire 40 people")]


def test_clause_with_a_count_after_the_frame_is_still_content():
    text = "The new plant will hire 40 people, he said, and most of them will come from Kent."
    assert len(speech_rows(text)) == 2


def test_cooperative_representing_coordinated_fishers_on_named_isles():
    text = (
        "SAINT JOHN — The province has traded a cove for a feedlot, the co-operative "
        "representing lobster and herring fishermen on the Grand Isles said Wednesday, "
        "hours after the province approved a new farm."
    )
    rows = speech_rows(text)
    assert rows == [("the co-operative", "said", "The province has traded a cove for a feedlot")]


def test_cooperative_representing_fishermen_is_the_cooperative():
    text = "The season is lost, the co-operative representing fishermen said Monday."
    assert speech_rows(text) == [("the co-operative", "said", "The season is lost")]


def test_request_after_a_statement_gives_no_row_holding_its_speaker():
    text = (
        "Mayor Tom Vale issued a statement saying he was disappointed that the two sides "
        "had failed, and urged them to return to the table."
    )
    text = text.replace("was disappointed", 'was "deeply disappointed"')
    rows = speech_rows(text)
    assert (
        "Tom Vale",
        "saying",
        'he was "deeply disappointed" that the two sides had failed',
    ) in rows
    assert not any("issued a statement" in r[2] for r in rows)
