"""Given names from the 1990 US Census lists (session 14): a name new to
first_names.tsv gives "he"/"she" a gender to skip or take, and common words among
the census names stay out of the list. Every sentence here is invented."""

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from analysis import extract_quotes
from analysis.gender import first_name_gender

BUILD = Path(__file__).resolve().parents[1] / "analysis" / "resources" / "build_first_names.py"


def _speakers(text):
    q = extract_quotes(pd.DataFrame({"article_id": ["0"], "text": [text]}))
    return list(zip(q["speaker"], q["quote"], strict=True))


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Ezekiel Darrow, who built the bridge, spoke first. Thelma Thornbury, the "
            'mayor, listened. "We finished two months early," he said.',
            ("Ezekiel Darrow", "We finished two months early"),
        ),
        (
            "Thad Okoro coaches the Eastfield rowing club. Lorna Pike, the club president, "
            'was at practice. "The boats are ready for the regatta," he said.',
            ("Thad Okoro", "The boats are ready for the regatta"),
        ),
        (
            "Thelma Thornbury, the mayor of Eastfield, opened the new bridge on Monday. "
            "Ezekiel Darrow, the contractor who built it, stood beside her. "
            '"This bridge will carry trucks for a century," she said.',
            ("Thelma Thornbury", "This bridge will carry trucks for a century"),
        ),
    ],
)
def test_census_name_pronoun(text, want):
    assert _speakers(text) == [want]


def test_census_names_and_words():
    assert [first_name_gender(n) for n in ["Thelma", "Ezekiel", "Thad", "Beryl"]] == [
        "f",
        "m",
        "m",
        None,
    ]
    # common words and ambiguous syllables among the census names are not given names
    assert [first_name_gender(n) for n in ["Opal", "Marina", "Wei", "Harris"]] == [None] * 4


def test_build_gender_ratio():
    spec = importlib.util.spec_from_file_location("build_first_names", BUILD)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert [mod.census_gender(*f) for f in [(1.0, 0.05), (0.2, 0.1), (0, 0.3), (0, 0.009)]] == [
        "m",
        None,
        "f",
        None,
    ]


def test_labs_company_not_he():
    # "Damon" is a listed given name now: "Damon Labs" is still a company, not "he"
    text = (
        "Joe Marsh, president of the testing firm, said sales rose. Despite its size, "
        "Damon Labs recently decided to move to a larger site.\n\n"
        "He said testing was expected to add 18 mln dlrs to sales."
    )
    assert [s for s, _ in _speakers(text)] == ["Joe Marsh", "Joe Marsh"]
