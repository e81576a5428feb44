"""Regression guard on the written news set (tests/data/written_news: fictional
Canadian-style articles with gold quotes, issue 12): the gold offsets are valid and
``extract_quotes`` scores, with the held-out Canadian set's metric
(benchmarks/quotes_written.py), at least the numbers reached in session 10 minus a
small margin (P 0.916, R 0.936, F1 0.926, speaker 0.916 when written; 0.901,
0.907, 0.904, 0.878 before the session's fixes)."""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "written_news"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location(
        "quotes_written", ROOT / "benchmarks" / "quotes_written.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_gold_offsets_are_valid(bench):
    arts = bench.load(DATA)
    assert len(arts) >= 12
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 250


def test_built_files_match_their_sources():
    spec = importlib.util.spec_from_file_location("wn_build", DATA / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    for src in sorted((DATA / "src").glob("*.src")):
        text, spans = build.strip_markup(src.read_text(encoding="utf-8"))
        assert (DATA / f"{src.stem}.txt").read_text(encoding="utf-8") == text
        assert json.loads((DATA / f"{src.stem}.json").read_text(encoding="utf-8")) == spans


def test_scores_hold(bench):
    res = bench.score(bench.load(DATA))
    assert res["p"] >= 0.90
    assert res["r"] >= 0.92
    assert res["f1"] >= 0.915
    assert res["speaker"] >= 0.90


def test_speaker_match_rule(bench):
    assert bench.speaker_ok("Lee", "Dana Lee")
    assert bench.speaker_ok("Priya Nand", "Priya Nand and Owen Tremblay")
    assert not bench.speaker_ok("the two", "Priya Nand and Owen Tremblay")
    assert not bench.speaker_ok(None, "Dana Lee")
