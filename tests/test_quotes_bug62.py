"""Splitter, mention-index and nested-report bugs noticed in session 31 (bug62).
Sentences written for this test."""

from tests._quote_rows import speech_rows


def test_pm_ends_the_reporting_sentence():
    rows = speech_rows(
        "The yes side won in all three towns, the returning officer said shortly after "
        "10 p.m. Turnout was 71 per cent."
    )
    assert rows == [("the returning officer", "said", "The yes side won in all three towns")]


def test_pm_ends_the_content():
    rows = speech_rows(
        "Ann Roe said the count ended shortly after 10 p.m. Turnout was 71 per cent."
    )
    assert rows == [("Ann Roe", "said", "the count ended shortly after 10 p.m")]


def test_pm_before_a_weekday_stays_in_the_content():
    rows = speech_rows("Ann Roe said the meeting would start at 7 p.m. Tuesday in the arena.")
    assert rows == [("Ann Roe", "said", "the meeting would start at 7 p.m. Tuesday in the arena")]


def test_am_before_a_time_zone_stays_in_the_content():
    rows = speech_rows("Tom Vale said polls close at 8 a.m. ET in the east.")
    assert rows == [("Tom Vale", "said", "polls close at 8 a.m. ET in the east")]
