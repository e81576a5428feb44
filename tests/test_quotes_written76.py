"""w68's rules (session 30, the sixtyeighth written batch), each checked on sentences
written for this file.

* "Roe and Lee met on Monday. The former said A, while the latter said B": "the former"
  and "the latter" are the first and the second person of the nearest pair of names
  joined by "and" before the mention, in its paragraph or the one before
  (``former_latter.resolve_former_latter``); they were the person in focus and the
  description as written.
* A Q:/A: interview whose lead-in names only the reporter ("The former nurse, now a
  teacher in Regina, agreed to speak to reporter Ann Roe on the condition that her name
  not be used."): a name right after "reporter" / "correspondent" / "interviewer" /
  "columnist" is never the interviewee (``interviewers.interviewer_before``), and the
  answers go to the description opening such a lead-in
  (``interviewers.lead_in_described``); they went to the reporter.
* "Point guard Ann Roe added 31 points ... '...,' the point guard said": the basketball
  position "guard" is a title (``resources/titles.txt``), so the bare description
  echoes the person introduced with it; it was "the point guard". ("forward" is not
  listed: "the rookie forward" must not echo a coach, tests/test_quotes_spk39.py.)
* "Dr. Ann Roe cautioned that nothing in the complaint had been proven": a quantity word
  ("nothing", "little", "much") after "that", or followed by a finite auxiliary before any
  comma or clause word, is the subject of a reported clause, not an amount said
  (``content._quantity_clause_subject``); it was no row ("said nothing at the meeting"
  stays no speech).
"""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows, speech_rows


def _speakers(text: str, quote: str) -> list[str]:
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


_PAIR_INTRO = (
    "Harriet Quellmann-Oduya runs the bakery on Main Street. Tobias Ferrand owns the "
    "hardware store across from it.\n\n"
)


def test_former_and_latter_in_one_sentence():
    text = (
        _PAIR_INTRO + "Quellmann-Oduya and Ferrand met with the council on Tuesday. The "
        "former maintained that parking was the real problem, while the latter cautioned "
        "that the new lanes would hurt trade."
    )
    assert _speakers(text, "parking was the real problem") == ["Harriet Quellmann-Oduya"]
    assert _speakers(text, "the new lanes would hurt trade") == ["Tobias Ferrand"]


def test_the_latter_first_then_the_former():
    text = (
        _PAIR_INTRO + "Ferrand and Quellmann-Oduya spoke after the vote. The latter said "
        "she would appeal, while the former insisted that the decision was fair."
    )
    assert _speakers(text, "she would appeal") == ["Harriet Quellmann-Oduya"]
    assert _speakers(text, "the decision was fair") == ["Tobias Ferrand"]


def test_the_former_alone_after_a_pair_with_full_names():
    text = (
        "Marguerite Lavoie-Sato and Desmond Achterberg are to meet on Friday. The former "
        "said she would bring the petition with her."
    )
    assert _speakers(text, "she would bring the petition with her") == ["Marguerite Lavoie-Sato"]


def test_the_former_with_no_pair_before_is_not_guessed_from_a_far_pair():
    text = (
        _PAIR_INTRO + "Quellmann-Oduya and Ferrand met on Tuesday.\n\n"
        "The council voted on Wednesday.\n\nThe street was closed for a week.\n\n"
        "The former mayor said the lanes were a mistake."
    )
    assert _speakers(text, "the lanes were a mistake") != ["Harriet Quellmann-Oduya"]


def _interview(lead_in: str) -> str:
    return (
        "Dr. Evander Castellane-Obi runs the clinic and has denied any wrongdoing. "
        "Castellane-Obi said the records were complete. Castellane-Obi is on leave.\n\n"
        + lead_in
        + "\n\nQ: When did you notice?\n\n"
        + "A: In my first month. The charts did not add up.\n\n"
        + "Q: Why speak now?\n\n"
        + "A: Because the patients deserve to know."
    )


def test_answers_are_not_the_reporter_of_the_lead_in():
    text = _interview(
        "The former nurse, now a teacher in Regina, agreed to speak to reporter "
        "Philippa Marchbanks-Yeo on the condition that her name not be used."
    )
    got = _speakers(text, "In my first month. The charts did not add up.")
    assert got and "Marchbanks-Yeo" not in got[0] and "Castellane-Obi" not in got[0]
    assert "nurse" in got[0]


def test_named_interviewee_still_wins_over_the_reporter():
    text = _interview(
        "Former nurse Odalys Fairweather-Kim, 41, spoke to correspondent Philippa "
        "Marchbanks-Yeo at her home."
    )
    assert _speakers(text, "Because the patients deserve to know.") == ["Odalys Fairweather-Kim"]


def _game(intro: str, description: str) -> str:
    return (
        "The Ironbridge Kestrels won again on Sunday night.\n\n"
        + intro
        + "\n\nLysander Okonkwo-Pratt, 24, said after practice that the players were happy."
        + '\n\n"We play in an old gym. A real arena? Wow!" the '
        + description
        + " said."
    )


def test_the_point_guard_is_the_point_guard_introduced():
    text = _game("Point guard Lysander Okonkwo-Pratt added 31 points in the win.", "point guard")
    assert _speakers(text, "We play in an old gym. A real arena? Wow!") == [
        "Lysander Okonkwo-Pratt"
    ]


def test_moving_forward_is_no_title():
    text = "Moving forward, Coun. Imelda Vasquez-Thorne said the city would hire more staff."
    assert _speakers(text, "the city would hire more staff") == ["Imelda Vasquez-Thorne"]


def test_nothing_after_that_opens_a_reported_clause():
    text = (
        "The clinic's ethics officer, Dr. Rosamund Achebe-Lindqvist, cautioned that "
        "nothing in the complaint had been proven."
    )
    assert has_quote(text, "Achebe-Lindqvist", "nothing in the complaint had been proven")


def test_nothing_with_an_auxiliary_is_a_clause_subject():
    text = "Coun. Bertrand Oyelaran-Voss said nothing at the depot had been touched."
    assert has_quote(text, "Oyelaran-Voss", "nothing at the depot had been touched")


def test_said_nothing_at_the_meeting_stays_no_speech():
    assert speech_rows("Coun. Bertrand Oyelaran-Voss said nothing at the meeting.") == []
    text = "Coun. Bertrand Oyelaran-Voss said little at the hearing, which surprised many."
    assert speech_rows(text) == []
