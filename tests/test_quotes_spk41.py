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


# --- item 2: "the 74-year-old said" when nobody was given that age ---


def test_unaged_bare_age_is_the_subject_apposed_just_before():
    text = (
        "Premier Walt Henning-Brask said the surgery list would shrink by June.\n\n"
        "Finance Minister Osric Dunleavy-Marr defended the spending, which he said would "
        "cost $20 million.\n\n"
        '"It is money well spent," Dunleavy-Marr said in an interview. He said the '
        "deficit would grow.\n\n"
        "The patient who wrote the letter, Corinne Abelard-Voss, followed the debate on "
        "the radio at home in Riverview.\n\n"
        '"I just want to walk to church again," the 81-year-old said.'
    )
    assert _speaker(text, "I just want to walk to church again") == "Corinne Abelard-Voss"


def _aged_subject(text):
    import types

    from analysis.quotes.aged_speakers import _resolve_aged_subject_before
    from analysis.quotes.lexicon import lexicon
    from analysis.quotes.mentions import _ArticleNames

    cut = text.index('"')
    an = _ArticleNames(text, [(0, cut - 1), (cut, len(text))], lexicon(), None)
    q = types.SimpleNamespace(
        mention="the 81-year-old", m_start=text.index("the 81"), start=cut + 1
    )
    return _resolve_aged_subject_before(an, q, []) and q.speaker


def test_unaged_subject_before_rule_and_its_guards():
    assert _aged_subject('Corinne Abelard-Voss listened at home. "No," the 81-year-old said.') == (
        "Corinne Abelard-Voss"
    )
    # (given another age; the subject no name; someone else named in the sentence)
    assert not _aged_subject('Corinne Abelard-Voss, 52, listened. "No," the 81-year-old said.')
    assert not _aged_subject(
        'Police said Corinne Abelard-Voss listened. "No," the 81-year-old said.'
    )
    assert not _aged_subject(
        'Corinne Abelard-Voss called Osric Dunleavy-Marr. "No," the 81-year-old said.'
    )


def test_unaged_bare_age_after_unnamed_speaker_opened_by_phrase():
    text = (
        "The board's director, Maren Oduya-Fitch, said the policy would be reviewed.\n\n"
        '"We follow the process," Oduya-Fitch said.\n\n'
        "After the vote, a retired school secretary who worked there for 30 years said "
        "the fight felt familiar.\n\n"
        '"We won that one before," the 77-year-old said.'
    )
    assert _speaker(text, "We won that one before") != "Maren Oduya-Fitch"


# --- item 3: particle surnames keep the particle and link back ---


def test_du_particle_surname_after_given_name_links_back():
    text = (
        "Dr. Solenne du Marchais-Pike said the heat would last through Thursday. Officials "
        'agreed.\n\n"We had three of these last summer," du Marchais-Pike said.'
    )
    assert _speaker(text, "We had three of these last summer") == "Solenne du Marchais-Pike"


def test_capitalised_du_particle_opening_a_sentence_links_back():
    text = (
        "The heat will last, said Dr. Solenne du Marchais-Pike.\n\n"
        "Du Marchais-Pike said the city must plan for more."
    )
    assert _speaker(text, "the city must plan for more") == "Solenne du Marchais-Pike"


def test_van_den_particles_keep_the_full_name():
    text = (
        "Ines van den Hoorn said the dike would hold. Later, van den Hoorn said the "
        "water was rising."
    )
    assert _speaker(text, "the water was rising") == "Ines van den Hoorn"


def test_interview_answers_go_to_particle_surname_in_lead_in():
    text = (
        "The city's medical officer, Dr. Solenne du Marchais-Pike, said the heat would last."
        "\n\nCoun. Henrike Van Loon toured a cooling centre. She said the centres were full."
        "\n\nA short exchange with Dr. du Marchais-Pike, after the briefing:"
        "\n\nQ: Should the centres have opened sooner?"
        "\n\nA: I asked for that on Friday. I am glad it is happening."
        "\n\nQ: Is this the new normal?"
        "\n\nA: We have to plan as if it is. We had three of these last summer."
    )
    assert _speaker(text, "I asked for that on Friday. I am glad it is happening.") == (
        "Solenne du Marchais-Pike"
    )


def test_advocate_for_a_group_is_an_anonymous_description():
    text = "The shelter will open in May. An advocate for families said the plan came too late."
    assert _speaker(text, "the plan came too late") == "an advocate for families"
    text2 = 'Ann Roe, 40, runs the shelter.\n\n"It came too late," an advocate for families said.'
    assert _speaker(text2, "It came too late") == "an advocate for families"


# --- item 4: an organisation subject stays the organisation ---


def test_province_says_not_the_lawyer_for_the_province_apposed_later():
    text = (
        "A farm group says the levy is unfair. The province says the money goes into a fund "
        "for soil projects.\n\nA lawyer for the province, Osric Dunleavy-Marr, said the "
        'consultation was broad.\n\n"We listened," Dunleavy-Marr said.'
    )
    assert _speaker(text, "the money goes into a fund for soil projects") != "Osric Dunleavy-Marr"


def test_description_apposed_later_still_names_the_description():
    text = (
        '"We think the curve turns in the spring," the deputy minister said.\n\n'
        "Ann Roe-Blake, the minister, spoke later.\n\n"
        "The deputy minister, Bernadette Du Pont-Mercier, is due at a committee on Thursday."
    )
    assert _speaker(text, "We think the curve turns in the spring") == "Bernadette Du Pont-Mercier"


def test_possessive_place_before_a_name_is_not_part_of_it():
    text = (
        "Saskatoon's Joelle Prentice-Oakes won the final on Sunday. "
        '"It was close all the way," Prentice-Oakes said.'
    )
    assert _speaker(text, "It was close all the way") == "Joelle Prentice-Oakes"
    text2 = '"It was close all the way," said Saskatoon\'s Joelle Prentice-Oakes.'
    assert _speaker(text2, "It was close all the way") == "Joelle Prentice-Oakes"


def test_possessive_company_name_stays_whole():
    text = "Moody's Investors Service said the outlook was stable."
    assert _speaker(text, "the outlook was stable") == "Moody's Investors Service"
