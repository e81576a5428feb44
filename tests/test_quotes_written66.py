"""w58's rules (session 28, the fiftyeighth written batch), each checked on sentences
written for this file.

* "The lead plaintiff, a single mother named Ann Roe, said A": a description subject whose
  apposition names its person with "named" is that person (new module
  ``analysis/quotes/named_appositions.py``), and a later "she" can take her; it was the
  description, and the next "she" went to the woman named before.
* "Ann Roe ... The 52-year-old accountant said" / "the 63-year-old retired bus driver
  said": an unaged "the <age>-year-old" with a job noun head after lower-case modifiers
  (a listed role word or a job ending, up to three words) is the person a "he"/"she"
  would name (``kin._aged_job_words``), as a bare "the 52-year-old" already was; a generic
  head ("the 34-year-old woman") stays someone new; the left noun phrase keeps the age
  before a listed and an unlisted modifier ("the 63-year-old retired truck driver", not
  "driver").
* "Acme Builders Ltd. issued a statement saying A": the issuer of the document keeps the
  company's legal form and its period (``nonspeech._company_suffix_dot``); the speaker was
  "a statement", and the next '"B," the statement said' stayed "the statement".
* "Keira Roe, 19, said ... '"A," the teenager said'": "the teenager"/"the teen" is the
  last person given an age from 13 to 19 in apposition before it (spk37's role cue,
  ``analysis/resources/role_cues.txt``: "teenager"/"teen" cued by an age 13-19).
* "A, Ann Roe told a crowded hotel ballroom late Monday after ...": venue nouns
  (ballroom, banquet, luncheon, dinner, breakfast, theatre, arena, classroom) are
  listeners of "told" (``cues._LISTENERS``), so the content is A, not the object.
* "A, lawyers alleged Thursday in a proposed class action filed in <court>.": "in a
  lawsuit / class action / court filing" (with a "filed in ..." tail ending the sentence
  or before "that") is skipped after the cue like "in a statement", so the content is A.
* 'he heard what he described as "a gunshot, then a groan"': "described as" is a verb of
  naming in ``formats._LABEL_RELATIVE_RE`` like "what he called" (the quotation was
  missed).
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers(text, quote):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_named_apposition_gives_the_description_its_person():
    text = (
        "Kim Lee said the hearing would take a week. The lead plaintiff, a retired "
        "welder named Ann Roe, said she joined the case in March."
    )
    assert _speakers(text, "she joined the case in March") == ["Ann Roe"]


def test_named_apposition_person_takes_the_next_she():
    text = (
        "Kim Lee said the hearing would take a week. The lead plaintiff, a retired "
        "welder named Ann Roe, said she joined the case in March.\n\n"
        '"It felt like my turn," she said.'
    )
    assert _speakers(text, "It felt like my turn") == ["Ann Roe"]


def test_description_without_named_apposition_stays_a_description():
    text = (
        "Kim Lee said the hearing would take a week. The lead plaintiff, a retired "
        "welder from Brandon, said she joined the case in March."
    )
    assert _speakers(text, "she joined the case in March") != ["Ann Roe"]


def test_aged_job_noun_is_the_person_just_quoted():
    text = (
        'Tom Vale was walking home when the roof fell. "It was loud," he said. '
        "The 52-year-old accountant said he saw two men carried out."
    )
    assert _speakers(text, "he saw two men carried out") == ["Tom Vale"]


def test_aged_modified_job_noun_is_the_person_just_quoted():
    text = (
        'Tom Vale waited outside the store. "They all know each other," he said. '
        '"Ask anyone," the 63-year-old retired bus driver said.'
    )
    assert _speakers(text, "Ask anyone") == ["Tom Vale"]


def test_aged_generic_head_stays_someone_new():
    text = (
        'Ann Roe waited outside the store. "It was shut," she said. '
        "The 34-year-old woman said she saw two men leave."
    )
    assert _speakers(text, "she saw two men leave") != ["Ann Roe"]


def test_company_with_legal_form_issues_a_statement():
    text = "Acme Builders Ltd. issued a statement saying it would co-operate with inspectors."
    assert _speakers(text, "it would co-operate with inspectors") == ["Acme Builders Ltd."]


def test_person_issuing_a_statement_keeps_the_person():
    text = "Tom Vale issued a statement saying he would co-operate with inspectors."
    assert _speakers(text, "he would co-operate with inspectors") == ["Tom Vale"]


def test_teenager_is_the_person_given_a_teen_age():
    text = (
        "Ann Lee and Keira Roe both scored. Roe, 19, said her grandmother had flown in.\n\n"
        '"She cried the whole game," the teenager said.'
    )
    assert _speakers(text, "She cried the whole game") == ["Keira Roe"]


def test_teenager_without_a_teen_age_stays_the_description():
    text = (
        'Ann Lee, 44, and Keira Roe both scored.\n\n"She cried the whole game," the teenager said.'
    )
    assert _speakers(text, "She cried the whole game") == ["the teenager"]


def test_told_a_ballroom_is_a_listener_and_the_content_comes_first():
    text = (
        "The town had sent a message to the province, Ann Roe told a crowded hotel "
        "ballroom late Monday after she won the seat."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Ann Roe", "The town had sent a message to the province") in rows
    assert not any(q.startswith("a crowded") for _, q in rows)


def test_alleged_in_a_class_action_filed_in_a_court_takes_the_content_before():
    text = (
        "Three bakeries fixed the price of bread for a decade, the plaintiffs alleged "
        "Thursday in a proposed class action filed in a Winnipeg court."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert any(q.startswith("Three bakeries fixed the price of bread") for _, q in rows)
    assert not any("class action" in q for _, q in rows)


def test_alleged_in_a_lawsuit_filed_somewhere_that_keeps_the_clause():
    text = "The plaintiffs alleged in a lawsuit filed in Winnipeg that three bakeries fixed prices."
    assert _speakers(text, "three bakeries fixed prices") == ["the plaintiffs"]


def test_what_he_described_as_is_his_quotation():
    text = (
        'Tom Vale was on the sidewalk when he heard what he described as "a gunshot, then a groan".'
    )
    assert _speakers(text, "a gunshot, then a groan") == ["Tom Vale"]


def test_a_name_described_as_without_a_relative_is_no_quotation():
    text = 'A group described as "Friends of the Old Mill Park" has formed in the town.'
    assert quote_rows(text, "quote") == []
