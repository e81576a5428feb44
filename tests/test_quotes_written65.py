"""w57's rules (session 28, the fiftyseventh written batch), each checked on sentences
written for this file.

* "One of the growers, 52-year-old Tom Reid, a beekeeper from Golden, B.C., said A": a
  province's or state's abbreviation after a town in an apposition ("B.C.", "N.B.") is a
  place, never the speaker's name (apposed_speakers).
* "Chief Norma Quayle-Benn said A. ... The chief was unmoved by that argument. '"B," she
  said'": "The <title word>" opening a sentence and "the <title word> was" are the
  subject a "he"/"she" continues, as "the admiral chuckled" was (titles).
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


def test_the_title_word_was_subject_is_the_titled_person():
    text = (
        "Chief Norma Quayle-Benn said the ruling was a good day.\n\n"
        'Mayor Ann Roe said the delay would cost jobs. "What do I tell them?" the mayor said.\n\n'
        "The chief was unmoved by that argument.\n\n"
        '"We have waited long enough," she said.'
    )
    assert _speakers(text, "We have waited long enough") == ["Norma Quayle-Benn"]


def test_capitalised_the_title_word_verb_opens_the_sentence():
    text = (
        "Owner Dana Pirelli-Vance said the club had lost money.\n\n"
        "Mayor Ann Roe said the city had offered help.\n\n"
        "The owner laughed at that.\n\n"
        '"Help with what?" she said.'
    )
    assert _speakers(text, "Help with what?") == ["Dana Pirelli-Vance"]
