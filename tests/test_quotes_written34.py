"""Classes found by the twentysixth, blind written news batch (session 22, issue 12:
tests/data/written_news26): a name written family name first whose second word is also
a given name ("Zhou Lin, who teaches ...") is the person a lone "Zhou said" names; a
surname with a capitalised particle at a sentence's start ("De Ferrand said", after
"Odette de Ferrand") takes the full name's gender, so a later "he" is not her; "according
to an agreed statement of facts" is a court record, not anyone's words. Every sentence
here is written for the test; names and events are fictional."""

from _quote_rows import quote_rows, speaker_of, speech_rows


def test_family_name_first_with_a_who_clause_is_the_full_name():
    text = (
        "Zhou Lin, who teaches economics at a university in Regina, said the plant would "
        "close by spring.\n\n“The numbers have been bad for years,” Zhou said."
    )
    assert speaker_of(text, "The numbers have been bad for years") == "Zhou Lin"


def test_family_name_first_then_a_description_is_the_same_person():
    text = (
        "Zhou Lin, who teaches economics at a university in Regina, said the plant would "
        "close by spring.\n\n“The numbers have been bad for years,” Zhou said.\n\n"
        "The professor said other mills had closed the same way."
    )
    assert speaker_of(text, "other mills had closed the same way") == "Zhou Lin"


def test_western_name_is_not_read_family_name_first():
    text = (
        "Grant Lily, who runs the hardware store, said sales were down.\n\n"
        "“It has been a slow winter,” Lily said."
    )
    assert speaker_of(text, "It has been a slow winter") == "Grant Lily"


def test_a_lone_word_with_no_who_clause_stays_as_written():
    text = "Zhou Lin Holdings said sales fell.\n\nZhou said the stores would stay open."
    assert speaker_of(text, "the stores would stay open") != "Zhou Lin"


def test_capitalised_particle_surname_keeps_her_gender():
    text = (
        "Odette de Ferrand, the fair’s director, said the grant had been restored.\n\n"
        "De Ferrand said she had asked Paul Arsenault to judge the pies again.\n\n"
        "He agreed. Asked whether he would do it at 90, the baker smiled.\n\n"
        "“If my teeth hold out,” he said."
    )
    assert speaker_of(text, "If my teeth hold out") == "Paul Arsenault"


def test_capitalised_particle_surname_still_resolves_to_her():
    text = (
        "Odette de Ferrand, the fair’s director, said the grant had been restored.\n\n"
        "De Ferrand said the fair would add a stage.\n\n“We are ready,” she said."
    )
    assert speaker_of(text, "We are ready").endswith("de Ferrand") or speaker_of(
        text, "We are ready"
    ).endswith("De Ferrand")


def test_agreed_statement_of_facts_is_no_quote():
    text = (
        "The driver was stopped at the bridge after an officer noticed the seals did not "
        "match his papers, according to an agreed statement of facts read in court."
    )
    assert quote_rows(text, "speaker", "quote") == []


def test_a_statement_by_a_named_body_still_is_a_quote():
    text = (
        "The bridge will close for two nights, according to a statement from the "
        "Windsor Port Authority."
    )
    rows = speech_rows(text)
    assert rows and "Port Authority" in rows[0][0]


def test_description_subject_before_a_pronoun_is_the_titled_person():
    text = (
        "Nadia Fortin, a baker, opened the fair. Paul Arsenault judged the pies.\n\n"
        "Fortin said the fair had grown.\n\n"
        "Asked about the prize, the baker laughed. “It is mine next year,” she said."
    )
    assert speaker_of(text, "It is mine next year") == "Nadia Fortin"


def test_description_subject_of_a_man_beats_an_earlier_subject():
    text = (
        "Aurele Brisson, a fiddler, played first. Luc Morin taught the children.\n\n"
        "Marie Cote said she had asked Brisson to play again.\n\n"
        "The old fiddler shrugged.\n\n“I will be here,” he said."
    )
    assert speaker_of(text, "I will be here") == "Aurele Brisson"


def test_description_of_the_other_gender_is_left_alone():
    text = (
        "Nadia Fortin, a baker, opened the fair. Paul Arsenault judged the pies.\n\n"
        "Arsenault said the pies were good.\n\n"
        "The baker laughed. “They always are,” he said."
    )
    assert speaker_of(text, "They always are") == "Paul Arsenault"


def test_an_unknown_description_changes_nothing():
    text = "Paul Arsenault judged the pies.\n\nThe weather turned. “We will move inside,” he said."
    assert speaker_of(text, "We will move inside") == "Paul Arsenault"
