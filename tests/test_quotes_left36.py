"""left36's rules (session 25), on sentences written for these tests: a subordinate
clause that goes on with the statement after a mid-sentence attribution ("A, she said,
unless B"), "and B" after "A, according to X,", a participle after "said in a
statement," (the act, not the words), rows inside a content-first clause ("The band had
asked the firm to pay, Lee said": one statement), and shapes that already worked (dash
insertions, "told him so")."""

from __future__ import annotations

from _quote_rows import has_quote, quote_rows, speech_rows


# 1. a subordinate clause after "A, she said,"
def test_unless_clause_goes_on():
    text = "Wait times will grow, the nurse said, unless the province hires more staff."
    assert has_quote(text, "the nurse", "Wait times will grow")
    assert has_quote(text, "the nurse", "unless the province hires more staff")


def test_since_clause_goes_on():
    text = "Rents have doubled, Mayor Tom Hale said, since the mill closed in 2019."
    assert has_quote(text, "Tom Hale", "Rents have doubled")
    assert has_quote(text, "Tom Hale", "since the mill closed in 2019")


def test_although_so_if_clauses_go_on():
    for text, tail in (
        (
            "The deal is fair, the union said, although members wanted more.",
            "although members wanted more",
        ),
        (
            "Sales fell sharply, Ann Roe said, so the company cut its forecast.",
            "so the company cut its forecast",
        ),
        (
            "The strike will end, she said, if the employer returns to the table.",
            "if the employer returns to the table",
        ),
    ):
        rows = quote_rows(text, "quote", "statement_id")
        assert [q for q, _ in rows][-1] == tail, rows
        assert len({s for _, s in rows}) == 1, rows  # one statement


def test_already_working_tails_unchanged():
    # "because", "but", "which" and "while" + a clause worked before left36
    assert has_quote(
        "The plant will close next year, she said, because the orders have dried up.",
        "she",
        "because the orders have dried up",
    )
    assert has_quote(
        "Costs keep climbing, the mayor said, while revenues have stayed flat.",
        "the mayor",
        "while revenues have stayed flat",
    )


def test_narration_after_insertion_is_no_content():
    # "before leaving", "while touring", "since 2019", "so far": no clause of the speaker
    for text in (
        "The vote was rigged, she said, before leaving the room.",
        "The council will vote again, he said, while touring the site.",
        "Rents have doubled, she said, since 2019.",
        "The plan is working, she said, so far at least.",
    ):
        rows = speech_rows(text)
        assert len(rows) == 1, rows


def test_speaker_refusal_is_the_writers():
    text = "Three projects are on hold, Tom Hale said, though he would not name the developers."
    assert speech_rows(text) == [("Tom Hale", "said", "Three projects are on hold")]


def test_speaker_hope_is_hers():
    text = "The plant will close, she said, although she hopes to return."
    assert has_quote(text, "she", "although she hopes to return")


# 2. "A, according to X, and B"
def test_and_clause_after_according_to():
    text = "The mill will close, according to Ann Roe, and 200 jobs will go."
    assert has_quote(text, "Ann Roe", "The mill will close")
    assert has_quote(text, "Ann Roe", "and 200 jobs will go")
    text = "Prices rose 4 per cent, according to the agency, and rents climbed faster."
    assert has_quote(text, "the agency", "and rents climbed faster")


def test_and_clause_after_according_to_with_a_determiner():
    text = "Wait times will grow, according to the nurses' union, and the province has no plan."
    assert has_quote(text, "union", "and the province has no plan")


def test_and_phrase_after_according_to_is_no_clause():
    text = (
        "The fire is one of 62 burning in the area, according to the agency, and one of 11"
        " considered out of control."
    )
    assert [q for _, _, q in speech_rows(text)] == ["The fire is one of 62 burning in the area"]


def test_but_clause_after_according_to_unchanged():
    text = "Sales fell in May, according to Statistics Canada, but exports held up."
    assert has_quote(text, "Statistics Canada", "but exports held up")


# 3. a participle after "said in a statement,"
def test_pointing_to_after_statement_is_no_content():
    text = "Prices will keep rising, the group said in a statement, pointing to fuel costs."
    assert speech_rows(text) == [("the group", "said", "Prices will keep rising")]


def test_referring_to_after_a_day_is_no_content():
    text = "Prices will keep rising, the group said on Tuesday, referring to a new report."
    assert speech_rows(text) == [("the group", "said", "Prices will keep rising")]


def test_noting_that_after_statement_is_speech():
    text = "Prices will keep rising, the group said in a statement, noting that fuel costs doubled."
    assert has_quote(text, "the group", "Prices will keep rising")
    assert has_quote(text, "the group", "fuel costs doubled")


# 4. a reported verb inside a content-first clause
def test_asked_inside_content_first_clause():
    text = "The First Nation had asked the company to pay for the road, Keesick said."
    assert speech_rows(text) == [
        ("Keesick", "said", "The First Nation had asked the company to pay for the road")
    ]


def test_told_by_another_inside_content_first_clause_stays():
    # a "said" / "told" of another speaker is relayed: the words are the teller's (spk32)
    text = "Her brother told the council the dam would fail, Ann Roe said."
    assert has_quote(text, "brother", "the dam would fail")


def test_inside_direct_quotation_unchanged():
    text = '"The minister had urged the banks to lower rates," the economist said.'
    assert [s for s, _, _ in speech_rows(text)] == ["the economist"]


def test_claim_denied_keeps_both():
    # the frame after the clause is no "A, X said": both reports stay
    text = "Ann Roe said the plant was safe, a claim the union denied."
    assert has_quote(text, "Ann Roe", "the plant was safe")


# 5. dash-parenthetical attributions (already worked)
def test_dash_insertion():
    text = "Taxes will rise — Ann Roe said — but not soon."
    assert has_quote(text, "Ann Roe", "Taxes will rise")
    assert has_quote(text, "Ann Roe", "but not soon")
    text = "The new arena — the council said — will open in 2027."
    assert has_quote(text, "the council", "will open in 2027")


# 6. "told him so": no content (already worked)
def test_told_him_so_is_no_row():
    assert speech_rows("The mayor told him so at the meeting.") == []


def test_told_the_outer_speaker_keeps_the_inner_row():
    # the outer speaker is the listener: the words are the teller's, as heard
    text = "Her doctor, Dr. Ann Lee, told Roe the pills were safe, Roe said."
    assert has_quote(text, "Ann Lee", "the pills were safe")
    text = "Her doctor told her the pills were safe, Jane Roe said."
    assert has_quote(text, "doctor", "the pills were safe")


def test_according_to_after_a_report_holds_it():
    # "according to X" after "Lee says A": X's report (PolNeAR train and the written sets
    # both score better with one row: checked by reading the moved cases)
    text = "The premier said he had spoken with the prime minister, according to Tom Hale."
    assert [s for s, _, _ in speech_rows(text)] == ["Tom Hale"]


def test_other_speaker_after_the_subordinator():
    # the clause after "although" / "but" has a speaker and cue of its own
    text = "Wait times will grow, she said, although the minister said the plan would work."
    assert speech_rows(text) == [
        ("she", "said", "Wait times will grow"),
        ("the minister", "said", "the plan would work"),
    ]
    text = "Wait times will grow, she said, but Mayor Tom Hale told reporters the plan would work."
    assert has_quote(text, "she", "Wait times will grow")
    assert has_quote(text, "Tom Hale", "the plan would work")


def test_two_word_clause_before_unless():
    text = "Costs rose, the union said, unless you count the bonus."
    assert has_quote(text, "the union", "Costs rose")
    assert has_quote(text, "the union", "unless you count the bonus")


def test_no_other_speaker_without_a_finite_cue():
    text = "The firm had a clean year, the analyst wrote, but the profit warning was a shock."
    assert has_quote(text, "the analyst", "but the profit warning was a shock")
    text = "The league will pick a host in May, she said, and Moose Jaw had already asked to host."
    assert has_quote(text, "she", "and Moose Jaw had already asked to host")
