"""w66's rules (session 30, the sixtysixth written batch), each checked on sentences
written for this file.

* "Ann Roe, a 22-year-old engineering student from Moncton, N.B., said": an age word
  ("22-year-old") between the name's comma and the description's head counts as a
  lower-case word of the apposition (``np_left._apposed_to_name``), so the phrase
  before "Town, Prov.," is the name's apposition and the speaker is the name; it was
  "student from Moncton".
* "A, the agency said Tuesday in a report that also criticized B": a document or
  occasion phrase after the frame ending in a relative "that" whose verb follows at
  once (an adverb allowed) is no content opener (``adjunct_relatives.
  document_relative_start``), so the content is A before the frame; it was "also
  criticized B" (a false row) and A was missed. A participle adjective ("in a release
  that affected workers would ...") and a second "that" ("in a report that was released
  Tuesday that A") keep their content after the frame.
* "The rookie defenceman the Jets called up in January, Tom Vale, had two goals ...
  '...,' the rookie defenceman said": a definite description set in apposition to a
  name across a reduced relative clause (its subject opening with a determiner) names
  the same description later (``relative_appositions.resolve_relative_apposed``); it
  was an earlier person introduced with the head noun only ("defenceman Nils Ekberg").
"""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows


def _speakers(text: str, quote: str) -> list[str]:
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_aged_apposition_with_compound_noun_before_town_and_province():
    text = (
        "Ferry riders lined up early on Monday.\n\n"
        "Jonah Whitley-Brandt, a 22-year-old engineering student from Moncton, N.B., "
        "said he had missed two exams because of the delays."
    )
    assert _speakers(text, "he had missed two exams because of the delays") == [
        "Jonah Whitley-Brandt"
    ]


def test_aged_apposition_with_compound_noun_keeps_female_speaker():
    text = (
        "The market reopened on Saturday.\n\n"
        "Marta Lindgren-Obi, a 41-year-old pastry chef from Truro, N.S., said the "
        "flour shortage had ended."
    )
    assert has_quote(text, "Marta Lindgren-Obi", "the flour shortage had ended")


def test_report_relative_clause_after_frame_leaves_content_before():
    text = (
        "Harbour ferries run late\n\n"
        "HALIFAX — Ferry crews have been cut too far, the city's transit watchdog said "
        "Tuesday in a report that also faulted the operator's hiring."
    )
    rows = quote_rows(text, "quote")
    assert ("Ferry crews have been cut too far",) in rows
    assert not any("faulted" in q for (q,) in rows)


def test_statement_relative_clause_with_was_leaves_content_before():
    text = (
        "Title\n\nThe bridge will reopen in May, the company said in a statement that "
        "was posted late Friday."
    )
    assert has_quote(text, "company", "The bridge will reopen in May")


def test_release_with_participle_adjective_keeps_content_after():
    text = "Title\n\nThe mill said in a news release that affected workers would get severance."
    assert has_quote(text, "mill", "affected workers would get severance")


def test_report_relative_clause_then_second_that_opens_content():
    text = (
        "Title\n\nThe auditor said in a report that was released Tuesday that the fund had run dry."
    )
    assert has_quote(text, "auditor", "the fund had run dry")


def _trade(apposition: str) -> str:
    return (
        "Jets add depth at the deadline\n\n"
        "WINNIPEG — The Jets acquired defenceman Nils Ekberg from Ottawa on Friday.\n\n"
        '"He kills penalties," the coach said.\n\n'
        + apposition
        + " He is expected to return to the minors.\n\n"
        '"I knew it was coming," the rookie defenceman said.'
    )


def test_description_apposed_across_reduced_relative_names_later_echo():
    text = _trade(
        "The rookie defenceman the Jets called up in January, Tomasz Whitfield, had "
        "scored twice in five games."
    )
    assert _speakers(text, "I knew it was coming") == ["Tomasz Whitfield"]


def test_description_apposed_across_possessive_relative_names_later_echo():
    text = _trade(
        "The rookie defenceman his old team traded away, Tomasz Whitfield, had scored "
        "twice in five games."
    )
    assert _speakers(text, "I knew it was coming") == ["Tomasz Whitfield"]


def test_other_description_across_relative_does_not_name_the_echo():
    text = _trade(
        "The veteran winger the Jets called up in January, Tomasz Whitfield, had "
        "scored twice in five games."
    )
    assert "Tomasz Whitfield" not in _speakers(text, "I knew it was coming")
