"""w74's rules (session 32, the seventy-fourth written batch), each checked on sentences
written for this file.

* '"...," said 10-year-old Ann Roe, who plays ...': an age ("10-year-old") may open the
  described name after an inverted cue, alone or before lower-case words ("said
  71-year-old retired welder Ann Roe") (``np_right._described_name_after_quote``,
  ``np_right._is_age_word``); both quotes were missed.
* "Tenants in one of the Summerside buildings said": a partitive ("one of the ...") after
  a preposition of place is hopped over to the head before it
  (``np_left._partitive_hop``); the speaker was "the Summerside buildings".
* "A letter to the editor published in Le Devoir last week by a Villeray resident, Ann
  Roe, was read aloud ... '"A," the letter said.'": the letter's writer is its speaker;
  "to the editor", "published"/"sent", two time or place phrases and a description
  ending in a comma before the name are read (``documents._written_by_name_rx``); it was
  "the letter".
* "A spokesperson for the company, Ann Roe, said ..." then "The company said ...": a name
  after "for/of/at/with the company," is apposed to the noun before the preposition, not
  the company's name (``orgs._apposed_org_name``, ``ledes._introduced_company``,
  ``ledes._COMPANY_OWNED_BEFORE_RE``); "The company said" was the spokesperson.
* "Ann Roe, whose house group claims the land where the camp stands, said": "claims"
  with a determined noun phrase set off by "where" / "as" is ownership, not speech
  (``nonspeech._claims_a_place``); it was a false row.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speech_rows


def test_age_opens_inverted_name_after_quotation():
    text = (
        '"I want to play in goal," said 10-year-old Mirela Fonseca-Hart, who plays for '
        'a Surrey under-11 team. "Our keeper is the best."'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Mirela Fonseca-Hart", "I want to play in goal") in rows
    assert ("Mirela Fonseca-Hart", "Our keeper is the best.") in rows


def test_age_then_job_opens_inverted_name():
    text = (
        '"The mill smelled of sawdust for forty years," said 71-year-old retired welder Osric Vane.'
    )
    assert quote_rows(text, "speaker", "quote") == [
        ("Osric Vane", "The mill smelled of sawdust for forty years")
    ]


def test_age_without_a_name_is_no_inverted_name():
    # a bare age after the cue keeps its own reading ("said the 10-year-old")
    text = '"We won the cup," said the 10-year-old.'
    assert speech_rows(text) == [("the 10-year-old", "said", "We won the cup")]


def test_partitive_after_place_preposition_keeps_the_head():
    text = "Tenants in one of the Parkdale towers said the elevators had been broken since May."
    rows = speech_rows(text)
    assert len(rows) == 1
    assert rows[0][0].lower().startswith("tenants"), rows


def test_partitive_subject_alone_is_unchanged():
    text = "One of the tenants said the elevators had been broken since May."
    # (bug72: one tenant is one person, "one of the tenants", no longer the group)
    assert speech_rows(text) == [
        ("one of the tenants", "said", "the elevators had been broken since May")
    ]


def test_letter_to_the_editor_by_described_name_gives_the_writer():
    text = (
        "A letter to the editor published in the Gazette last week by a Verdun resident, "
        "Ottilie Brassard-Nunes, was read aloud at the meeting. "
        '"I am 84 and I take the bus every day," the letter said. '
        '"Please do not move my stop."'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Ottilie Brassard-Nunes", "I am 84 and I take the bus every day") in rows
    assert ("Ottilie Brassard-Nunes", "Please do not move my stop.") in rows


def test_letter_without_a_writer_stays_the_letter():
    text = 'A letter was read aloud at the meeting. "Please do not move my stop," the letter said.'
    assert quote_rows(text, "speaker", "quote") == [("the letter", "Please do not move my stop")]


def test_spokesperson_for_the_company_is_not_the_company():
    text = (
        "A spokesperson for the company, Ysolde Fairbairn-Kaur, said in an email that "
        "deliveries would resume Monday.\n\n"
        "The company said it would pay its workers in full."
    )
    rows = speech_rows(text)
    assert ("Ysolde Fairbairn-Kaur", "said", "deliveries would resume Monday") in rows
    assert ("the company", "said", "it would pay its workers in full") in rows


def test_company_apposed_name_still_names_the_company():
    text = (
        "The company, Harrowgate Milling Ltd., closed its mill on Monday.\n\n"
        "The company said it would pay its workers in full."
    )
    rows = speech_rows(text)
    assert [s for s, _, q in rows if q == "it would pay its workers in full"] == [
        "Harrowgate Milling Ltd."
    ], rows


def test_claims_the_land_where_is_no_speech():
    text = (
        "Elder Corwin Ashdown-Lee, whose clan claims the valley where the road runs, "
        "said the permit was never discussed."
    )
    assert speech_rows(text) == [("Corwin Ashdown-Lee", "said", "the permit was never discussed")]


def test_claims_with_a_clause_is_still_speech():
    text = "Corwin Ashdown-Lee claims the province never consulted the clan."
    assert speech_rows(text) == [
        ("Corwin Ashdown-Lee", "claims", "the province never consulted the clan")
    ]
