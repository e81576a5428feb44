"""The top-speaker metric of benchmarks/quotes_polnear.py groups one person's
mentions by the last word of the name, never by a word of an appositive or a
relative clause, and can report ties."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "quotes_polnear.py"
_spec = importlib.util.spec_from_file_location("quotes_polnear_bench", BENCH)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


def test_speaker_key_ignores_appositives():
    assert bench._speaker_key("Michael Roe, the city manager,") == "roe"
    assert bench._speaker_key("Ann Lee, 24, who was visiting from Ohio,") == "lee"
    assert bench._speaker_key("Sen. Tom Vale (D-Ore.)") == "vale"
    assert bench._speaker_key("Mr. Roe") == "roe"
    assert bench._speaker_key("the city manager") == "manager"


def test_top_speaker_groups_appositive_mentions():
    gold = ["Michael Roe, the city manager,", "Mr. Roe", "Ann Lee", "Mr. Roe", "Ms. Lee"]
    assert bench.top_speaker(gold) == "Michael Roe, the city manager,"


def test_tied_top_speakers():
    assert bench.tied_top_speakers(["A. Roe", "B. Lee", "Roe", "Lee", "C. Poe"]) == [
        "A. Roe",
        "B. Lee",
    ]
    assert bench.tied_top_speakers([]) == []
