"""Rows left by session 33 round 1 (left65): sentences written for these tests."""

from tests._quote_rows import speech_rows


def test_time_opener_then_unnamed_who_relative_with_a_cue():
    rows = speech_rows(
        "In March, a nurse who asked not to be named said the ward was short of staff."
    )
    assert rows == [("a nurse", "said", "the ward was short of staff")]


def test_day_opener_then_who_relative_asking_for_anonymity():
    rows = speech_rows(
        "On Monday, a porter who asked for anonymity said the lifts had failed twice."
    )
    assert rows == [("a porter", "said", "the lifts had failed twice")]


def test_name_before_described_who_relative_still_names_the_speaker():
    rows = speech_rows("He met Al Roe, a banker who said taxes would rise.")
    assert rows == [("Al Roe", "said", "taxes would rise")]


def test_cue_inside_content_is_still_no_speaker_phrase():
    rows = speech_rows("Critics said closed primaries deny voters a say, the mayor told reporters.")
    assert ("critics", "said", "closed primaries deny voters a say") in [
        (s.lower(), c, q) for s, c, q in rows
    ]


def test_lone_manner_adverb_before_a_colon_carries_the_last_speaker():
    rows = speech_rows('"We are done," Ann Roe said. Quietly: "It is over now."')
    assert rows[-1] == ("Ann Roe", "said", "It is over now.")
    assert all(s != "Quietly" for s, _, _ in rows)


def test_more_adverb_lead_in_before_a_colon():
    rows = speech_rows('"The dam held," Tom Vale said. Very softly: "We were lucky this time."')
    assert rows[-1] == ("Tom Vale", "said", "We were lucky this time.")


def test_manner_adverb_line_in_a_new_paragraph():
    rows = speech_rows(
        '"We are done," Ann Roe said.\n\nQuietly: "It is over now, and we all know it."'
    )
    assert rows[-1] == ("Ann Roe", "said", "It is over now, and we all know it.")


def test_given_name_in_ly_before_a_colon_stays_a_speaker():
    rows = speech_rows('The panel met at noon. Kelly: "We need more buses on the late routes."')
    assert rows == [("Kelly", ":", "We need more buses on the late routes.")]


def test_dated_document_keeps_its_determiner_and_month():
    rows = speech_rows("A Feb. 1 letter from the legion said the hall would close.")
    assert rows == [("a Feb. 1 letter from the legion", "said", "the hall would close")]


def test_dated_memo_with_full_month_name():
    rows = speech_rows("The March 3 memo from the deputy minister warned that fares would rise.")
    assert [s.lower() for s, _, _ in rows] == ["the march 3 memo from the deputy minister"]


def test_date_after_the_cue_is_no_subject():
    rows = speech_rows("Ann Roe said on March 3 that the hall would close.")
    assert rows == [("Ann Roe", "said", "the hall would close")]


def test_contact_relative_subject_is_the_speaker():
    rows = speech_rows("The road the mayor promised to fix is still closed.")
    assert [(s.lower(), c) for s, c, _ in rows] == [("the mayor", "promised")]


def test_contact_relative_with_a_two_word_head():
    rows = speech_rows("The ferry terminal the council promised to rebuild is still shut.")
    assert [(s.lower(), c) for s, c, _ in rows] == [("the council", "promised")]


def test_head_with_a_preposition_is_no_contact_relative():
    rows = speech_rows("The head of the union said fares would rise.")
    assert [s.lower() for s, _, _ in rows] == ["the head of the union"]


def test_infinitive_content_ends_before_a_new_subject_clause():
    rows = speech_rows("Ann Roe vowed to fight, but the council voted to close the pool.")
    assert rows == [("Ann Roe", "vowed", "to fight")]


def test_infinitive_content_with_object_ends_before_and_new_clause():
    rows = speech_rows("Tom Vale promised to hire nurses, and the hospital board has agreed.")
    assert rows == [("Tom Vale", "promised", "to hire nurses")]


def test_infinitive_content_with_a_list_stays_whole():
    rows = speech_rows("Ann Roe promised to repair the roads, the bridges and the ferry dock.")
    assert rows == [("Ann Roe", "promised", "to repair the roads, the bridges and the ferry dock")]


def test_leading_gerund_then_title_subject_and_past_verb():
    rows = speech_rows("Noting that the pier was unsafe, the mayor left the meeting.")
    assert rows == [("the mayor", "Noting", "the pier was unsafe")]


def test_leading_gerund_then_two_word_subject_and_left():
    rows = speech_rows("Noting that the pier was unsafe, the harbour master left the meeting.")
    assert rows == [("the harbour master", "Noting", "the pier was unsafe")]


def test_leading_gerund_then_subject_and_regular_past():
    rows = speech_rows("Arguing that fares were too high, the transit union staged a walkout.")
    assert rows == [("the transit union", "Arguing", "fares were too high")]


def test_partitive_of_a_plural_noun_with_who_clause_takes_the_description():
    rows = speech_rows(
        "One of the employees who stayed, a support team lead who asked not to be named, "
        "said the line would reopen."
    )
    assert rows == [("a support team lead", "said", "the line would reopen")]


def test_partitive_of_a_plural_noun_takes_the_apposed_description():
    rows = speech_rows("One of the nurses, a night-shift charge nurse, said the ward was full.")
    assert rows == [("a night-shift charge nurse", "said", "the ward was full")]
