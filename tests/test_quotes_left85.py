"""Session 43 task left85: decisions checked against the data (no new rule was kept).

Each test pins a reading that the PolNeAR train data and the written gold support, so
that a later change has to measure before it flips it:

1. "NAME proposed that A" is no row, "NAME suggested that A" / "NAME recommended that A"
   are rows (cue table ``lexicon``; ``content._indirect_not_speech``). The benchmark
   (benchmarks/quotes_polnear.py, ``load_gold``/``_lemma_ok``) drops every gold
   attribution whose cue is not in SPEECH_LEMMAS unless its content is quoted, and a
   predicted row that overlaps only a dropped attribution is a false positive.
   "suggest" is in SPEECH_LEMMAS (train: 171 of 185 "suggest" rows match a kept gold
   attribution); "propose" is not (train: 1 of 64 raw "propos-" attributions kept, the
   quoted one), so a "proposed that" row can only cost precision.
2. "A, NAME said Monday, and B" keeps B as a second row of the same statement
   (``additions._add_parenthetical`` / ``_second_part_goes_on``; the written gold's
   binding decision "A, she said, and B", two rows). Train: of 31 such trailing
   "and/but B" rows after a content-before-verb frame, 25 lie inside the same gold
   attribution as A and 6 in none (5 of those after "according to"); written gold:
   202 of 213 "A, X said, and/but B" have a gold row at B, the rest are narration or
   the next frame's. A trailing clause with a cue of its own stays that frame's
   ("..., and she added that B": B only, ``_own_cue_after_conj``).
"""

from __future__ import annotations

import pandas as pd

import analysis


def _rows(text: str) -> list[tuple[str, str, str]]:
    df = analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return [(r.speaker, text[r.start : r.end], r.statement_id) for r in df.itertuples()]


def test_proposed_that_is_no_row():
    assert _rows("Ann Roe proposed that the council delay the vote on the ferry.") == []


def test_suggested_and_recommended_that_keep_their_rows():
    for verb in ("suggested", "recommended"):
        rows = _rows(f"Ann Roe {verb} that the council delay the vote on the ferry.")
        assert [(s, q) for s, q, _ in rows] == [
            ("Ann Roe", "the council delay the vote on the ferry")
        ]


def test_content_before_frame_then_and_clause_is_two_rows_of_one_statement():
    text = (
        "The ferry will run again in May, Tom Vale said Monday, and the fares will stay the same."
    )
    rows = _rows(text)
    assert [(s, q) for s, q, _ in rows] == [
        ("Tom Vale", "The ferry will run again in May"),
        ("Tom Vale", "and the fares will stay the same"),
    ]
    assert rows[0][2] == rows[1][2]


def test_trailing_clause_with_its_own_cue_is_that_frames_content():
    # near miss: "and she added that B" is a frame of its own, B without "and she added"
    text = "The ferry will run again in May, Ann Roe said, and she added that the fares would stay."
    rows = _rows(text)
    assert [(s, q) for s, q, _ in rows] == [
        ("Ann Roe", "The ferry will run again in May"),
        ("Ann Roe", "the fares would stay"),
    ]
