"""bug64: names and organisation names (own sentences, fictional)."""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows, speaker_of

# 1. a dotted country abbreviation inside an organisation's name stays in it


def test_us_stays_in_an_office_holders_organisation():
    text = (
        "Growers met in Moncton on Friday. The president of the U.S. Potato Growers' Guild "
        "said prices would fall."
    )
    assert speaker_of(text, "prices would fall") == "U.S. Potato Growers' Guild"


def test_uk_opening_a_sentence_stays_whole():
    text = "The U.K. Potato Council met on Friday. Prices would fall, the council said."
    assert speaker_of(text, "Prices would fall") == "U.K. Potato Council"


def test_us_organisation_named_again_by_its_head():
    text = (
        "The U.S. Potato Growers' Guild met on Friday. The president of the guild said "
        "prices would fall."
    )
    assert speaker_of(text, "prices would fall") == "U.S. Potato Growers' Guild"


def test_us_before_a_title_and_name_is_still_stripped():
    text = "Growers met on Friday. U.S. Senator Ann Roe said camps would close."
    assert speaker_of(text, "camps would close") == "Ann Roe"


# 2. a lower-case two-word title opened by a participle is no content and no name


def test_returning_officer_is_no_content():
    text = (
        "Counting ended at midnight. The turnout was the highest in years, returning "
        "officer Ann Roe said."
    )
    assert has_quote(text, "Ann Roe", "The turnout was the highest in years")


def test_supervising_coroner_is_no_content():
    text = (
        "The inquest opened Monday. The deaths were accidental, supervising coroner Ann Roe said."
    )
    assert has_quote(text, "Ann Roe", "The deaths were accidental")


def test_arresting_officer_is_no_content():
    text = "The trial opened Monday. The man was calm, arresting officer Tom Vale said."
    assert has_quote(text, "Tom Vale", "The man was calm")


def test_opening_participle_is_still_no_speaker():
    text = "The council met Monday. Returning to the issue, Ann Roe said taxes would fall."
    assert has_quote(text, "Ann Roe", "taxes would fall")


# 3. "the league" named by the article's "... League"


def test_the_league_is_the_ledes_league():
    text = (
        "The Summit Hockey League suspended Ann Roe, who leads the league in goals, on "
        "Friday. The league said the suspension would last three games."
    )
    assert speaker_of(text, "the suspension would last three games") == "Summit Hockey League"


def test_apposed_league_name_still_whole():
    text = (
        "The regional sailing association the Coastal League said races would resume. "
        "The league said boats were ready."
    )
    assert speaker_of(text, "boats were ready") == "Coastal League"


# 4. a bare quotation paragraph named by the next one ("Those were the words of NAME")


def test_those_were_the_words_of_name():
    text = (
        'The council met Tuesday.\n\n"We will not close the rink."\n\n'
        "Those were the words of Mayor Ann Roe on Tuesday, after the council voted."
    )
    assert speaker_of(text, "We will not close the rink.") == "Ann Roe"


def test_those_words_came_from_described_name():
    text = (
        'The council met Tuesday.\n\n"We will not close the rink."\n\n'
        "Those words came from the mayor, Tom Vale, who spoke after the vote."
    )
    assert speaker_of(text, "We will not close the rink.") == "Tom Vale"


def test_so_said_name():
    text = (
        'The council met Tuesday.\n\n"We will not close the rink."\n\n'
        "So said Tom Vale, who spoke after the vote."
    )
    assert speaker_of(text, "We will not close the rink.") == "Tom Vale"


def test_words_of_a_song_name_no_one():
    text = (
        'The council met Tuesday.\n\n"We will not close the rink."\n\n'
        "Those were the words of a song the children sang."
    )
    assert quote_rows(text, "speaker") == []


# 5. French organisation names with lower-case words: whole and an organisation


def _speaker_and_type(text):
    rows = quote_rows(text, "speaker", "speaker_type")
    assert rows, rows
    return rows[0]


def test_french_name_with_two_lower_words_is_an_organisation():
    text = (
        "Shop owners met Monday. The Société de développement commercial Saint-Denis said "
        "parking would be cut."
    )
    assert _speaker_and_type(text) == (
        "Société de développement commercial Saint-Denis",
        "organization",
    )


def test_french_name_before_issued_a_statement_saying():
    text = (
        "Shop owners met Monday. The Regroupement des marchands du prolongement Saint-Denis "
        "issued a statement saying parking would be cut."
    )
    speaker, typ = _speaker_and_type(text)
    assert speaker.endswith("Regroupement des marchands du prolongement Saint-Denis")
    assert typ == "organization"


def test_french_university_professor_is_still_a_person():
    text = "Students met Monday. Université de Montréal professor Ann Roe said fees would rise."
    assert _speaker_and_type(text) == ("Ann Roe", "person")


# 6. speaker strings cut wrongly


def test_heard_is_the_verb_after_an_apposed_band_name():
    text = (
        "Ann Roe sang in bars for years. Her break came in 2009, when the British band the "
        "Hollow Crowns heard her and asked her to open for them on a tour."
    )
    assert speaker_of(text, "to open for them on a tour") == "Hollow Crowns"
