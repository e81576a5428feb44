"""w72's rules (session 31, the seventysecond written batch), each checked on sentences
written for this file.

* '"A," a 41-year-old pastry chef who worked there for 12 years said Tuesday': a direct
  quotation followed by "a"/"an", a few lower-case words (an age word among them) and a
  "who" clause up to the cue is that description's statement
  (``subjects._long_relative_subject`` after a quotation; ``subjects._relative_head_word``
  lets "41-year-old" in); it was no row.
* A description that speaks before it is named takes the bare full name of the next
  paragraph past a statement written in the rest of its own sentence ("..., hours after
  Hearth Bakeries announced it would close." then "Marie Roe said she ...":
  ``lede_named_titled.next_past_sentence_asides``), and a title abbreviation that spells
  out the description's head keeps the name bare ("a city councillor ... said A." then
  "Coun. Priya Roe said B.": ``lede_named_titled.titled_bare_mention``); it stayed the
  description.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers(text: str, quote: str) -> list[str]:
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_quotation_then_indefinite_description_with_who_clause():
    text = (
        '"We had no warning at all," a 52-year-old welder who spent nine years at the '
        "plant said Monday."
    )
    assert _speakers(text, "We had no warning at all") == ["a 52-year-old welder"]


def test_quotation_then_description_with_long_who_clause_and_time():
    text = (
        '"The ice was thinner than anyone thought," a fishing guide who has worked on '
        "the lake for two decades said Sunday after the rescue."
    )
    assert _speakers(text, "The ice was thinner than anyone thought") == ["a fishing guide"]


def test_quotation_then_definite_description_unchanged():
    text = '"We lost the vote," the coach who led the team said.'
    assert _speakers(text, "We lost the vote") == ["the coach who led the team"]


_CHEF_LEDE = (
    "Bakery chain closes its shops\n\n"
    'WOLFVILLE, N.S. — "We found out from a text message," a 38-year-old baker who '
    "worked at the chain for a decade said Monday, hours after Larchmont Ovens announced "
    "it would close all four of its stores.\n\n"
    "Rosalind Achebe-Vance said she had been on shift when the message arrived."
)


def test_description_named_next_past_an_aside_statement():
    assert _speakers(_CHEF_LEDE, "We found out from a text message") == ["Rosalind Achebe-Vance"]
    assert _speakers(_CHEF_LEDE, "it would close all four of its stores") == ["Larchmont Ovens"]


def test_description_named_next_not_past_a_new_sentence():
    # (the other statement is a sentence of its own: the next paragraph's name is not
    # the first one after the description)
    text = _CHEF_LEDE.replace("said Monday, hours after", "said Monday. Hours later,")
    assert _speakers(text, "it would close all four of its stores") == ["Larchmont Ovens"]
    assert _speakers(text, "We found out from a text message") != ["Rosalind Achebe-Vance"]


_COUNCILLOR_LEDE = (
    'OKOTOKS, Alta. — "This deal has teeth," a town councillor who sat on the '
    "negotiating committee said Tuesday after council approved a new arena.\n\n"
    "Coun. Miriam Estabrook-Nwosu said the club would pay rent for 30 years."
)


def test_description_named_next_by_a_matching_title():
    assert _speakers(_COUNCILLOR_LEDE, "This deal has teeth") == ["Miriam Estabrook-Nwosu"]


def test_description_not_named_by_a_different_title():
    text = _COUNCILLOR_LEDE.replace("Coun. Miriam", "Dr. Miriam")
    assert _speakers(text, "This deal has teeth") != ["Miriam Estabrook-Nwosu"]
