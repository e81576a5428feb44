"""Speaker-name defects left after session 16 round 1 (issue #12), fixed with general
rules; every article here is fictional and written for the test."""

from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from _quote_rows import quote_rows  # noqa: E402


def test_owner_possessive_name_without_such_a_person_stays_whole():
    # no person named "Pizza" / "Bay" in the article: the possessive name is one name
    assert quote_rows('"We will open more stores," Marlo\'s Pizza said on Monday.', "speaker") == [
        ("Marlo's Pizza",)
    ]
    assert quote_rows(
        "Tandry's Bay Co sold a unit. \"Sales rose,\" Tandry's Bay said on Monday.",
        "speaker",
        "speaker_type",
    ) == [("Tandry's Bay Co", "organization")]
    # the article names the person: the surname after the owner is the person
    assert quote_rows(
        'Vellmark Oil hired Dan Quarrie in May. "Prices will hold," Vellmark\'s Quarrie said.',
        "speaker",
    ) == [("Dan Quarrie",)]
    # ... also by a given name the lists do not hold
    assert quote_rows(
        'Amro economist Rutgert Quarrie spoke. "Rates will fall," Amro\'s Quarrie said.',
        "speaker",
    ) == [("Rutgert Quarrie",)]
    # a place's possessive owns the name, not part of it
    assert quote_rows('"Rates will fall," Finland\'s Quanta-Bank said.', "speaker") == [
        ("Quanta-Bank",)
    ]


def test_sentence_opening_common_noun_is_no_organisation():
    text = (
        "Vellmark International Bank said profit fell to 20 mln marks. Business in the "
        "first three months developed positively, it added. Its core business is lending."
    )
    assert quote_rows(text, "speaker") == [("Vellmark International Bank",)] * 2
    # a name that is no common noun in the article still is one
    assert quote_rows("Lawmakers met. Congress passed the bill, it said.", "speaker") == [
        ("Congress",)
    ]


def test_possessive_determiner_keeps_its_modifier_after_a_quotation():
    text = 'Dan Vell was in court. "He was always kind," his childhood friend told reporters.'
    assert quote_rows(text, "speaker_mention") == [("his childhood friend",)]


def test_coordinated_senators_with_states_are_the_subject():
    text = "Sens. Tom Harlow of Ohio and Ben Quist of Utah, have both urged the agency to act."
    assert quote_rows(text, "speaker") == [("Ben Quist",)]  # a named senator, never "both"
    text = (
        "Sens. Tom Harlow of Ohio and Ben Quist of Utah, both up for reelection next year, "
        "also said the rule was unfair."
    )
    assert quote_rows(text, "speaker") == [("Tom Harlow",)]  # never the title "Sens"


def test_function_word_surname_of_a_named_person_speaks():
    text = 'Ann From spoke on Monday. "We will win the state," From said.'
    assert quote_rows(text, "speaker") == [("Ann From",)]
    assert quote_rows('"We will win the state," From said.', "speaker") == []


def test_opening_preposition_phrase_is_no_subject():
    for lead in ("Absent", "Without"):
        text = (
            f"{lead} a strong defense of the levy, average voters may listen and conclude "
            "that the levy is dead."
        )
        assert quote_rows(text, "speaker") == [("average voters",)], lead


def test_pronoun_after_a_quotation_in_a_relative_clause_is_the_speaker():
    text = (
        "Ann Vell spoke on Monday. "
        'Candidates who think "we can win without the suburbs," she said, are wrong.'
    )
    assert quote_rows(text, "speaker", "speaker_mention") == [("Ann Vell", "she")]
