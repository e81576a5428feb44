"""left68's rules (session 34, rows left by round 1), each checked on sentences written
for this file.

* "The aide who said the plan would fail resigned on Friday" / "In March, a nurse who
  said she was tired walked out": the content of a cue in a restrictive relative on the
  sentence's opening subject (also after a short time or place lead-in, "In March, a
  nurse who") ends before a past verb that follows the content's closed predicate (a
  bare verb after a modal, a participle after be/have; ``content._predicate_end`` in
  ``content._subject_relative_cut``); it ran on over the main verb. After a noun ("was
  jobs backed Lee", "workers hired in May") or a verb taking a participle ("would get
  fired", "felt relieved") there is still no cut.
* "The board members will meet in April. It said A" after a company quoted before: a word
  ending in "s" after "The <head>" with a tensed verb next ("will", "were", "voted") is a
  plural noun of the subject, not its verb (``orgs._noun_before_verb`` in
  ``orgs._org_topic_before``), so "It" stays the company; it was "the board". "The board
  will meet" and "The union disputes that" still make the body the topic.
* "Of the ballots cast, 60 per cent said yes, the returning officer said": a vote in a
  fronted "Of ..." phrase before the subject's comma makes "said yes" a vote count, no
  cue (``vote_answers._fronted_vote``; left67's rule stopped at the comma), so only the
  officer's row stays; "Of the growers surveyed, 60 per cent said yes" (no vote) and "In
  the ballots, ..." (no "Of" opening) keep the "yes" row.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


def test_relative_content_ends_before_the_main_past_verb():
    t = "The aide who said the plan would fail resigned on Friday."
    assert speech_rows(t) == [("the aide", "said", "the plan would fail")]
    t = "The organizer who said the march had stalled stepped down from the committee in June."
    assert has_quote(t, "organizer", "the march had stalled")


def test_relative_after_a_time_lead_in():
    t = "In March, a nurse who said she was tired walked out of the ward."
    assert speech_rows(t) == [("a nurse", "said", "she was tired")]
    t = "On Tuesday, the clerk who said the count would continue went home early."
    assert has_quote(t, "clerk", "the count would continue")


def test_no_cut_after_a_noun_or_a_participle_taker():
    t = "The aide who said the plan would hurt workers hired in May resigned."
    assert has_quote(t, "aide", "the plan would hurt workers hired in May resigned")
    t = "A nurse who said she felt relieved walked out."
    assert has_quote(t, "nurse", "she felt relieved walked out")
    t = "A majority of those who said their top issue was jobs backed Lee, but that group was small."
    got = speech_rows(t)
    assert got and got[0][2].endswith("that group was small")


_ACME = "Acme Rail Corp. said on Monday that fares would rise in the spring. "


def test_plural_noun_after_the_head_is_no_topic_verb():
    t = (
        _ACME
        + "The board members will meet in April. It said the new schedule would be posted online."
    )
    assert has_quote(t, "Acme Rail", "the new schedule would be posted online")
    t = (
        _ACME
        + "The union members voted on Sunday. It said the new schedule would be posted online."
    )
    assert has_quote(t, "Acme Rail", "the new schedule would be posted online")


def test_the_body_with_its_own_verb_stays_the_topic():
    t = _ACME + "The board will meet in April. It said the new schedule would be posted online."
    assert has_quote(t, "the board", "the new schedule would be posted online")
    t = _ACME + "The union disputes that. It said the new schedule would be posted online."
    assert has_quote(t, "the union", "the new schedule would be posted online")


def test_fronted_of_phrase_with_a_vote_is_a_vote_count():
    t = "Of the ballots cast, 60 per cent said yes, the returning officer said."
    assert speech_rows(t) == [
        ("the returning officer", "said", "Of the ballots cast, 60 per cent said yes")
    ]
    t = "Of those who voted, most said no, the clerk said."
    assert speech_rows(t) == [("the clerk", "said", "Of those who voted, most said no")]


def test_fronted_phrase_without_a_vote_keeps_the_answer():
    t = "Of the growers surveyed, 60 per cent said yes, the association said."
    assert has_quote(t, "60 per cent", "yes")
    t = "In the ballots, 60 per cent said yes, the officer said."
    assert has_quote(t, "60 per cent", "yes")
