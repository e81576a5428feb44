"""spk46 (session 33 round 1): speaker rules for errors left by session 32, on sentences
written for these tests.

- descriptions._same_description_again + office_holders.office_holder_key: "The auditor
  general's office said" is the person the article's "the auditor general" named, also
  when only the later description pass names her; a holder never named stays the office.
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
