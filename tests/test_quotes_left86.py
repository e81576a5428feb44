"""left86's rules (session 44: rows left over from session 43), each checked on sentences
written for this file.

* "Ann Roe said nothing new in the previous reports": a noun-like cue in "-s"
  ("reports", "claims") after a lower-case word is a noun when that word is an adjective
  ("-ous", "-less": "previous", "countless") or a plural that cannot agree with an "-s"
  verb ("the officials reports") (``plural_cue_subjects.plural_subject_before``, asked by
  ``nonspeech._not_a_speech_verb``); it was a content-first row "Ann Roe said nothing new
  in". "officials note that A", "the press reports that A", "A, Ann Roe reports" keep
  their rows.
"""

from __future__ import annotations

from analysis.quotes.plural_cue_subjects import plural_subject_before
from tests._quote_rows import speech_rows

# ------------------------------------------------ "in the previous reports": a noun


def test_adjective_before_reports_is_no_cue():
    assert speech_rows("Ann Roe said nothing new in the previous reports.") == []
    assert speech_rows("Tom Bell found little of use in various claims.") == []
    assert speech_rows("Jo Kade saw nothing new in countless reports from the mill.") == []


def test_previous_reports_leave_the_next_row_alone():
    rows = speech_rows(
        "Ann Roe said nothing new in the previous reports. The ferry will run twice a day, "
        "Tom Bell said."
    )
    assert rows == [("Tom Bell", "said", "The ferry will run twice a day")]


def test_reports_as_a_verb_keep_their_rows():
    assert speech_rows("The ferry will run twice a day, Ann Roe reports.") == [
        ("Ann Roe", "reports", "The ferry will run twice a day")
    ]
    assert speech_rows("Ann Roe reports that the ferry will run twice a day.") == [
        ("Ann Roe", "reports", "the ferry will run twice a day")
    ]
    assert speech_rows("The press reports that the ferry will run twice a day.") == [
        ("The press", "reports", "the ferry will run twice a day")
    ]


def test_plural_subject_of_a_plain_cue_keeps_its_row():
    rows = speech_rows("Local officials note that the ferry will run twice a day.")
    assert rows == [("Local officials", "note", "the ferry will run twice a day")]


def test_plural_subject_word():
    assert plural_subject_before("officials", "note")
    assert plural_subject_before("press", "reports")
    assert not plural_subject_before("previous", "reports")
    assert not plural_subject_before("officials", "reports")
    assert not plural_subject_before("countless", "claims")
