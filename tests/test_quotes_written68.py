"""w60's rules (session 29, the sixtieth written batch), each checked on sentences
written for this file.

* "The Harbourside Cyclists Union — HCU to its members — ... HCU said": an acronym
  introduced without parentheses is the first capitalised name before the acronym's
  first use whose initials spell it (``acronyms.acronym_initials_name``), when that first
  use introduces it ("known as HCU", "HCU, as it is known", "or HCU,", "HCU for short");
  the speaker was the bare acronym. An acronym never introduced so stays as written
  (resid31's PolNeAR convention: "The CFIA said").
* "The owner, Acme Parking Holdings Inc., issued a statement on Monday saying A": the
  issuer in apposition keeps its legal form and period (``nonspeech``'s
  ``_issued_document_speaker``); the speaker was "a statement", and a later '"B," the
  statement said' stayed "the statement".
* "Curling Canada, which runs the event, said A. The federation also said B": "the
  federation" is the nearest national sport body named "<Sport> Canada" (a name ending
  in "Federation" as before; ``ledes._ORG_HEADS``, ``org_nearest._SPORT_BODY``,
  ``analysis/resources/sport_body_words.txt``), never a federal agency ("Statistics
  Canada"); the speaker was "The federation".
* A question-and-answer interview whose lead-in describes the interviewee without a name
  ("a software developer who was laid off described her day") and names her right after
  the turns ("The developer, Rebecca Roe, 38, had worked there six years."): the answers
  are hers (``transcripts._named_after_interview``); they went to the person the article
  named most before the first question.
* "an inspection report written in October by city building inspector Tom Roe ... The
  report reads, in part: "A"": a document that "reads" is the person the text says wrote
  it (``documents._document_written_by``); the speaker was "the report".
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


def test_the_federation_is_the_sport_body_named_for_canada():
    text = (
        "Rowing Canada, which runs the regatta, said in a statement that 9,000 fans had "
        "attended. The federation, which reported a deficit last year, also said it would "
        "name next year's host city in May."
    )
    assert _speakers(text, "it would name next year's host city in May") == ["Rowing Canada"]


def test_the_federation_is_never_a_federal_agency_named_for_canada():
    text = (
        "Statistics Canada said in a report that prices rose. The federation, which reported "
        "a deficit last year, also said it would name next year's host city in May."
    )
    assert _speakers(text, "it would name next year's host city in May") != ["Statistics Canada"]


def test_interviewee_named_only_after_the_turns_answers():
    text = (
        "Ann Roe, the plant manager, said the line would close. Roe said the decision was "
        "final. Roe said workers would get severance.\n\n"
        "In a short interview, a welder who was laid off on Friday described her week.\n\n"
        "Q: How did you hear?\n\n"
        "A: My foreman told me at the gate. I had my lunch in my hand.\n\n"
        "Q: What now?\n\n"
        "A: I call my sister in Sudbury and I start looking.\n\n"
        "The welder, Maria Kowalski-Brandt, 44, had worked at the plant for 19 years."
    )
    rows = quote_rows(text, "speaker", "quote")
    answers = [s for s, q in rows if q.startswith(("My foreman", "I call my sister"))]
    assert answers == ["Maria Kowalski-Brandt", "Maria Kowalski-Brandt"]


def test_report_reads_is_the_inspector_who_wrote_it():
    text = (
        "The first exhibit was a safety report written in June by fire inspector Olena "
        'Marchuk-Dale. The report reads, in part: "Two exits blocked by pallets. Sprinkler '
        'valve closed."'
    )
    assert _speakers(text, "Two exits blocked by pallets. Sprinkler valve closed.") == [
        "Olena Marchuk-Dale"
    ]


def test_report_is_not_the_writer_of_another_document():
    text = (
        "The first exhibit was a memo written in June by fire inspector Olena Marchuk-Dale. "
        "Then came a safety report from the owner. The report reads, in part: "
        '"Two exits blocked by pallets."'
    )
    assert _speakers(text, "Two exits blocked by pallets.") == ["the report"]


def test_acronym_not_introduced_as_a_short_form_stays_as_written():
    text = (
        "The Harbourside Cyclists Union wants protected lanes on Front Street.\n\n"
        '"Paint on the road is not protection," HCU said in a news release.'
    )
    assert _speakers(text, "Paint on the road is not protection") == ["HCU"]
