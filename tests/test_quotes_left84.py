"""left84's rules (session 42 round 2, rows left over from round 1), each checked on
sentences written for this file.

* "Tom Vale proposed that the town build a second arena" / "The committee proposes
  that A": "propose" is a reporting cue that needs "that" or a quotation after it,
  like "recommend" (``reporting_verbs.txt``, ``lexicon._NEEDS_THAT``,
  ``content._indirect_not_speech``); "proposed a second arena", "the proposed
  budget" and "the plan that Tom Vale proposed" stay no rows. "suggested that A",
  "recommended that A" and "urged that A" keep their rows.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows

_LEAD = "The council met on Monday.\n"


def _rows(text):
    return quote_rows(_LEAD + text, "speaker", "kind", "quote")


def test_proposed_that_is_a_row():
    assert _rows("Tom Vale proposed that the town build a second arena.") == [
        ("Tom Vale", "indirect", "the town build a second arena")
    ]
    assert _rows("The committee proposes that the ferry run twice a day.") == [
        ("the committee", "indirect", "the ferry run twice a day")
    ]


def test_proposed_with_an_object_is_no_row():
    assert _rows("Tom Vale proposed a second arena for the town.") == []
    assert _rows("The plan that Tom Vale proposed would cost $4 million.") == []
    assert _rows("The proposed arena would cost $4 million, and it will open in May.") == []


def test_suggested_recommended_urged_that_keep_their_rows():
    for verb in ("suggested", "recommended", "urged"):
        assert _rows(f"Tom Vale {verb} that the town build a second arena.") == [
            ("Tom Vale", "indirect", "the town build a second arena")
        ]
