"""w76's rules (session 32, the seventy-sixth written batch), each checked on sentences
written for this file.

* "Chief Ann Roe of the Mohawk community of Akwesasne said": a name before "of the
  [Nation] community of Place" (a settlement noun of ``resources/settlement_nouns.txt``)
  is the speaker, not the place after it (``np_left._settlement_of_name``); it was the
  place.
* "Ann Roe, the mayor of St. George, said" / "The mayor of St. George, Ann Roe, said"
  then "the mayor said": the name right after the determined office's "of", or followed
  by the holder's name in commas, is the office's place, not its holder
  (``titles._place_of_office``); "the mayor" was the town.
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
