"""Speaker rules of the speaker24 branch, on sentences written for these tests."""

from __future__ import annotations

from tests._quote_rows import quote_rows, speaker_of


def test_a_union_local_is_an_organisation_never_a_person_named_local():
    text = "Local 212 said the offer was an insult."
    assert quote_rows(text, "speaker", "speaker_type") == [("Local 212", "organization")]
    text = '"We won," said Local 212.'
    assert quote_rows(text, "speaker", "speaker_type") == [("Local 212", "organization")]


def test_a_union_local_is_the_unions_name_when_the_article_gives_it():
    text = (
        "The drivers are in the Harbour and Transit Workers Union, Local 212. "
        "Local 212 said the offer was an insult."
    )
    assert speaker_of(text, "the offer was an insult") == "Harbour and Transit Workers Union"
    text = (
        'Local 212 of the Harbour Workers Union represents the drivers. "We won," Local 212 said.'
    )
    assert speaker_of(text, "We won") == "Harbour Workers Union"


def test_a_relative_by_given_name_after_a_pronoun_takes_the_owners_surname():
    text = "Ann Roe spoke on Monday. Her husband, Bill, said the house was sold."
    assert speaker_of(text, "the house was sold") == "Bill Roe"
    text = 'Tom Vale spoke on Monday. "It was sold," his daughter, Mia, said.'
    assert speaker_of(text, "It was sold") == "Mia Vale"


def test_a_relative_by_given_name_keeps_a_surname_of_his_own():
    # the article gives him another surname: never the owner's
    text = 'Ann Roe spoke on Monday. "It was sold," her husband, Bill, said. Bill Lee nodded.'
    assert speaker_of(text, "It was sold") != "Bill Roe"
    # a pronoun of the other gender than the only full name: no owner
    text = 'Tom Vale spoke on Monday. "It was sold," her husband, Bill, said.'
    assert speaker_of(text, "It was sold") == "Bill"


def test_a_name_written_only_before_a_group_noun_is_never_she():
    text = 'Many Pacific Islander voters stayed home. "We will win," she said.'
    assert speaker_of(text, "We will win") == "she"
    text = (
        "The campaign courted Asian American and Pacific Islander voters in Nevada. "
        '"We will win," she said.'
    )
    assert speaker_of(text, "We will win") == "she"


def test_a_person_before_a_group_noun_elsewhere_is_still_she():
    text = 'Ivo Marsh voters stayed home. Ivo Marsh spoke. "We will win," he said.'
    assert speaker_of(text, "We will win") == "Ivo Marsh"


def test_a_titled_subject_after_an_offices_name_is_the_pronouns_antecedent():
    text = (
        "Under cross-examination, defence lawyer Paul Lemire suggested Vale had signed "
        "the forms on his own.\n\n"
        "\u201cYou were never charged, were you, Mr. Vale?\u201d Lemire asked.\n\n"
        "\u201cNo.\u201d\n\n"
        "Vale said he did not remember sending the message. \u201cIf I sent it, I was "
        "joking,\u201d he said.\n\n"
        "Court of Queen\u2019s Bench Justice Marcel Hinds interrupted twice to ask Lemire "
        "to move on. At one point he reminded the jury that questions from lawyers are "
        "not evidence."
    )
    assert speaker_of(text, "questions from lawyers are not evidence") == "Marcel Hinds"


def test_a_persons_title_case_document_is_that_persons_words():
    text = (
        "Schlafly\u2019s Final Column Explains Why She Sees Good In Vell.\n\n"
        "Phyllis Schlafly died on Monday."
    )
    assert speaker_of(text, "Why She Sees Good In Vell") == "Phyllis Schlafly"
    # an owner the article never names in full: the mention stays
    text = "Acme's Annual Report Says Sales Fell"
    assert speaker_of(text, "Sales Fell") != "Acme"


def test_the_researchers_are_the_two_people_introduced_as_researchers():
    text = (
        '"It is small," said Dr. Ann Roe, a sleep researcher at the University of Vell '
        "and the study's lead author. The researchers said the drop should be read with "
        'caution. "We need more," said co-author Tom Vale. Dr. Kim Lee, a doctor who '
        "was not involved, said it was fine."
    )
    assert speaker_of(text, "the drop should be read with caution") == "Ann Roe and Tom Vale"


def test_the_founders_are_the_two_cofounders_and_they_follow():
    text = (
        "The firm was founded in 2015. Co-founder Ann Roe said it was hard. The other "
        "co-founder, Tom Vale, laughed. The founders said the company was nearly broke "
        "in 2018. They said it was fine."
    )
    assert speaker_of(text, "the company was nearly broke in 2018") == "Ann Roe and Tom Vale"
    assert speaker_of(text, "it was fine") == "Ann Roe and Tom Vale"


def test_the_researchers_with_one_researcher_named_stay_a_description():
    text = '"It is small," said Ann Roe, a researcher at Vell. The researchers said it was new.'
    assert speaker_of(text, "it was new") == "the researchers"


def test_a_relative_quoted_before_her_given_name_takes_it():
    text = (
        "Dr. Ann Roe died Sunday. She was 88.\n\n"
        "She delivered 2,000 babies, her daughter says.\n\n"
        '"People would stop her in the street," says Lesia, who lives in Regina.'
    )
    assert speaker_of(text, "She delivered 2,000 babies") == "Lesia"


def test_a_relative_does_not_take_a_given_name_of_the_other_gender():
    text = (
        "Dr. Ann Roe died Sunday. She delivered 2,000 babies, her daughter says. "
        '"People would stop her," says Tom.'
    )
    assert speaker_of(text, "She delivered 2,000 babies") == "her daughter"


def test_the_statement_is_the_subject_after_in_a_statement():
    text = (
        "In a statement released through his agent, Tom Vale thanked the club and the "
        'city. "I gave this job everything," the statement said.'
    )
    assert speaker_of(text, "I gave this job everything") == "Tom Vale"


def test_the_statement_issued_by_a_name_stays_the_statement():
    # PolNeAR's annotators keep "the statement" here: no issuer is taken
    text = (
        "The Vell Weather Service issued a special statement for the city on Monday. "
        "Anyone with chest pain should seek care, according to the statement."
    )
    assert speaker_of(text, "Anyone with chest pain should seek care") == "the statement"


def test_evidence_in_the_report_is_no_author_of_the_report():
    text = (
        "Ann Roe, an expert, said she saw no evidence in the report that spies did it. "
        "The report said the agency hid the breach."
    )
    assert speaker_of(text, "the agency hid the breach") == "the report"


def test_the_memo_is_the_one_who_wrote_in_the_memo():
    text = (
        '"This is the hardest message I have written," chief executive Ann Roe wrote in '
        "the memo. The memo said the cuts would fall mostly on sales."
    )
    assert speaker_of(text, "the cuts would fall mostly on sales") == "Ann Roe"


def test_a_statement_with_no_author_named_stays():
    text = "Smoke drifted south. Anyone with chest pain should seek care, the statement said."
    assert speaker_of(text, "Anyone with chest pain should seek care") == "the statement"


def test_a_description_head_right_after_a_persons_quotes_is_that_person():
    text = (
        "Tom Vale, reached by phone, said he had asked for nothing.\n\n"
        '"I wanted to finish here," he said. "But it was no shock."\n\n'
        "The veteran added that his family would stay in Vell."
    )
    assert speaker_of(text, "his family would stay in Vell") == "Tom Vale"


def test_a_description_head_after_another_name_stays():
    text = (
        "Tom Vale, reached by phone, said he had asked for nothing. Ivo Marsh scored "
        "twice.\n\nThe veteran added that his family would stay in Vell."
    )
    assert speaker_of(text, "his family would stay in Vell") == "the veteran"


def test_the_retiree_is_the_one_described_as_retired():
    text = (
        "Watching from the gallery was Harjit Vell, a 71-year-old retired machinist who "
        'has waited 15 months for surgery.\n\n"I heard a lot of numbers today," the '
        "retiree said outside the chamber."
    )
    assert speaker_of(text, "I heard a lot of numbers today") == "Harjit Vell"
