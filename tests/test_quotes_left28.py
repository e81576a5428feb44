"""Rules from left28: a court's or tribunal's document as the speaker ("the decision
said"), a hearing panel resolved to the body that seats it, and the smaller fixes of
the session. Sentences written for these tests."""

from __future__ import annotations

from _quote_rows import quote_rows, speech_rows


def test_the_decision_speaks():
    rows = speech_rows(
        'The court rejected the appeal. "The claim has no merit," the decision said.'
    )
    assert [(r[0], r[2]) for r in rows] == [("the decision", "The claim has no merit")]


def test_the_judgment_and_ruling_speak_as_documents():
    rows = quote_rows('"The statute is clear," the judgment stated.', "speaker", "speaker_type")
    assert rows == [("the judgment", "document")]  # (session 25: typed as resolve_speakers does)
    rows = quote_rows('"The suit fails," the ruling said.', "speaker", "speaker_type")
    assert rows == [("the ruling", "document")]


def test_a_decision_before_a_relative_clause_is_no_speaker():
    rows = speech_rows("A decision the mayor said would save money was reversed.")
    assert [r[0] for r in rows] == ["the mayor"]


def test_decision_goes_to_the_body_that_said_in_its_decision():
    text = (
        "The Ontario Labour Board said in its ruling that the strike was legal. "
        "The ruling said the union had given notice."
    )
    rows = speech_rows(text)
    assert [r[0] for r in rows] == ["the Ontario Labour Board"] * 2


def test_hearing_panel_is_the_regulator_named_before():
    text = (
        "The Canada Energy Regulator approved the pipeline on Thursday. The three-member "
        "hearing panel said in its decision that the expansion was in the public interest."
        '\n\n"The panel was not persuaded," the decision said.'
    )
    rows = speech_rows(text)
    assert [r[0] for r in rows] == ["Canada Energy Regulator"] * 2


def test_the_regulator_is_the_board_named_before():
    rows = speech_rows(
        "The Ontario Energy Board raised rates on Monday. The regulator said costs had grown."
    )
    assert [r[0] for r in rows] == ["Ontario Energy Board"]


def test_a_place_after_near_is_not_the_speaker():
    rows = quote_rows(
        "Even the farmers near Selvane say the river has never been so low.",
        "speaker",
        "speaker_type",
    )
    assert rows == [("the farmers near Selvane", "group")]


def test_dispatch_recordings_are_no_source():
    rows = speech_rows(
        "The warning was never passed on to the crew, according to dispatch recordings "
        "reviewed by the board."
    )
    assert not any(r[1] == "according to" for r in rows)


def test_the_report_is_the_body_its_director_heads():
    text = (
        "The Harbour Safety Board's chair, Ann Roe, wrote in the report that the crew "
        "acted lawfully.\n\nThe report said the second mate had sounded the alarm."
    )
    rows = speech_rows(text)
    assert [r[0] for r in rows] == ["Ann Roe", "Harbour Safety Board"]


def test_the_report_of_a_person_with_no_body_stays_hers():
    text = (
        "Ann Roe wrote in the report that the crew acted lawfully.\n\n"
        "The report said the second mate had sounded the alarm."
    )
    rows = speech_rows(text)
    assert [r[0] for r in rows] == ["Ann Roe", "Ann Roe"]


def test_camelcase_company_is_never_she():
    text = (
        "The board met on Monday. ReganBooks, the publisher, said it would cut prices. "
        '"We need jobs," she said.'
    )
    rows = speech_rows(text)
    assert rows[-1][0] != "ReganBooks"


def test_camelcase_surname_is_still_he():
    text = 'Gen. Douglas MacArthur said the war would end. "We need time," he said.'
    assert [r[0] for r in speech_rows(text)] == ["Douglas MacArthur"] * 2


def test_group_named_with_a_plural_is_never_he():
    text = 'The board met. Hispanic Patriots endorsed the mayor on Monday. "We need jobs," he said.'
    assert speech_rows(text)[-1][0] == "he"


def test_but_before_a_leading_adverbial_is_no_content():
    rows = speech_rows("But in 1990, she said, the plant closed.")
    assert [(r[0], r[2]) for r in rows] == [("she", "the plant closed")]


def test_and_the_subject_keeps_both_sides():
    rows = speech_rows("And the plan, she said, is dead.")
    assert [r[2] for r in rows] == ["And the plan", "is dead"]


def test_colon_quotation_then_an_apposition_is_one_row():
    rows = speech_rows(
        'Ann Grant said that taxes would fall: "We will cut them," a view many share.'
    )
    assert rows == [("Ann Grant", "said", 'taxes would fall: "We will cut them,"')]


def test_colon_quotation_then_an_attribution_is_still_cut():
    rows = speech_rows(
        'Ann Grant said that France had lost its way: "France is no longer France," she claimed.'
    )
    assert [(r[1], r[2]) for r in rows] == [
        ("said", "France had lost its way"),
        ("claimed", "France is no longer France"),
    ]


def test_the_retired_welder_is_the_one_who_retired_as_a_welder():
    for intro in (
        "Ernest Kowal, 81, who retired as a welder in 1998,",
        "Ernest Kowal, a welder who retired in 1998,",
    ):
        text = (
            f"{intro} has lived on the street since 1979. His neighbour, Ann Brody, moved in "
            'last year.\n\n"They never asked us," the retired welder said.'
        )
        assert speech_rows(text)[0][0] == "Ernest Kowal"
