"""Speaker types on the shared real corpora (issue 13) against hand-checked
tables in tests/data (name -> type only): >= 97% of the 150 most-quoted
speakers typed right, and no pronoun among the 100 most-quoted speakers of any
shared corpus. Skips cleanly where ../shared is absent."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location(
    "bench_types", ROOT / "benchmarks" / "speaker_types.py"
)
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)
DATA = bench.DATA


@pytest.mark.parametrize("corpus", ["polnear", "reuters", "whitehouse"])
def test_hand_checked_types(corpus):
    path, _ = bench.CORPORA[corpus]
    if not path.exists():
        pytest.skip(f"{path} not present")
    m = bench.measure(corpus, top=150)
    assert m["coverage"] >= 0.9, m["missing"]
    assert m["accuracy"] >= 0.97, m["wrong"]


CORPUS_DIRS = [
    DATA / "polnear" / "train" / "text",
    DATA / "polnear" / "dev" / "text",
    DATA / "reuters21578",
    DATA / "whitehouse" / "articles",
    DATA / "whitehouse" / "statements-releases",
    DATA / "whitehouse" / "press-briefings",
    DATA / "seed",
]


@pytest.mark.parametrize("path", CORPUS_DIRS, ids=lambda p: "/".join(p.parts[-2:]))
def test_no_pronoun_among_the_100_most_quoted(path):
    from analysis.speaker_types import is_pronoun

    if not path.exists():
        pytest.skip(f"{path} not present")
    speakers = bench.top_speakers(path, 100)["speaker"].tolist()
    assert [s for s in speakers if is_pronoun(s)] == []


# People at the podium of the 2024 White House press briefings (hand list) and
# the anonymous turn speakers; the 2024 top ten must come from here.
PODIUM_2024 = {
    "Karine Jean-Pierre",
    "John Kirby",
    "Jake Sullivan",
    "Joe Biden",
    "Biden",
    "Jared Bernstein",
    "Olivia Dalton",
    "Alejandro Mayorkas",
    "Ian Sams",
    "Andrew Bates",
    "Jon Finer",
    "Antony Blinken",
    "Lael Brainard",
    "Neera Tanden",
    "John Podesta",
    "Ali Zaidi",
    "Kamala Harris",
    "Jeff Zients",
    "Shalanda Young",
    "Tom Perez",
    "Julie Su",
    "Deanne Criswell",
    "Steve Benjamin",
    "Michael Tyler",
    "Jen O’Malley Dillon",
    "reporter",
    "moderator",
    "senior administration official",
    "operator",
    "aide",
}


def test_briefings_2024_top_speakers():
    """Issue 13: on the 2024 press briefings the ten most frequent speakers (people
    and anonymous speakers, turns and the quotes inside them, the default statement
    count) are the people at the podium or reporters / anonymous podium roles -- no
    pronoun, no fragment, no one merely quoted in the briefings (the president
    himself, in his own turns and as "the President said", is at the podium)."""
    path = DATA / "whitehouse" / "press-briefings"
    if not path.exists():
        pytest.skip(f"{path} not present")
    spec2 = importlib.util.spec_from_file_location(
        "bchart", ROOT / "benchmarks" / "briefings_chart.py"
    )
    chart = importlib.util.module_from_spec(spec2)
    spec2.loader.exec_module(chart)
    q = chart.quotes_2024(path)
    turns = chart.top_speakers_2024(path, 10, quotes=q[q["kind"] == "turn"])["speaker"].tolist()
    assert len(turns) == 10
    assert turns[:2] == ["reporter", "Karine Jean-Pierre"]
    assert [s for s in turns if s not in PODIUM_2024] == []
    top = chart.top_speakers_2024(path, 10, quotes=q)
    assert len(top) == 10
    assert top["speaker"].tolist()[:3] == ["reporter", "Karine Jean-Pierre", "John Kirby"]
    assert [s for s in top["speaker"] if s not in PODIUM_2024] == [], top
    # "the President" of a 2024 briefing is Joe Biden, never Donald Trump
    pres = q[q["speaker_mention"].str.lower().isin(["the president", "the president’s"])]
    assert (pres["speaker_name"] == "Donald Trump").sum() == 0
