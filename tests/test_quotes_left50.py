"""left50's rules (session 26), on sentences written for these tests: a short clause
after "A, X said, unless/since/because" (one statement, two rows, as left36 decided for
longer ones), a passive cue after an apposition inside the content ("the grant, worth
$5,000, was promised"), two coordinated names whose first carries an aside ("Ann Roe,
who chairs the board, and Tom Vale said": the pair, as "Ann Roe and Tom Vale said"), a
count with its lead as a group speaker ("At least 21,000 said"), the asker of "Asked by X
how many ..." (already right), and rows that do not depend on the other articles of the
frame."""

from __future__ import annotations

import pandas as pd
import pytest
from _quote_rows import has_quote, quote_rows, speaker_of

from analysis import extract_quotes


# 1. "A, X said, <subordinator> <short clause>": both halves, one statement
@pytest.mark.parametrize(
    ("text", "head", "tail"),
    [
        (
            "Costs rose, the union said, unless the bonus counts.",
            "Costs rose",
            "unless the bonus counts",
        ),
        (
            "Taxes will rise, the mayor said, unless council acts.",
            "Taxes will rise",
            "unless council acts",
        ),
        (
            "Prices fell, Ann Roe said, since the plant closes.",
            "Prices fell",
            "since the plant closes",
        ),
        ("Rents jumped, she said, because the mill shut.", "Rents jumped", "because the mill shut"),
        ("Sales held, he said, although demand slipped.", "Sales held", "although demand slipped"),
        ("The talks failed, he said, so officials left.", "The talks failed", "so officials left"),
    ],
)
def test_short_clause_after_subordinator_goes_on(text, head, tail):
    rows = quote_rows(text, "quote", "statement_id")
    assert [q for q, _ in rows] == [head, tail], rows
    assert len({s for _, s in rows}) == 1, rows  # one statement


def test_longer_subordinate_clause_still_goes_on():
    # left36's shape, unchanged
    rows = quote_rows("Costs rose, the union said, unless you count the bonus.", "quote")
    assert rows == [("Costs rose",), ("unless you count the bonus",)]


def test_no_clause_after_subordinator_is_not_content():
    # no verb after the subordinator: the head is not joined to a clause
    for text in (
        "Rents rose, she said, since the closures.",
        "Costs rose, she said, because of fuel.",
        "Sales rose, she said, though not by much.",
    ):
        assert len(quote_rows(text, "quote")) <= 1, text
    assert quote_rows("Crime fell, she said, before the election.", "quote") == [("Crime fell",)]


# 2. a passive cue after an apposition stays inside the content
@pytest.mark.parametrize(
    "content",
    [
        "the grant, worth $5,000, was promised in June",
        "the grant, a gift, was announced in June",
        "the bridge, built in 1952, was promised a repair",
        "the plan, which cost $5, was announced Monday",
        "the payment, worth 1.5 million, was announced Monday",
    ],
)
def test_passive_cue_after_apposition_is_inside_content(content):
    assert has_quote(f"She said {content}.", "she", content)


def test_apposition_without_cue_already_whole():
    text = "Ann Roe said the contract, worth about $2 million, would be signed next week."
    assert has_quote(
        text, "Ann Roe", "the contract, worth about $2 million, would be signed next week"
    )


def test_passive_report_after_clause_still_ends_content():
    assert has_quote("Roe said the plan was dead, it was reported.", "Roe", "the plan was dead")


# 3. coordinated names, the first with an aside
@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe, who chairs the board, and Tom Vale said the school would stay open.",
        "Ann Roe, 54, and Tom Vale said the school would stay open.",
        "Ann Roe, the mayor, and Tom Vale said the school would stay open.",
        "Mayor Ann Roe, who took office in May, and Councillor Tom Vale said the school "
        "would stay open.",
    ],
)
def test_aside_on_first_of_two_names_keeps_the_pair(text):
    rows = quote_rows(text, "speaker", "speaker_type", "quote")
    assert rows == [("Ann Roe and Tom Vale", "group", "the school would stay open")], rows


def test_aside_pair_resolves_names_given_before():
    text = (
        "Senator Mitch McConnell spoke on Monday. McConnell, who leads the Senate majority, "
        "and Paul Ryan said the bill would pass."
    )
    assert speaker_of(text, "the bill would pass") == "Mitch McConnell and Paul Ryan"


def test_plain_pair_and_lower_case_second_unchanged():
    assert speaker_of(
        "Ann Roe and Tom Vale said the school would stay open.", "the school would stay open"
    ) == ("Ann Roe and Tom Vale")
    text = "The premier, who spoke in Regina, and the minister said the deal was done."
    assert speaker_of(text, "the deal was done") == "the minister"


# 4. a count with its lead is a group speaker
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("At least 21,000 said they would vote for the plan.", "At least 21,000"),
        ("More than 3,000 said they had lost power.", "More than 3,000"),
        ("Nearly 200 said they opposed the tower.", "Nearly 200"),
        ("Almost 60 said they would vote.", "Almost 60"),
        ("About 40 per cent said they would move.", "About 40 per cent"),
        ("Only 12% said they would move.", "Only 12%"),
        ("The poll found that fewer than 100 said they would move.", "fewer than 100"),
    ],
)
def test_count_with_lead_is_a_group(text, speaker):
    rows = quote_rows(text, "speaker", "speaker_type")
    assert rows == [(speaker, "group")], rows


def test_counted_noun_unchanged():
    assert quote_rows(
        "Nearly 200 people said they opposed the tower.", "speaker", "speaker_type"
    ) == [("Nearly 200 people", "group")]


# 5. "Asked by X how many ...": a question row, asked by X (already right)
def test_asked_by_names_the_asker():
    text = "Asked by Ann Roe how many permits the city expected to issue, the clerk said about 40."
    rows = quote_rows(text, "speaker", "cue", "quote")
    assert ("Ann Roe", "Asked", "how many permits the city expected to issue") in rows
    assert ("the clerk", "said", "about 40") in rows
    text = "Asked by reporters whether he would run again, the mayor said he had not decided."
    assert ("reporters", "Asked", "whether he would run again") in quote_rows(
        text, "speaker", "cue", "quote"
    )


# 6. an article's rows do not depend on the other articles of the frame
def test_rows_do_not_depend_on_other_articles():
    texts = [
        "Ann Roe is the mayor of Elm Creek. She said taxes would not rise. "
        '"We will hold the line," Roe said.',
        "Tom Vale runs the mill. He said 40 jobs would go. "
        '"It is a hard day," the manager said. At least 300 said they would protest.',
        "The union said costs rose. Costs rose, the union said, unless the bonus counts.",
    ]
    cols = ["start", "end", "speaker", "speaker_type", "cue", "quote"]
    together = extract_quotes(pd.DataFrame({"article_id": ["a", "b", "c"], "text": texts}))
    reverse = extract_quotes(pd.DataFrame({"article_id": ["c", "b", "a"], "text": texts[::-1]}))
    for aid, text in zip("abc", texts, strict=True):
        alone = extract_quotes(pd.DataFrame({"article_id": [aid], "text": [text]}))
        want = alone[cols].values.tolist()
        assert want, aid
        assert together[together.article_id == aid][cols].values.tolist() == want
        assert reverse[reverse.article_id == aid][cols].values.tolist() == want
