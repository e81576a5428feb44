"""w52's rules (session 27, the fiftysecond written batch), each checked on sentences
written for this file.

* "A business group, the Canadian Association of Small Exporters, issued a statement
  saying A": the apposed capitalized organization name (with "of", "and", "for" inside)
  is the one who issued the statement, not "a statement".
* "A, said the board's superintendent of business, Ann Roe, who ...": the name set off
  after a description is the speaker also when the description has a lower-case
  possessive ("the board's") or an "of"/"for" phrase ("of business") after its head.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speaker_of, speech_rows


def test_issued_statement_apposed_org_name_with_of():
    text = (
        "Several plants were idle on Monday.\n\n"
        "A trade group, the Northern Federation of Tool and Die Makers, issued a "
        "statement saying its members had lost orders."
    )
    assert has_quote(
        text, "Northern Federation of Tool and Die Makers", "its members had lost orders"
    )
    assert not any(s == "a statement" for s, _, _ in speech_rows(text))


def test_issued_statement_apposed_person_name_unchanged():
    text = (
        "The hearing was adjourned.\n\n"
        "Her lawyer, Ann Roe, issued a statement saying her client was innocent."
    )
    assert has_quote(text, "Ann Roe", "her client was innocent")


_MEETING = "Trustees cut bus routes\n\nSUDBURY, Ont. — Trustees voted 7-4 late Tuesday.\n\n"


def test_said_possessive_role_of_phrase_then_name():
    text = (
        _MEETING + "The plan was the only option left, said the district’s superintendent "
        "of schools, Hannah Oyelaran-Pike, who spoke after the vote."
    )
    assert speaker_of(text, "The plan was the only option left") == "Hannah Oyelaran-Pike"


def test_said_role_of_the_phrase_then_name():
    text = _MEETING + "Fees would rise, said the clerk of the works, Colm Dearden."
    assert speaker_of(text, "Fees would rise") == "Colm Dearden"


def test_said_role_of_phrase_without_name_keeps_description():
    text = _MEETING + "Fees would rise, said the clerk of the works, who spoke after the vote."
    assert speaker_of(text, "Fees would rise") != "who"
