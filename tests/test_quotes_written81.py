"""w73's rules (session 31, the seventy-third written batch), each checked on sentences
written for this file.

* "Manitoba's Minister of Agriculture, Food and Rural Development, Ann Roe, said": a
  capitalised "X and Y" segment that ends the list of fields of an office named in the
  segment before it ("... of Agriculture,") is part of the office, not the speaker
  (``apposed_speakers._drop_office_field_tails``); it was "Food and Rural Development",
  and a later "she told reporters" went to the person quoted before.
"""

from __future__ import annotations

from tests._quote_rows import speech_rows


def test_office_with_listed_fields_gives_the_apposed_name():
    text = (
        "Manitoba's Minister of Agriculture, Food and Rural Development, Carla "
        "Pettigrew-Moss, said outside the legislature that the program would continue."
    )
    assert speech_rows(text) == [("Carla Pettigrew-Moss", "said", "the program would continue")]


def test_office_with_listed_fields_then_pronoun_keeps_the_minister():
    text = (
        "The engineer, Ann Roe, said the dam was safe.\n\n"
        "Ontario's Minister of Children, Community and Social Services, Brian Okello, "
        "said the cheques would go out Friday.\n\n"
        '"Nobody will wait past Friday," he told reporters.'
    )
    rows = speech_rows(text)
    assert ("Brian Okello", "said", "the cheques would go out Friday") in rows
    assert ("Brian Okello", "told", "Nobody will wait past Friday") in rows


def test_listed_names_without_office_are_untouched():
    # "and" in a list of two people's names before the cue is no office's field list
    text = "Two neighbours, Ann Roe and Brian Okello, said the road had flooded twice."
    assert [r[0] for r in speech_rows(text)] != ["Okello"]
