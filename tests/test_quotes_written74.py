"""w66's rules (session 30, the sixtysixth written batch), each checked on sentences
written for this file.

* "Ann Roe, a 22-year-old engineering student from Moncton, N.B., said": an age word
  ("22-year-old") between the name's comma and the description's head counts as a
  lower-case word of the apposition (``np_left._apposed_to_name``), so the phrase
  before "Town, Prov.," is the name's apposition and the speaker is the name; it was
  "student from Moncton".
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
