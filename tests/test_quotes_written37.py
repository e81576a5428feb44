"""Rules found by the twentyninth blind written set (written29, session 23): every
sentence here is written for the test."""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows


def test_a_pronoun_speaker_named_in_the_next_sentence():
    text = (
        "The first one to reach the car was a neighbour.\n\n"
        "“I broke the window with a rock,” she said. She is Marta Kowal, a baker who lives "
        "across the road.\n\n"
        "Kowal said the driver was awake."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Marta Kowal", "I broke the window with a rock") in rows
    assert ("Marta Kowal", "the driver was awake") in rows


def test_a_described_speaker_named_in_the_next_sentence():
    text = "“Nobody moved for an hour,” the second passenger said. He is Omar Haddad, 40."
    assert has_quote(text, "Omar Haddad", "Nobody moved for an hour")


def test_a_pronoun_of_the_other_gender_is_not_named_by_the_next_sentence():
    text = (
        "Leo Brandt runs the ferry.\n\n"
        "“The river is too high,” he said. She is Ada Brandt, his daughter, and she agrees."
    )
    assert has_quote(text, "Leo Brandt", "The river is too high")


def test_the_guide_after_an_apposed_mountain_guide():
    text = (
        "“The snow was rotten,” said Pierre Gauthier, a mountain guide who has worked in "
        "the Rockies for 15 years.\n\n"
        "The guide said the slope should have been closed a week earlier."
    )
    assert has_quote(text, "Pierre Gauthier", "the slope should have been closed a week earlier")


def test_a_late_spouse_does_not_block_the_described_speaker():
    text = (
        "Ruth Okoye has sung in the choir since 1988. She and her late husband never missed "
        "a concert.\n\n"
        "“The hall was our second home,” the retired teacher said."
    )
    assert has_quote(text, "Ruth Okoye", "The hall was our second home")


def test_a_living_spouse_still_blocks_the_described_speaker():
    text = (
        "Ruth Okoye has sung in the choir since 1988. She brought her husband along.\n\n"
        "“The hall was our second home,” the retired teacher said."
    )
    assert not has_quote(text, "Ruth Okoye", "The hall was our second home")


def test_an_elided_particle_surname_before_and_after_the_verb():
    for text in (
        "“We open Friday,” Lorne d’Entremont said.",
        "“We open Friday,” said Lorne d’Entremont, the stage manager.",
        "“We open Friday,” Aline d'Amours said.",
    ):
        rows = quote_rows(text, "speaker", "speaker_mention", "quote")
        assert len(rows) == 1, text
        assert rows[0][0] == rows[0][1] and " d" in rows[0][0] and rows[0][2] == "We open Friday"
