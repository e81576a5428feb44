"""written23's rules (session 22), each on sentences written for the test:

* "the CEO said" (an all-capital abbreviation of one person's office, listed in
  analysis/resources/office_acronyms.txt) is resolved as "the ceo" would be: the
  person the article named as the company's chief executive, not an organisation's
  initials; unresolved, it stays as written;
* "his granddaughter said" / "her son said", when no rule before named the relative,
  is the one person of the kin noun's gender whom the article names with the surname
  (or a hyphenated part of it) of the last person of the possessive's gender quoted
  before;
* "<Organisation of Place> <lower-case title> <Name> said" ("University of Toronto
  professor Ann Lind said") is the titled person, not the end of the organisation's
  name, so a later "she" is hers.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speech_rows


def test_the_ceo_is_the_chief_executive_named_before():
    for intro in (
        "Northwind's chief executive, Helen Marsh-Doyle, said",
        "Northwind CEO Helen Marsh-Doyle said",
        "Helen Marsh-Doyle, the chief executive of Northwind, said",
    ):
        text = f'{intro} the plant would open in 2027.\n\n"This is our biggest bet," the CEO said.'
        assert [r[0] for r in speech_rows(text)] == ["Helen Marsh-Doyle"] * 2, intro


def test_the_ceo_without_a_named_chief_stays_as_written():
    rows = quote_rows('"This is our biggest bet," the CEO said.', "speaker", "speaker_mention")
    assert rows == [("the CEO", "the CEO")]


def test_an_agency_acronym_is_still_an_organisation():
    rows = quote_rows("The CFIA said the farm was under quarantine.", "speaker", "speaker_type")
    assert rows == [("the CFIA", "organization")]


def test_granddaughter_sharing_a_hyphenated_surname():
    text = (
        'Tom Reid, 99, lives in Truro. "I told them I\'d walk," Reid said.\n\n'
        "It was his granddaughter who got him talking. Leah Reid-Carter, a teacher in "
        "Halifax, said she started recording him in 2009.\n\n"
        "His granddaughter said there were now 80 hours of tapes.\n\n"
        "She said her students knew him."
    )
    assert [r[0] for r in speech_rows(text)] == ["Tom Reid"] + ["Leah Reid-Carter"] * 3


def test_son_sharing_the_surname():
    text = (
        '"We lost everything," Marta Kovacs said.\n\n'
        "Outside, Andras Kovacs loaded the truck. Her son said the insurer had not called."
    )
    rows = speech_rows(text)
    assert rows[-1] == ("Andras Kovacs", "said", "the insurer had not called")


def test_child_rule_needs_one_candidate_of_the_kin_gender():
    text = (
        '"We lost everything," Marta Kovacs said.\n\n'
        "Andras Kovacs and Peter Kovacs loaded the truck. Her son said the insurer had "
        "not called."
    )
    assert speech_rows(text)[-1][0] == "Her son"


def test_titled_person_after_an_organisation_of_a_place():
    for org in ("University of Toronto professor", "Bank of Canada economist"):
        text = (
            "Ethan's mother, Yuki, said her son taught himself.\n\n"
            '"There is always a board," she said.\n\n'
            f"{org} Annika Lind said the federation wanted new players.\n\n"
            '"Half the kids have never touched a piece," she said.'
        )
        rows = quote_rows(text, "speaker", "speaker_type")
        assert rows[2:] == [("Annika Lind", "person")] * 2, org


def test_organisation_name_ending_after_of_unchanged():
    rows = quote_rows(
        "The Commission on Presidential Debates said the stage was ready.",
        "speaker",
        "speaker_type",
    )
    assert rows == [("Commission on Presidential Debates", "organization")]
