"""spk46 (session 33 round 1): speaker rules for errors left by session 32, on sentences
written for these tests.

- descriptions._same_description_again + office_holders.office_holder_key: "The auditor
  general's office said" is the person the article's "the auditor general" named, also
  when only the later description pass names her; a holder never named stays the office.
- "journal", "publication", "tabloid" are organisation nouns (resources/speaker_nouns.txt) and
  "journal" / "magazine" organisation heads (ledes._ORG_HEADS): a lede's "the journal said"
  is no "Dr. NAME" who opens the next paragraph, and "the journal" is the one named before.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows

# --- "the <holder>'s office" after the later pass named "the <holder>" ------------------

_AUDIT = (
    "Audit faults ferry deal\n\nHALIFAX — The ferry contract cost taxpayers $40 million more "
    "than planned, the province's auditor general said Tuesday.\n\nMiriam Castellano-Hunt "
    "tabled her report in the legislature. She said the department ignored warnings.\n\n"
    "The auditor general's office said the review took eight months.\n"
)


def test_holder_office_after_lede_holder_named_next():
    rows = quote_rows(_AUDIT, "speaker", "quote")
    assert ("Miriam Castellano-Hunt", "the review took eight months") in rows


def test_holder_office_never_named_stays_the_office():
    text = (
        "Ferry deal\n\nHALIFAX — The ferry contract cost $40 million more than planned, a "
        "report found.\n\nThe premier's office said the review took eight months.\n"
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("the premier's office", "the review took eight months") in rows


# --- a publication that speaks in the lede is not the doctor named next ------------------

_RETRACTED = (
    "Paper retracted\n\nBOSTON — A university lab has retracted a paper on sleep and "
    "memory, the {head} said Friday.\n\nDr. Helena Voss-Amari, who led the study, said the "
    "error was found by a graduate student.\n"
)


def test_lede_journal_is_not_the_doctor_named_next():
    rows = quote_rows(_RETRACTED.format(head="journal"), "speaker", "quote")
    assert ("the journal", "A university lab has retracted a paper on sleep and memory") in rows


def test_lede_medical_journal_is_not_the_doctor_named_next():
    rows = quote_rows(_RETRACTED.format(head="medical journal"), "speaker", "quote")
    assert (
        "Helena Voss-Amari",
        "A university lab has retracted a paper on sleep and memory",
    ) not in rows


def test_the_journal_is_the_journal_named_before():
    text = (
        "The paper was flawed, the journal Sleep Letters said Monday. The journal said a "
        "correction would follow."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Sleep Letters", "a correction would follow") in rows


def test_the_magazine_is_the_review_named_before():
    text = (
        "The Prairie Farm Review said on Monday that the survey was flawed. The magazine "
        "said a correction would follow."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Prairie Farm Review", "a correction would follow") in rows


def test_the_newspaper_still_stays_itself():
    rows = quote_rows(_RETRACTED.format(head="newspaper"), "speaker", "quote")
    assert ("the newspaper", "A university lab has retracted a paper on sleep and memory") in rows
