"""spk47: speaker errors left by session 33 round 1 (sentences written for these tests).

1. "The premier's office said" when no premier is ever written stays the office
   (office_holders.role_named_outside_office), even with another official named.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows

# --- an office of a holder never named stays the office -----------------------------------

_AUDIT_OFFICE = (
    "Audit faults ferry deal\n\nHALIFAX — The ferry contract cost taxpayers $40 million more "
    "than planned, the province's auditor general said Tuesday.\n\nMiriam Castellano-Hunt "
    "tabled her report in the legislature. She said the department ignored warnings.\n\n"
    "The premier's office said the review took eight months.\n"
)


def test_office_of_unnamed_premier_stays_the_office():
    rows = quote_rows(_AUDIT_OFFICE, "speaker", "quote")
    assert ("the premier's office", "the review took eight months") in rows


def test_office_of_named_premier_is_the_premier():
    text = (
        "Premier backs deal\n\nHALIFAX — Premier Tim Houlton defended the ferry contract on "
        "Monday.\n\nAuditor General Miriam Castellano-Hunt said it cost too much.\n\n"
        "The premier's office said the review took eight months.\n"
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Tim Houlton", "the review took eight months") in rows


# --- a lede's "senior executive" named next with a rank and a company's "Ltd." -----------

_FERRY_EXEC = (
    "Ferry line faces questions\n\nVICTORIA — A senior executive of a coastal ferry line "
    "admitted to a legislative committee on Tuesday that the company had skipped two engine "
    "inspections, but insisted that its vessels were safe.\n\n"
    "Helen Marchetti-Vance, {app}, told the committee that a contractor had missed the "
    "dates.\n"
)


def test_lede_executive_named_by_rank_and_company_abbreviation():
    text = _FERRY_EXEC.format(app="vice-president of fleet services for Salish Ferries Ltd.")
    rows = quote_rows(text, "speaker", "quote")
    assert ("Helen Marchetti-Vance", "the company had skipped two engine inspections") in rows
    assert ("Helen Marchetti-Vance", "its vessels were safe") in rows


def test_lede_executive_named_by_possessed_rank():
    text = _FERRY_EXEC.format(app="the company's vice-president of fleet services")
    rows = quote_rows(text, "speaker", "quote")
    assert ("Helen Marchetti-Vance", "the company had skipped two engine inspections") in rows


def test_lede_executive_not_named_by_a_lawyer():
    text = _FERRY_EXEC.format(app="a lawyer for the union representing the deckhands")
    rows = quote_rows(text, "speaker", "quote")
    assert ("Helen Marchetti-Vance", "the company had skipped two engine inspections") not in rows
