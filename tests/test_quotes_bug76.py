"""bug76's rules (session 40 round 1, names and speaker types left by session 39), each
checked on sentences written for this file.

* "Tom North of the Saint John Port Authority said": a listed given name right after
  "Saint" / "St." / "Ste." / "San" / "Santa" opens a place's name inside the
  organisation, not a person's name, so the "<title> of <Org> <Given name>" rule
  ("Minister of Trade Ann Lee said") does not cut the organisation there
  (``np_left._given_name_at``); the speaker was "John Port Authority" ("North" is a
  title word). "Director of the Saint John Port Authority Ann Lee said" is Ann Lee.
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
