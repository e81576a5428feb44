"""left51's rules (session 26), on sentences written for these tests: a short adjunct
after a mid-sentence attribution ("Costs rose, she said, since 2019.") leaves the head as
the statement; "and Tom Vale said B" after an attribution with no content of its own
("In Halifax, the mayor said, and Tom Vale said B") is Vale's alone; "and" with a subject
of two words and a present verb ("and the waiting list keeps growing") goes on with the
statement. The mid-sentence shapes "HEAD, X said, TAIL" that already worked are pinned
too (the statement_id convention: two rows of one statement where both parts are
speech)."""

from __future__ import annotations

import pytest
from _quote_rows import quote_rows, speech_rows


# 1-2. a short adjunct after the insertion: the head alone is the statement
@pytest.mark.parametrize(
    ("text", "speaker", "head"),
    [
        ("Costs rose, she said, since 2019.", "she", "Costs rose"),
        ("Rents climbed, the agency said, since last spring.", "the agency", "Rents climbed"),
        ("Prices fell, he said, if needed.", "he", "Prices fell"),
        ("Costs climbed, he said, since the closures.", "he", "Costs climbed"),
        ("Taxes rose, the mayor said, because of fuel.", "the mayor", "Taxes rose"),
        ("Costs rose, she said, despite the new rules.", "she", "Costs rose"),
        ("Costs rose, she said, until last month.", "she", "Costs rose"),
    ],
)
def test_short_adjunct_tail_leaves_the_head(text, speaker, head):
    assert speech_rows(text) == [(speaker, "said", head)]


def test_already_head_only_tails():
    # these already gave the head only; pinned
    for text, head in (
        ("Sales dropped, Ann Roe said, after the strike.", "Sales dropped"),
        ("Wages stalled, he said, during the pandemic.", "Wages stalled"),
        ("Prices will fall, she said, if necessary.", "Prices will fall"),
        ("Rents have doubled, she said, since 2019.", "Rents have doubled"),
        ("The rink needs a new roof, the manager said, after years of leaks.", None),
    ):
        rows = quote_rows(text, "quote")
        assert len(rows) == 1, rows
        if head:
            assert rows == [(head,)]


def test_short_clause_after_subordinator_still_goes_on():
    # a clause after the subordinator stays a second row of the same statement
    q = quote_rows("Costs rose, the union said, unless council acts.", "quote", "statement_id")
    assert [r[0] for r in q] == ["Costs rose", "unless council acts"]
    assert q[0][1] == q[1][1]


# 3. a second attribution with its own speaker after "and"
@pytest.mark.parametrize(
    "text",
    [
        "In Halifax, the mayor said, and Tom Vale said the school would close.",
        "On Monday, the mayor said, and Tom Vale said the school would close.",
        "In Halifax, the mayor said, and the principal said the school would close.",
        "In Halifax, the mayor said, but Tom Vale said the school would close.",
    ],
)
def test_and_second_speaker_after_lead_adverbial(text):
    rows = speech_rows(text)
    assert [q for _, _, q in rows] == ["the school would close"], rows
    assert "mayor" not in rows[0][0]


def test_and_second_speaker_after_a_head_keeps_both():
    assert speech_rows(
        "The plan is dead, Ann Roe said, and Tom Vale said the school would close."
    ) == [
        ("Ann Roe", "said", "The plan is dead"),
        ("Tom Vale", "said", "the school would close"),
    ]
    assert speech_rows("Costs rose, the union said, and the mayor said taxes would follow.") == [
        ("the union", "said", "Costs rose"),
        ("the mayor", "said", "taxes would follow"),
    ]


# 4. "and" + a subject of two words + a present verb: the rest of the statement
@pytest.mark.parametrize(
    ("text", "tail"),
    [
        (
            "The clinic is full, the nurse said, and the waiting list keeps growing.",
            "and the waiting list keeps growing",
        ),
        (
            "The clinic is full, the nurse said, and the night shift works without a break.",
            "and the night shift works without a break",
        ),
        (
            "The rink is old, Ann Roe said, and the ice plant needs constant repairs.",
            "and the ice plant needs constant repairs",
        ),
    ],
)
def test_and_compound_subject_then_verb_goes_on(text, tail):
    q = quote_rows(text, "quote", "statement_id")
    assert [r[0] for r in q][1:] == [tail], q
    assert q[0][1] == q[1][1]


def test_and_noun_phrase_is_no_clause():
    for text in (
        "The clinic is full, the nurse said, and the other clinic too.",
        "The project is on time, the firm said, and on budget.",
    ):
        assert len(quote_rows(text, "quote")) == 1, text


# 4. mid-sentence attributions that already gave what a reader expects (pinned)
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "The bridge will close in May, the ministry said, because the deck has rusted through.",
            ["The bridge will close in May", "because the deck has rusted through"],
        ),
        (
            "The levy is unfair, Coun. Ann Roe said, adding that she would vote against it.",
            ["The levy is unfair", "she would vote against it"],
        ),
        (
            "Ridership fell by a third, the transit agency said, citing the fare increase.",
            ["Ridership fell by a third"],
        ),
        (
            "The mill will stay open, said Tom Vale, the union's local president.",
            ["The mill will stay open"],
        ),
        (
            "The fund is nearly empty, Ann Roe said, which means grants will stop in June.",
            ["The fund is nearly empty", "which means grants will stop in June"],
        ),
        (
            "The road was never safe, she said, while residents had warned the town for years.",
            ["The road was never safe", "while residents had warned the town for years"],
        ),
        (
            "The vote was close, the clerk said, with 412 ballots for and 398 against.",
            ["The vote was close"],
        ),
        (
            "Fees will rise, he said, but only for new members.",
            ["Fees will rise", "but only for new members"],
        ),
        (
            "The program works, Dr. Lena Park said, though it needs more money.",
            ["The program works", "though it needs more money"],
        ),
        (
            "The inquiry will resume, the commissioner said, once the documents arrive.",
            ["The inquiry will resume", "once the documents arrive"],
        ),
        (
            "The ferry is late again, a passenger said, for the third time this week.",
            ["The ferry is late again"],
        ),
        (
            "Crime fell last year, the chief said, to its lowest level since 2004.",
            ["Crime fell last year", "to its lowest level since 2004"],
        ),
        (
            "The strike could last weeks, the union said, unless the employer returns to the table.",
            ["The strike could last weeks", "unless the employer returns to the table"],
        ),
        (
            "The trail is closed, the parks agency said, and will stay closed until spring.",
            ["The trail is closed", "and will stay closed until spring"],
        ),
        (
            "Rents are out of reach, said Ann Roe, who has lived in the building for 20 years.",
            ["Rents are out of reach"],
        ),
        (
            "The dam is safe, the engineer said Tuesday, two days after the flood.",
            ["The dam is safe"],
        ),
    ],
)
def test_mid_sentence_attribution_shapes(text, quotes):
    assert [q for (q,) in quote_rows(text, "quote")] == quotes


def test_two_parts_of_one_statement_share_its_id():
    q = quote_rows(
        "The fund is nearly empty, Ann Roe said, which means grants will stop in June.",
        "statement_id",
    )
    assert len(q) == 2 and q[0] == q[1]


def test_second_quotation_after_the_insertion():
    rows = quote_rows(
        'The deal is done, the premier said, "and nobody can undo it."', "quote", "kind"
    )
    assert rows[0][0] == "The deal is done"
    assert rows[1][0].startswith("and nobody can undo it")
