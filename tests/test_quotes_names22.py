"""Names and kin (session 19, issue 12): a given name alone ("Hanne says") is the one
full name the article gives with it; "said her daughter" before the daughter is named
is the one daughter the article names later; sports positions ("the third said") after
a player the article names with that position; "the ministry" / "the agency" for a
body named "... BC" / "... Ontario". Every sentence here is written for the test;
names and events are fictional."""

from _quote_rows import quote_rows
from _quote_rows import speaker_of_start as speaker_of


def rows(text):
    return quote_rows(text, "speaker", "quote")


# 1. a given name alone


def test_given_name_alone_is_the_one_full_name():
    text = (
        "Hanne Solbakken opened the bakery in 2019 with her savings.\n\n"
        "\u201cIt was a gamble,\u201d Solbakken said.\n\n"
        "\u201cI had no plan B,\u201d Hanne says. \u201cNone at all.\u201d"
    )
    assert speaker_of(text, "I had no plan B") == "Hanne Solbakken"
    assert speaker_of(text, "None at all") == "Hanne Solbakken"


def test_given_name_alone_in_indirect_speech():
    text = "Erik Lund and his wife run the farm.\n\nErik said the harvest was late this year."
    assert speaker_of(text, "the harvest was late") == "Erik Lund"


def test_siblings_sharing_a_surname_keep_apart():
    text = (
        "Pia Moen and her brother, Erik Moen, run the lab.\n\n"
        "\u201cWe argue every day,\u201d Erik says.\n\n"
        "Pia says the arguments are useful."
    )
    assert speaker_of(text, "We argue every day") == "Erik Moen"
    assert speaker_of(text, "the arguments are useful") == "Pia Moen"


def test_a_pronoun_after_the_given_name_takes_the_full_name():
    text = (
        "Hanne Solbakken opened the bakery in 2019. Solbakken had no savings.\n\n"
        "\u201cIt was a gamble,\u201d Hanne says. \u201cI knew it.\u201d\n\n"
        "\u201cWe nearly closed twice,\u201d she said."
    )
    assert speaker_of(text, "We nearly closed twice") == "Hanne Solbakken"


def test_two_people_share_the_given_name():
    text = (
        "Hanne Solbakken and Hanne Berg opened the bakery.\n\n"
        "\u201cIt was a gamble,\u201d Hanne says."
    )
    assert speaker_of(text, "It was a gamble") == "Hanne"


def test_given_name_that_is_also_a_surname():
    text = "Hanne Solbakken hired Tom Hanne last year.\n\n\u201cIt was a gamble,\u201d Hanne says."
    assert speaker_of(text, "It was a gamble") == "Tom Hanne"


def test_a_boat_named_like_a_person_is_no_full_name():
    text = (
        "Rolf Dahl's boat, the Margaret Ellen, is the one with fresh paint.\n\n"
        "His wife, Margaret, runs the books.\n\n"
        "Margaret said she would support him either way."
    )
    assert speaker_of(text, "she would support him") == "Margaret"


# 4. "the ministry" / "the agency" for a body named for its jurisdiction


def test_the_ministry_is_a_body_named_with_a_province_abbreviation():
    text = (
        "The province has spent $46 million, according to Emergency Management BC. "
        "Most of it went to debris removal, the ministry said in an email."
    )
    assert speaker_of(text, "Most of it went") == "Emergency Management BC"


def test_the_agency_is_a_body_named_for_a_province():
    text = (
        "Elections Ontario extended voting hours at 12 polling stations.\n\n"
        "The agency said a power failure had delayed the opening."
    )
    assert speaker_of(text, "a power failure") == "Elections Ontario"


def test_the_department_is_a_body_named_for_a_two_word_province():
    text = (
        "Service Nova Scotia will close two offices.\n\n"
        "The department said the leases had expired."
    )
    assert speaker_of(text, "the leases had expired") == "Service Nova Scotia"


def test_a_province_alone_is_no_department():
    text = (
        "Flu shots are free in New Brunswick, according to figures released by the "
        "Department of Health on Monday. Among residents 65 and older, the figure is 61 "
        "per cent, the department said."
    )
    assert speaker_of(text, "Among residents 65") == "Department of Health"


def test_the_ministry_prefers_a_ministry_to_a_federal_body_quoted_before():
    text = (
        "Global Affairs Canada said it was concerned by the reports.\n\n"
        "In a separate statement, the Foreign Ministry said the diplomats had to leave. "
        "It did not rule out further expulsions, the ministry said."
    )
    assert speaker_of(text, "It did not rule out") == "Foreign Ministry"
