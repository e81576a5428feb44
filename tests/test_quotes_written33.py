"""written25's rules (session 22), each on sentences written for the test:

* "the elder/younger <Surname>" opening its clause (or after a lead phrase and a comma)
  is a clause subject: a later "he said" and a later "His son, Luc," go to that family;
* "his father" / "her mother" said after "His son, Luc," / "Her daughter, Mia," is the
  parent the article introduced the child by (the last person quoted is the child);
"""

from __future__ import annotations

from tests._quote_rows import quote_rows

FAMILY = (
    "Paul Tremblay has driven a bus for 30 years, and his son drives one too. On "
    "Monday, both heard that the depot would close.\n\n"
    "The depot manager, Omar Haddad, read the notice. He said the company would pay "
    "severance.\n\n"
    "The elder Tremblay, 58, said he had expected the news since spring.\n\n"
    '"My father drove here," he said.\n\n'
    "His son, Luc, 29, said he and his wife had just bought a house.\n\n"
    "His father said he was too old to start again.\n\n"
    "The union president, Carl Nadeau, said the union would ask for early retirement.\n\n"
    "Asked what he would tell his grandson, the elder Tremblay took a long time to "
    "answer.\n\n"
    '"I will tell him his grandpa drove a bus," he said.'
)


def _speakers(text):
    return {q: s for s, q in quote_rows(text, "speaker", "quote")}


def test_the_elder_surname_is_a_subject_for_kin_and_pronouns():
    got = _speakers(FAMILY)
    assert got["he and his wife had just bought a house"] == "Luc Tremblay"
    assert got["I will tell him his grandpa drove a bus"] == "Paul Tremblay"


def test_his_father_after_his_son_is_the_parent():
    got = _speakers(FAMILY)
    assert got["he was too old to start again"] == "Paul Tremblay"


def test_his_father_without_a_child_introduced_stays_a_description():
    text = (
        "Luc Tremblay, 29, said he had bought a house.\n\n"
        "His father said he was too old to start again."
    )
    assert _speakers(text)["he was too old to start again"] != "Luc Tremblay"


def test_the_elder_in_mid_clause_is_no_subject():
    text = (
        "Paul Tremblay and Omar Haddad met on Monday. Haddad said he liked the elder "
        'Tremblay a great deal.\n\n"We go back years," he said.'
    )
    assert _speakers(text)["We go back years"] == "Omar Haddad"
