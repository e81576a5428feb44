"""left80's rules (session 40 round 2, rows left by round 1), each checked on sentences
written for this file.

* "A, the utility said Monday, so crews can repair the gate": "so", a short subject and
  "can"/"could" (no "not") after a frame set off inside its content open a purpose
  clause, the writer's reason for the news, not a second statement
  (``additions._purpose_clause`` in ``frame_tail_adjunct`` and
  ``_subordinate_clause_goes_on``); the row of A stays. A result clause ("..., the
  company said, so it cut its forecast") keeps its row, and "so that ..." stays no row as before.
* "Ann Roe, asked afterward what she would do, paused for a long time": an apposed
  "asked" with no agent, at most one adverb and a question word ends its question at
  the participle's closing comma before a lower-case word (the subject's own verb), as
  "asked by reporters whether ..." did (``asked_participles.apposed_asked_post``); the
  question ran on into "paused for a long time". A comma before a relative or a
  conjunction ("whether the plan, which cost $4 million, would work") is inside it.
"""

from __future__ import annotations

from tests._quote_rows import speech_rows


def test_purpose_clause_after_a_dated_frame_is_no_row():
    t = "The water level will drop by four metres before October, the utility said Monday, so crews can repair a gate at the dam."
    rows = speech_rows(t)
    assert rows == [
        ("the utility", "said", "The water level will drop by four metres before October")
    ]


def test_purpose_clause_with_could_after_a_named_frame():
    t = "The bridge will be closed to traffic for two weeks, Marc Tremblay said, so workers could replace the deck."
    assert [q for _, _, q in speech_rows(t)] == [
        "The bridge will be closed to traffic for two weeks"
    ]


def test_result_clause_after_a_frame_keeps_its_row():
    t = "Sales fell for a third year, the company said, so it cut its forecast."
    assert ("the company", "said", "so it cut its forecast") in speech_rows(t)


def test_apposed_asked_with_an_adverb_ends_at_the_closing_comma():
    t = "Ann Roe, asked afterward what she would say to the mayor, paused for a long time."
    assert speech_rows(t) == [("Ann Roe", "asked", "what she would say to the mayor")]


def test_apposed_asked_later_where():
    t = "Marc Tremblay, asked later where the money went, shrugged and walked away."
    assert [q for _, _, q in speech_rows(t)] == ["where the money went"]


def test_apposed_asked_then_said_keeps_both_rows():
    t = "Ann Roe, asked afterward what she would say to the mayor, said she would apologize."
    rows = speech_rows(t)
    assert ("Ann Roe", "asked", "what she would say to the mayor") in rows
    assert ("Ann Roe", "said", "she would apologize") in rows
