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
