"""resid31's rules (session 23, round 2), each on sentences written for the test:

* an organisation speaker written as an acronym ("the CFIA", "The RCMP", and the "it"
  rows that follow it) stays the acronym, also when the article spells the name out (the
  integration kept PolNeAR's convention: its gold writes "the AP", "the RNC"; expanding
  cost PolNeAR rows, see docs/benchmarks.md "Session 23").
"""

from __future__ import annotations

import pytest

from tests._quote_rows import quote_rows


def _speaker(text, quote):
    found = quote_rows(text, "speaker", "quote")
    hits = [s for s, q in found if q == quote]
    assert hits, found
    return hits[0]


ACRONYMS = [
    (
        "Hens were culled after the Canadian Food Inspection Agency confirmed avian flu. "
        "The CFIA said in an email that the barn had been placed under quarantine.",
        "the barn had been placed under quarantine",
        "Canadian Food Inspection Agency",
    ),
    (
        "The Royal Canadian Mounted Police and the Canada Border Services Agency said the "
        "rifles were bought in Ohio.\n\nThe CBSA said in a release that it had seized 900 "
        "firearms. The RCMP said it was working with American agents.",
        "it was working with American agents",
        "Royal Canadian Mounted Police",
    ),
    (
        "The Royal Canadian Mounted Police and the Canada Border Services Agency said the "
        "rifles were bought in Ohio.\n\nThe CBSA said in a release that it had seized 900 "
        "firearms.",
        "it had seized 900 firearms",
        "Canada Border Services Agency",
    ),
    (
        "The sprinter was banned for four years, the Canadian Centre for Ethics in Sport "
        "said on Monday.\n\nThe CCES said the sample had been tested twice. It said the "
        "chain of custody was complete.",
        "the chain of custody was complete",
        "Canadian Centre for Ethics in Sport",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), ACRONYMS)
def test_acronym_stays_as_written(text, quote, speaker):
    acronym = "".join(w[0] for w in speaker.split() if w[0].isupper())
    assert _speaker(text, quote) == "the " + acronym


def test_acronym_never_spelled_stays():
    text = "The CFIA said in an email that the barn had been placed under quarantine."
    assert _speaker(text, "the barn had been placed under quarantine") == "the CFIA"


def test_acronym_of_other_words_stays():
    # the capitalised words before spell something else
    text = (
        "Crews from Fraser Valley Regional District arrived at noon. "
        "The CFIA said in an email that the barn had been placed under quarantine."
    )
    assert _speaker(text, "the barn had been placed under quarantine") == "the CFIA"


def test_acronym_spelled_only_in_passing_stays():
    # "an Associated Press count": the spelled name is a modifier, never a subject
    text = (
        "Ann Roe leads by 40 delegates, based on an Associated Press count.\n\n"
        "The AP said the count included party leaders."
    )
    assert _speaker(text, "the count included party leaders") == "the AP"


def test_acronym_spelled_as_subject_after_stays():
    text = (
        "The AP said the count included party leaders.\n\n"
        "Ann Roe leads by 40 delegates, the Associated Press reported on Friday."
    )
    assert _speaker(text, "the count included party leaders") == "the AP"


MODIFIER_ORGS = [
    (
        "MONCTON — Ann Roe of Dieppe, N.B., won $5 million at the Atlantic Lottery office "
        "in Moncton on Friday.\n\nThe lottery corporation said the ticket was sold at a "
        "store in Dieppe.\n\nIt said winners should see a lawyer.",
        "winners should see a lawyer",
        "Atlantic Lottery",
    ),
    (
        "Birch Mining Corp. shut its pit near Flin Flon on Monday. Ann Roe, a driller, "
        "said she had expected it.\n\nThe mining company said the ore grade had fallen.",
        "the ore grade had fallen",
        "Birch Mining Corp.",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), MODIFIER_ORGS)
def test_modifier_names_the_organisation(text, quote, speaker):
    assert _speaker(text, quote) == speaker


def test_modifier_not_ending_a_name_stays():
    # "Federal Court" does not end with "Federal": "the federal agency" is no court
    text = (
        "The Federal Court heard the case on Monday.\n\n"
        "The federal agency said the rules had been followed."
    )
    assert _speaker(text, "the rules had been followed") != "Federal Court"


PLURAL_POSSESSIVES = [
    ("The teachers' union said the deal was unfair.", "the deal was unfair", "the teachers' union"),
    (
        "The parents’ group said the school should stay open.",
        "the school should stay open",
        "the parents’ group",
    ),
    (
        "The head of Ontario’s largest teachers’ union told reporters that the deal was unfair.",
        "the deal was unfair",
        "The head of Ontario’s largest teachers’ union",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), PLURAL_POSSESSIVES)
def test_plural_possessive_keeps_the_description(text, quote, speaker):
    # the apostrophe after a plural is the owner's mark, never a closing quotation
    assert _speaker(text, quote) == speaker


def test_time_measure_is_no_owner():
    text = "Landlords must give tenants three months’ written notice, the ministry said."
    assert (
        _speaker(text, "Landlords must give tenants three months’ written notice") == "the ministry"
    )


BODIES_OF_PLACE = [
    (
        "Dairy Farmers of Canada said milk prices would rise.",
        "milk prices would rise",
        "Dairy Farmers of Canada",
    ),
    (
        "Prices will rise, Chicken Farmers of Ontario said.",
        "Prices will rise",
        "Chicken Farmers of Ontario",
    ),
    ("Tom Banks of Halifax said the road was closed.", "the road was closed", "Tom Banks"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), BODIES_OF_PLACE)
def test_plural_body_of_a_place(text, quote, speaker):
    assert _speaker(text, quote) == speaker


APPOSED_ORGS = [
    (
        "The theatre filed for bankruptcy on Monday. The trustee, Doucette & Pike Inc., said "
        "subscribers were unlikely to get their money back. The trustee said a meeting "
        "would be held in June.",
        "a meeting would be held in June",
        "Doucette & Pike Inc.",
    ),
    (
        "The receiver, Birch Advisory Ltd., said creditors would be paid in June.",
        "creditors would be paid in June",
        "Birch Advisory Ltd.",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), APPOSED_ORGS)
def test_org_name_in_apposition(text, quote, speaker):
    assert _speaker(text, quote) == speaker


def test_person_in_apposition_unchanged():
    text = "The trustee, Ann Roe, said creditors would be paid in June."
    assert _speaker(text, "creditors would be paid in June") == "Ann Roe"


def test_owner_named_just_before_the_company():
    text = (
        "Ann Roe lived at the Maple Court, a tower on King Street.\n\nMaple Court is owned "
        "by Harbour Residential REIT. The company said in a statement that it had fixed the "
        "boiler. It said it regrets her death."
    )
    assert _speaker(text, "it had fixed the boiler") == "Harbour Residential REIT"
    assert _speaker(text, "it regrets her death") == "Harbour Residential REIT"


def test_owner_in_another_paragraph_is_not_taken():
    text = (
        "Maple Court is owned by Harbour Residential REIT.\n\n"
        "Birch Mining Corp. cut 40 jobs. The company said the ore grade had fallen."
    )
    assert _speaker(text, "the ore grade had fallen") != "Harbour Residential REIT"


def test_company_board_is_the_company():
    text = (
        "HALIFAX — Harbour Stage Company, which has produced plays since 1978, has filed for "
        "bankruptcy.\n\nThe company’s board said in a statement Tuesday that costs had left "
        "it unable to pay its debts. Every avenue was explored, the board said.\n\n"
        "Ann Roe, the artistic director, said she was sad.\n\n"
        "The board said employees would be listed as creditors."
    )
    assert _speaker(text, "Every avenue was explored") == "Harbour Stage Company"
    assert _speaker(text, "employees would be listed as creditors") == "Harbour Stage Company"
    assert _speaker(text, "she was sad") == "Ann Roe"


def test_board_without_a_named_company_stays():
    text = "The company’s board said in a statement that costs had risen."
    assert _speaker(text, "costs had risen") != "Harbour Stage Company"
