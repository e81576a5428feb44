"""w67's rules (session 30, the sixtyseventh written batch), each checked on sentences
written for this file.

* "The minister's office said A": an office named by its holder's role ("the minister's
  office", "the deputy mayor's office") speaks for the person "the minister" names there,
  as "her office said" speaks for her (``office_holders.resolve_role_office``); it was the
  office as written. When "the minister" names nobody, the office stays as written.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers(text: str, quote: str) -> list[str]:
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_role_office_speaks_for_the_named_minister():
    text = (
        "Transport Minister Odile Brennan-Kwarteng toured the ferry terminal on Friday. "
        "Workers there complained about the schedule.\n\n"
        "The minister's office said she would meet the union next week."
    )
    assert _speakers(text, "she would meet the union next week") == ["Odile Brennan-Kwarteng"]


def test_role_office_with_two_word_role():
    text = (
        "Deputy Mayor Kasimir Holloway-Fenn chaired the meeting. Residents lined the hall.\n\n"
        "The deputy mayor's office said he would answer the letters by Friday."
    )
    assert _speakers(text, "he would answer the letters by Friday") == ["Kasimir Holloway-Fenn"]


def test_role_office_stays_when_nobody_holds_the_role():
    text = (
        "The ferry left two hours late on Friday, and dozens of drivers waited in the rain.\n\n"
        "The minister's office said a review of the schedule was under way."
    )
    got = _speakers(text, "a review of the schedule was under way")
    assert got and "office" in got[0]
