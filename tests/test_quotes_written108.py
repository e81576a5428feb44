"""w100's rules (session 37, the hundredth written batch), each checked on sentences
written for this file.

* '"A —" he stopped, then started again, "— B."' / '"A —" she said, before a truck backed
  up behind her, "— B."': a quotation broken off by a dash and resumed by one after a
  short lower-case clause is the speaker's of the broken-off quotation
  (``interrupted_quotations._dash_resumed``); the resumed part was missed. A clause naming
  another person or another voice taking the turn ("her husband cut in") is left alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import speaker_of
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA100 = ROOT / "tests" / "data" / "written_news100"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------------- a quotation broken off and resumed


def test_dash_resumed_quotation_after_a_gesture_clause():
    text = (
        '"We filed every report —" Idris Fenwick-Addo said, then stopped and started '
        'again, "— every one that anybody asked us for."'
    )
    assert speaker_of(text, "— every one that anybody asked us for.") == "Idris Fenwick-Addo"


def test_dash_resumed_quotation_after_said_and_a_time_clause():
    text = (
        "Orla Benedetti-Ng runs the bakery on Queen Street. "
        '"The flour went up —" she said, while a customer waved from the door, "— and then '
        'the butter went up too."'
    )
    assert speaker_of(text, "— and then the butter went up too.") == "Orla Benedetti-Ng"


def test_dash_resumed_not_when_another_voice_takes_the_turn():
    from tests._quote_rows import quote_rows

    text = (
        "Councillor Maren Osei-Holt paused. "
        '"We were promised —" she said, and her husband cut in, "— nothing at all."'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert not any(q == "— nothing at all." and "Osei-Holt" in s for s, q in rows)
    text = '"We were promised —" Ann Roe said, before Tom Lee leaned in, "— nothing at all."'
    rows = quote_rows(text, "speaker", "quote")
    assert not any(q == "— nothing at all." and "Roe" in s for s, q in rows)


# ------------------------------------------------------------------ the set itself


def test_hundredth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA100)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA100)
    assert not {a[0] for a in arts} & earlier


def test_hundredth_batch_scores_hold(bench):
    # blind P 0.966 R 0.988 F1 0.977 speaker 0.952 (170 gold, no gold fix)
    res = bench.score(bench.load(DATA100))
    assert res["p"] >= 0.96
    assert res["r"] >= 0.995
    assert res["f1"] >= 0.98
    assert res["speaker"] >= 0.95
