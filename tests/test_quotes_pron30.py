"""Pronoun speaker rules of the pron30 branch, on sentences written for these tests."""

from __future__ import annotations

from tests._quote_rows import quote_rows, speaker_of


def test_then_theres_name_is_the_subject_for_the_next_he():
    # "Then there's Hobbs." introduces Hobbs as the topic; Brandt was the subject before
    text = (
        "Tom Brandt spoke about the budget. Brandt himself has even made remarks in favour "
        "of the plan.\n\nThen there’s Carl Hobbs.\n\n"
        '"This is a mess," he wrote last week.\n\n"Too late?" He tweeted on Friday.'
    )
    assert speaker_of(text, "This is a mess") == "Carl Hobbs"
    assert speaker_of(text, "Too late?") == "Carl Hobbs"


def test_then_there_is_name_still_the_subject():
    text = (
        "Tom Brandt spoke about the budget. Brandt himself has even made remarks in favour "
        'of the plan.\n\nThen there is Carl Hobbs.\n\n"This is a mess," he wrote last week.'
    )
    assert speaker_of(text, "This is a mess") == "Carl Hobbs"


def test_telling_then_quote_then_he_said_is_one_statement_of_the_subject():
    # "he said" after a quotation opened by ", telling <listener>," restates the teller
    text = (
        "Tom Brandt said the plan was sound.\n\n"
        "Carl Hobbs weighed in as well, telling a radio host on Monday, "
        '"They are both wrong," he said, adding, "Brandt is right about one thing."'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Carl Hobbs", "They are both wrong") in rows
    assert ("Carl Hobbs", "Brandt is right about one thing.") in rows
    assert all(s != "Tom Brandt" or q == "the plan was sound" for s, q in rows)


def test_a_non_speech_participle_before_a_quotation_keeps_the_lead():
    # "standing in the rain" is no speech verb: the trailing "she said" still gets it all
    text = 'Ann Vell spoke of the morning, standing in the rain, "It was cold," she said.'
    assert any(
        q.startswith("Ann Vell spoke of the morning")
        for _, q in quote_rows(text, "speaker", "quote")
    )
