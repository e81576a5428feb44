"""Speaker accuracy (issue 12, classes 4-7), on sentences written for these tests: a
speaker is never a place, a date, a heading, an object or a possessive determiner;
relative pronouns take the noun phrase just before them; he/she take the most recent
compatible person."""

from __future__ import annotations

import pandas as pd

from analysis import extract_quotes


def quotes(text: str) -> pd.DataFrame:
    return extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))


def speaker_of(text: str, needle: str) -> str | None:
    """The speaker of the first row whose quote contains ``needle``."""
    q = quotes(text)
    rows = q[q["quote"].str.contains(needle, regex=False)]
    assert len(rows), f"no quote with {needle!r}: {q[['speaker', 'quote']].values.tolist()}"
    return rows["speaker"].iloc[0]


# ---------------------------------------------------------------- 1. never a non-person


def test_possessive_determiner_is_never_a_speaker():
    text = (
        "My grandmother, Edna Paulsen, grew up on a farm near the river.\n\n"
        "My uncle left for the city years ago. Even now she still says things like, "
        '"The land remembers who worked it."'
    )
    assert speaker_of(text, "land remembers") == "Edna Paulsen"


def test_possessive_determiner_at_a_sentence_start_is_no_antecedent():
    text = (
        "My father died in the spring.\n\n"
        "My mother has softened with age, but even now she still says things such as, "
        '"We are not all equal."'
    )
    assert speaker_of(text, "not all equal") != "My"


def test_year_before_the_cue_is_an_adjunct_not_the_speaker():
    text = (
        "Voters have cooled on the plan. Ivo Lang, now the council leader, who in 2012 "
        'said the bridge was "a waste of money," has changed his mind.'
    )
    assert speaker_of(text, "waste of money") == "Ivo Lang"
