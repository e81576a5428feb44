"""left72's rules (session 36 round 2, rows left by round 1), each checked on sentences
written for this file.

1. "According to their coach, Mila Brandt, A" (the leading form): the content is A, not
   "Mila Brandt, A" (already right on base 9c8e9e31: asserted here, with the plain
   "According to Dana Orr, A" and an unapposed "According to their coach Mila Brandt, A").
2. A sentence-opening inverted "Said one player, who asked not to be named because talks
   continue: A" / "Said one player, who asked not to be named, A": the "who" clause on
   the speaker, closed by a comma or a colon, is no content
   (``sides._OPENING_WHO_ASIDE_RE``, as ``_WHO_ASIDE_RE`` for "A, said Ann Roe, who knew
   him, B"); the content started at "who". The speaker stays "one player".
6. "A, the company said Monday, which means B": the "which" tail stays a second row of
   the same speaker (no change: the written gold splits "A, she said, which B" into two
   spans, batches 34, 44 and 51 READMEs), asserted here.
"""

from __future__ import annotations

from tests._quote_rows import speech_rows


def _pairs(text):
    return [(s, q) for s, _, q in speech_rows(text)]


# --- 1. "According to <description>, NAME, A" ----------------------------------------------


def test_according_to_description_name_content_starts_after_name():
    text = "According to their coach, Mila Brandt, the paddlers were ready for the regatta."
    assert _pairs(text) == [("Mila Brandt", "the paddlers were ready for the regatta")]


def test_according_to_chief_name_content():
    text = "According to the fire chief, Dana Orr, the blaze started in the kitchen."
    assert _pairs(text) == [("Dana Orr", "the blaze started in the kitchen")]


def test_according_to_name_only_content():
    text = "According to Dana Orr, the blaze started in the kitchen."
    assert _pairs(text) == [("Dana Orr", "the blaze started in the kitchen")]


# --- 2. sentence-opening "Said NP, who ...:" ------------------------------------------------


def test_opening_said_who_clause_colon_is_no_content():
    text = (
        "The trade stunned the dressing room.\n\nSaid one player, who asked not to be named "
        'because talks continue: "We did not see it coming at all."'
    )
    assert ("one player", "We did not see it coming at all.") in _pairs(text)
    assert not any(q.startswith("who") for _, q in _pairs(text))


def test_opening_said_who_clause_comma_then_indirect():
    text = "Said one veteran, who asked not to be named, the trade was a shock to everyone."
    assert _pairs(text) == [("one veteran", "the trade was a shock to everyone")]


def test_opening_said_short_colon_unchanged():
    text = 'Said one player, who asked not to be named: "Nobody told us a thing."'
    assert _pairs(text) == [("one player", "Nobody told us a thing.")]


def test_inverted_mid_sentence_without_who_keeps_content():
    text = "The rink will close in May, said the coach, and the team will move to Kenora."
    assert ("the coach", "The rink will close in May") in _pairs(text)


# --- 6. "A, the company said Monday, which means B" -----------------------------------------


def test_which_tail_after_dated_insertion_is_second_row():
    text = (
        "The plant will close in March, the company said Monday, which means 200 jobs will "
        "be lost in the town."
    )
    assert _pairs(text) == [
        ("the company", "The plant will close in March"),
        ("the company", "which means 200 jobs will be lost in the town"),
    ]
