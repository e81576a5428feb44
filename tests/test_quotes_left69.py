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
* 'I lost my savings, Greta Halvorsen wrote. I do not know which is worse.' /
  '"We trusted the caller," she wrote. I never once doubted them.': the unquoted
  first-person sentences right after a sentence-final "said"/"wrote" frame whose content
  is itself first person, in the same paragraph, carry the frame's speaker as a row of
  their own (``first_person_tails``). Not after third-person content ("Prices will
  rise, the mayor said. I expect ..." is the reporter's), not a sentence speaking of
  him/her ("I spoke to her after the hearing"), with a reporting verb of its own, or in
  the next paragraph.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows, speech_rows


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


def test_first_person_sentence_after_a_written_frame_carries():
    t = (
        "Her statement was read aloud.\n\nI lost my savings, but I also lost my sleep, "
        "Greta Halvorsen wrote. I do not know which is worse.\n\nThe court then took a break."
    )
    assert quote_rows(t, "speaker", "quote", "attribution")[-1] == (
        "Greta Halvorsen",
        "I do not know which is worse",
        "carried",
    )
    t = '"We trusted the caller," Greta Halvorsen wrote. I never once doubted them.\n\nThe judge thanked her.'
    assert has_quote(t, "Halvorsen", "I never once doubted them")
    t = "We were ready for the storm, Tom Vale said. But I never thought the roof would go."
    assert has_quote(t, "Vale", "But I never thought the roof would go")


def test_third_person_or_next_paragraph_stays_the_reporters():
    t = "Prices will rise, Mayor Ann Roe said. I expect the council to vote on Tuesday."
    assert len(speech_rows(t)) == 1
    t = '"We trusted the caller," Greta Halvorsen wrote. I spoke to her after the hearing.'
    assert len(speech_rows(t)) == 1
    t = "I think we will win, coach Tom Vale said. I asked him why."
    assert len(speech_rows(t)) == 1
    t = '"We trusted the caller," Greta Halvorsen wrote.\n\nI never once doubted them.'
    assert len(speech_rows(t)) == 1
