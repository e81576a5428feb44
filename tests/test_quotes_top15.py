"""The most-quoted speaker per article and named speakers (session 15): a name after
an inverted cue and a modified "role of field" ("said former secretary of state Ann
Roe"), and the speaker of a "..., asking" / "by saying" participle after a ", but" /
", while" clause with a subject of its own. Every sentence here is invented."""

import pandas as pd
import pytest

from analysis import extract_quotes


def _speakers(text):
    q = extract_quotes(pd.DataFrame({"article_id": ["0"], "text": [text]}))
    return list(zip(q["speaker"], q["quote"], strict=True))


@pytest.mark.parametrize(
    "text, want",
    [
        (
            '"The first defense is the town itself," said former secretary of state Ann '
            "Corr, who praised the mayor.",
            ("Ann Corr", "The first defense is the town itself"),
        ),
        (
            '"We are ready," said former director of sales Tom Vale.',
            ("Tom Vale", "We are ready"),
        ),
        (
            '"We are ready," said director of sales Tom Vale.',
            ("Tom Vale", "We are ready"),
        ),
    ],
)
def test_modified_role_of_field_before_a_name(text, want):
    assert want in _speakers(text)


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Lou Brand pivoted to talking about trade, but Dale Wallis brought him back to "
            "the tariffs, asking Brand to share his views on the levy.",
            ("Dale Wallis", "to share his views on the levy"),
        ),
        (
            "Voters watch a veteran, Ann Corr, argue that the system is unfair, while her "
            "main rival, Ben Tolle, has soared in the polls by saying that the system is "
            "rigged.",
            ("Ben Tolle", "the system is rigged"),
        ),
    ],
)
def test_participle_after_a_clause_of_its_own(text, want):
    assert want in _speakers(text)


def test_participle_after_the_main_clause_keeps_its_subject():
    text = "Lou Brand spoke for an hour at the mill, saying the levy was unfair."
    assert ("Lou Brand", "the levy was unfair") in _speakers(text)
    text = '"We will win," Lou Brand said, adding that the levy was unfair.'
    assert ("Lou Brand", "the levy was unfair") in _speakers(text)
