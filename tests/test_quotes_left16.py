"""Speaker-name defects left by session 15 (issue #12), fixed in session 16 with
general rules; every article here is fictional and written for the test."""

from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from _quote_rows import quote_rows  # noqa: E402

from analysis.quotes.lexicon import lexicon  # noqa: E402
from analysis.quotes.names import _name_info, parse_person_name  # noqa: E402
from analysis.transcripts import _interviewee  # noqa: E402


def test_interviewee_with_hyphenated_surname():
    text = (
        "Lena Abernethy-Sow, a marine biologist from Halverton, spoke with us about the "
        "reef. Abernethy-Sow has dived there for years.\n\nQ: What did you find?\n\n"
        "A: The coral is bleaching faster than we expected."
    )
    assert _interviewee(text)[:2] == ("Lena Abernethy-Sow", "person")


def test_owner_possessive_before_a_surname_is_not_part_of_the_name():
    assert quote_rows(
        'Mr. Collier joined Brenlow Oil in May. "Prices will hold," Brenlow\'s Collier said.',
        "speaker",
        "speaker_type",
    ) == [("Collier", "person")]
    # the full name the article gives wins
    assert quote_rows(
        "Brenlow chairman Tom Collier spoke on Monday. "
        '"Prices will hold," Brenlow\'s Collier said.',
        "speaker",
    ) == [("Tom Collier",)]
    assert parse_person_name("Vantor's Quill")[0] == ("Quill",)


def test_possessive_inside_an_organisation_name_stays():
    lex = lexicon()
    for name in ("McDonald's Corp", "Children's Hospital", "Upjohn Co's Rogaine"):
        assert len(_name_info(name, lex)[0]) >= 2, name
    assert parse_person_name("Zintor Co's Vexil")[0] == ("Zintor", "Co", "Vexil")


def test_company_with_title_word_inside_keeps_its_name():
    # "Energy" titles a person ("Energy Secretary"), not inside a company's name
    assert _name_info("Zintor Energy Corp", lexicon())[0] == ("Zintor", "Energy", "Corp")
    assert quote_rows(
        'Zintor Energy Corp cut output on Monday. "Output rose," Zintor said in a statement.',
        "speaker",
        "speaker_type",
    ) == [("Zintor Energy Corp", "organization")]
    assert _name_info("Energy Secretary Ann Roe", lexicon())[0] == ("Ann", "Roe")


def test_company_named_without_its_legal_form():
    assert quote_rows(
        'Maplewood Energy Inc. cut its forecast. "Demand fell," Maplewood Energy said.',
        "speaker",
        "speaker_type",
    ) == [("Maplewood Energy Inc.", "organization")]


def test_business_news_channel_is_an_organisation():
    assert quote_rows('"The market is nervous," Quillon Business reported.', "speaker_type") == [
        ("organization",)
    ]


def test_he_as_a_surname():
    rows = quote_rows(
        'He Kang, the trade minister, said the talks would resume next week. "We are '
        'ready," he said.',
        "speaker",
    )
    assert rows == [("He Kang",), ("He Kang",)]
    assert parse_person_name("He Kang")[0] == ("He", "Kang")
    assert parse_person_name("He Says")[0] == ()  # a title-case headline's pronoun


def test_surname_first_name_merges_with_its_surname():
    assert quote_rows(
        'Tian Jiyun, the vice premier, said the plan would work. "It is sound," Tian said.',
        "speaker",
    ) == [("Tian Jiyun",), ("Tian Jiyun",)]
    # a place or building named after someone is no full name of theirs
    assert quote_rows('Vexel Tower was busy. "We won," Vexel said.', "speaker") == [("Vexel",)]


def test_capitalised_description_head_links_to_the_named_person():
    rows = quote_rows(
        'Dana Frisk, a three-time Olympian, went home on Tuesday. "I am tired," the Olympian said.',
        "speaker",
        "speaker_type",
    )
    assert rows == [("Dana Frisk", "person")]
    # no link in the article: left as written
    assert quote_rows('"I am tired," the Olympian said.', "speaker") == [("the Olympian",)]


def test_interviewee_after_an_honorific_not_the_interviewer():
    text = (
        "Dr. Oyelade Brannigan-Fox has studied the Tessel glacier for a decade. "
        "Brannigan-Fox, 48, said the ice was thinning. She spoke with the Harbour Post's "
        "Colin Verity.\n\nQ: How fast is it melting?\n\nA: Faster every year."
    )
    assert _interviewee(text)[:2] == ("Oyelade Brannigan-Fox", "person")


def test_hyphenated_lower_case_given_name_last():
    # a Korean name written surname first: the hyphened given name is no "-based" word
    assert parse_person_name("Pak Jin-soo")[0] == ("Pak", "Jin-soo")
    assert parse_person_name("Vermont-based Ann Roe")[0] == ("Ann", "Roe")


def test_one_word_company_after_a_descriptor():
    assert quote_rows(
        'American Zintor Motor Corp recalled cars. "Sales fell," Zintor said.',
        "speaker",
        "speaker_type",
    ) == [("American Zintor Motor Corp", "organization")]
