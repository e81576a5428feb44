"""Rules from left27: a focus adverb opening a speaker phrase, and a cue inside a
"whose" clause. Sentences written for these tests."""

from __future__ import annotations

from _quote_rows import speech_rows


def test_even_is_no_part_of_the_speaker():
    rows = speech_rows("Even those who back the mayor say the new bridge is too expensive.")
    assert [r[0] for r in rows] == ["those who back the mayor"]


def test_even_before_a_described_group():
    rows = speech_rows("Even the farmers say the river has never been so low.")
    assert [r[0] for r in rows] == ["the farmers"]


def test_even_after_a_quotation():
    rows = speech_rows('"It costs too much," even the residents say.')
    assert [(r[0], r[2]) for r in rows] == [("the residents", "It costs too much")]


def test_even_alone_names_stay():
    rows = speech_rows("Mayor Tova Brandt said the bridge was too expensive.")
    assert rows[0][0] == "Tova Brandt"


def test_whose_noun_speaks_not_the_antecedent():
    rows = speech_rows(
        "Ellen Marsh, whose spokesman said that the plan was dead, left the city on Monday."
    )
    assert rows and rows[0][0] == "spokesman"


def test_whose_clause_closed_before_the_cue_stays_with_the_name():
    rows = speech_rows(
        "Mrs. Ellen Marsh, whose husband signed the act into law, has said that the act works."
    )
    assert ("Ellen Marsh", "said", "the act works") in rows


def test_a_stretch_of_time_before_the_cue_keeps_the_subject():
    assert speech_rows("The group has for years urged the council to close the plant.") == [
        ("the group", "urged", "to close the plant")
    ]
    assert speech_rows("Ann Roe has in recent weeks argued that the plant is unsafe.") == [
        ("Ann Roe", "argued", "the plant is unsafe")
    ]


def test_a_stretch_of_time_before_the_auxiliary():
    rows = speech_rows("The union for many years has said that the mill is unsafe.")
    assert rows == [("the union", "said", "the mill is unsafe")]
