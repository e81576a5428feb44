"""An amount object followed by a restrictive relative clause is a thing announced,
not speech ("announced a $500 billion investment that will create jobs"); a clause
after the verb still is. Sentences written for these tests."""

import pandas as pd
import pytest

import analysis


def _rows(text):
    q = analysis.extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    return list(zip(q["speaker"], q["quote"], strict=True))


@pytest.mark.parametrize(
    "text",
    [
        "Last week, Kestrel Foods announced an historic $500 million investment that will "
        "create 2,000 new jobs in the valley.",
        "The province announced a $12-million grant that will pay for two new clinics.",
        "The mill reported a profit of 40 cents a share, well above the 31 cents that "
        "analysts expected.",
        "Northwind Air announced a $90 million expansion which adds six routes next spring.",
    ],
)
def test_amount_object_with_relative_clause_is_no_quote(text):
    assert _rows(text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "The company announced that 300 jobs that were cut in May will return.",
            "300 jobs that were cut in May will return",
        ),
        (
            "Ann Roe said a $5 grant that was promised in March never came.",
            "a $5 grant that was promised in March never came",
        ),
        (
            "The minister announced 12 schools will close next year.",
            "12 schools will close next year",
        ),
    ],
)
def test_clause_content_stays_a_quote(text, quote):
    assert [q for _s, q in _rows(text)] == [quote]
