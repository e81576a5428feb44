"""w57's rules (session 28, the fiftyseventh written batch), each checked on sentences
written for this file.

* "One of the growers, 52-year-old Tom Reid, a beekeeper from Golden, B.C., said A": a
  province's or state's abbreviation after a town in an apposition ("B.C.", "N.B.") is a
  place, never the speaker's name (apposed_speakers).
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers(text, quote):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_dotted_province_after_town_is_not_the_speaker():
    text = (
        "One of the growers, 52-year-old Tom Reid, a beekeeper from Golden, B.C., said "
        "the hives had come through the winter."
    )
    assert _speakers(text, "the hives had come through the winter") == ["Tom Reid"]


def test_dotted_province_after_town_with_maritime_abbreviation():
    text = (
        "Among the buyers, 40-year-old Lena Voss, a baker from Sackville, N.B., said "
        "flour had cost her twice as much this year."
    )
    assert _speakers(text, "flour had cost her twice as much this year") == ["Lena Voss"]
