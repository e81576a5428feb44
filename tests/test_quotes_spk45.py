"""spk45 (session 32 round 2): speaker rules for errors left by round 1, on sentences
written for these tests.

- lede_job_named_next._lede_job_copula: "A 22-year-old lifeguard told ..." is the name
  that opens the next paragraph as "was one of three lifeguards" / "is a lifeguard".
- lede_named_next._name_acts_then_speaks: "the province's auditor general said" is the
  name that opens the next paragraph with a deed ("tabled her report") when that
  paragraph goes on with "She said".
"""

from __future__ import annotations

from tests._quote_rows import quote_rows

# --- a lede's job description named next by a copula ----------------------------------

_LIFEGUARD = (
    "Lifeguard testifies\n\nKENORA, Ont. — A 22-year-old lifeguard told a coroner's inquest "
    "Tuesday that she saw the boat only at the last second.\n\nMarta Velloso-Quinn {pred} "
    "on duty at the beach that afternoon. The inquest is to hear from 12 witnesses.\n\n"
    '"I shouted as loud as I could," Velloso-Quinn said.\n'
)


def test_lede_job_named_next_by_one_of_plural():
    text = _LIFEGUARD.format(pred="was one of three lifeguards")
    rows = quote_rows(text, "speaker", "quote")
    assert ("Marta Velloso-Quinn", "she saw the boat only at the last second") in rows


def test_lede_job_named_next_by_a_singular():
    text = _LIFEGUARD.format(pred="was a lifeguard")
    rows = quote_rows(text, "speaker", "quote")
    assert ("Marta Velloso-Quinn", "she saw the boat only at the last second") in rows


def test_lede_counsellor_is_a_job():
    text = (
        "Counsellor testifies\n\nKENORA, Ont. — A 20-year-old counsellor told a coroner's "
        "inquest Tuesday that the canoe had tipped near the dock.\n\nLena Ostrowski-Pike was "
        "one of two counsellors at the lake that morning.\n"
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Lena Ostrowski-Pike", "the canoe had tipped near the dock") in rows


def test_lede_job_copula_of_another_noun_is_no_name():
    text = _LIFEGUARD.format(pred="was one of three swimmers")
    rows = quote_rows(text, "speaker", "quote")
    assert ("Marta Velloso-Quinn", "she saw the boat only at the last second") not in rows


# --- a lede's role named next by a deed, then "She said" ------------------------------

_AUDITOR = (
    "Ferry report\n\nHALIFAX — The province's ferry service wasted $3 million on late "
    "repairs over two years, the province's auditor general said Tuesday.\n\n"
    "Gwendolyn Abara-Styles {deed} to the legislature in the afternoon. {pron} said the "
    "service had no plan for its aging boats.\n\n"
    '"The boats are older than the captains," the auditor general said.\n'
)


def test_lede_role_named_next_by_a_deed():
    text = _AUDITOR.format(deed="presented her report", pron="She")
    rows = quote_rows(text, "speaker", "quote")
    lede = "The province's ferry service wasted $3 million on late repairs over two years"
    assert ("Gwendolyn Abara-Styles", lede) in rows
    assert ("Gwendolyn Abara-Styles", "The boats are older than the captains") in rows


def test_lede_role_named_next_needs_the_name_to_speak_on():
    text = _AUDITOR.format(deed="presented her report", pron="The clerk")
    rows = quote_rows(text, "speaker", "quote")
    lede = "The province's ferry service wasted $3 million on late repairs over two years"
    assert ("Gwendolyn Abara-Styles", lede) not in rows


def test_lede_role_named_next_not_a_victim():
    text = _AUDITOR.format(deed="drowned near the ferry dock", pron="She")
    rows = quote_rows(text, "speaker", "quote")
    lede = "The province's ferry service wasted $3 million on late repairs over two years"
    assert ("Gwendolyn Abara-Styles", lede) not in rows


def test_lede_role_named_next_after_a_place_with_a_given_name():
    text = _AUDITOR.format(deed="presented her report", pron="She").replace(
        "The province's ferry service", "Prince Edward Island's ferry service"
    )
    rows = quote_rows(text, "speaker", "quote")
    lede = "Prince Edward Island's ferry service wasted $3 million on late repairs over two years"
    assert ("Gwendolyn Abara-Styles", lede) in rows


# --- a lede's "the contractor" named next by a firm -----------------------------------

_CONTRACTOR = (
    "Library work stops\n\nYELLOWKNIFE — Work on the new library has stopped, and late "
    "payments from the city are to blame, the contractor said Monday.\n\n{opener} said in "
    "a statement that it had not been paid since June.\n\nMayor Tom Vail said the bills "
    "were in dispute.\n"
)
_CONTRACTOR_LEDE = (
    "Work on the new library has stopped, and late payments from the city are to blame"
)


def test_lede_contractor_is_the_firm_named_next():
    rows = quote_rows(_CONTRACTOR.format(opener="Northern Frame Builders Ltd."), "speaker", "quote")
    assert any(s.startswith("Northern Frame Builders") and q == _CONTRACTOR_LEDE for s, q in rows)


def test_lede_contractor_is_no_mayor_named_later():
    rows = quote_rows(_CONTRACTOR.format(opener="Northern Frame Builders Ltd."), "speaker", "quote")
    assert ("Tom Vail", _CONTRACTOR_LEDE) not in rows


# --- an organisation named after its description speaks (org_named_after) -------------

_AGENCY = (
    "Housing audit\n\nHALIFAX — Mayor Ann Roe said the audit was fair.\n\nThe agency said in "
    "an email that it had hired a new manager.\n\n{that} agency, the Harbour Housing "
    "Corporation, was created in 2015 to run 900 units.\n"
)


def test_agency_named_by_that_agency_apposition_after():
    rows = quote_rows(_AGENCY.format(that="That"), "speaker", "quote")
    assert ("Harbour Housing Corporation", "it had hired a new manager") in rows


def test_agency_not_named_by_another_apposition_after():
    text = _AGENCY.format(that="That").replace("That agency,", "That landlord,")
    rows = quote_rows(text, "speaker", "quote")
    assert ("Harbour Housing Corporation", "it had hired a new manager") not in rows


_UNIONS = (
    "Deal ratified\n\nVICTORIA — The premier praised two deals on Monday.\n\nThe president of "
    "the B.C. Forest Rangers' Guild, Tom Vail, said the deal was fair.\n\nThe teachers' union "
    "issued a statement saying its members had voted 80 per cent in favour. The statement "
    "was signed by the {signer}.\n"
)
_UNION_QUOTE = "its members had voted 80 per cent in favour"


def test_teachers_union_is_the_teachers_body_named_after():
    rows = quote_rows(_UNIONS.format(signer="B.C. Teachers' Alliance"), "speaker", "quote")
    assert ("B.C. Teachers' Alliance", _UNION_QUOTE) in rows


def test_teachers_union_without_a_teachers_body_named_is_no_invented_name():
    rows = quote_rows(_UNIONS.format(signer="board"), "speaker", "quote")
    assert ("B.C. Teachers' Alliance", _UNION_QUOTE) not in rows


# --- "the insurer" after "insured by X"; "the 19-year veteran" after "for 19 years" ----

_INSURED = (
    "Stolen carving found\n\nHALIFAX — Police found a stolen carving on Monday.\n\nThe carving "
    "was {verb} by Bluenose Art Underwriters, which paid the museum $90,000. The insurer said "
    "in a statement that it would work with the museum.\n"
)


def test_insurer_is_the_body_the_thing_was_insured_by():
    rows = quote_rows(_INSURED.format(verb="insured"), "speaker", "quote")
    assert ("Bluenose Art Underwriters", "it would work with the museum") in rows


def test_insurer_is_not_the_owner():
    rows = quote_rows(_INSURED.format(verb="owned"), "speaker", "quote")
    assert ("Bluenose Art Underwriters", "it would work with the museum") not in rows


_TENURE = (
    "Strike\n\nOTTAWA — Bus drivers walked out.\n\nOn the picket line, mechanic Rafael "
    "Osterberg-Nunez, who has worked at the garage for {years} years, said his shifts had "
    'grown longer.\n\n"I fix the same bus every week," the 19-year veteran said.\n'
)


def test_tenure_veteran_is_the_person_with_that_tenure():
    rows = quote_rows(_TENURE.format(years=19), "speaker", "quote")
    assert ("Rafael Osterberg-Nunez", "I fix the same bus every week") in rows


def test_tenure_veteran_needs_the_same_years():
    rows = quote_rows(_TENURE.format(years=12), "speaker", "quote")
    assert ("Rafael Osterberg-Nunez", "I fix the same bus every week") not in rows


# --- "the winner" is the lede's winner, not a later qualified winner (winner_links) ---

_RACE = (
    "Rookie wins marathon\n\nHALIFAX — Rookie Ines Marwick-Tabor won the women's race at the "
    "Harbour Marathon on Sunday in two hours 31 minutes.\n\nOn the men's side, Tom Vail of "
    "Truro won in 2:14:02.\n\n{qual}winner Dana Ostrowski-Lee, a Paralympian from Moncton, won "
    "in 1:38:10.\n\nThe winner said she would run in Boston in April.\n"
)


def test_unqualified_winner_is_the_lede_winner():
    rows = quote_rows(_RACE.format(qual="Wheelchair "), "speaker", "quote")
    assert ("Ines Marwick-Tabor", "she would run in Boston in April") in rows


def test_winner_named_unqualified_later_is_no_lede_winner():
    rows = quote_rows(_RACE.format(qual="Race "), "speaker", "quote")
    assert ("Ines Marwick-Tabor", "she would run in Boston in April") not in rows
