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
