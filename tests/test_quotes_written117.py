"""w109's rules (session 38, the hundred-ninth written batch), each checked on sentences
written for this file.

* "A, he said, while NAME, who sits on the board, said B" / "X was angry, while NAME, a
  board member, said B": a segment opened by "while" or "whereas" before an apposed
  speaker is a conjunction and the name after it, like "and" / "but"
  (``apposed_speakers._apposition_speaker``); the second attribution gave no row, or the
  clause before the conjunction as its speaker. After an inserted frame, the words from
  the conjunction on are then no tail of the first row: a conjunction, a name (or a
  determiner and a noun), a relative clause between commas and a finite cue open the
  second speaker's own clause (``additions._relative_speaker_after``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA109 = ROOT / "tests" / "data" / "written_news109"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# --------------------------------------------- "..., while NAME, who ..., said B"


def test_while_name_with_relative_clause_gets_its_own_row():
    text = (
        "Her brother, Tobin Achebe-Marsh, a plumber, spoke first. The vote was rushed, he "
        "said, while Ysolde Kerrigan-Pham, who chairs the library board, said the building "
        "had been losing money for a decade."
    )
    assert has_quote(text, "Tobin Achebe-Marsh", "The vote was rushed")
    assert has_quote(
        text, "Ysolde Kerrigan-Pham", "the building had been losing money for a decade"
    )


def test_while_name_with_apposition_is_the_name_not_the_clause():
    text = (
        "The council was divided on Monday, while Ambrose Okafor-Lind, a retired ferry "
        "engineer, said the new terminal would never be used."
    )
    rows = speech_rows(text)
    assert ("Ambrose Okafor-Lind", "said", "the new terminal would never be used") in rows
    assert not any(s.startswith("The council") for s, _, _ in rows)


def test_whereas_name_with_relative_clause():
    text = (
        "The union wanted a strike vote in March, whereas Corliss Vanderhoek, who has run "
        "the local for six years, said members would wait until the fall."
    )
    assert has_quote(text, "Corliss Vanderhoek", "members would wait until the fall")


def test_while_without_a_speaker_after_it_adds_no_row():
    # negative: "while" opening a plain clause (no apposition, no cue) is no speaker
    text = (
        "The mill will close in June, the owner said, while the town, which depends on it, "
        "is still waiting for a plan."
    )
    rows = speech_rows(text)
    assert ("the owner", "said", "The mill will close in June") in rows
    assert all(s == "the owner" for s, _, _ in rows)


# ------------------------------------------------------------------------- the set itself


def test_hundredninth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA109)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 180
    earlier = _ids_before(bench, DATA109)
    assert not {a[0] for a in arts} & earlier


def test_hundredninth_batch_scores_hold(bench):
    # blind P 0.958 R 0.989 F1 0.974 speaker 0.978 (186 gold); two gold fixes (188):
    # P 0.969 R 0.989 F1 0.979 speaker 0.973
    res = bench.score(bench.load(DATA109))
    assert res["p"] >= 0.965
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.978
    assert res["speaker"] >= 0.97
