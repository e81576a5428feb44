"""review31 (session 23, round 2): one rule each for behaviours round 1 wrote more than
once, on sentences written for the test.

* a speaker named after the fact: the sentence right after the statement names an
  unnamed speaker, a pronoun or a description ("She is Ann Roe", "He was identified as
  Raj Patel", "Her name is ...", "The man, Raj Patel,", "Marta Kowalski, 34," for "the
  34-year-old") -- one matcher (``_named_in_next_sentence``) and one call.
"""

from __future__ import annotations

import pytest

from tests._quote_rows import quote_rows, speaker_of

NAMED_NEXT = [
    # a pronoun after its quotation
    ('"We lost the barn," she said. Her name is Ida Pell, and she farms nearby.', "Ida Pell"),
    # an indefinite description, either order
    ('"The road flooded at noon," said a man. He is Otto Brandt, a trucker.', "Otto Brandt"),
    ("A bus driver said the road flooded at noon. She is Ida Pell, 52.", "Ida Pell"),
    # a definite one, either order, "was (later) identified as"
    (
        '"The road flooded at noon," the girl said. She was later identified as Ida Pell.',
        "Ida Pell",
    ),
    ("The third man in the queue said the road flooded at noon. He is Otto Brandt.", "Otto Brandt"),
    # "The man, <Name>," and a bare name with the same age for "the 41-year-old"
    (
        '"The road flooded at noon," the third man said. The man, Otto Brandt, is a cook.',
        "Otto Brandt",
    ),
    (
        '"The road flooded at noon," the 41-year-old said. Otto Brandt, 41, drives a bus.',
        "Otto Brandt",
    ),
    (
        "The 41-year-old said the road flooded at noon. Otto Brandt, 41, drives a bus.",
        "Otto Brandt",
    ),
]


@pytest.mark.parametrize(("text", "want"), NAMED_NEXT)
def test_speaker_named_in_the_next_sentence(text, want):
    rows = quote_rows(text, "speaker")
    assert rows and rows[0] == (want,), rows


NOT_NAMED = [
    # the other gender
    '"The road flooded at noon," the girl said. He is Otto Brandt, her uncle.',
    '"The road flooded at noon," he said. She is Ida Pell, his sister.',
    # another age, or a bare name for a description without an age
    '"The road flooded at noon," the 41-year-old said. Otto Brandt, 39, agreed.',
    '"The road flooded at noon," the third man said. Otto Brandt, a cook, agreed.',
    # not the sentence right after, or a new paragraph
    '"The road flooded at noon," said a man. It rained. He is Otto Brandt.',
    '"The road flooded at noon," said a man.\n\nHe is Otto Brandt, a trucker.',
]


@pytest.mark.parametrize("text", NOT_NAMED)
def test_no_name_from_a_sentence_that_names_someone_else(text):
    assert speaker_of(text, "The road flooded at noon") not in ("Otto Brandt", "Ida Pell")


def test_a_pronoun_before_its_statement_keeps_its_antecedent():
    text = "Ida Pell drove the bus. She said the road flooded at noon. She is Ann Roe's aunt."
    assert speaker_of(text, "the road flooded at noon") == "Ida Pell"


# "according to" numbers: one owner test (a possessive pronoun or noun), a plural
# possessor ("the agencies'") cut like a singular one
OWNED = [
    ("Sales fell 4 per cent, according to the corporation’s figures.", "the corporation"),
    ("Sales fell 4 per cent, according to the agencies' figures.", "the agencies"),
]


@pytest.mark.parametrize(("text", "want"), OWNED)
def test_according_to_owned_figures_is_the_owner(text, want):
    assert quote_rows(text, "speaker") == [(want,)]


def test_according_to_unowned_figures_is_no_quote():
    assert quote_rows("Sales fell 4 per cent, according to federal figures.", "speaker") == []
