"""w55's rules (session 28, the fiftyfifth written batch), each checked on sentences
written for this file.

* "Evacuees said A, and several said B" / "Cyclists in the chamber applauded. Several
  said B": a quantifier speaker ("several", "some", "many") takes the plural speaker
  noun of its own sentence ("Evacuees said ..., and several said") or of the sentence
  before when that noun is the plural of a listed noun for an unnamed person
  ("cyclists", "nurses"), not only of a listed group noun.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers(text, quote):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_quantifier_after_plural_speaker_in_the_same_sentence():
    text = (
        "Hundreds of people slept in the school gym on Friday. Campers said they had "
        "been told to leave within the hour, and several said they had left their tents behind."
    )
    assert _speakers(text, "they had left their tents behind") == ["campers"]


def test_quantifier_after_plural_person_noun_subject_the_sentence_before():
    text = (
        "The bridge reopened on Monday morning. Pedestrians on the east side cheered when "
        "the barriers came down. Several said they had walked an extra kilometre every day."
    )
    assert _speakers(text, "they had walked an extra kilometre every day") == ["pedestrians"]


def test_quantifier_after_a_plural_thing_stays_the_quantifier():
    text = (
        "The bridge reopened on Monday morning. Trucks on the east side lined up for an "
        "hour. Several said they had waited since dawn."
    )
    assert _speakers(text, "they had waited since dawn") != ["trucks"]


def test_quantifier_after_a_clause_that_is_no_speech_keeps_the_quantifier():
    text = "Campers packed up on Friday, and several said they had left their tents behind."
    assert _speakers(text, "they had left their tents behind") != ["campers"]
