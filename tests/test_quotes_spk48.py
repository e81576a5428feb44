"""spk48: speaker errors left by session 33 (sentences written for these tests).

1. A sentence-opening "The <person noun> of a <noun> near/outside <Place> told" is the
   person, not the place: without a victim participle ("The owner of a mine near
   Sudbury") and after a relative "who" ("The widow of a miner who died at a mine near
   Sudbury") (victim_subjects).
2. '"...," he said' after "Her husband shrugged." when the last quoted woman was named
   with him as a couple ("Tadeo and Helen Roe", his given name of unknown gender): the
   husband, not an earlier man quoted (kin._kin_subject_before).
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def test_owner_of_a_mine_near_a_place_is_the_owner():
    text = "The owner of a quarry near Kamloops told reporters the pit would reopen in May.\n"
    assert quote_rows(text, "speaker", "quote") == [("The owner", "the pit would reopen in May")]


def test_widow_of_miner_who_died_near_a_place_is_the_widow():
    text = (
        "The widow of a logger who died at a sawmill outside Prince George told an inquest "
        "the blade guard had been removed.\n"
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows == [("The widow", "the blade guard had been removed")]


def test_mayor_of_town_north_of_place_is_the_mayor():
    text = "The mayor of a village north of Thunder Bay said the road would stay closed.\n"
    assert quote_rows(text, "speaker")[0][0] == "The mayor"


def test_owner_of_a_named_team_keeps_the_team():
    # no lowercase noun before a place word: the rule does not apply
    text = "The owner of the Kamloops Blazers said the club would not move.\n"
    assert quote_rows(text, "speaker")[0][0] != "The owner"


# --- '"...," he said' after "Her husband shrugged." -----------------------------------------

_COUPLE = (
    "Flood empties river town\n\nRiver forecaster Dario Lemieux-Hart said the water crested "
    'overnight. "Once it tops the dike, you are chasing it," he said.\n\n'
    "At the school gym, Tadeo and Helen Brunswick-Moss sat beside a dog crate. The couple "
    "said they left in ten minutes.\n\n"
    '"We lost the garden again," Helen Brunswick-Moss said. "He packed the dog first."\n\n'
    'Her husband shrugged. "What can you do? You dry it out and start over," he said.\n'
)


def test_he_after_her_husband_gesture_is_the_husband_named_in_the_couple():
    rows = quote_rows(_COUPLE, "speaker", "quote")
    assert ("Tadeo Brunswick-Moss", "What can you do? You dry it out and start over") in rows


def test_he_after_a_sentence_without_kin_keeps_the_earlier_speaker():
    text = _COUPLE.replace("Her husband shrugged.", "The gym went quiet.")
    rows = quote_rows(text, "speaker", "quote")
    assert ("Tadeo Brunswick-Moss", "What can you do? You dry it out and start over") not in rows
