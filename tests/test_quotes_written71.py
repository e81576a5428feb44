"""w63's rules (session 29, the sixtythird written batch), each checked on sentences
written for this file.

* A "Q: ..." / "A: ..." interview whose lead-in names the interviewee with an age
  apposition ("The band's drummer, first-time author Tamsin Oduya, 31, talked to us
  after the show."): the name is the interviewee even when its given name is not a
  listed one, and a surname with "Mac"/"Mc" before a second capital
  ("MacDougall-Ferraz") is one word (``transcripts._interviewee``); the answers were
  "interviewee".
* "A 58-year-old letter carrier named Ann Roe, said": an indefinite description mention
  followed right away by "named <Name>" (comma or not) before the cue is that name
  (``named_appositions.resolve_named_apposition``); it was the description.
* "Minister Ann Roe announced a $1.5-million investment in a fund, with a projector that
  can be set up in halls": a ", with ..." phrase after an object noun phrase closes the
  object (``content._CLOSING_RELATIVE_RE``), so its "that can" is no clause word making
  the object speech; it was a false row.
* "Coun. Ann Roe, who chairs the committee, said ... '...,' the chair replied": a bare
  "the chair" is the person an earlier "who chairs" clause or ", chair of" apposition
  made chair, before the person in focus (``chair_clauses.resolve_chair_by_clause``); it
  was the councillor quoted last (and so was the lede's "the chair of the committee").
"""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows


def _speakers(text: str, quote: str) -> list[str]:
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def _interview(lead_in: str) -> str:
    return (
        "The gallery opened its doors on Friday night to a long line of visitors.\n\n"
        + lead_in
        + "\n\nQ: How did it start?\n\n"
        + "A: By accident. I was painting signs for a bakery and somebody bought one.\n\n"
        + "Q: What is next?\n\n"
        + "A: Sleep. Then more signs."
    )


def test_interviewee_named_with_age_in_lead_in_unlisted_given_name():
    text = _interview("The show's artist, Tamsin Oduya-Reeve, 31, talked to the Ledger.")
    answer = "By accident. I was painting signs for a bakery and somebody bought one."
    assert _speakers(text, answer) == ["Tamsin Oduya-Reeve"]
    assert _speakers(text, "Sleep. Then more signs.") == ["Tamsin Oduya-Reeve"]


def test_interviewee_with_mac_surname_after_lowercase_title():
    text = _interview("Its curator, first-time organizer Wren MacAllister-Obi, 44, spoke to us.")
    assert _speakers(text, "Sleep. Then more signs.") == ["Wren MacAllister-Obi"]


def test_titled_surname_with_age_is_no_interviewee_name():
    text = _interview("Minister Oduya-Reeve, 61, talked to the Ledger.")
    assert _speakers(text, "Sleep. Then more signs.") != ["Minister Oduya-Reeve"]


def test_indefinite_description_named_right_after_is_the_name():
    text = "Neighbours gathered outside. A 61-year-old bus mechanic named Gord Ashby-Lamont, said he was cold."
    assert quote_rows(text, "speaker", "quote") == [("Gord Ashby-Lamont", "he was cold")]


def test_definite_description_named_right_after_keeps_old_reading():
    text = "Neighbours gathered outside. The retired bus mechanic said he was cold."
    assert quote_rows(text, "speaker", "quote") == [("the retired bus mechanic", "he was cold")]


def test_announced_investment_with_phrase_is_no_speech():
    text = (
        "Health Minister Ida Brannigan-Soto announced a $3-million investment in rural "
        "clinics, with a mobile unit that can visit six towns a week."
    )
    assert quote_rows(text, "quote") == []


def test_announced_that_with_phrase_stays_speech():
    text = "The mayor announced that the city would build a pool, with a slide that can hold 40 people."
    assert has_quote(
        text, "mayor", "the city would build a pool, with a slide that can hold 40 people"
    )


_COUNCIL = (
    "Council argued for three hours on Tuesday.\n\n"
    "Coun. Bettina Sorensen-Ade, who chairs the finance committee, said the reserve was "
    "nearly empty.\n\n"
    "Coun. Gareth Pulaski said the city should borrow instead.\n\n"
    '"Borrow from whom?" he asked.\n\n'
    '"From the bank, like everybody else," the chair replied.'
)


def test_the_chair_is_the_person_who_chairs():
    assert _speakers(_COUNCIL, "From the bank, like everybody else") == ["Bettina Sorensen-Ade"]


def test_the_chair_after_chair_of_apposition():
    text = _COUNCIL.replace(
        ", who chairs the finance committee,", ", chair of the finance committee,"
    )
    assert _speakers(text, "From the bank, like everybody else") == ["Bettina Sorensen-Ade"]


def test_chair_clause_of_one_word_name_is_not_used():
    text = _COUNCIL.replace("Coun. Bettina Sorensen-Ade, who chairs", "Sorensen-Ade, who chairs")
    assert _speakers(text, "From the bank, like everybody else") != ["Sorensen-Ade"]
