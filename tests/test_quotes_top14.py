"""The top speaker of an article (issue 12, helper top14, session 14), on sentences
written for these tests (fictional names and events): statements of the main person
that a construction hid, and rows that gave a statement to a phrase that names nobody."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import extract_quotes


def quotes(text: str) -> pd.DataFrame:
    return extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))


@pytest.mark.parametrize(
    ("text", "quote", "cue"),
    [
        ('"Perpetual motion!" Dale Fenwick, 45, said.', "Perpetual motion!", "said"),
        ('"Is it over?" Dale Fenwick, the mayor, asked.', "Is it over?", "asked"),
        (
            '"Perpetual motion!" Rep. Dale Fenwick, R-Pa., said of the swirl of parties.',
            "Perpetual motion!",
            "said",
        ),
        ('"Why now?" Dale Fenwick, the mayor, wondered aloud.', "Why now?", "wondered"),
    ],
)
def test_exclamation_then_name_with_apposition_and_cue(text, quote, cue):
    q = quotes(text)
    assert list(q["speaker"]) == ["Dale Fenwick"]
    assert list(q["quote"]) == [quote]
    assert list(q["cue"]) == [cue]


def test_exclamation_then_a_sentence_of_its_own_is_no_frame():
    assert quotes('"Stop!" Dale Fenwick, who was tired, left the room.').empty
