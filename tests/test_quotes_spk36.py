"""spk36: given names the lexicon does not list, gendered by the article's own evidence
(an honorific, an apposed kin noun, a pronoun after a sentence-opening full name)."""

from analysis.quotes.given_names import article_given_genders
from tests._quote_rows import quote_rows


def test_kin_apposition_genders_an_unlisted_given_name():
    t = "Colm Rudd and his wife, Adaeze Rudd, run a dairy. Mr. Brianne Lowe left."
    got = article_given_genders(t, {})
    assert got["adaeze"] == "f" and got["brianne"] == "m"


def test_conflicting_evidence_gives_no_gender():
    t = "Ms. Ifeoma Vance spoke first. Mr. Ifeoma Grant spoke next."
    assert article_given_genders(t, {}) == {}


def test_pronoun_after_another_name_is_no_evidence():
    t = "Ifeoma Vance met Dora Blum. She left early."
    assert "ifeoma" not in article_given_genders(t, {})


def test_unlisted_given_name_and_listed_one_share_the_surname():
    t = (
        "Gareth Pruitt and his wife, Ifeoma Pruitt, farm near Elm Creek. "
        '"It was all we had," Ifeoma and Gareth Pruitt said.'
    )
    assert quote_rows(t, "speaker", "quote") == [
        ("Ifeoma Pruitt and Gareth Pruitt", "It was all we had")
    ]


def test_unlisted_given_name_alone_resolves_to_the_full_name():
    t = (
        "Brianne Kowalczyk runs the bakery. She opened it in 2019. Tom Harlan runs the "
        'shop next door. "We sell out by noon," Harlan said. "Not on Mondays," Brianne said.'
    )
    assert ("Brianne Kowalczyk", "Not on Mondays") in quote_rows(t, "speaker", "quote")


def test_honorific_given_name_alone_resolves():
    t = 'Mrs. Oluwaseun Adeyemi chairs the board. "We will appeal," Oluwaseun said.'
    assert quote_rows(t, "speaker", "quote") == [("Oluwaseun Adeyemi", "We will appeal")]


def test_pronoun_inside_a_quotation_is_no_evidence():
    t = 'Ifeoma Vance spoke at the hall. "He never called," she said.'
    assert article_given_genders(t, {}).get("ifeoma") != "m"


def test_kin_subject_sentence_gives_the_pronoun_the_relative():
    t = (
        'Dan Reyes scored twice. "We lost anyway," Dan Reyes said. Her mother laughed. '
        '"He always says that," she said.'
    )
    assert ("her mother", "He always says that") in quote_rows(t, "speaker", "quote")


def test_kin_subject_sentence_beats_the_last_quoted_man():
    t = 'Dan Reyes scored twice. "We lost," Dan Reyes said. His father did not argue. "He is right," he said.'
    assert ("his father", "He is right") in quote_rows(t, "speaker", "quote")


def test_kin_subject_named_earlier_with_the_possessor_surname():
    t = (
        "At the rink a clerk, Lena Hart, said the ice was thin. Kwame Boateng, 10, and his "
        'brother, Yaw, 8, skated anyway. "Best day," Kwame said. His brother disagreed. '
        '"The pond is better," he said.'
    )
    assert ("Yaw Boateng", "The pond is better") in quote_rows(t, "speaker", "quote")


def test_kin_subject_that_quotes_someone_is_left_alone():
    t = 'Tom Vale spoke. His father said "no" twice. "We will see," he said.'
    assert ("his father", "We will see") not in quote_rows(t, "speaker", "quote")


def test_possessed_person_pronoun_is_no_evidence_for_the_possessor():
    t = "Ifeoma Vance's lawyer was in court. He said the appeal was filed."
    assert "ifeoma" not in article_given_genders(t, {})
