"""Interactions found when the session-10 branches were merged: each with sentences
written for the test."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import extract_quotes


def rows(text: str) -> list[list[str]]:
    out = extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return out[["speaker", "quote"]].values.tolist()


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The mayor then said the bridge would reopen in May.", "The mayor"),
        ("The coach then boomed, “We are not done yet.”", "The coach"),
        ("The senator, then a lawyer, said the ruling was wrong.", "The senator"),
    ],
)
def test_title_phrase_stops_at_a_modifier(text, speaker):
    got = rows(text)
    assert len(got) == 1
    assert got[0][0].lower() == speaker.lower()


def test_examples_after_a_plural_subject_are_no_apposition():
    # "like X and Y" lists examples of the subject; it does not name the speaker
    text = "Even the city's oldest tenants, like Ada Moss and Ben Tull, say the rent is too high."
    assert rows(text) == [["the city's oldest tenants", "the rent is too high"]]


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("Prices rose 5 percent, said the bank.", "the bank", "Prices rose 5 percent"),
        (
            "Sales jumped 12 percent, said Orlen Foods Ltd.",
            "Orlen Foods Ltd",
            "Sales jumped 12 percent",
        ),
        (
            "A retired teacher, Hugh Hill, said the vote was fair.",
            "Hugh Hill",
            "the vote was fair",
        ),
    ],
)
def test_a_clause_before_an_inverted_cue_is_the_content(text, speaker, quote):
    # "<clause>, said X": a clause with a past-tense verb is what X said, not a speaker
    assert rows(text) == [[speaker, quote]]
