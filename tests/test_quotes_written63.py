"""w55's rules (session 28, the fiftyfifth written batch), each checked on sentences
written for this file.

* "Evacuees said A, and several said B" / "Cyclists in the chamber applauded. Several
  said B": a quantifier speaker ("several", "some", "many") takes the plural speaker
  noun of its own sentence ("Evacuees said ..., and several said") or of the sentence
  before when that noun is the plural of a listed noun for an unnamed person
  ("cyclists", "nurses"), not only of a listed group noun.
* '"A?"' then "The question came from Ann Roe, 77, ..." / '"A."' then "That was Ann Roe's
  blunt assessment.": a paragraph that is only a quotation is the person the next
  paragraph's first sentence names as its speaker (new module
  ``analysis/quotes/identified_paragraphs.py``), not the speaker of the quote before it.
* "That was Ann Roe's blunt assessment. The analyst, who tracks ..., said A": a "the
  <description>" subject opening the sentence right after that naming sentence is that
  person (and so are "the analyst said" and "she said" after it).
* "Ann Roe has played guitar for 37 years. She remembers the first time she heard the
  band." then a paragraph that is only a quotation: a narration paragraph ending in a
  "He/She remembers/recalls ..." sentence announces that person's memory
  (``identified_paragraphs.recalled_by_pronoun``, read by ``assemble``'s narrative
  anchor), also when the person was not quoted before.
* '"A," wrote Ann Roe, a designer who said B. "C."': a quotation after the speech of a
  relative clause in the apposition to a quote's speaker goes on with that speaker
  (``assemble._apposed_relative_of``), instead of being left out.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers(text, quote):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_quantifier_after_plural_speaker_in_the_same_sentence():
    text = (
        "Hundreds of people slept in the school gym on Friday. Campers said they had "
        "been told to leave within the hour, and several said they had left their tents behind."
    )
    assert _speakers(text, "they had left their tents behind") == ["campers"]


def test_quantifier_after_plural_person_noun_subject_the_sentence_before():
    text = (
        "The bridge reopened on Monday morning. Pedestrians on the east side cheered when "
        "the barriers came down. Several said they had walked an extra kilometre every day."
    )
    assert _speakers(text, "they had walked an extra kilometre every day") == ["pedestrians"]


def test_quantifier_after_a_plural_thing_stays_the_quantifier():
    text = (
        "The bridge reopened on Monday morning. Trucks on the east side lined up for an "
        "hour. Several said they had waited since dawn."
    )
    assert _speakers(text, "they had waited since dawn") != ["trucks"]


def test_quantifier_after_a_clause_that_is_no_speech_keeps_the_quantifier():
    text = "Campers packed up on Friday, and several said they had left their tents behind."
    assert _speakers(text, "they had left their tents behind") != ["campers"]


def test_question_paragraph_named_in_the_next_paragraph():
    text = (
        '"The ferry is late again," Ann Lee said.\n\n'
        '"How am I supposed to get to the clinic on time if the boat never comes?"\n\n'
        "The question came from Walter Brisk-Ahmed, 80, who was waiting on the dock."
    )
    assert _speakers(
        text, "How am I supposed to get to the clinic on time if the boat never comes?"
    ) == ["Walter Brisk-Ahmed"]


def test_assessment_paragraph_named_in_the_next_paragraph():
    text = (
        'Several bakers posted online. "I am done with this town," wrote Ann Lee.\n\n'
        '"Flour is the canary in the coal mine for every small business."\n\n'
        "That was Marta Quill-Oduya's blunt assessment. She runs a bakery in Perth."
    )
    assert _speakers(text, "Flour is the canary in the coal mine for every small business.") == [
        "Marta Quill-Oduya"
    ]


def test_that_was_without_an_assessment_word_keeps_the_carried_speaker():
    text = (
        '"The ferry is late again," Ann Lee said.\n\n'
        '"I have waited two hours for it every day this week."\n\n'
        "That was Walter Brisk-Ahmed's boat, which sank in 1990."
    )
    assert _speakers(text, "I have waited two hours for it every day this week.") == ["Ann Lee"]


def test_quotation_with_its_own_attribution_is_not_renamed():
    text = (
        '"I have waited two hours for it every day this week," Ann Lee said.\n\n'
        "The answer came from Walter Brisk-Ahmed, who runs the ferry."
    )
    assert _speakers(text, "I have waited two hours for it every day this week") == ["Ann Lee"]


def test_description_right_after_the_naming_sentence_is_that_person():
    text = (
        '"Rents have nowhere to go but up."\n\n'
        "That was Odile Prentice-Kaur's gloomy prediction. The housing economist, who "
        "studies rental markets in Halifax, said vacancy had fallen below one per cent.\n\n"
        '"Nobody is building," the economist said.'
    )
    assert _speakers(text, "vacancy had fallen below one per cent") == ["Odile Prentice-Kaur"]
    assert _speakers(text, "Nobody is building") == ["Odile Prentice-Kaur"]


def test_description_after_other_narration_is_not_taken():
    text = (
        "Odile Prentice-Kaur moved to Halifax in 2019. The housing economist, who studies "
        "rental markets, said vacancy had fallen below one per cent."
    )
    assert _speakers(text, "vacancy had fallen below one per cent") != ["Odile Prentice-Kaur"]


def test_quotation_after_she_remembers_is_hers():
    text = (
        "Norma Vail-Eriksen has kept bees on the island for 50 years. She remembers the "
        "summer the hives went quiet.\n\n"
        '"It was like somebody had turned the radio off. I walked out in the morning and there '
        'was nothing."'
    )
    assert _speakers(
        text,
        "It was like somebody had turned the radio off. I walked out in the morning and there "
        "was nothing.",
    ) == ["Norma Vail-Eriksen"]


def test_quotation_after_other_narration_by_pronoun_is_not_added():
    text = (
        "Norma Vail-Eriksen has kept bees on the island for 50 years. She sells honey at the "
        "market.\n\n"
        '"It was like somebody had turned the radio off. I walked out in the morning and there '
        'was nothing."'
    )
    assert (
        _speakers(
            text,
            "It was like somebody had turned the radio off. I walked out in the morning and there "
            "was nothing.",
        )
        == []
    )


def test_quotation_after_apposed_relative_speech_goes_on_with_the_speaker():
    text = (
        '"Six years and one phone call," wrote Odessa Pike-Larue, a chemist who said she had '
        'joined the lab when it had four staff. "I am not angry. I am tired, and I am hiring '
        'myself out."'
    )
    assert _speakers(text, "I am not angry. I am tired, and I am hiring myself out.") == [
        "Odessa Pike-Larue"
    ]
