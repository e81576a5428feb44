"""Compound titles joined by "and" before a name (issue 12, helper titles13, session
13), on sentences written for these tests (fictional names and events): "Chairman and
CEO Ann Roe", "President and Chief Executive Officer Tom Vale" are one person with a
two-part title, while "Ann Roe and Tom Vale" stay two speakers."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import extract_quotes


def quotes(text: str) -> pd.DataFrame:
    return extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Orders at the mill rose sharply last quarter, Chairman and CEO Ann Roe said on Tuesday.",
            "Ann Roe",
        ),
        (
            "Orders at the mill rose sharply last quarter, chairman and CEO Ann Roe said.",
            "Ann Roe",
        ),
        ('"We are pleased," said President and Chief Executive Officer Tom Vale.', "Tom Vale"),
        ('"We are pleased," said Chairman and CEO Ann Roe.', "Ann Roe"),
        (
            "Executive Vice President and CFO Joseph Marl said the deal with the mill was done.",
            "Joseph Marl",
        ),
        (
            "Orders fell. - Executive VP and CFO Joseph Marl: “We are pleased with the mill.”",
            "Joseph Marl",
        ),
        ("Founder and chairman Tom Vale said the mill would grow next year.", "Tom Vale"),
    ],
)
def test_compound_title_before_a_name_is_one_title(text, speaker):
    q = quotes(text)
    assert list(q["speaker"]) == [speaker]


def test_compound_title_is_cut_from_the_quote_before_it():
    q = quotes("Orders at the mill rose sharply, chairman and CEO Ann Roe said.")
    assert list(q["quote"]) == ["Orders at the mill rose sharply"]
    assert list(q["speaker_mention"]) == ["chairman and CEO Ann Roe"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Orders at the mill rose sharply, Ann Roe and Tom Vale said.", "Ann Roe and Tom Vale"),
        (
            "Orders at the mill rose sharply, Mayor Ann Roe and Councillor Tom Vale said.",
            "Ann Roe and Tom Vale",
        ),
        (
            "Omar and Leila Haddad said the mill had been their home.",
            "Omar Haddad and Leila Haddad",
        ),
    ],
)
def test_two_people_joined_by_and_stay_two(text, speaker):
    q = quotes(text)
    assert list(q["speaker"]) == [speaker]


def test_words_before_a_compound_title_stay_out_of_the_quote():
    q = quotes(
        "The mill will close next year, Selvane Mills vice president and CFO Omar Haddad said."
    )
    assert list(q["speaker"]) == ["Omar Haddad"]
    assert list(q["quote"]) == ["The mill will close next year"]
    q = quotes('"The chances are good," Selvanian delegate and mill spokesman Omar Haddad said.')
    assert list(q["speaker"]) == ["Omar Haddad"]
    q = quotes("But chairman and CEO Ann Roe said the mill would grow.")
    assert list(q["speaker_mention"]) == ["chairman and CEO Ann Roe"]
