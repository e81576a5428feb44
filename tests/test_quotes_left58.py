"""left58's rules: rows left by session 29 (sentences written for these tests)."""

from tests._quote_rows import quote_rows, speech_rows


def test_quoted_word_in_apposition_is_not_the_quote():
    rows = speech_rows(
        'Mira Castell, a welder with a truck she calls "the old mule," said the garage '
        "overcharged her for repairs."
    )
    assert rows == [("Mira Castell", "said", "the garage overcharged her for repairs")]


def test_quoted_word_in_relative_clause_is_not_the_quote():
    rows = speech_rows(
        'Osgood Penn, who describes his orchard as "modest," said the frost killed half the trees.'
    )
    assert rows == [("Osgood Penn", "said", "the frost killed half the trees")]


def test_partial_quotation_then_inverted_speaker_stays():
    rows = quote_rows(
        'The new bylaw is "a gift to developers," said councillor Hana Vries.', "speaker"
    )
    assert rows == [("Hana Vries",)] or rows == [("councillor Hana Vries",)]


def test_quotation_then_inverted_description_stays():
    rows = quote_rows('"We will rebuild the rink," said the mayor of Corbett.', "speaker", "quote")
    assert rows == [("the mayor of Corbett", "We will rebuild the rink")]


def test_quotation_in_naming_relative_after_added_object():
    rows = quote_rows(
        "Goalie Wren Ashby added a diving save in the second period that Coach Ilse Marr "
        'called "the best stop of the whole season."',
        "speaker",
        "cue",
        "quote",
    )
    assert rows == [
        ("Coach Ilse Marr", "called", "the best stop of the whole season.")
    ] or rows == [("Ilse Marr", "called", "the best stop of the whole season.")]


def test_quotation_in_which_relative_after_added_object():
    rows = quote_rows(
        "Bexley added another run in the ninth, which Tobin Rusk dubbed "
        '"a gift from the baseball gods."',
        "speaker",
        "cue",
    )
    assert rows == [("Tobin Rusk", "dubbed")]


def test_added_speech_noun_with_quotation_stays():
    rows = quote_rows(
        'The minister added a warning that the ferry would be "out of service for months."',
        "speaker",
        "cue",
    )
    assert rows == [("The minister", "added")]
