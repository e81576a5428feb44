"""w71's rules (session 31, the seventyfirst written batch), each checked on sentences
written for this file.

* A Q:/A: interview whose lead-in is about a person named at its opening ("Oona
  Pettigrew-Hale, a 71-year-old harvester ..., has fished ... . She spoke with reporter
  Lyle Dunn ...") or whose lead-in's subject is "She" / "He" right after a paragraph
  opening with that name: the answers are that person's, however often the article named
  someone else before (``interviewers.lead_in_pronoun_name``, asked by
  ``transcripts._interviewee``); they went to the person named most often.
* "Oona Pettigrew-Hale, a 71-year-old harvester, ..." then "the 71-year-old said": an age
  in an indefinite apposition after a name gives that name the age
  (``kin._resolve_aged``); with an interview between, it stayed the description.
* "Aero" / "Aéro" in a company's name is "air": "Aero Nordique Inc. ... The airline said"
  (``resources/business_kinds.txt``, heads airline / carrier / operator); it stayed "the
  airline".
* A lede's business description named next by a company with a legal form ("..., the
  Montreal-based carrier said Friday. Aero Nordique Inc. said in a statement ...";
  ``ledes._lede_business_fit``), also with a capitalised modifier inside the description
  ("Montreal-based", ``orgs._resolve_org``) and when a headline named the company shorter
  ("Aero Nordique seeks creditor protection"); it stayed the description.
* A speech relative "..., which it said would ..." is a row (``nonspeech.
  _relative_frame_subject``; "what it said were" stays none), its "it" the body of the
  statement before in the same sentence, else the body quoted before under the head of
  the description opening the sentence ("The council also plans ..."), else the body
  quoted in the sentence before; with none of these no row (``relative_it.py``). It was
  no row.
* "announced the closures in a statement", "announced the new limits in a technical
  briefing": "announce" with a noun phrase and its channel is an act, not speech
  (``content._is_object_np``); it was a row ("announced that A in a statement" stays one).
* "stood at the empty Aero Nord counters": up to three capitalised words and one
  lower-case adjective after "at the" make "counters" a noun
  (``idioms._capitalised_modifier``); it was a row.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows, speech_rows

_UNION = (
    "Union president Cyril Vardane-Pottle said the cut was wrong. Vardane-Pottle said the "
    'union would sue. "We will win," Vardane-Pottle said.\n\n'
)


def _speakers(text: str, quote: str) -> list[str]:
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_interview_lead_in_opening_with_the_interviewee():
    text = (
        _UNION + "Oona Pettigrew-Hale, a 71-year-old harvester from Port Rexton, has fished "
        "since 1977. She spoke with reporter Lyle Dunn as she mended a net.\n\n"
        "Q: Will you fish next year?\n\nA: I will be out there the first morning.\n\n"
        "Q: And after that?\n\nA: We will see what the cod say.\n"
    )
    assert _speakers(text, "I will be out there the first morning.") == ["Oona Pettigrew-Hale"]
    assert _speakers(text, "We will see what the cod say.") == ["Oona Pettigrew-Hale"]


def test_interview_lead_in_with_a_pronoun_subject():
    text = (
        _UNION + "Oona Pettigrew-Hale has fished out of Port Rexton since 1977.\n\n"
        "She spoke with reporter Lyle Dunn on her stage.\n\n"
        "Q: Will you fish next year?\n\nA: I will be out there the first morning.\n\n"
        "Q: Why?\n\nA: Because.\n"
    )
    assert _speakers(text, "I will be out there the first morning.") == ["Oona Pettigrew-Hale"]


def test_interview_lead_in_about_the_most_named_person_stays():
    text = (
        _UNION + "Vardane-Pottle spoke with reporter Lyle Dunn after the meeting.\n\n"
        "Q: Will you appeal?\n\nA: Every step of the way.\n\nQ: Why?\n\nA: Because.\n"
    )
    assert _speakers(text, "Every step of the way.") == ["Cyril Vardane-Pottle"]


def test_age_in_an_indefinite_apposition_names_the_aged_speaker():
    text = (
        "Oona Pettigrew-Hale, a 71-year-old harvester from Port Rexton, has fished since "
        "1977. She spoke with reporter Lyle Dunn as she mended a net.\n\n"
        "Q: Why?\n\nA: I like it.\n\nQ: Still?\n\nA: Still.\n\n"
        "The 71-year-old said her grandson had moved to Alberta."
    )
    assert _speakers(text, "her grandson had moved to Alberta") == ["Oona Pettigrew-Hale"]


def test_age_of_another_person_is_not_taken():
    text = (
        "Oona Pettigrew-Hale, a 71-year-old harvester, spoke first. Lyle Dunn, 44, spoke "
        "next.\n\nThe 44-year-old said the wharf needed work."
    )
    assert _speakers(text, "the wharf needed work") == ["Lyle Dunn"]


_AIRLINE = (
    "Aero Nordique Inc. said in a statement that it owed $410 million to its lenders.\n\n"
    "Thousands of travellers were stranded in Cuba.\n\n"
    "The airline said refunds would take weeks."
)


def test_aero_company_is_the_airline():
    got = _speakers(_AIRLINE, "refunds would take weeks")
    assert [s.rstrip(".") for s in got] == ["Aero Nordique Inc"]


def test_food_company_is_not_the_airline():
    text = _AIRLINE.replace("Aero Nordique", "Nordique Foods").replace("Cuba.", "Cuba on Friday.")
    assert _speakers(text, "refunds would take weeks") != ["Nordique Foods Inc."]


_LEDE = (
    "Aero Nordique seeks creditor protection\n\n"
    "MONTREAL — All flights will be cancelled until Monday, the Montreal-based leisure "
    "carrier said early Friday, hours after it filed for protection.\n\n"
    "Aero Nordique Inc. said in a statement that it owed $410 million."
)


def test_lede_carrier_named_next_by_a_company():
    text = _LEDE.split("\n\n", 1)[1].replace("Montreal-based leisure ", "")
    assert _speakers(text, "All flights will be cancelled until Monday") == ["Aero Nordique Inc."]


def test_lede_carrier_with_a_capitalised_modifier_and_a_headline_name():
    assert _speakers(_LEDE, "All flights will be cancelled until Monday") == ["Aero Nordique Inc."]


def test_lede_carrier_not_named_by_a_food_company():
    # ("carrier" fits any company; "airline" one with a word of its kind)
    text = _LEDE.replace("Aero Nordique", "Nordique Foods").replace("carrier", "airline")
    assert _speakers(text, "All flights will be cancelled until Monday") != ["Nordique Foods Inc."]


def test_which_it_said_takes_the_described_body_of_the_sentence():
    text = (
        "The Pine Hollow band council said in a statement that the vote would be held "
        "Friday. Councillor Ann Roe said trainees would be hired.\n\n"
        "The council also plans a clinic, which it said would open in May."
    )
    assert _speakers(text, "would open in May") == ["Pine Hollow band council"] or _speakers(
        text, "would open in May"
    ) == ["the Pine Hollow band council"]


def test_which_it_said_after_a_statement_in_the_same_sentence():
    text = (
        "Minister Ann Roe said schools ran their libraries. Her office later issued a "
        "statement saying rules were being drafted, which it said would be released in May."
    )
    assert _speakers(text, "would be released in May") == ["Ann Roe"]


def test_which_it_said_after_the_body_quoted_in_the_sentence_before():
    text = (
        "The Harbour Commission said fares would rise. The ferry schedule, which it said "
        "would not change, will be posted Monday."
    )
    assert [s.removeprefix("the ") for s in _speakers(text, "would not change")] == [
        "Harbour Commission"
    ]


def test_what_it_said_stays_no_row():
    text = (
        "The hospital said it had not paid. A group posted a sample of what it said were "
        "patient records."
    )
    assert _speakers(text, "were patient records") == []


def test_announced_a_noun_phrase_in_a_statement_is_no_row():
    text = (
        "The Lakeview Transit Authority announced the closures of two bus routes in a "
        "statement last month. The authority announced the new limits in a technical "
        "briefing on Monday."
    )
    assert speech_rows(text) == []


def test_announced_that_in_a_statement_stays_a_row():
    text = "The Lakeview Transit Authority announced in a statement that two routes would close."
    assert has_quote(text, "Lakeview Transit Authority", "two routes would close")


def test_counters_after_at_the_adjective_and_a_name_is_a_noun():
    text = "At the airport on Friday, dozens of travellers stood at the empty Aero Nord counters."
    assert speech_rows(text) == []


def test_counters_as_a_verb_stays():
    assert has_quote(
        "Ann Roe counters that the plan is too costly.", "Roe", "the plan is too costly"
    )
