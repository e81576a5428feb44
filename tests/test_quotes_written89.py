"""w81's rules (session 33, the eighty-first written batch), each checked on sentences
written for this file.

* "A provincial official, deputy minister of health Ann Roe, said A": an apposed name
  after a lower-case job title with an "of" field is the speaker
  (``apposed_speakers._of_titled_name``); it was the description ("a provincial
  official"), and the pronouns after it went to the description too.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


def test_of_titled_apposed_name_is_the_speaker():
    text = (
        "A federal official, director general of marine safety Orla Venn-Hatch, told the "
        "committee that the ferry had passed every inspection. She denied that the "
        "inspectors had been rushed."
    )
    assert has_quote(text, "Orla Venn-Hatch", "the ferry had passed every inspection")
    assert has_quote(text, "Orla Venn-Hatch", "the inspectors had been rushed")


def test_deputy_minister_of_field_before_name():
    text = "A provincial official, deputy minister of health Bram Ostiguy, said the clinic would reopen."
    assert speech_rows(text) == [("Bram Ostiguy", "said", "the clinic would reopen")]


def test_of_phrase_without_a_title_stays_the_description():
    text = "Two farmers, neighbours of the family Kell Marsh, said the fence had fallen."
    assert "Kell Marsh" not in [sp for sp, _, _ in speech_rows(text)]
