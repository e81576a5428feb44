"""Speakers on first contact (issue #12, helper spk35): counts after a quotation, pairs
whose first name carries an aside after a quotation, a person noun after a place name,
kin nouns with an age and a given name, and the lede's described company."""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speaker_type(text: str, quote: str) -> tuple[str, str]:
    found = [
        (s, t) for s, t, q in quote_rows(text, "speaker", "speaker_type", "quote") if q == quote
    ]
    assert found, quote_rows(text, "speaker", "speaker_type", "quote")
    return found[0]


def test_count_after_quotation_is_a_group_with_its_lead():
    text = '"We will not go back to the mill," at least 4,500 said.'
    assert _speaker_type(text, "We will not go back to the mill") == ("at least 4,500", "group")


def test_count_after_quotation_more_than():
    text = '"The fares are too high," more than 900 said in the survey.'
    speaker, stype = _speaker_type(text, "The fares are too high")
    assert speaker.lower() == "more than 900"
    assert stype == "group"


def test_count_at_sentence_start_unchanged():
    text = "Nearly 300 said they had waited a year for surgery."
    assert _speaker_type(text, "they had waited a year for surgery") == ("Nearly 300", "group")


def test_pair_with_aside_after_quotation():
    text = '"The levy will go," Dana Whitcombe, who chairs the finance panel, and Rob Ellery said.'
    speaker, stype = _speaker_type(text, "The levy will go")
    assert speaker == "Dana Whitcombe and Rob Ellery"
    assert stype == "group"


def test_pair_with_age_after_quotation():
    text = '"We lost everything," Mara Voss, 41, and Ian Petrov said.'
    assert _speaker_type(text, "We lost everything")[0] == "Mara Voss and Ian Petrov"


def test_pair_with_aside_before_content_unchanged():
    text = "Dana Whitcombe, who chairs the finance panel, and Rob Ellery said the levy would go."
    assert _speaker_type(text, "the levy would go")[0] == "Dana Whitcombe and Rob Ellery"


def test_single_name_after_quotation_with_aside_is_not_a_pair():
    text = '"The levy will go," said Rob Ellery, who chairs the panel.'
    assert _speaker_type(text, "The levy will go")[0] == "Rob Ellery"


def test_indefinite_place_then_job_head_after_cue_is_the_person():
    text = '"The glacier lost a metre this summer," said a Peyto Lake guide.'
    assert _speaker_type(text, "The glacier lost a metre this summer") == (
        "a Peyto Lake guide",
        "anonymous",
    )


def test_one_place_then_job_head_after_cue_is_the_person():
    text = '"Nobody should walk on the ice," said one Athabasca Glacier guide.'
    assert _speaker_type(text, "Nobody should walk on the ice")[0] == "one Athabasca Glacier guide"


def test_definite_place_then_job_head_unchanged():
    text = '"The trail is shut," said the Maligne Canyon warden.'
    assert _speaker_type(text, "The trail is shut") == ("the Maligne Canyon warden", "anonymous")


def test_indefinite_name_without_job_head_stays_a_name():
    text = '"The trail is shut," said a Tom Vale.'
    assert "Tom Vale" in _speaker_type(text, "The trail is shut")[0]


_FAMILY = (
    "Samir Qasemi left Herat in 2021 with his wife, Farah Qasemi. His youngest daughter, "
    "{} finished school in a camp near the border.\n\n"
    '"I did my exams in a tent," she said.'
)


def test_kin_noun_age_and_given_name_is_the_daughter_with_the_family_surname():
    text = _FAMILY.format("12-year-old Zaina,")
    assert _speaker_type(text, "I did my exams in a tent") == ("Zaina Qasemi", "person")


def test_kin_noun_and_given_name_without_age_unchanged():
    text = _FAMILY.format("Zaina,")
    assert _speaker_type(text, "I did my exams in a tent")[0] == "Zaina Qasemi"


def test_kin_noun_age_and_given_name_without_other_woman():
    text = (
        "Samir Qasemi left Herat in 2021. His daughter, 9-year-old Zaina, learned to read "
        'in a camp.\n\n"I liked the teacher," she said.'
    )
    assert _speaker_type(text, "I liked the teacher") == ("Zaina Qasemi", "person")


_LEDE = (
    "The ferry terminal in Port Avon will reopen in May, {} says.\n\n"
    "Harbourline Works, a Moncton firm founded in 1990, took over the project last year."
)


def test_lede_company_with_participle_is_the_company_named_next():
    text = _LEDE.format("the company rebuilding it")
    assert _speaker_type(text, "The ferry terminal in Port Avon will reopen in May") == (
        "Harbourline Works",
        "organization",
    )


def test_lede_firm_with_participle_and_object_is_the_firm_named_next():
    text = _LEDE.format("the firm running the project")
    quote = "The ferry terminal in Port Avon will reopen in May"
    assert _speaker_type(text, quote)[0] == "Harbourline Works"


def test_participle_phrase_alone_is_a_described_company():
    text = "Fares on the line will rise by a dollar, the company running it said."
    quote = "Fares on the line will rise by a dollar"
    assert _speaker_type(text, quote) == ("the company", "organization")


def test_person_with_participle_phrase_keeps_it():
    text = "The smoke was thick all night, a woman living near the plant said."
    speaker = _speaker_type(text, "The smoke was thick all night")[0]
    assert speaker == "a woman living near the plant"


def test_people_to_a_place_are_the_group():
    text = "Visitors to Emerald Bay said the parking lot was full by nine."
    assert _speaker_type(text, "the parking lot was full by nine") == (
        "Visitors to Emerald Bay",
        "group",
    )


def test_people_without_plural_s_in_a_place_are_the_group():
    text = "Police in Tobermory said the road would stay closed overnight."
    speaker = _speaker_type(text, "the road would stay closed overnight")[0]
    assert speaker == "Police in Tobermory"


def test_people_at_a_place_unchanged():
    text = "Hikers at Lake Agnes said the trail was icy."
    assert _speaker_type(text, "the trail was icy") == ("Hikers at Lake Agnes", "group")


def test_adviser_to_a_named_person_is_not_a_place_group():
    text = "Advisers to Ann Roe said she would run again."
    assert _speaker_type(text, "she would run again")[0] != "Advisers to Ann Roe"


def test_kin_noun_age_and_given_name_in_the_quoting_paragraph():
    text = (
        "The family landed in Moncton on Friday. Karim Nasser and his wife, Huda, walked "
        'into the hall with their children.\n\n"We waited a long time," said Joan Pettigrew, '
        "who leads the church committee.\n\nNasser said they had lived in one room for five "
        'years.\n\nHis eldest daughter, 15-year-old Zaina, learned French from her phone. "I '
        'want to be a nurse," she said.'
    )
    assert _speaker_type(text, "I want to be a nurse")[0] == "Zaina Nasser"


def test_lede_company_named_next_with_kind_after_a_modifier():
    text = (
        "A new water tower in Elmvale will hold twice the old one's supply, the company "
        "building it says.\n\nBrightwater Civil, a regional developer that has "
        "built six towers in Simcoe County, said the work would finish in October."
    )
    quote = "A new water tower in Elmvale will hold twice the old one's supply"
    assert _speaker_type(text, quote)[0] == "Brightwater Civil"


def test_lede_company_not_given_to_a_person_named_next():
    text = (
        "A new water tower in Elmvale will hold twice the old one's supply, the company "
        "building it says.\n\nMaria Ostrowski, a retired operator who lives nearby, said "
        "she was glad."
    )
    quote = "A new water tower in Elmvale will hold twice the old one's supply"
    assert _speaker_type(text, quote)[0] != "Maria Ostrowski"


def test_kin_given_name_takes_a_hyphened_particle_surname():
    text = (
        "The family reached Halifax on Sunday. Omar al-Rashid and his wife walked into the "
        'hall.\n\n"We prayed for this day," said Grace Mullins, who runs the church group.\n\n'
        "His youngest daughter, 11-year-old Dana, carried a paper flag. "
        '"I like the snow," she said.'
    )
    assert _speaker_type(text, "I like the snow")[0] == "Dana al-Rashid"


def test_hyphened_particle_surname_is_one_name():
    text = '"We are home," said Omar al-Rashid, who drove a taxi in Damascus.'
    assert _speaker_type(text, "We are home")[0] == "Omar al-Rashid"
