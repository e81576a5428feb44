"""Session 18 integration fixes: relatives and neighbours after an inverted cue
("said her granddaughter", "said her neighbour"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._quote_rows import quote_rows, speaker_of


@pytest.mark.parametrize(
    "noun", ["granddaughter", "grandson", "niece", "nephew", "cousin", "stepson", "widow",
             "fiancé", "spouse", "neighbour"],
)  # fmt: skip
def test_relative_after_an_inverted_cue_is_a_speaker(noun):
    text = f"Ada Roe, 81, watched the parade.\n\n\u201cShe loved it,\u201d said her {noun}."
    assert quote_rows(text, "speaker", "quote") == [(f"her {noun}", "She loved it")]


def test_named_relative_after_an_inverted_cue():
    text = (
        "Ada Roe, 81, watched the parade.\n\n\u201cShe loved it,\u201d said her nephew, Tom Vale."
    )
    assert speaker_of(text, "She loved it") == "Tom Vale"
