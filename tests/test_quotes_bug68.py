"""bug68: names, types and the splitter left by session 35 (own sentences, fictional).

1. An organisation's name that goes on with "of" after its head word
   (resources/org_names.txt: "Ministry", "Department", "Bank", "University", "Office")
   is taken whole in a speaker phrase after the cue ("said a spokesperson for the
   Ontario Ministry of Labour", "said the Bank of Nova Scotia"), with one "and" joining
   two capitalised runs ("the Department of Fisheries and Oceans") unless a given name
   or a title follows "and" (another speaker), and with the lower-case head the name
   modifies ("a University of Manitoba spokesperson"); a title before a name ("said
   University of Manitoba president Ann Roe") stays the name's
   (``np_right.org_of_name_end``). "the head of the University of Manitoba" is an
   unnamed person, as "the head of the University" was
   (``org_subjects._org_named``).
"""

from __future__ import annotations

import pandas as pd

from analysis import extract_quotes


def typed(text: str) -> list[tuple[str, str]]:
    q = extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return list(zip(q["speaker"], q["speaker_type"], strict=True))


# 1. organisation names with "of" after the cue


def test_spokesperson_for_ministry_of_keeps_the_whole_name():
    text = '"Workers must be paid," said a spokesperson for the Ontario Ministry of Labour.'
    assert typed(text) == [("a spokesperson for the Ontario Ministry of Labour", "anonymous")]
    text = '"The lab will reopen," said a spokesperson for the University of Manitoba in an email.'
    assert typed(text) == [("a spokesperson for the University of Manitoba", "anonymous")]
    text = '"The fire was accidental," said a spokesperson for the Office of the Fire Marshal.'
    assert typed(text) == [("a spokesperson for the Office of the Fire Marshal", "anonymous")]


def test_of_name_with_and_inside():
    text = (
        '"The season opens in May," said an official with the Department of Fisheries and Oceans.'
    )
    assert typed(text) == [("an official with the Department of Fisheries and Oceans", "anonymous")]
    text = (
        '"The fish are back," said the Department of Fisheries and Oceans, which runs the hatchery.'
    )
    assert typed(text) == [("the Department of Fisheries and Oceans", "organization")]


def test_bank_of_place_is_one_organisation():
    text = '"The closure was temporary," said the Bank of Nova Scotia.'
    assert typed(text) == [("the Bank of Nova Scotia", "organization")]
    text = '"Rates will fall," said a Bank of Nova Scotia economist.'
    assert typed(text) == [("a Bank of Nova Scotia economist", "anonymous")]


def test_and_before_another_speaker_or_clause_is_no_part_of_the_name():
    text = '"The lab will reopen," said the University of Manitoba and Ann Roe.'
    assert typed(text)[0][0] == "the University of Manitoba"
    text = '"Rates will fall," said the Bank of Canada and the finance department.'
    assert typed(text)[0][0] == "the Bank of Canada"


def test_title_before_name_after_of_name_stays_the_person():
    text = '"The lab will reopen," said University of Manitoba president Ann Roe.'
    assert typed(text) == [("Ann Roe", "person")]
    text = '"The fish are back," said Ann Roe of the Department of Fisheries and Oceans.'
    assert typed(text) == [("Ann Roe", "person")]


def test_head_of_of_name_is_an_unnamed_person():
    text = '"The lab will reopen," said the head of the University of Manitoba.'
    assert typed(text) == [("the head of the University of Manitoba", "anonymous")]
    text = '"Workers must be paid," said the head of the Ministry of Labour.'
    assert typed(text) == [("the head of the Ministry of Labour", "anonymous")]


def test_unlisted_head_before_of_is_not_extended():
    text = '"The lab will reopen," said a spokesperson for Acme Rail of Winnipeg.'
    assert typed(text) == [("a spokesperson for Acme Rail", "anonymous")]
