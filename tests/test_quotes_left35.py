"""Tests for left35's rules, on sentences written for them."""

from __future__ import annotations

import pytest

from tests._quote_rows import speech_rows

# 1. an attribution after its content whose subject carries a "that" relative
_TRAILING_THAT = [
    (
        "The north runway will close until 2028, the agency that runs the airport said"
        " Wednesday, a timeline that has alarmed airlines.",
        "the agency",
        "The north runway will close until 2028",
    ),
    (
        "Fares will rise in May, the authority that operates the ferries said on Monday,"
        " a change that riders oppose.",
        "the authority",
        "Fares will rise in May",
    ),
    (
        "The airport will close its north runway until 2028, the agency that runs it said"
        " Wednesday, a timeline that has alarmed airlines.",
        "the agency",
        "The airport will close its north runway until 2028",
    ),
    (
        "The plant will close by June, the company that owns it said Thursday, a move that"
        " will cost 300 jobs.",
        "the company",
        "The plant will close by June",
    ),
    ("The clinic will close, the group that runs it said.", "the group", "The clinic will close"),
]


@pytest.mark.parametrize(("text", "speaker", "quote"), _TRAILING_THAT)
def test_trailing_attribution_with_that_relative_subject(text, speaker, quote):
    assert speech_rows(text) == [(speaker, "said", quote)]


@pytest.mark.parametrize(
    "text",
    [
        "Rents will rise by 12 per cent next year, the housing board said Tuesday, a jump"
        " that tenants call unaffordable.",
        "The mill will shut in March, Ann Roe said Monday, a decision that stunned the town.",
    ],
)
def test_trailing_attribution_without_relative_still_takes_the_clause_before(text):
    (row,) = speech_rows(text)
    assert row[2] == text.split(",")[0]
