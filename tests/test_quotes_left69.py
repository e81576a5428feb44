"""left69's rules (session 35, rows left by session 34), each checked on sentences
written for this file.

* "The rules were written for another era, the lawyer said, when the tribunal sat twice a
  year": a "when" clause after an inserted frame that tells more of the time noun ending
  the clause before it (resources/when_relative_heads.txt: "era", "days", "time", ...)
  goes on with the statement, as a second row of the same speaker (the written
  guidelines' "A, he said, and B" / "because B" halves are two spans;
  ``additions._when_relative_goes_on``). After another word ("..., the minister said,
  when the bill passed") or with "he"/"she"/"it"/"they" as its subject (the speaker's
  own time of saying: "..., when she visited the town") it stays the writer's.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


def test_when_relative_after_an_inserted_frame_is_a_second_row():
    t = "The rules were written for another era, the lawyer said, when the tribunal sat twice a year."
    assert speech_rows(t) == [
        ("the lawyer", "said", "The rules were written for another era"),
        ("the lawyer", "said", "when the tribunal sat twice a year"),
    ]
    t = "It was a different time, the coach said, when we trained on an outdoor rink."
    assert has_quote(t, "coach", "when we trained on an outdoor rink")
    t = "The mill was busy in those days, the retired foreman said, when the town had three shifts."
    assert has_quote(t, "foreman", "when the town had three shifts")


def test_when_of_the_saying_stays_the_writers():
    t = "The plant will close next year, the minister said, when she visited the town on Friday."
    assert speech_rows(t) == [("the minister", "said", "The plant will close next year")]
    t = "The levy will be repealed, the mayor said, when the council met on Tuesday."
    assert speech_rows(t) == [("the mayor", "said", "The levy will be repealed")]
    t = "The rules were fine for their time, the lawyer said, when asked about the appeal."
    assert speech_rows(t) == [("the lawyer", "said", "The rules were fine for their time")]
