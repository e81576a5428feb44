"""written47's rules (session 26), each on sentences written for the test: a content-first
frame that closes its sentence carries the next quotation of the paragraph, "according to
X, and B" with a lexical verb in B, a he/she right after a described speaker, "who" after
a people noun modified by a place, role nouns (chaplain, apiarist), "the mother of a
four-month-old", a role in the who-clause of a "the ..." apposition, listed modifiers
before unlisted ones after a possessive, and a lede's restricted description named by
the next paragraph's new name with a role."""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows, speaker_of, speaker_of_start


def test_content_first_frame_carries_the_next_quotation():
    t = (
        "Odette Marchetti runs the arena.\n\n"
        "Few families know about the discount cards, she conceded. "
        "\u201cWe have to print more of them and put them at the front desk.\u201d"
    )
    assert speaker_of_start(t, "We have to print") == "Odette Marchetti"


def test_content_first_frame_with_a_day_carries_the_quotation():
    t = (
        "Odette Marchetti runs the arena.\n\n"
        "The ice plant is 40 years old, Marchetti said Monday. "
        "\u201cEvery spring we hold our breath when it starts up again.\u201d"
    )
    assert speaker_of_start(t, "Every spring") == "Odette Marchetti"


def test_according_to_name_and_clause_with_a_lexical_verb():
    t = (
        "Priya Olander coaches the club. Practices moved to the high school in March, "
        "according to Olander, and the club rents the gym by the hour."
    )
    assert has_quote(t, "Olander", "and the club rents the gym by the hour")


def test_according_to_and_plural_noun_with_a_preposition_is_no_verb():
    from analysis.quotes.additions import _subject_then_lexical_verb

    assert not _subject_then_lexical_verb("the players on the bench".split())
    assert _subject_then_lexical_verb("the county spent $2 million".split())


def test_pronoun_after_a_kin_speaker_in_the_same_paragraph():
    t = (
        "Adele Fontaine, the town clerk, said the budget was late.\n\n"
        "\u201cWe needed another week,\u201d she said.\n\n"
        "Gustav Lindqvist farms barley with his daughter, Maren Lindqvist. "
        "He planted late this year.\n\n"
        "His daughter, who drives the combine, said the crop looked thin. "
        "\u201cWe will be lucky to break even,\u201d she said."
    )
    assert speaker_of_start(t, "We will be lucky") == "Maren Lindqvist"


def test_who_after_people_modified_by_a_street():
    t = "The change was welcomed by shopkeepers on Water Street, who said parking was scarce."
    assert "shopkeepers" in speaker_of(t, "parking was scarce")


def test_chaplain_is_a_role_for_an_apposed_name():
    t = (
        "\u201cWe lost the game,\u201d Marcus Tillery said.\n\n"
        "Prayers were led by Corwin Abernathy, the club\u2019s chaplain.\n\n"
        "\u201cLoss teaches patience,\u201d the chaplain told the players."
    )
    assert speaker_of(t, "Loss teaches patience") == "Corwin Abernathy"


def test_role_in_who_clause_of_a_definite_apposition():
    t = (
        "\u201cWe lost the game,\u201d Marcus Tillery said.\n\n"
        "Prayers were led by Corwin Abernathy, the Baptist minister who served as the "
        "club\u2019s chaplain for a decade.\n\n"
        "\u201cLoss teaches patience,\u201d the chaplain told the players."
    )
    assert speaker_of(t, "Loss teaches patience") == "Corwin Abernathy"


def test_mother_of_a_hyphenated_age_is_the_person_just_named():
    t = (
        "Talia Rosenberg waited two hours at the clinic on Friday. "
        "The mother of a three-year-old said the line went out the door."
    )
    assert speaker_of(t, "the line went out the door") == "Talia Rosenberg"


def test_listed_modifier_before_unlisted_after_a_possessive():
    t = "Ferries will sail on a reduced schedule, the province\u2019s top marine official says."
    assert quote_rows(t, "speaker", "quote") == [
        ("the province\u2019s top marine official", "Ferries will sail on a reduced schedule")
    ]


def test_lede_restricted_description_named_next_with_a_role_after():
    t = (
        "GANDER, N.L. \u2014 The runway will stay closed until May, the man who manages "
        "the airport said Friday.\n\n"
        "\u201cWe need the asphalt plant to open first,\u201d said Orrin Vasquez-Tate, the "
        "airport\u2019s general manager."
    )
    assert speaker_of(t, "The runway will stay closed until May") == "Orrin Vasquez-Tate"


def test_lede_restricted_description_named_next_with_a_title_before():
    t = (
        "GANDER, N.L. \u2014 Moose collisions doubled last year, the province\u2019s "
        "wildlife official says.\n\n"
        "Provincial biologist Wren Castellano said on Monday that the herd had grown."
    )
    assert speaker_of(t, "Moose collisions doubled last year") == "Wren Castellano"


def test_lede_generic_indefinite_official_stays_unnamed():
    t = (
        "GANDER, N.L. \u2014 Moose collisions doubled last year, an official says.\n\n"
        "Provincial biologist Wren Castellano said on Monday that the herd had grown."
    )
    assert speaker_of(t, "Moose collisions doubled last year") != "Wren Castellano"


def test_lede_office_description_is_not_the_next_premier():
    t = (
        "GANDER, N.L. \u2014 Moose collisions doubled last year, the official who "
        "counts them says.\n\n"
        "Premier Wren Castellano said on Monday that the herd had grown."
    )
    assert speaker_of(t, "Moose collisions doubled last year") != "Wren Castellano"
