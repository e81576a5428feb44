"""w60's rules (session 29, the sixtieth written batch), each checked on sentences
written for this file.

* "The Harbourside Cyclists Union — HCU to its members — ... HCU said": an acronym
  introduced without parentheses is the first capitalised name before the acronym's
  first use whose initials spell it (``acronyms.acronym_initials_name``); the speaker
  was the bare acronym.
* "The owner, Acme Parking Holdings Inc., issued a statement on Monday saying A": the
  issuer in apposition keeps its legal form and period (``nonspeech``'s
  ``_issued_document_speaker``); the speaker was "a statement", and a later '"B," the
  statement said' stayed "the statement".
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers(text, quote):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_acronym_known_as_without_parentheses_names_the_group():
    text = (
        "The Harbourside Cyclists Union wants protected lanes on Front Street. The union, "
        "known as HCU to its 900 members, has lobbied council for a decade.\n\n"
        '"Paint on the road is not protection," HCU said in a news release.'
    )
    assert _speakers(text, "Paint on the road is not protection") == ["Harbourside Cyclists Union"]


def test_acronym_as_it_is_known_names_the_group_with_joiners():
    text = (
        "A tenants' group, the Eastside Council of Renters and Owners, opposed the plan. "
        "ECRO, as it is widely known, met on Monday.\n\n"
        '"We were not consulted," ECRO said.'
    )
    assert _speakers(text, "We were not consulted") == ["Eastside Council of Renters and Owners"]


def test_acronym_never_spelled_out_stays_the_acronym():
    text = (
        "The union met on Monday.\n\n"
        '"We were not consulted," ECRO said. The Eastside Council of Renters and Owners met later.'
    )
    assert _speakers(text, "We were not consulted") == ["ECRO"]


def test_apposed_company_with_legal_form_issues_the_statement():
    text = (
        "The rink's owner, Tamarack Arena Holdings Inc., issued a statement on Monday saying "
        "the roof had been inspected in May.\n\n"
        '"We followed every recommendation," the statement said.'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows == [
        ("Tamarack Arena Holdings Inc.", "the roof had been inspected in May"),
        ("Tamarack Arena Holdings Inc.", "We followed every recommendation"),
    ]


def test_apposed_person_before_issued_is_not_taken_as_a_company():
    text = "The mayor, Ann Roe, issued a statement on Monday saying the rink would reopen."
    assert _speakers(text, "the rink would reopen") == ["Ann Roe"]
