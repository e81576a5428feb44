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


def test_an_apposition_with_a_town_and_province_keeps_the_named_speaker():
    text = (
        "Dana Whitford chairs the tenants’ group.\n\n"
        "Whitford, a retired machinist from Truro, N.S., said the rent increase was illegal."
    )
    assert has_quote(text, "Dana Whitford", "the rent increase was illegal")


def test_an_unnamed_speaker_from_a_town_and_province_stays_the_description():
    text = "A nurse from Unity, Sask., said the clinic had been shut for a month."
    assert has_quote(text, "nurse from Unity", "the clinic had been shut for a month")


def test_an_age_before_unlisted_modifiers_keeps_the_whole_description():
    text = (
        "“I had to sit down,” the 61-year-old school crossing guard said Friday, holding "
        "the ticket. “Then I called my sister.”"
    )
    rows = quote_rows(text, "speaker_mention", "quote")
    assert ("the 61-year-old school crossing guard", "I had to sit down") in rows
    assert not any(q.startswith("holding") for _, q in rows)


def test_according_to_figures_of_a_described_owner():
    text = (
        "The Harbour Ferry Corporation said on Monday that fares would rise.\n\n"
        "Ridership fell by a third last winter, according to the corporation’s figures."
    )
    rows = quote_rows(text, "speaker_mention", "quote")
    assert ("the corporation", "Ridership fell by a third last winter") in rows


def test_according_to_results_a_described_owner_released():
    text = (
        "The Lakeland Water Authority, the regional regulator, said it had closed the "
        "beach.\n\n"
        "Bacteria counts were four times the limit, according to test results the "
        "regulator released Monday."
    )
    assert has_quote(text, "Lakeland Water Authority", "Bacteria counts were four times the limit")


def test_according_to_unowned_records_stays_no_quote():
    text = "The company owes about $2 million, according to court records."
    assert quote_rows(text, "quote") == []


def test_told_two_listeners_with_no_content_is_no_quote():
    text = "The coach told players and parents at a meeting in the arena on Sunday night."
    assert quote_rows(text, "quote") == []


def test_told_two_listeners_that_keeps_the_content():
    text = "Ann Roe told reporters and supporters that the plan would pass."
    assert has_quote(text, "Ann Roe", "the plan would pass")


def test_it_after_a_described_corporation_is_a_quote():
    text = (
        "The ferry corporation said the crossing would resume Friday. It said it had "
        "hired two more deckhands for the winter."
    )
    rows = quote_rows(text, "quote")
    assert ("it had hired two more deckhands for the winter",) in rows
