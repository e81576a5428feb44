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
        "Service Nova Scotia will close two offices.\n\nThe department said the leases had expired."
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


# 2. "said her daughter" before the daughter is named


def test_kin_quoted_before_the_article_names_her():
    text = (
        "Rosa Vale, 81, died on Sunday.\n\n"
        "\u201cShe loved that garden,\u201d said her daughter.\n\n"
        "The family moved to Regina in 1970.\n\n"
        "Her daughter, Mia Roe, said the funeral would be on Friday."
    )
    assert speaker_of(text, "She loved that garden") == "Mia Roe"


def test_grandson_quoted_before_he_is_named():
    text = (
        "Tom Vale, 78, fished out of Twillingate for 50 years.\n\n"
        "\u201cHe never missed a tide,\u201d his grandson recalled.\n\n"
        "His grandson, Liam Vale, said the boat would be sold."
    )
    assert speaker_of(text, "He never missed a tide") == "Liam Vale"


def test_new_kin_nouns_nephew_and_fiancee():
    nephew = (
        "Tom Vale, 78, was a fisherman.\n\n"
        "\u201cHe never missed a tide,\u201d his nephew said.\n\n"
        "His nephew, Liam Ross, said the boat would be sold."
    )
    fiancee = (
        "Tom Vale, 38, was a fisherman.\n\n"
        "\u201cHe never missed a tide,\u201d his fianc\u00e9e said.\n\n"
        "His fianc\u00e9e, Ana Ross, said the boat would be sold."
    )
    assert speaker_of(nephew, "He never missed a tide") == "Liam Ross"
    assert speaker_of(fiancee, "He never missed a tide") == "Ana Ross"


def test_two_relatives_so_described_name_nobody():
    text = (
        "Tom Vale, 78, was a fisherman.\n\n"
        "\u201cHe never missed a tide,\u201d his son said.\n\n"
        "His son, Liam Vale, sold the boat. His younger son, Carl Vale, bought it."
    )
    assert speaker_of(text, "He never missed a tide") == "his son"


def test_a_relative_of_the_other_gender_is_someone_else():
    text = (
        "Tom Vale, 78, was a fisherman.\n\n"
        "\u201cHe never missed a tide,\u201d his son said.\n\n"
        "His son, Mary Ross, sold the boat."
    )
    assert speaker_of(text, "He never missed a tide") == "his son"


def test_kin_gender_continues_to_a_pronoun():
    text = (
        "Lee Park's stepdaughter, who asked that her name not be used, said the house "
        "was sold in May. \u201cWe had no choice,\u201d she said."
    )
    assert speaker_of(text, "We had no choice") == "Lee Park's stepdaughter"


# 3. sports positions: "the third said" after a player named with that position


def test_the_third_is_the_player_titled_third():
    text = (
        "When third Ruan Okoro made a double takeout last weekend, he simply nodded.\n\n"
        "\u201cWe are not a loud team,\u201d Okoro said after practice.\n\n"
        "\u201cI think we just like each other,\u201d the third said. \u201cAnd we like "
        "winning.\u201d"
    )
    assert speaker_of(text, "I think we just like") == "Ruan Okoro"
    assert speaker_of(text, "And we like winning") == "Ruan Okoro"


def test_a_surname_titled_with_a_position_once_quoted():
    text = (
        "When third Okoro made a double takeout, he simply nodded.\n\n"
        "\u201cWe are not a loud team,\u201d Okoro said.\n\n"
        "\u201cI think we just like each other,\u201d the third said."
    )
    assert speaker_of(text, "I think we just like") == "Okoro"


def test_the_lead_and_the_skip():
    text = (
        "Skip Dana Roe and lead Mia Lund won the provincial title on Sunday.\n\n"
        "\u201cWe made our shots,\u201d the lead said.\n\n"
        "\u201cShe swept every rock,\u201d the skip said."
    )
    assert speaker_of(text, "We made our shots") == "Mia Lund"
    assert speaker_of(text, "She swept every rock") != "Mia Lund"


def test_the_second_of_two_unnamed_people_is_a_speaker():
    text = (
        "Two men were waiting at the gate. \u201cIt is late,\u201d one said. "
        "\u201cIt is always late,\u201d the second said."
    )
    assert speaker_of(text, "It is always late") == "the second"


def test_an_ordinal_after_a_determiner_titles_nobody():
    text = (
        "The second Vale administration cut the budget.\n\n"
        "\u201cIt was a mistake,\u201d the second said."
    )
    assert speaker_of(text, "It was a mistake") == "the second"


# 5. "the siblings" / "the couple": the two people of one surname


def test_the_siblings_are_the_two_of_the_last_quoted_surname():
    text = (
        "Hanne Solbakken studies lichens. Her younger brother, Erik Solbakken, is a "
        "geochemist.\n\n"
        "\u201cThey are not boring,\u201d Hanne Solbakken says.\n\n"
        "The siblings say working together has its hazards."
    )
    assert speaker_of(text, "working together") == "Hanne and Erik Solbakken"


def test_the_couple_with_a_third_namesake_names_nobody():
    text = (
        "Ann Roe and Tom Roe bought the farm from Carl Roe in 1990.\n\n"
        "\u201cWe never looked back,\u201d Ann Roe said.\n\n"
        "The couple said they would sell it next year."
    )
    assert speaker_of(text, "they would sell it").lower() == "the couple"


def test_the_couple_after_their_names():
    text = (
        "Ann Roe and Tom Roe bought the farm in 1990.\n\n"
        "\u201cWe never looked back,\u201d Ann Roe said.\n\n"
        "The couple said they would sell it next year."
    )
    assert speaker_of(text, "they would sell it") == "Ann and Tom Roe"


# 5. an aside between dashes between a named subject and its cue


def test_an_aside_between_dashes_keeps_the_named_subject():
    text = (
        "Beside her, packaging line worker Ana Roy -- no relation, she stressed -- said "
        "she had brought a thermos and a folding chair."
    )
    assert rows(text) == [("Ana Roy", "she had brought a thermos and a folding chair")]


def test_an_aside_between_dashes_after_a_plain_subject():
    text = "Packaging line worker Ana Roy -- no relation, she stressed -- said she came."
    assert rows(text) == [("Ana Roy", "she came")]


def test_a_remark_between_dashes_inside_a_statement_stays():
    text = "The plan \u2014 and this is key, he said \u2014 will cost less."
    assert rows(text) == [("he", "and this is key")]  # (the aside's frame reads inside it)


def test_a_name_inside_a_clause_before_a_dash_insertion_is_no_subject():
    text = (
        "Voters who think Ana Roy can win in North Bay -- about 40 per cent -- stressed "
        "that the race was close."
    )
    assert speaker_of(text, "the race was close") == "voters"
