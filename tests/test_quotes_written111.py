"""w103's rules (session 37, the hundred-and-third written batch), each checked on
sentences written for this file.

* "The farm's general manager said in an interview that A" / "The rabbi of Congregation X
  ... said B", named only paragraphs on by a new full name with an echo of that role
  ("NAME, who has managed the farm since 2016, said", "NAME, a mechanical engineer who
  ...", "Rabbi NAME said"): that person, for the description's statement and the
  "he"/"she" statements between (``role_named_further``); they were the description, the
  bare pronoun or a man named before. A name without an echo, or another speaker in
  between, leaves the description alone.
* '"B," he said.' right after "A park warden, who asked not to be named because he was
  not authorized to speak, said A": the anonymous source, when its own anonymity clause
  gives the pronoun's gender and no person is named between
  (``anonymous_pronouns.pronoun_after_anonymous_source``); it was a man named before the
  source. A clause of the other gender leaves the pronoun alone.
* 'The rabbi of Congregation X, who has led ..., called the damage "a wound to the whole
  city" and said B': a label quotation whose subject is a description with a capitalised
  "of" body before its apposition (``formats._label_subject``); the quotation was no row.
  A lower-case "of" tail ("The head of the local board, who ..., called") is not read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import quote_rows, speaker_of_start
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA103 = ROOT / "tests" / "data" / "written_news103"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------------------------- role named further on


def test_possessed_role_named_paragraphs_later_by_who_clause():
    text = (
        "The co-operative's general manager told reporters at the dock that the season "
        "had been the worst in a decade.\n\n"
        '"We lost three boats to the ice in February," he said.\n\n'
        "The harbour was nearly empty on Tuesday.\n\n"
        "Rupert Almeida-Strand, who has managed the co-operative since 2012, said the "
        "members would vote on a new levy in May."
    )
    assert speaker_of_start(text, "the season had been the worst") == "Rupert Almeida-Strand"
    assert speaker_of_start(text, "We lost three boats") == "Rupert Almeida-Strand"


def test_role_of_body_named_later_by_title_and_apposition():
    text = (
        "The pastor of Holy Rosary Parish said the bell had been stolen.\n\n"
        "Parishioners gathered on Sunday.\n\n"
        "Pastor Emeka Doucet-Fraser said the bell weighed 300 kilograms."
    )
    assert speaker_of_start(text, "the bell had been stolen") == "Emeka Doucet-Fraser"
    text1 = (
        "The rabbi of Congregation Or Hadash, who has led the synagogue since 2014, said "
        "the windows would be replaced.\n\n"
        "Neighbours swept up glass on Monday.\n\n"
        "Rabbi Yonah Feldberg-Cruz said the community had raised $8,000 overnight."
    )
    assert speaker_of_start(text1, "the windows would be replaced") == "Yonah Feldberg-Cruz"
    text2 = (
        "The mill's chief engineer told the hearing that the dam had been inspected twice.\n\n"
        "The hearing resumed after lunch.\n\n"
        "Ottilie Brandsma-Yeo, a structural engineer who joined the mill in 2019, said the "
        "inspection reports were public."
    )
    assert speaker_of_start(text2, "the dam had been inspected twice") == "Ottilie Brandsma-Yeo"


def test_role_named_further_needs_an_echo_and_no_speaker_between():
    text = (
        "The co-operative's general manager told reporters that the season had been poor.\n\n"
        "The harbour was nearly empty on Tuesday.\n\n"
        "Rupert Almeida-Strand, a retired teacher who lives near the wharf, said the boats "
        "should stay in."
    )
    assert speaker_of_start(text, "the season had been poor") != "Rupert Almeida-Strand"
    text2 = (
        "The co-operative's general manager told reporters that the season had been poor.\n\n"
        "Fisher Dale Pinkney-Roux said the ice had come early.\n\n"
        "Rupert Almeida-Strand, who has managed the co-operative since 2012, said a levy "
        "was coming."
    )
    assert speaker_of_start(text2, "the season had been poor") != "Rupert Almeida-Strand"


# ------------------------------------------------------------- anonymous source's pronoun

_WARDEN = (
    "Geologist Marcel Oduya-Brandt of Acadia University said the cliff had moved 30 "
    "centimetres. He added that more rock would fall in spring.\n\n"
    "A park warden, who asked not to be named because he was not authorized to speak to "
    "reporters, said the trail should have closed in March.\n\n"
    '"We all saw the cracks," he said.'
)


def test_pronoun_after_anonymous_source_is_that_source():
    assert speaker_of_start(_WARDEN, "We all saw the cracks") == "a park warden"
    text = (
        "Deputy mayor Colm Ferreira-Nash said the budget was balanced.\n\n"
        "An employee who spoke on condition of anonymity because she feared losing her job "
        'said two positions had been cut. "Nobody told us until the Friday," she said.'
    )
    assert speaker_of_start(text, "Nobody told us") == "an employee"


def test_pronoun_of_other_gender_than_the_anonymity_clause_stays():
    text = _WARDEN.replace("because he was not", "because she was not")
    assert speaker_of_start(text, "We all saw the cracks") == "Marcel Oduya-Brandt"


# ------------------------------------------------------------- 'The rabbi of X, who ..., called'


def test_label_quote_of_description_with_of_body_before_apposition():
    text = (
        "The rabbi of Congregation Or Hadash, who has led the synagogue since 2014, called "
        'the attack "an insult to every family in this town" and said the windows would '
        "be replaced."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert "an insult to every family in this town" in [q for _, q in rows]
    text2 = (
        "The principal of Riverview Collegiate, who joined the school in 2019, called the "
        'vote "a gift to the students" and thanked the trustees.'
    )
    assert "a gift to the students" in [q for _, q in quote_rows(text2, "speaker", "quote")]


def test_label_subject_not_extended_over_lower_case_of_tail():
    text = (
        'A group of residents, who met on Tuesday, called the park "a place nobody visits '
        'any more" in a letter.'
    )
    assert "a place nobody visits any more" not in [
        q for _, q in quote_rows(text, "speaker", "quote")
    ]


# ------------------------------------------------------------- the batch itself


def test_hundredthird_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA103)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 165
    earlier = _ids_before(bench, DATA103)
    assert not {a[0] for a in arts} & earlier


def test_hundredthird_batch_scores_hold(bench):
    # blind P 1.000 R 0.965 F1 0.982 speaker 0.896 (170 gold); gold fix (167): R 0.982
    # F1 0.991; after w103's rules speaker 0.963
    res = bench.score(bench.load(DATA103))
    assert res["p"] >= 0.99
    assert res["r"] >= 0.975
    assert res["f1"] >= 0.985
    assert res["speaker"] >= 0.96
