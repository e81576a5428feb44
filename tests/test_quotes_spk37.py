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
