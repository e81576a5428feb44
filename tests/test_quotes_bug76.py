"""bug76's rules (session 40 round 1, names and speaker types left by session 39), each
checked on sentences written for this file.

* "Tom North of the Saint John Port Authority said": a listed given name right after
  "Saint" / "St." / "Ste." / "San" / "Santa" opens a place's name inside the
  organisation, not a person's name, so the "<title> of <Org> <Given name>" rule
  ("Minister of Trade Ann Lee said") does not cut the organisation there
  (``np_left._given_name_at``); the speaker was "John Port Authority" ("North" is a
  title word). "Director of the Saint John Port Authority Ann Lee said" is Ann Lee.
* "Prince Edward Islanders said": two or three capitalised words (after "Many",
  "Some") ending in the plural of a demonym (of a region, ``regional_demonyms.txt``;
  of a nation, a [descriptor] title ending in "an"; or of a listed place the words
  spell out, "New Yorkers") are a group, whole (``plural_names._demonym_plural`` in
  ``plural_name_type``); it was the person "Edward Islanders" ("Prince" is a title),
  and "Rural Manitobans" / "Ordinary Canadians" / "Prince Albertans" were persons. A
  first word that is a listed given name stays a person ("Ann Canadians"), "Prince
  Harry said" stays the person, and a team written after "the" ("the New York
  Islanders won") stays the team.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers(text: str) -> list[tuple[str, str]]:
    return quote_rows(text, "speaker", "speaker_type")


def test_saint_place_keeps_the_organisation_whole():
    text = "Tom North of the Saint John Port Authority said the cranes were idle."
    assert _speakers(text) == [("Tom North", "person")]
    text = "Tom North of the St. Lawrence Seaway Authority said shipping would resume Monday."
    assert _speakers(text) == [("Tom North", "person")]
    text = "Director of the Saint John Port Authority Ann Lee said the cranes were idle."
    assert _speakers(text) == [("Ann Lee", "person")]


def test_saint_place_organisation_alone_and_titled_names_still_cut():
    text = "The Saint John Port Authority said the cranes were idle."
    assert _speakers(text) == [("the Saint John Port Authority", "organization")]
    # a given name after a title with "of" (no saint before it) is still the speaker
    text = "Ohio Secretary of State John Kander said the count was fair."
    assert _speakers(text) == [("John Kander", "person")]
    text = "Minister of Trade Ann Lee said the tariff would stay."
    assert _speakers(text) == [("Ann Lee", "person")]


def test_place_demonym_with_a_title_word_is_a_whole_group():
    text = "Prince Edward Islanders said the ferry fare was too high."
    assert _speakers(text) == [("Prince Edward Islanders", "group")]
    text = "Many Prince Edward Islanders said the bridge toll should go."
    assert _speakers(text) == [("Prince Edward Islanders", "group")]
    text = "Prince Albertans said the water was brown."
    assert _speakers(text) == [("Prince Albertans", "group")]


def test_modified_demonym_plurals_are_groups():
    assert _speakers("Rural Manitobans said the roads were bad.") == [("Rural Manitobans", "group")]
    assert _speakers("Ordinary Canadians said the tax was unfair.") == [
        ("Ordinary Canadians", "group")
    ]


def test_title_before_a_name_and_teams_are_not_demonym_groups():
    assert _speakers("Prince Harry said the charity would grow.") == [("Harry", "person")]
    text = "The New York Islanders won again. New York Islanders said the rink was cold."
    assert _speakers(text) == [("New York Islanders", "organization")]
    assert _speakers("Calgary Flames said the game was postponed.")[0][1] != "group"
