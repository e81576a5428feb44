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
  head ("the 34-year-old woman") stays someone new.
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
