"""w107's rules (session 38, the hundred-and-seventh written batch), each checked on
sentences written for this file.

* "NAME, told what he had said, shook her head" / "NAME, told that the plant would
  close, said ...": a "told" set off by a comma before it and followed straight by a
  clause word (that, what, of, about, how, whether) with no listener is a passive
  participle: the subject was told, and no row is given for it
  (``nonspeech._told_passive``). "told about 200 supporters" (a count of listeners) and
  "NAME, 54, told reporters that" stay cues.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA107 = ROOT / "tests" / "data" / "written_news107"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ----------------------------------------------------------- ", told that ...," passive


def test_passive_told_what_gives_no_row():
    text = (
        "The bakery's owner, Rosamund Achebe-Lind, listened to the inspector's report. "
        "Achebe-Lind, told what the inspector had written, shook her head."
    )
    assert not [r for r in speech_rows(text) if r[1] == "told"]


def test_passive_told_that_keeps_the_later_said():
    text = (
        "Ignatius Pereira-Holm, told that the mill would close in March, said he was not surprised."
    )
    rows = speech_rows(text)
    assert not [r for r in rows if r[1] == "told"]
    assert has_quote(text, "Ignatius Pereira-Holm", "he was not surprised")


def test_told_with_a_listener_or_a_count_stays_a_cue():
    text = (
        "Marisol Eide-Banda, 54, told reporters that the mill would close in March. "
        "The organizer, Tobias Kwan-Reyes, told about 300 supporters in Moose Jaw that "
        "the vote was not over."
    )
    assert has_quote(text, "Marisol Eide-Banda", "the mill would close in March")
    assert has_quote(text, "Tobias Kwan-Reyes", "the vote was not over")


# ------------------------------------------------------------------------- the set itself


def test_hundredseventh_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA107)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 180
    earlier = _ids_before(bench, DATA107)
    assert not {a[0] for a in arts} & earlier


def test_hundredseventh_batch_scores_hold(bench):
    # blind P 0.958 R 0.995 F1 0.976 speaker 0.978 (182 gold); one gold fix (183):
    # P 0.963 R 0.995 F1 0.978 speaker 0.973
    res = bench.score(bench.load(DATA107))
    assert res["p"] >= 0.96
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.975
    assert res["speaker"] >= 0.965
