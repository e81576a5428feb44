"""left78's rules (session 39 round 2, rows left by round 1), each checked on sentences
written for this file.

* "A, she told the council, because B" / "A, the group said in a letter to the
  minister, because B": a frame set off after its content whose cue is followed by a
  listener or a place ("the council", "to the minister", "in a letter to the
  minister", "at the meeting") and then the comma before a subordinate clause reads as
  the short frame "A, she said, because B" does (``listener_tails.listener_tail_end`` in
  ``additions._add_parenthetical``): A is a row, and the "because" clause is a second
  row of the same speaker (the written convention for "because" tails); other
  subordinators give what the short frame gives. It kept only B ("told the council") or gave no row ("in a letter
  to the minister"). A listener followed by its own clause ("told the minister the fee
  is too high, because B") is no such frame.
* "A, drivers said Monday, and the owner of the mill they supply warned that B": after a
  frame set off inside its content, "and"/"but" + a new subject (led by a determiner or
  a capital) + a cue + "that" starts a new statement (``additions._subject_cue_that`` in
  ``_add_parenthetical``): A is the first speaker's row, B the new subject's; B was read
  into the first row, or A was lost. Not a speech noun ("and the claim that B is
  false") nor a back-shifted "had conceded that" (still the first speaker's report).
* "Work will begin once the province announces its capital plan": a present-tense
  "announces"/"reports"/"reveals" with a noun-phrase object inside a clause opened by
  once/when/until/after/before names an event still to come, no statement
  (``timed_announcements.timed_announcement`` in ``nonspeech._not_a_speech_verb``). It
  was a row with "its capital plan" as the content. "after the province announced
  its plan" (past: PolNeAR's reported act), "once the province announces that B" and
  "when the minister announces the route will run B" (a clause) stay rows.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


def test_told_listener_then_because_keeps_both_halves():
    t = "The bridge will stay closed until spring, Mayor Ann Roe told the council, because the steel is rusted."
    assert has_quote(t, "Ann Roe", "The bridge will stay closed until spring")
    assert has_quote(t, "Ann Roe", "because the steel is rusted")


def test_said_in_a_letter_to_a_listener_then_because():
    t = (
        "The licence fee is too high, the growers' co-op said in a letter to the minister, "
        "because most members earn less than $30,000."
    )
    assert has_quote(t, "co-op", "The licence fee is too high")
    assert has_quote(t, "co-op", "because most members earn less than $30,000")


def test_said_at_a_meeting_then_because():
    t = "The rink needs a new roof, Carl Haddad said at the meeting, because the old one leaks."
    assert has_quote(t, "Carl Haddad", "The rink needs a new roof")
    assert has_quote(t, "Carl Haddad", "because the old one leaks")


def test_long_frame_reads_as_the_short_frame():
    for tail in ("since most members earn less", "although most members support it"):
        short = f"The fee is too high, Ann Roe said, {tail}."
        long = f"The fee is too high, Ann Roe told the board on Monday, {tail}."
        assert [q for _, _, q in speech_rows(long)] == [q for _, _, q in speech_rows(short)]
        assert ("Ann Roe", "told", "The fee is too high") in speech_rows(long)


def test_listener_with_its_own_clause_is_no_inserted_frame():
    t = "The co-op told the minister the fee is too high, because most members earn less."
    rows = speech_rows(t)
    assert len(rows) == 1
    assert rows[0][2].startswith("the fee is too high")


def test_new_subject_and_cue_after_an_inserted_frame():
    t = (
        "Trucks are too heavy for the bridge, drivers said Monday, and the owner of the mill "
        "they supply warned that the plant could close."
    )
    rows = speech_rows(t)
    assert ("drivers", "said", "Trucks are too heavy for the bridge") in rows
    assert ("the owner of the mill they supply", "warned", "the plant could close") in rows
    assert len(rows) == 2


def test_new_subject_with_a_place_after_it():
    t = (
        "The water tastes of rust, residents said, and the owner of the bakery on Main "
        "Street complained that her bread dough would not rise."
    )
    rows = speech_rows(t)
    assert ("residents", "said", "The water tastes of rust") in rows
    assert not any(s == "residents" and "bakery" in q for s, _, q in rows)


def test_back_shifted_report_stays_in_the_first_row():
    t = (
        "A neighbour had seen the lights, the lawyer said, and the Crown's own expert had "
        "conceded that the tube was hard to see."
    )
    rows = speech_rows(t)
    assert any(s == "the lawyer" and "had conceded" in q for s, _, q in rows)


def test_speech_noun_after_and_is_no_new_statement():
    t = "Trucks are too heavy for the bridge, drivers said, and the claim that it is safe is false."
    assert not any(c == "claim" for _, c, _ in speech_rows(t))
    assert ("drivers", "said", "Trucks are too heavy for the bridge") in speech_rows(t)


def test_announces_a_plan_in_a_time_clause_is_no_speech():
    for t in (
        "Work on the arena will begin once the province announces its capital plan.",
        "The union will vote after the board reveals its offer.",
        "Traders expect a sell-off when the company reports its quarterly results.",
    ):
        assert speech_rows(t) == [], t


def test_announces_a_clause_in_a_time_clause_stays_a_row():
    t = "Work will stop once the province announces that it will not pay."
    assert ("the province", "announces", "it will not pay") in speech_rows(t)
    t = "Ferries will sail again once the minister announces the route will reopen."
    assert any(
        c == "announces" and q.startswith("the route will reopen") for _, c, q in speech_rows(t)
    )


def test_past_announcement_in_a_time_clause_stays_a_row():
    t = "Donors left the party after Ann Roe announced her candidacy for mayor."
    assert any(c == "announced" and q.startswith("her candidacy") for _, c, q in speech_rows(t))
