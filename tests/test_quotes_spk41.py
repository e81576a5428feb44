"""spk41: speakers left by session 29 — a lede's job description named in the next
paragraph, ... (sentences written for these tests)."""

from tests._quote_rows import quote_rows


def _speaker(text, quote):
    found = [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]
    assert found, quote_rows(text, "speaker", "quote")
    return found[0]


# --- item 1: a lede's job description, the name opening the next paragraph ---


def test_lede_adviser_with_place_named_next():
    text = (
        "Adviser denies fraud\n\nEDMONTON — He never hid a cent from his clients, a former "
        "Edmonton investment adviser accused of fraud testified Monday.\n\nGideon Marsh-Ollerby, "
        "61, who ran a small firm in Strathcona for 20 years, said the money was lost on bad "
        "land deals."
    )
    assert _speaker(text, "He never hid a cent from his clients") == "Gideon Marsh-Ollerby"


def test_lede_aged_player_named_next_with_kin_in_clause():
    text = (
        "The coach sent her back onto the ice after the fall, a 14-year-old defender told "
        "a league hearing on Friday.\n\nMarisol Quennell-Dobbs, who spoke with her father "
        "beside her, said she could not remember the third period."
    )
    assert _speaker(text, "The coach sent her back onto the ice after the fall") == (
        "Marisol Quennell-Dobbs"
    )


def test_lede_unnamed_official_stays_unnamed():
    text = (
        "The ministry will cut the program next year, a senior government official said "
        "Monday.\n\nWendell Arbuthnot-Kay, who runs a shelter in the city, said the cut would "
        "hurt."
    )
    assert _speaker(text, "The ministry will cut the program next year") != "Wendell Arbuthnot-Kay"


def test_lede_job_next_name_with_other_role_is_someone_else():
    text = (
        "The clinic turned her away twice, a retired nurse said Monday.\n\nWendell "
        "Arbuthnot-Kay, a spokesman for the health authority, said the clinic was full."
    )
    assert _speaker(text, "The clinic turned her away twice") != "Wendell Arbuthnot-Kay"


def test_lede_job_next_name_titled_is_someone_else():
    text = (
        "The fund was sound from the start, a former investment adviser testified Monday."
        "\n\nJustice Wendell Arbuthnot-Kay said the jury would hear more on Tuesday."
    )
    assert "Arbuthnot" not in _speaker(text, "The fund was sound from the start")
