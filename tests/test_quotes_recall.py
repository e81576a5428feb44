"""Recall of the quote engine (issue 12): frames the rules used to miss, each on
sentences written for these tests, and the non-frames that must stay out."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import extract_quotes


def quotes(text: str) -> pd.DataFrame:
    return extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))


def rows(text: str) -> list[tuple[str, str]]:
    return [tuple(x) for x in quotes(text)[["speaker", "quote"]].values.tolist()]


# ------------------------------------------------- the subject across an insertion


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        (
            "The baker Ann Lee, who sold bread at the fair for years, said on the radio "
            "that she favoured the new plan.",
            "Ann Lee",
            "she favoured the new plan",
        ),
        (
            "Mr. Ivo Stam, quoting ''an old rule of trade,'' said the shop could open two "
            "more branches.",
            "Ivo Stam",
            "the shop could open two more branches",
        ),
        (
            "The nurses who walked out in May, for example, said the problem was the night shifts.",
            "the nurses",
            "the problem was the night shifts",
        ),
        (
            "The growers whose crops failed say the real cause was the late frost.",
            "the growers",
            "the real cause was the late frost",
        ),
        (
            "The mayor, three weeks ago, said that the dam had cracked.",
            "The mayor",
            "the dam had cracked",
        ),
    ],
)
def test_subject_across_an_insertion(text, speaker, quote):
    got = rows(text)
    assert len(got) == 1
    assert got[0][1] == quote
    assert speaker.lower().split()[-1] in got[0][0].lower()


def test_no_inversion_before_a_clause_verb():
    # "said the shop could grow": "the shop" is the subject of the content
    got = rows("Ms. Oda, wearing a red coat, said the shop could grow next year.")
    assert got == [("Oda", "the shop could grow next year")]


def test_lowercase_modifiers_between_a_quotation_and_its_speaker():
    got = rows('"We will not stop now," former Gov. Mara Bell of Ardena said.')
    assert got == [("Mara Bell", "We will not stop now")]
    got = rows('"We are done here," longtime aide Rob Coyle said.')
    assert got == [("Rob Coyle", "We are done here")]
    got = rows('"Welcome to the spring fair, everyone," master of ceremonies Asab Lunde said.')
    assert got == [("Asab Lunde", "Welcome to the spring fair, everyone")]


def test_a_participle_cue_right_after_the_frame_has_its_own_content():
    q = quotes('The council will need a "plan B," Pell said, adding that the vote is near.')
    assert q["quote"].tolist() == ['The council will need a "plan B,"', "the vote is near"]
    assert q["cue"].tolist() == ["said", "adding"]


def test_a_colon_after_a_leading_adverbial_announces_the_next_paragraph():
    text = (
        "At the harvest fair, she declared:\n\n"
        "\u201cEvery farm in this valley will have clean water by the end of the decade.\u201d"
    )
    q = quotes(text)
    assert q["quote"].tolist() == [
        "Every farm in this valley will have clean water by the end of the decade."
    ]
    assert q["cue"].tolist() == ["declared"]


def test_content_ends_at_a_clause_break_before_the_next_cue():
    text = (
        "Half of the farmers said the plan is fair, compared with the small share of "
        "the fishers who say the same about the tax."
    )
    assert quotes(text)["quote"].tolist() == ["the plan is fair", "the same about the tax"]


# ------------------------------------------------- a frame inside its content


@pytest.mark.parametrize(
    "text, parts",
    [
        (
            "Her aim, she said, is to keep the dam safe for another century.",
            ["Her aim", "is to keep the dam safe for another century"],
        ),
        (
            "The ferry service, he said, runs more often than it did last year.",
            ["The ferry service", "runs more often than it did last year"],
        ),
        (
            "The new road, said Mayor Ulla Brandt, will cost the town a great deal.",
            ["The new road", "will cost the town a great deal"],
        ),
    ],
)
def test_a_parenthetical_frame_gives_two_rows_of_one_statement(text, parts):
    q = quotes(text)
    assert q["quote"].tolist() == parts
    assert q["statement_id"].nunique() == 1
    assert (q["attribution"] == "attributed").all()


@pytest.mark.parametrize(
    "text, quote",
    [
        ("In 1990, she said, the valley had no water at all.", "the valley had no water at all"),
        (
            "Farmers backed the levy, Mr. Brandt said, even though the vote was close.",
            "Farmers backed the levy",
        ),
    ],
)
def test_a_leading_adverbial_or_a_trailing_adjunct_is_no_parenthetical(text, quote):
    assert quotes(text)["quote"].tolist() == [quote]


# ------------------------------------------------- verb forms


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The weekly paper reports that the mill will close in May.", "reports"),
        ("Mayor Ulla Brandt promises that the mill will stay open.", "promises"),
        ("Ulla Brandt continues: \u201cThe mill is the heart of this town.\u201d", "continues"),
        ('"Not before the vote," Ulla Brandt answered.', "answered"),
        ("The report concludes that the mill cannot be saved.", "concludes"),
    ],
)
def test_more_verb_forms(text, cue):
    assert quotes(text)["cue"].tolist() == [cue]


def test_the_united_states_is_no_cue():
    assert quotes("Exports from the United States rose by a third last year.").empty


# ------------------------------------------------- adverbs, participles, subjects


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        ("Lee politely suggested that the vote be moved to June.", "Lee", None),
        (
            "Mr. Vance spoke for an hour, falsely suggesting that the dam was unsafe.",
            "Vance",
            "the dam was unsafe",
        ),
        (
            "Ola Berg left the stage early \u2013 saying she had a train to catch.",
            "Ola Berg",
            "she had a train to catch",
        ),
        ("Mr. Olsen, after first saying he would skip the fair, came anyway.", "Olsen", None),
        (
            "The vote went ahead, with Senator Ida Marsh telling reporters she would fight "
            "the plan.",
            "Ida Marsh",
            "she would fight the plan",
        ),
        (
            "Older members are slightly more likely to say that the fee is too high.",
            "members",
            None,
        ),
        (
            "Large majorities of the dairy farmers polled in the three valleys said they "
            "back the levy.",
            "majorities",
            "they back the levy",
        ),
        (
            "The mayor issued a statement Tuesday saying the bridge would reopen.",
            "The mayor",
            "the bridge would reopen",
        ),
        (
            '"The harvest came late this year," delegate Rolf Tam, holding a basket of '
            "plums, said as the market closed.",
            "Rolf Tam",
            "The harvest came late this year",
        ),
        (
            "The river rose two feet overnight, Wilkes said during a visit to the dam.",
            "Wilkes",
            "The river rose two feet overnight",
        ),
        ("The Daily Ledger reports that the mill will close.", "Daily Ledger", None),
    ],
)
def test_more_frames_are_read(text, speaker, quote):
    got = rows(text)
    assert len(got) == 1
    assert speaker.lower() in got[0][0].lower()
    if quote is not None:
        assert got[0][1] == quote


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        (
            "A source close to him said Lee would stay in the race.",
            "a source close to him",
            "Lee would stay in the race",
        ),
        (
            "Jolly said the ferry would run again in May.",
            "Jolly",
            "the ferry would run again in May",
        ),
    ],
)
def test_speaker_words_that_look_like_other_things(text, speaker, quote):
    assert rows(text) == [(speaker, quote)]


def test_said_yes_is_a_statement_but_said_so_is_not():
    assert rows("Asked if the levy was fair, 61 percent of the growers said yes.") == [
        ("61 percent of the growers", "yes")
    ]
    assert quotes("Lee said so.").empty


@pytest.mark.parametrize(
    "text, cue",
    [
        ('As the critic Ann Vole put it, "The show is a long walk to nowhere."', "put it"),
        ('Mr. Lee shot back, "Read the report before you judge it."', "shot back"),
        ('"We will win," Lee continued. "Nobody can stop us."', "continued"),
        ('Lee continued: "Nobody can stop us now."', "continued"),
    ],
)
def test_phrasal_and_continuing_cues(text, cue):
    q = quotes(text)
    assert not q.empty and (q["cue"] == cue).all()
    assert q["statement_id"].nunique() == 1


@pytest.mark.parametrize(
    "text",
    [
        "The rain continued, and by noon the road was closed.",
        "Lee continued her tour of the valley all week.",
        "Mr. Vance's reported profit is far higher than his rivals say in public.",
        "Court reports show that the group spent a lot on mail.",
        "BOOM: The mayor finally gets his bridge after ten long years.",
        "Update: The count in the race for mayor.",
        "Contributing: Ann Vole and Rolf Tam, The Daily Ledger",
        "Lee is out: the race for mayor of the town is open now.",
    ],
)
def test_no_speech_here(text):
    assert quotes(text).empty


def test_a_name_before_a_colon_headline_is_still_a_speaker():
    q = quotes("Vole: The Mayor Will Win The Race In The Fall.\n\nThe race is close.")
    assert q["speaker"].tolist() == ["Vole"]


# ------------------------------------------------- a colon announcing the next paragraph


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Ivo Marsh, 17, echoed:\n\n"
            "\u201cThe new school is the best thing that has happened to this town.\u201d",
            "Ivo Marsh",
        ),
        (
            "After the flood, the mayor released the following statement:\n\n"
            "\u201cOur thoughts are with every family that lost a home this week.\u201d",
            "the mayor",
        ),
    ],
)
def test_a_colon_sentence_announces_the_quotation_paragraph(text, speaker):
    q = quotes(text)
    assert q["speaker"].tolist() == [speaker]
    assert q["kind"].tolist() == ["direct"]


def test_a_colon_before_a_list_or_a_short_phrase_is_no_quote():
    assert quotes("Here is the list:\n\n\u201cApples, pears, plums and figs.\u201d").empty


def test_told_them_comma_to_applause_is_no_request():
    q = quotes("Mr. Dale told the crowd, to loud applause, that the mill would stay.")
    assert q["quote"].tolist() == ["the mill would stay"]
