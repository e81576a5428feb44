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


# 3. he/she -> the "the <person noun>" subject just before, when no named person fits
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The caller was crying, and he said the house was on fire.", "the caller"),
        ("The caller was crying. He said the house was on fire.", "the caller"),
        ("The driver stopped the bus at the corner. He said the brakes had failed.", "the driver"),
        (
            "The driver stopped the bus at the corner.\n\n“The brakes just went,” he said.",
            "the driver",
        ),
        ("The caller was crying. “They are inside,” she said.", "the caller"),
    ],
)
def test_pronoun_takes_the_unnamed_description_subject(text, speaker):
    assert [r[0] for r in speech_rows(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The water was rising, and he said the house was lost.", "he"),
        ("The woman was crying. He said the house was on fire.", "He"),
        (
            "Ann Roe runs the hotline. The caller was crying, and she said the house was on fire.",
            "Ann Roe",
        ),
    ],
)
def test_pronoun_not_given_a_thing_another_sex_or_over_a_named_person(text, speaker):
    assert [r[0] for r in speech_rows(text)] == [speaker]


# 4. a lede's "the woman who chairs ..." -> the person the next paragraph names under a
# leader's title
_CHAIR = (
    "The woman who chairs the city's library board says the cuts are too deep.\n\n"
    "Board chair Ann Roe said the branches would close."
)


def test_who_chairs_description_is_the_chair_named_next():
    assert [r[0] for r in speech_rows(_CHAIR)] == ["Ann Roe", "Ann Roe"]


@pytest.mark.parametrize(
    "text",
    [
        _CHAIR.replace("Board chair Ann Roe", "Ann Roe, a teacher,"),
        "Tom Vale said the vote was close. " + _CHAIR,
    ],
)
def test_who_chairs_description_stays_without_a_titled_name_next(text):
    assert "the woman who chairs the city's library board" in [r[0] for r in speech_rows(text)]
