"""w136's rules (session 43 round 1, the hundred-and-thirty-sixth written batch), each
checked on sentences written for this file.

* "A, the town's director of parks told council Monday night, and B": a frame with a
  listener (a determiner's, "reporters", or a bare audience noun such as "council") set
  off by commas inside its content and closed before ", and" / ", but" reads as "A, she
  said, and B": two rows (``listener_tails._LISTENER_TAIL_RE``, read by
  ``listener_tails.listener_tail_end`` in ``additions._add_parenthetical``); it had no
  row at all. Only "tell" takes ", and B" there: "A, who added a third title, and B" (an
  object, no listener) gives no row, and "told X that A, and B" keeps one span.
* "A, the harbour authority said in a letter to members this week, adding that B": the
  recipient audience of a written statement ("to members") may be followed by a time
  ("this week", "last month") before the comma (``cues._POST_SKIP_ITEMS``); A had no
  row. A possessive ("to members this week's meeting was off") keeps the older reading.
* "Ann Roe answered him from the floor.": after "answer", a personal object pronoun and
  at most a place or time phrase names whom she answered, not what she said: no row
  (``answered_objects.answered_person_only``, asked by ``content._no_content_object``);
  "answered that A" and "answered him that A" keep their rows.
* "The agency said the seats would be shared among the outfitters according to the
  number of trips each made": "according to" right after a word (no comma) and before a
  measure noun (number, size, amount, share, age, need ...) is the basis of a share,
  no source: no frame and no cue that ends the content before it
  (``measure_bases.without_measure_bases``, called in ``frames._verb_cue_frames``); it
  was a row of "the number of trips ..." and cut the said-clause. ", according to the
  agency" and "according to the agency" stay sources.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.quotes.answered_objects import answered_person_only
from analysis.quotes.measure_bases import measure_basis
from tests._quote_rows import has_quote, speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA136 = ROOT / "tests" / "data" / "written_news136"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------- "A, NAME told council Monday, and B"


def test_listener_frame_before_and_gives_two_rows():
    t = (
        "ARVID, Ont. \u2014 The pool that serves the whole valley is running on borrowed "
        "time, the town's director of parks told council Monday night, and its two pumps "
        "should be replaced before the summer."
    )
    quotes = [q for _, _, q in speech_rows(t)]
    assert quotes == [
        "The pool that serves the whole valley is running on borrowed time",
        "and its two pumps should be replaced before the summer",
    ]


def test_listener_frame_before_but_gives_two_rows():
    t = (
        "The ferry will run late all week, Mara Quellet told reporters on Tuesday, but the "
        "crossing will be free."
    )
    assert has_quote(t, "Mara Quellet", "The ferry will run late all week")
    assert has_quote(t, "Mara Quellet", "but the crossing will be free")


def test_listener_frame_then_and_another_speaker_keeps_that_speaker():
    t = (
        "The ferry will run late all week, Mara Quellet told the board, and Tobin Sark "
        "said the crossing would be free."
    )
    rows = speech_rows(t)
    assert ("Mara Quellet", "told", "The ferry will run late all week") in rows
    assert ("Tobin Sark", "said", "the crossing would be free") in rows
    assert len(rows) == 2


def test_relative_added_object_before_and_is_no_frame():
    t = (
        "The sprint was won by Hallie Vandersloot of Perth, who added a third straight "
        "title, and Mateo Quarrie of Almonte won the relay."
    )
    assert speech_rows(t) == []


def test_told_that_and_b_keeps_one_span():
    t = "Mara Quellet told the board that the ferry would run late, and the crossing was closed."
    assert [q for _, _, q in speech_rows(t)] == [
        "the ferry would run late, and the crossing was closed"
    ]


# ------------------------------------ "said in a letter to members this week, adding"


def test_letter_to_members_this_week_keeps_the_content_before():
    t = (
        "The slipway has sunk almost a metre, the Varden Harbour Authority said in a letter "
        "to members this week, adding that three boats had bent their propellers."
    )
    assert has_quote(t, "Varden Harbour Authority", "The slipway has sunk almost a metre")
    assert has_quote(t, "Varden Harbour Authority", "three boats had bent their propellers")


def test_letter_to_members_last_month_then_that():
    t = (
        "The Varden Harbour Authority said in a letter to members last month that the "
        "slipway had sunk."
    )
    assert has_quote(t, "Varden Harbour Authority", "the slipway had sunk")


def test_letter_to_members_then_a_possessive_time_keeps_its_reading():
    # "this week's meeting" is a noun phrase, no time after the recipient: no row, as before
    t = "The Varden Harbour Authority said in a letter to members this week's meeting was off."
    assert speech_rows(t) == []


# ---------------------------------------------------- "answered him from the floor"


def test_answered_him_from_the_floor_gives_no_row():
    t = (
        "Perpetua Vane rose to speak. Osgood Brill answered him from the floor. "
        "He said the budget was fine."
    )
    assert [q for _, _, q in speech_rows(t)] == ["the budget was fine"]


def test_answered_them_at_the_meeting_gives_no_row():
    assert speech_rows("Osgood Brill answered them at the meeting on Monday.") == []


def test_answered_that_keeps_its_row():
    assert has_quote(
        "Osgood Brill answered that the budget was fine.", "Osgood Brill", "the budget was fine"
    )


def test_answered_person_only_needs_answer_and_no_clause():
    t = "him from the floor."
    assert answered_person_only("answer", t, 0, len(t))
    assert not answered_person_only("tell", t, 0, len(t))
    t = "him that the floor was wet."
    assert not answered_person_only("answer", t, 0, len(t))


# --------------------------------------- "shared according to the number of trips"


def test_measure_after_according_to_is_no_source():
    t = (
        "The agency said the seats would be shared among the outfitters according to the "
        "number of trips each made last season."
    )
    assert speech_rows(t) == [
        (
            "the agency",
            "said",
            "the seats would be shared among the outfitters according to the number of trips "
            "each made last season",
        )
    ]


def test_measure_basis_keeps_a_conjoined_span_whole():
    t = (
        "The agency said the limit would apply from June 15 and would be divided among "
        "the outfitters according to their size."
    )
    assert [q for _, _, q in speech_rows(t)] == [
        "the limit would apply from June 15 and would be divided among the outfitters "
        "according to their size"
    ]


def test_according_to_a_source_stays_a_source():
    t = "The tours were cancelled according to the agency."
    assert speech_rows(t) == [("the agency", "according to", "The tours were cancelled")]
    t = "The tours were cancelled, according to the number crunchers at the bank."
    assert has_quote(t, "number crunchers", "The tours were cancelled")


def test_measure_basis_needs_a_word_before_the_cue():
    t = "Seats were shared, according to the number of trips each made."
    assert not measure_basis(t, t.index("according"), t.index(" the number"))
    t = "Seats were shared according to the number of trips each made."
    assert measure_basis(t, t.index("according"), t.index(" the number"))


# ------------------------------------------------------------------- the set itself


def test_hundredthirtysixth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA136)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 140
    earlier = _ids_before(bench, DATA136)
    assert not {a[0] for a in arts} & earlier


def test_hundredthirtysixth_batch_scores_hold(bench):
    # first contact P 0.979 R 0.972 F1 0.975 speaker 0.978 (143 gold, no gold fix); after
    # w136's rules P 0.993 R 0.993 F1 0.993 speaker 0.993 (left: "agreed that A", a
    # document as the source, "..., and she said she would" of a described addressee)
    res = bench.score(bench.load(DATA136))
    assert res["p"] >= 0.99
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.99
