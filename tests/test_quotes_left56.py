"""Rules of helper left56 (session 29), on sentences written for these tests."""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


# ------------------------------------- a time adverbial between a company and "issued"
def test_company_with_legal_form_and_time_before_issued_statement_saying():
    t = "Corven Mills Inc. on Thursday issued a statement saying the plant would reopen."
    assert has_quote(t, "Corven Mills", "the plant would reopen")


def test_company_with_legal_form_and_last_week_before_released_letter_that_said():
    t = "Pellow Foods Ltd. last week released a letter that said wages would rise."
    assert has_quote(t, "Pellow Foods", "wages would rise")


def test_company_with_legal_form_right_before_issued_keeps_its_row():
    t = "Pellow Foods Ltd. issued a statement saying wages would rise."
    assert has_quote(t, "Pellow Foods", "wages would rise")


# ------------------------------------------ a speaker's "for a group of" post-modifier
def test_content_before_ends_before_lawyers_for_a_group_of():
    t = "The fees were never disclosed, lawyers for a group of tenants said."
    rows = speech_rows(t)
    assert [q for _, _, q in rows] == ["The fees were never disclosed"], rows
    assert "lawyers" in rows[0][0]


def test_content_before_ends_before_a_spokesman_for_a_number_of():
    t = "The rent rose twice in a year, a spokesman for a number of landlords said."
    rows = speech_rows(t)
    assert [q for _, _, q in rows] == ["The rent rose twice in a year"], rows
    assert "spokesman for a number of landlords" in rows[0][0], rows


def test_bare_group_of_speaker_stays_the_group():
    t = "The fees were never disclosed, a group of tenants said."
    assert has_quote(t, "a group of tenants", "The fees were never disclosed")


# --------------------------------------------- "live on air", "late on Tuesday" after a cue
def test_said_live_on_air_that_is_not_content():
    t = "The coach said live on air that the trade was final."
    assert speech_rows(t) == [("The coach", "said", "the trade was final")]


def test_said_live_on_radio_that_is_not_content():
    t = "The coach said live on radio that the trade was final."
    assert speech_rows(t) == [("The coach", "said", "the trade was final")]


def test_late_on_a_day_after_the_cue_is_no_content():
    t = "The trade was final, the coach said late on Sunday."
    assert speech_rows(t) == [("the coach", "said", "The trade was final")]


def test_late_last_week_after_the_cue_is_no_content():
    t = "The trade was final, the coach said late last week."
    assert speech_rows(t) == [("the coach", "said", "The trade was final")]


# ----------------------------------- "made the point that" after a fronted adverbial
def test_fronted_adverb_then_lower_case_description_made_the_point():
    t = "Afterwards, the fire chief made the point that the hydrants were dry."
    assert has_quote(t, "the fire chief", "the hydrants were dry")


def test_fronted_time_then_description_made_the_argument():
    t = "On Sunday, the union's lawyer made the argument that the contract was void."
    assert has_quote(t, "lawyer", "the contract was void")


def test_made_the_comments_that_upset_the_crowd_is_no_speech():
    assert speech_rows("The fire chief made the comments that upset the council.") == []
    assert speech_rows("Ann Roe made a remark that hurt her campaign.") == []


def test_made_the_point_that_all_the_money_keeps_its_row():
    t = "Ann Roe made the point that all the money was gone."
    assert has_quote(t, "Ann Roe", "all the money was gone")


# ----------------------------------------------------------- "spoke about how A"
def test_spoke_about_how_is_indirect_speech():
    t = "Nadia Ferro spoke about how the shelter had lost its funding."
    assert has_quote(t, "Nadia Ferro", "how the shelter had lost its funding")


def test_often_talks_about_how_after_a_fronted_adverb():
    t = "These days, the coach often talks about how the rink shaped her."
    assert has_quote(t, "the coach", "how the rink shaped her")


def test_boasted_of_how_is_indirect_speech():
    t = "Nadia Ferro boasted of how the campaign had outspent its rivals."
    assert has_quote(t, "Nadia Ferro", "how the campaign had outspent its rivals")


def test_did_not_talk_about_how_is_no_speech():
    assert speech_rows("Nadia Ferro did not talk about how the shelter lost its funding.") == []


def test_talked_about_how_takes_the_clause_subject_not_the_if_clause():
    t = "Nadia Ferro ran the shelter. If you ask her, she talks about how the city let it fail."
    assert has_quote(t, "Nadia Ferro", "how the city let it fail")
