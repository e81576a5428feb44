"""Rules of session 30's left59 (rows and speakers left by round 1), on sentences
written for these tests."""

from __future__ import annotations

from tests._quote_rows import speech_rows


def test_description_from_town_and_province_is_the_speaker():
    rows = speech_rows(
        "A 41-year-old pastry chef from Truro, N.S., said the ovens were too small. "
        "She opened the shop in 2019."
    )
    assert rows[0][0] == "a 41-year-old pastry chef from Truro", rows


def test_the_mayor_of_town_and_province_is_the_speaker():
    rows = speech_rows("The mayor of Lunenburg, N.S., said the wharf would be rebuilt.")
    assert rows[0][0] == "The mayor of Lunenburg", rows


def test_named_person_before_town_description_keeps_the_name():
    rows = speech_rows("Mara Quill, a baker from Truro, N.S., said the ovens were too small.")
    assert rows[0][0] == "Mara Quill", rows
