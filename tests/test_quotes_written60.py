"""w52's rules (session 27, the fiftysecond written batch), each checked on sentences
written for this file.

* "A business group, the Canadian Association of Small Exporters, issued a statement
  saying A": the apposed capitalized organization name (with "of", "and", "for" inside)
  is the one who issued the statement, not "a statement".
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


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
