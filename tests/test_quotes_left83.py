"""left83's rules (session 42, rows left over from session 41), each checked on
sentences written for this file.

* "Tom Vale wondered aloud whether the ferry would run" / "wondered if A" / "wonders
  why A": an indirect question after "wonder" (and an optional "aloud") is no speech
  (the decision in force), so no row (``wondered_questions.wondered_question`` in
  ``nonspeech._not_a_speech_verb``); it was a row of Tom Vale. "Tom Vale asked
  whether A" keeps its row, and a quotation framed by "wondered" ('"Is it safe?" Tom
  Vale wondered.', 'Tom Vale wondered aloud: "..."') stays a quote.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speech_rows

_LEAD = "The council met on Monday.\n"


def _rows(text):
    return quote_rows(_LEAD + text, "speaker", "speaker_mention", "kind", "quote")


def test_wondered_aloud_whether_is_no_row():
    assert _rows("Tom Vale wondered aloud whether the ferry would run in March.") == []


def test_wondered_if_and_wonders_why_are_no_rows():
    assert _rows("Ann Roe wondered if the ferry would run in March.") == []
    assert _rows("Ann Roe wonders why the ferry stopped running in March.") == []


def test_asked_whether_keeps_its_row():
    rows = _rows("Tom Vale asked whether the ferry would run in March.")
    assert rows == [("Tom Vale", "Tom Vale", "indirect", "whether the ferry would run in March")]


def test_quotation_framed_by_wondered_stays():
    assert speech_rows(_LEAD + '"Will the ferry run?" Tom Vale wondered.') == [
        ("Tom Vale", "wondered", "Will the ferry run?")
    ]
    rows = _rows('Ann Roe wondered aloud: "Will the ferry run in March?"')
    assert rows == [("Ann Roe", "Ann Roe", "direct", "Will the ferry run in March?")]
