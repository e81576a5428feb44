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


def test_trailing_cue_after_a_colon_takes_the_quotation():
    rows = speech_rows(
        'Ann Grant was blunt about the town: "Selvane is no longer Selvane," she said.'
    )
    assert rows == [("Ann Grant", "said", "Selvane is no longer Selvane")]


def test_reported_clause_before_a_colon_and_the_quotation_after_it():
    rows = speech_rows(
        "Ann Grant asserted that the town had lost its way: "
        '"Selvane is no longer Selvane," she claimed.'
    )
    assert rows == [
        ("Ann Grant", "asserted", "the town had lost its way"),
        ("Ann Grant", "claimed", "Selvane is no longer Selvane"),
    ]


def test_colon_cut_leaves_a_leading_subordinate_clause_alone():
    rows = speech_rows(
        "When Tom Lee suggested that Selvane would sue the town, Ann Roe fired back: "
        '"Let them sue," she said.'
    )
    assert ("Tom Lee", "suggested", "Selvane would sue the town") in rows
    assert ("Ann Roe", "said", "Let them sue") in rows


def test_inverted_speaker_with_a_who_clause_interrupts_the_sentence():
    rows = speech_rows(
        "And the mayor, said Ellen Park, who worked for him for a decade, never forgets a face."
    )
    assert rows == [
        ("Ellen Park", "said", "And the mayor"),
        ("Ellen Park", "said", "never forgets a face"),
    ]


def test_and_then_a_subject_before_an_inserted_frame():
    rows = speech_rows("Ann Park spoke next. And the plan, she said, is dead.")
    assert [r[2] for r in rows] == ["And the plan", "is dead"]


def test_the_industry_group_is_the_association_named_before():
    rows = speech_rows(
        "The Insurance Bureau of Canada said premiums rose. "
        "The industry group has for years urged Ottawa to cut fees."
    )
    assert [r[0] for r in rows] == ["Insurance Bureau of Canada"] * 2


def test_the_group_never_takes_a_company():
    rows = speech_rows("Acme Corp. said prices fell. The group said Ottawa should cut fees.")
    assert rows[1][0] == "the group"
