"""spk39: speakers left by session 28 — ages never given before, role nouns after a
possessive mention, leads named by the next paragraph, numbers in organisation names,
unlisted given names and organisations' posts (sentences written for these tests)."""

from tests._quote_rows import quote_rows


def _speaker(text, quote):
    found = [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]
    assert found, quote_rows(text, "speaker", "quote")
    return found[0]


# --- item 1: ages as speakers never given before ---


def test_age_after_unnamed_description_is_that_description():
    text = (
        "BRANTVILLE — Hundreds watched the harvest parade on Sunday. A retired crossing "
        "guard who has lived on Pine Row since 1980 said the tractors were the highlight. "
        '"It felt like the old days," the 72-year-old said.'
    )
    assert _speaker(text, "It felt like the old days") == "a retired crossing guard"


def test_age_after_one_fan_description_not_a_team():
    text = (
        "The Lakeshore Otters won 5-3 on Friday. One fan, a retired ferry pilot from "
        'Marlow, said the crowd was loud. "I have never heard it like that," the '
        "69-year-old said."
    )
    assert _speaker(text, "I have never heard it like that") == "a retired ferry pilot"


def test_age_after_description_with_name_between_is_not_the_description():
    text = (
        "A retired crossing guard said the tractors were the highlight. Noor Abadi "
        'organised the parade. "It took a year," the 41-year-old said.'
    )
    assert _speaker(text, "It took a year") != "a retired crossing guard"


def test_age_after_name_as_complement_of_was():
    text = (
        "Students spoke for two hours at the board meeting. The last speaker was "
        "Ines Valcourt-Dube, a Grade 10 student at Northgate Collegiate. "
        '"We deserve a vote on this," the 15-year-old said.'
    )
    assert _speaker(text, "We deserve a vote on this") == "Ines Valcourt-Dube"


def test_age_never_given_to_a_school_named_after_at():
    text = (
        "Students spoke for two hours at the board meeting. Most of them study at "
        'Northgate Collegiate. "We deserve a vote on this," the 15-year-old said.'
    )
    assert _speaker(text, "We deserve a vote on this") != "Northgate Collegiate"
