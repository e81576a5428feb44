"""Speaker phrases left from session 14: a quoted nickname inside a name ('John
"Tig" Tiegen said'), a lower-case role of several words before the name after an
inverted cue, a list of people "of" an organisation whose name has a comma, and a
short clause before "Name said". Every sentence here is invented."""

import pandas as pd
import pytest

from analysis import extract_quotes


def _rows(text):
    q = extract_quotes(pd.DataFrame({"article_id": ["0"], "text": [text]}))
    return list(zip(q["speaker"], q["quote"], strict=True))


@pytest.mark.parametrize(
    "text, first, last",
    [
        (
            'The convoy was stopped at dawn. "We held the gate," John “Tig” Tiegen said. '
            "Later Tiegen said the team was tired.",
            "John Tiegen",
            "We held the gate",
        ),
        (
            'The mill will close. "It is over," Robert "Bobby" Vale said. Vale said the '
            "workers were told on Monday.",
            "Robert Vale",
            "It is over",
        ),
    ],
)
def test_a_quoted_nickname_stays_inside_the_name(text, first, last):
    rows = _rows(text)
    assert rows[0] == (first, last)
    assert [s for s, _ in rows] == [first, first]


def test_a_quoted_title_is_still_a_quotation():
    rows = _rows('Ann Roe called the plan "Bold" in a letter on Monday.')
    assert all("Bold" not in s for s, _ in rows)


def test_a_quoted_word_in_a_title_case_headline_is_still_a_quotation():
    from analysis.quotes.blocks import drop_nicknames, find_blocks

    t = "Ann Roe Tells Why She Felt “Lost” As A Girl\n\nAnn Roe spoke on Monday."
    blocks = find_blocks(t)
    assert drop_nicknames(t, blocks, t)[0] == blocks


@pytest.mark.parametrize(
    "role", ["master of ceremonies", "chief of staff", "director of sales", "secretary of state"]
)
def test_a_lower_case_role_of_a_field_before_the_name_after_an_inverted_cue(role):
    rows = _rows(f'"We are proud of this town," said {role} Ann Roe.')
    assert rows == [("Ann Roe", "We are proud of this town")]


@pytest.mark.parametrize(
    "org",
    ["the University of Selvane, Norwick,", "the University of Selvane", "Calder Mills Corp"],
)
def test_two_people_of_an_organisation_are_the_speakers(org):
    rows = _rows(f"Ann Roe and Tom Vale of {org} suggest that the lake is shrinking.")
    assert rows == [("Ann Roe and Tom Vale", "the lake is shrinking")]


def test_one_person_of_a_university_with_its_campus():
    rows = _rows("Ann Roe of the University of Selvane, Norwick, suggests that the lake is dry.")
    assert rows == [("Ann Roe", "the lake is dry")]


@pytest.mark.parametrize(
    "text, want",
    [
        ("Sales rose, Ann Roe said on Tuesday.", [("Ann Roe", "Sales rose")]),
        ("Prices fell, Ann Roe said.", [("Ann Roe", "Prices fell")]),
    ],
)
def test_a_two_word_clause_before_name_said_is_the_content(text, want):
    assert _rows(text) == want


@pytest.mark.parametrize("lead", ["Last week", "On Tuesday", "Even so"])
def test_two_words_without_a_verb_before_name_said_are_no_content(lead):
    assert all(q != lead for _, q in _rows(f"{lead}, Ann Roe said."))
