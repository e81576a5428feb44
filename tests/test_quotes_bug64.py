"""bug64: names and organisation names (own sentences, fictional)."""

from __future__ import annotations

from tests._quote_rows import speaker_of


# 1. a dotted country abbreviation inside an organisation's name stays in it


def test_us_stays_in_an_office_holders_organisation():
    text = (
        "Growers met in Moncton on Friday. The president of the U.S. Potato Growers' Guild "
        "said prices would fall."
    )
    assert speaker_of(text, "prices would fall") == "U.S. Potato Growers' Guild"


def test_uk_opening_a_sentence_stays_whole():
    text = "The U.K. Potato Council met on Friday. Prices would fall, the council said."
    assert speaker_of(text, "Prices would fall") == "U.K. Potato Council"


def test_us_organisation_named_again_by_its_head():
    text = (
        "The U.S. Potato Growers' Guild met on Friday. The president of the guild said "
        "prices would fall."
    )
    assert speaker_of(text, "prices would fall") == "U.S. Potato Growers' Guild"


def test_us_before_a_title_and_name_is_still_stripped():
    text = "Growers met on Friday. U.S. Senator Ann Roe said camps would close."
    assert speaker_of(text, "camps would close") == "Ann Roe"
