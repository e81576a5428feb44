"""w75's rules (session 32, the seventy-fifth written batch), each checked on sentences
written for this file.

* "NAME would say only that A": a reply limited to A is a quote, although "say" follows
  the modal "would" (``modal_reports.modal_said_only``, read by
  ``nonspeech._not_a_speech_verb``); it was no row. "Critics would say A" stays no row.
* "The coroner, Dr. NAME, reminded the jury that A": "reminded" after an apposed name
  and its closing comma is a report (``idioms._remind_frame``); it was no row. "The
  mayor, NAME, reminded residents of the ban" stays no row.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


def test_would_say_only_that_is_a_reply():
    text = (
        "The library board met behind closed doors on Monday night. Board spokesperson "
        "Walter Quigley-Ames would say only that the branch hours were under review."
    )
    assert has_quote(text, "Walter Quigley-Ames", "the branch hours were under review")


def test_would_say_only_that_with_a_quotation():
    text = (
        "Asked about the layoffs, plant manager Rhoda Ferncastle would say only that "
        '"nothing has been decided yet."'
    )
    rows = speech_rows(text)
    assert any("Ferncastle" in s and q.startswith("nothing has been decided") for s, _, q in rows)


def test_would_say_as_a_guess_stays_no_row():
    text = "Some critics would say the new bridge is far too expensive for a town this size."
    assert speech_rows(text) == []


def test_reminded_after_an_apposed_name():
    text = (
        "The presiding judge, Justice Marlowe Tunstall-Reyes, reminded the jury that the "
        "accused does not have to testify."
    )
    assert has_quote(text, "Marlowe Tunstall-Reyes", "the accused does not have to testify")


def test_reminded_of_after_an_apposed_name_stays_no_row():
    text = "The fire chief, Odile Brackenridge, reminded cottagers of the burn ban on Friday."
    assert speech_rows(text) == []
