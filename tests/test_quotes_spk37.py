"""spk37: speakers left wrong by the blind written sets (sentences written for the tests)."""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speaker(text: str, quote: str) -> str:
    found = quote_rows(text, "speaker", "quote")
    hits = [s for s, q in found if q == quote]
    assert hits, found
    return hits[0]


# --- 1. "the team" for the team named before by its full name -----------------------


def test_team_is_the_team_named_before():
    text = (
        "The Harbourton Valley Otters beat the visitors 4-2 on Saturday night. "
        'Coach Dana Pell said her players were tired. "We found a way," the team said '
        "in a statement on Sunday."
    )
    assert _speaker(text, "We found a way") == "Harbourton Valley Otters"


def test_team_indirect_speech():
    text = (
        "The Kelso Ridge Falcons will host the final next month. "
        "Tickets sold out in an hour, the team said."
    )
    assert _speaker(text, "Tickets sold out in an hour") == "Kelso Ridge Falcons"


def test_team_never_an_event_or_a_party():
    text = (
        "The Ontario Liberals met in the Northern Summer Games village. "
        "The volunteers were tired, the team said."
    )
    assert _speaker(text, "The volunteers were tired") == "the team"


# --- 2. "the <Place> <role>" for the person titled so before --------------------------


def test_place_role_is_the_person_titled_so():
    text = (
        "Saskatchewan skip Corin Vale beat the defending champions on Friday. Ontario "
        'skip Ada Marsh lost twice. "The ice was fast," the Saskatchewan skip said.'
    )
    assert _speaker(text, "The ice was fast") == "Corin Vale"


def test_place_of_two_words_and_a_capitalised_title():
    text = (
        "Nova Scotia Premier Hal Drummond met the mayors on Monday. "
        "The Nova Scotia premier said the money would come in spring."
    )
    assert _speaker(text, "the money would come in spring") == "Hal Drummond"


def test_place_role_without_anyone_titled_so_stays_a_description():
    text = 'The curlers arrived on Friday. "The ice was fast," the Saskatchewan skip said.'
    assert _speaker(text, "The ice was fast") == "the Saskatchewan skip"


def test_skip_as_a_given_name_is_untouched():
    text = 'Skip Rollins, a local farmer, watched the storm. "It was loud," Skip said.'
    assert _speaker(text, "It was loud") == "Skip Rollins"


# --- 5. a quotation, a description set off by commas, the name, the cue ---------------


def test_friend_of_years_after_a_quotation_is_no_quote():
    text = '"He never gave up," her friend of 30 years, Paul Venn, said.'
    assert quote_rows(text, "speaker", "quote") == [("Paul Venn", "He never gave up")]


def test_neighbour_of_years_after_a_quotation():
    text = (
        'Ann Roe died on Monday. "She never gave up," his neighbour of 12 years, Paul Venn, said.'
    )
    assert ("Paul Venn", "She never gave up") in quote_rows(text, "speaker", "quote")


def test_bandmate_after_a_quotation():
    text = '"He wrote every song," his longtime bandmate, Ray Ochs, said.'
    assert quote_rows(text, "speaker", "quote") == [("Ray Ochs", "He wrote every song")]


# --- 4. a description for the person the article introduced with it -------------------


def test_teenager_is_the_person_introduced_with_a_teen_age():
    text = 'Jonah Field, 15, found the wallet in a park. "I just gave it back," the teenager said.'
    assert _speaker(text, "I just gave it back") == "Jonah Field"


def test_teen_is_the_person_introduced_with_a_teen_age():
    text = 'Mina Holt, 17, swam across the bay. "The water was cold," the teen said.'
    assert _speaker(text, "The water was cold") == "Mina Holt"


def test_teenager_never_an_adult_by_age():
    text = 'Jonah Field, 45, found the wallet in a park. "I just gave it back," the teenager said.'
    assert _speaker(text, "I just gave it back") == "the teenager"


def test_expert_is_the_expert_in_apposition():
    text = (
        "Rosa Quint, a water-quality expert at the state university, tested the samples. "
        "The levels were safe, the water-quality expert said."
    )
    assert _speaker(text, "The levels were safe") == "Rosa Quint"


# --- 8. unions whose name lacks "union" ----------------------------------------------


def test_union_named_collective():
    text = (
        "Nurses at the hospital belong to the Riverside Care Workers Collective. "
        "The union said the talks had failed."
    )
    assert _speaker(text, "the talks had failed") == "Riverside Care Workers Collective"


def test_union_named_alliance():
    text = "Drivers are members of the Transit Operators Alliance. The union said the talks had failed."
    assert _speaker(text, "the talks had failed") == "Transit Operators Alliance"
