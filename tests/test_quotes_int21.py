"""Session 18 integration fixes: relatives and neighbours after an inverted cue
("said her granddaughter"), and a speaker called by a listed given name alone ("Erik
says") named by the article's one full name with that given name. Sentences written
for these tests."""

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


def test_given_name_alone_is_the_full_name():
    text = (
        "Erik Lund runs the bakery on Main Street. He opened it in 2004.\n\n"
        "\u201cWe bake at four,\u201d Erik says."
    )
    assert speaker_of(text, "We bake at four") == "Erik Lund"


def test_given_name_alone_stays_when_two_full_names_share_it():
    text = (
        "Erik Lund and Erik Berg run the bakery on Main Street.\n\n"
        "\u201cWe bake at four,\u201d Erik says."
    )
    assert speaker_of(text, "We bake at four") == "Erik"


def test_given_name_alone_never_takes_a_boat_name():
    text = (
        "The Maria Vale is the only boat left at the wharf.\n\n"
        "\u201cWe fish when we can,\u201d Maria said."
    )
    assert speaker_of(text, "We fish when we can") == "Maria"
