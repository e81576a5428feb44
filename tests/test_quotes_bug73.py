"""bug73's rules (session 38 round 2: names and speaker types left by round 1), each
checked on sentences written for this file.

* "One of the lawyers for Ann Roe said": one unnamed lawyer ("one of the lawyers for
  Ann Roe", typed anonymous), as "One of the nurses said" is (bug72): a count "one"
  before "of the <listed plural person noun>" keeps a preposition's tail
  (``np_left._count_of_the``). It was "Ann Roe": "the lawyers for Ann Roe" was read as
  a job before a full name; a preposition is no job (``description_echoes.
  _job_then_full_name``), so "The lawyers for Ann Roe said" is the lawyers.
  "One of the companies said" is unchanged (the companies).
* "Eleven of the workers at the plant said" / "Two of the nurses at the hospital said":
  the count before "of the" belongs to the speaker when a place or owner phrase
  follows the head (``np_left._counted_partitive_start``); it was "the workers at the
  plant" (and "the nurses at the hospital" typed organization). Not after a
  preposition of place ("Tenants in two of the buildings at the complex": the tenants).
* "two of his children who argued that ..." / "Two of his children said": a possessive
  (his, her, their) opens a counted partitive's object as "the" does (``np_left.
  _PARTITIVE_DETS``), a group (``names._stype_static``); it was "his children", typed
  unknown. "One of her lawyers said" is one person.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _rows(text):
    return quote_rows(text, "speaker", "speaker_type")


def test_one_of_the_lawyers_for_a_name_is_the_lawyer():
    rows = _rows("One of the lawyers for Ann Roe said the case against her client was weak.")
    assert rows == [("one of the lawyers for Ann Roe", "anonymous")]
    text = '"We will appeal," one of the organizers of the Moncton march said.'
    assert _rows(text) == [("one of the organizers of the Moncton march", "anonymous")]


def test_the_lawyers_for_a_name_are_not_the_name():
    rows = _rows("The lawyers for Ann Roe said the case against her was weak.")
    assert rows == [("the lawyers for Ann Roe", "group")]
    # near negative: a job written right before the full name is that person's
    rows = _rows("The Banff ranger Ann Roe said the trail would stay closed.")
    assert rows == [("Ann Roe", "person")]


def test_one_of_the_companies_unchanged():
    assert _rows("One of the companies said it would appeal the fine.") == [
        ("the companies", "group")
    ]


def test_count_partitive_with_a_place_tail_keeps_the_count():
    rows = _rows("Eleven of the workers at the plant said they had not been paid since June.")
    assert rows == [("Eleven of the workers at the plant", "group")]
    rows = _rows("Two of the nurses at the Moncton hospital said they had worked double shifts.")
    assert rows == [("two of the nurses at the Moncton hospital", "group")]


def test_place_preposition_before_the_count_keeps_the_people():
    text = "Tenants in two of the buildings at the complex said the heat had been off."
    assert _rows(text) == [("tenants", "group")]


def test_possessive_partitive_is_the_counted_group():
    text = (
        "A Gatineau judge upheld the will of a bakery owner, rejecting a challenge by two "
        "of his children who argued that the will had been forged."
    )
    assert _rows(text) == [("two of his children", "group")]
    assert _rows("Three of their neighbours said the fence was built in 1990.") == [
        ("three of their neighbours", "group")
    ]


def test_one_of_her_lawyers_is_one_person():
    assert _rows("One of her lawyers said the fine would be appealed.") == [
        ("one of her lawyers", "anonymous")
    ]
