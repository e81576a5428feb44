"""The "ceiling under (a)" of benchmarks/quotes_polnear.py: the Wilson interval, the
arithmetic named share x 1.0 + pronoun share x agreement, and the pooled agreement of
proxy (a) with hand-read referents (on a made-up article and CSV, no PolNeAR text)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "quotes_polnear.py"
_spec = importlib.util.spec_from_file_location("quotes_polnear_bench_ceiling", BENCH)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


def test_wilson_known_values():
    lo, hi = bench.wilson(5, 10)
    assert lo == pytest.approx(0.2366, abs=1e-4)
    assert hi == pytest.approx(0.7634, abs=1e-4)
    lo, hi = bench.wilson(0, 10)
    assert lo == 0.0
    assert hi == pytest.approx(0.2775, abs=1e-4)
    lo, hi = bench.wilson(10, 10)
    assert lo == pytest.approx(0.7225, abs=1e-4)
    assert hi == 1.0


def test_wilson_is_symmetric_contains_the_share_and_narrows():
    for k, n in ((3, 7), (167, 280), (1, 40)):
        lo, hi = bench.wilson(k, n)
        lo2, hi2 = bench.wilson(n - k, n)
        assert lo == pytest.approx(1 - hi2)
        assert hi == pytest.approx(1 - lo2)
        assert lo < k / n < hi
    small = bench.wilson(6, 10)
    big = bench.wilson(600, 1000)
    assert big[1] - big[0] < small[1] - small[0]


def test_wilson_of_an_empty_sample_is_uninformative():
    assert bench.wilson(0, 0) == (0.0, 1.0)


def test_ceiling_arithmetic():
    pt, lo, hi = bench.ceiling_under_a(75, 25, 60, 100)
    assert pt == pytest.approx(0.75 + 0.25 * 0.6)
    wlo, whi = bench.wilson(60, 100)
    assert lo == pytest.approx(0.75 + 0.25 * wlo)
    assert hi == pytest.approx(0.75 + 0.25 * whi)
    assert lo < pt < hi


def test_ceiling_edges():
    assert bench.ceiling_under_a(40, 0, 3, 10)[0] == pytest.approx(1.0)
    assert bench.ceiling_under_a(0, 40, 3, 10)[0] == pytest.approx(0.3)
    assert bench.ceiling_under_a(0, 0, 3, 10) == (0.0, 0.0, 0.0)
    assert bench.ceiling_under_a(10, 10, 0, 0) == (0.0, 0.0, 0.0)


def _gold(offset, source_text, a):
    return {
        "source": [(offset, offset + len(source_text))],
        "source_text": source_text,
        "source_resolved": dict.fromkeys(bench.PROXIES, a),
    }


def test_pooled_agreement_over_samples(tmp_path, monkeypatch):
    one = tmp_path / "one.csv"
    two = tmp_path / "two.csv"
    one.write_text(
        "stem,offset,referent\nart_a,10,Dana Ruiz\nart_a,50,Mr. Okafor\nother_split,5,Lee\n",
        encoding="utf-8",
    )
    two.write_text("stem,offset,referent\nart_b,7,the author (unnamed)\n", encoding="utf-8")
    monkeypatch.setattr(bench, "CHECK_CSVS", (("one", one), ("two", two)))
    gold_by = {
        # "she" after Dana Ruiz was quoted: (a) right; "he" meant Okafor, (a) says Ruiz
        "art_a": [_gold(10, "she", "Ms. Ruiz"), _gold(50, "he", "Dana Ruiz")],
        # the columnist's "I": (a) names a quoted senator, never the author
        "art_b": [_gold(7, "I", "Sen. Hal Berg")],
    }
    assert bench.pooled_a_agreement(gold_by) == (1, 3)
    # rows of articles outside this split are skipped; no sample at all gives (0, 0)
    assert bench.pooled_a_agreement({}) == (0, 0)
