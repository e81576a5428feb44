"""Regression guard on the written news set (tests/data/written_news: fictional
Canadian-style articles with gold quotes, issue 12): the gold offsets are valid and
``extract_quotes`` scores, with the held-out Canadian set's metric
(benchmarks/quotes_written.py), at least the numbers reached in session 10 minus a
small margin (P 0.916, R 0.936, F1 0.926, speaker 0.916 when written; 0.901,
0.907, 0.904, 0.878 before the session's fixes). The second batch
(tests/data/written_news2, session 11, gold committed before the extractor was run on
it) is guarded the same way: blind P 0.915, R 0.909, F1 0.912, speaker 0.897; after
its gold fixes (coordinated that-clauses of one verb as one span, as in the first
batch) and the session's extractor fixes P 0.918, R 0.962, F1 0.939, speaker 0.957
(P 0.948 with analysis.transcripts.DROP_ASKER_TURNS, off by default). The third batch
(tests/data/written_news3, session 12, blind too) scored P 0.925, R 0.925, F1 0.925,
speaker 0.879 blind; after 4 gold label fixes and the session's extractor fixes P
0.947, R 0.944, F1 0.946, speaker 0.957. The fourth batch (tests/data/written_news4,
session 13, blind too) scored P 0.926, R 0.973, F1 0.949, speaker 0.882 blind; after
one gold label fix (a speaker name the article never gives) and the session's
extractor fixes P 0.957, R 0.973, F1 0.965, speaker 0.927, then 0.962 after the
description and document fixes (desc13). The fifth batch (tests/data/written_news5,
session 14, blind too) scored P 0.923, R 0.963, F1 0.942, speaker 0.875 blind; after
one gold omission fix (a lede's indirect speech) and the session's extractor fixes
(written14) P 0.942, R 0.963, F1 0.952, speaker 0.926. The sixth batch
(tests/data/written_news6, session 15, blind too) scored P 0.933, R 0.927, F1 0.930,
speaker 0.928 blind; after 6 gold label fixes (5 coordinated that-clause merges, an
"alleging" clause) and the session's extractor fixes (written15) P 0.950, R 0.944,
F1 0.947, speaker 0.978. The seventh batch (tests/data/written_news7, session 16, blind
too) scored P 0.945, R 0.975, F1 0.960, speaker 0.888 blind; after 2 gold label fixes
(a "said, and" second clause, the span of "asked not to be named") and the session's
extractor fixes (written16) P 0.957, R 0.978, F1 0.968, speaker 0.942. The eighth batch
(tests/data/written_news8, session 16 round 2, blind too) scored P 0.959, R 0.882, F1
0.919, speaker 0.856 blind; after 22 gold merges of coordinated clauses of one verb and
2 "according to" span fixes (P 0.963, R 0.981, F1 0.972, speaker 0.857 with the blind
extractor) and the session’s extractor fixes (written17) P 0.968, R 0.986, F1 0.977,
speaker 0.919. The ninth batch (tests/data/written_news9, session 17, blind too) scored
P 0.969, R 0.961, F1 0.965, speaker 0.860 blind; after 1 gold omission fix (P 0.974,
R 0.961, F1 0.967, speaker 0.860 with the blind extractor) and the session's extractor
fixes (written18) P 0.982, R 0.965, F1 0.974, speaker 0.933.
The tenth batch (tests/data/written_news10, session 17, blind too) scored
P 0.976, R 0.988, F1 0.982, speaker 0.927 blind; after the session's extractor fixes
(written18b, no gold change) P 0.980, R 0.988, F1 0.984, speaker 0.984."""

import importlib.util
import json
from pathlib import Path

import pytest

from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "written_news"
DATA2 = ROOT / "tests" / "data" / "written_news2"
DATA3 = ROOT / "tests" / "data" / "written_news3"
DATA4 = ROOT / "tests" / "data" / "written_news4"
DATA5 = ROOT / "tests" / "data" / "written_news5"
DATA6 = ROOT / "tests" / "data" / "written_news6"
DATA7 = ROOT / "tests" / "data" / "written_news7"
DATA8 = ROOT / "tests" / "data" / "written_news8"
DATA9 = ROOT / "tests" / "data" / "written_news9"
DATA10 = ROOT / "tests" / "data" / "written_news10"
DATA11 = ROOT / "tests" / "data" / "written_news11"
DATA12 = ROOT / "tests" / "data" / "written_news12"
DATA13 = ROOT / "tests" / "data" / "written_news13"
DATA14 = ROOT / "tests" / "data" / "written_news14"
DATA15 = ROOT / "tests" / "data" / "written_news15"
DATA16 = ROOT / "tests" / "data" / "written_news16"
DATA17 = ROOT / "tests" / "data" / "written_news17"
DATA18 = ROOT / "tests" / "data" / "written_news18"
DATA19 = ROOT / "tests" / "data" / "written_news19"
DATA20 = ROOT / "tests" / "data" / "written_news20"
DATA21 = ROOT / "tests" / "data" / "written_news21"
DATA22 = ROOT / "tests" / "data" / "written_news22"
DATA23 = ROOT / "tests" / "data" / "written_news23"
DATA24 = ROOT / "tests" / "data" / "written_news24"
DATA25 = ROOT / "tests" / "data" / "written_news25"
DATA26 = ROOT / "tests" / "data" / "written_news26"
DATA27 = ROOT / "tests" / "data" / "written_news27"
DATA28 = ROOT / "tests" / "data" / "written_news28"
DATA29 = ROOT / "tests" / "data" / "written_news29"
DATA30 = ROOT / "tests" / "data" / "written_news30"
DATA31 = ROOT / "tests" / "data" / "written_news31"
DATA32 = ROOT / "tests" / "data" / "written_news32"
DATA33 = ROOT / "tests" / "data" / "written_news33"
DATA34 = ROOT / "tests" / "data" / "written_news34"
DATA35 = ROOT / "tests" / "data" / "written_news35"
DATA36 = ROOT / "tests" / "data" / "written_news36"
DATA37 = ROOT / "tests" / "data" / "written_news37"
DATA38 = ROOT / "tests" / "data" / "written_news38"
DATA39 = ROOT / "tests" / "data" / "written_news39"
DATA41 = ROOT / "tests" / "data" / "written_news41"
DATA42 = ROOT / "tests" / "data" / "written_news42"
DATA40 = ROOT / "tests" / "data" / "written_news40"
DATA43 = ROOT / "tests" / "data" / "written_news43"
DATA44 = ROOT / "tests" / "data" / "written_news44"
DATA45 = ROOT / "tests" / "data" / "written_news45"
DATA46 = ROOT / "tests" / "data" / "written_news46"
DATA47 = ROOT / "tests" / "data" / "written_news47"
DATA48 = ROOT / "tests" / "data" / "written_news48"
DATA49 = ROOT / "tests" / "data" / "written_news49"
DATA50 = ROOT / "tests" / "data" / "written_news50"
DATA51 = ROOT / "tests" / "data" / "written_news51"
DATA52 = ROOT / "tests" / "data" / "written_news52"
DATA53 = ROOT / "tests" / "data" / "written_news53"
DATA54 = ROOT / "tests" / "data" / "written_news54"
DATA55 = ROOT / "tests" / "data" / "written_news55"
DATA56 = ROOT / "tests" / "data" / "written_news56"
DATA57 = ROOT / "tests" / "data" / "written_news57"
DATA58 = ROOT / "tests" / "data" / "written_news58"
DATA59 = ROOT / "tests" / "data" / "written_news59"
DATA60 = ROOT / "tests" / "data" / "written_news60"
DATA61 = ROOT / "tests" / "data" / "written_news61"
DATA62 = ROOT / "tests" / "data" / "written_news62"
DATA63 = ROOT / "tests" / "data" / "written_news63"
DATA64 = ROOT / "tests" / "data" / "written_news64"
DATA65 = ROOT / "tests" / "data" / "written_news65"
DATA66 = ROOT / "tests" / "data" / "written_news66"
DATA67 = ROOT / "tests" / "data" / "written_news67"
DATA68 = ROOT / "tests" / "data" / "written_news68"
DATA69 = ROOT / "tests" / "data" / "written_news69"
DATA70 = ROOT / "tests" / "data" / "written_news70"
DATA71 = ROOT / "tests" / "data" / "written_news71"
DATA72 = ROOT / "tests" / "data" / "written_news72"
DATA73 = ROOT / "tests" / "data" / "written_news73"
DATA77 = ROOT / "tests" / "data" / "written_news77"
DATA78 = ROOT / "tests" / "data" / "written_news78"
DATA79 = ROOT / "tests" / "data" / "written_news79"
DATA81 = ROOT / "tests" / "data" / "written_news81"
DATA80 = ROOT / "tests" / "data" / "written_news80"
DATA74 = ROOT / "tests" / "data" / "written_news74"
DATA76 = ROOT / "tests" / "data" / "written_news76"
DATA75 = ROOT / "tests" / "data" / "written_news75"
# every batch, in the order written (each batch's article ids are new): the numbered
# directories tests/data/written_news, written_news2, ...
BATCHES = sorted(
    (ROOT / "tests" / "data").glob("written_news*"),
    key=lambda p: int(p.name.removeprefix("written_news") or 1),
)


def _ids_before(bench, data):
    """Article ids of the batches written before ``data``."""
    return {a[0] for d in BATCHES[: BATCHES.index(data)] for a in bench.load(d)}


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


def test_the_benchmark_pools_every_batch(bench):
    assert len(BATCHES) >= 15
    assert bench.SETS["all"] == BATCHES


def test_gold_offsets_are_valid(bench):
    arts = bench.load(DATA)
    assert len(arts) >= 12
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 250


def test_second_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA2)
    assert len(arts) >= 12
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 330
    # article ids stay unique across the two batches (the benchmark pools them)
    assert not {a[0] for a in arts} & {a[0] for a in bench.load(DATA)}


def test_third_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA3)
    assert len(arts) >= 12
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 320
    earlier = _ids_before(bench, DATA3)
    assert not {a[0] for a in arts} & earlier


def test_fourth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA4)
    assert len(arts) >= 12
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 290
    earlier = _ids_before(bench, DATA4)
    assert not {a[0] for a in arts} & earlier


def test_fifth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA5)
    assert len(arts) >= 12
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 340
    earlier = _ids_before(bench, DATA5)
    assert not {a[0] for a in arts} & earlier


def test_sixth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA6)
    assert len(arts) >= 12
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 330
    earlier = _ids_before(bench, DATA6)
    assert not {a[0] for a in arts} & earlier


def test_seventh_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA7)
    assert len(arts) >= 12
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 360
    earlier = _ids_before(bench, DATA7)
    assert not {a[0] for a in arts} & earlier


def test_eighth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA8)
    assert len(arts) >= 8
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 210
    earlier = _ids_before(bench, DATA8)
    assert not {a[0] for a in arts} & earlier


def test_ninth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA9)
    assert len(arts) >= 8
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 225
    earlier = _ids_before(bench, DATA9)
    assert not {a[0] for a in arts} & earlier


def test_tenth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA10)
    assert len(arts) >= 8
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 240
    earlier = _ids_before(bench, DATA10)
    assert not {a[0] for a in arts} & earlier


def test_eleventh_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA11)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 200
    earlier = _ids_before(bench, DATA11)
    assert not {a[0] for a in arts} & earlier


def test_twelfth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA12)
    assert len(arts) >= 8
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 190
    earlier = _ids_before(bench, DATA12)
    assert not {a[0] for a in arts} & earlier


def test_thirteenth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA13)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 150
    earlier = _ids_before(bench, DATA13)
    assert not {a[0] for a in arts} & earlier


def test_fourteenth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA14)
    assert len(arts) >= 7
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 195
    earlier = _ids_before(bench, DATA14)
    assert not {a[0] for a in arts} & earlier


def test_fifteenth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA15)
    assert len(arts) >= 5
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 110
    earlier = _ids_before(bench, DATA15)
    assert not {a[0] for a in arts} & earlier


def test_sixteenth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA16)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 140
    earlier = _ids_before(bench, DATA16)
    assert not {a[0] for a in arts} & earlier


def test_seventeenth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA17)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 120
    earlier = _ids_before(bench, DATA17)
    assert not {a[0] for a in arts} & earlier


def test_eighteenth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA18)
    assert len(arts) >= 5
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 100
    earlier = _ids_before(bench, DATA18)
    assert not {a[0] for a in arts} & earlier


def test_nineteenth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA19)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 130
    earlier = _ids_before(bench, DATA19)
    assert not {a[0] for a in arts} & earlier


def test_twentieth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA20)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 150
    earlier = _ids_before(bench, DATA20)
    assert not {a[0] for a in arts} & earlier


def test_twentyfirst_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA21)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 150
    earlier = _ids_before(bench, DATA21)
    assert not {a[0] for a in arts} & earlier


def test_twentysecond_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA22)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 130
    earlier = _ids_before(bench, DATA22)
    assert not {a[0] for a in arts} & earlier


def test_twentythird_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA23)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 150
    earlier = _ids_before(bench, DATA23)
    assert not {a[0] for a in arts} & earlier


def test_twentyfourth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA24)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 150
    earlier = _ids_before(bench, DATA24)
    assert not {a[0] for a in arts} & earlier


def test_twentyfifth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA25)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 150
    earlier = _ids_before(bench, DATA25)
    assert not {a[0] for a in arts} & earlier


def test_twentysixth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA26)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 150
    earlier = _ids_before(bench, DATA26)
    assert not {a[0] for a in arts} & earlier


def test_twentyseventh_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA27)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 150
    earlier = _ids_before(bench, DATA27)
    assert not {a[0] for a in arts} & earlier


def test_twentyeighth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA28)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 120
    earlier = _ids_before(bench, DATA28)
    assert not {a[0] for a in arts} & earlier


def test_thirtieth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA30)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 150
    earlier = _ids_before(bench, DATA30)
    assert not {a[0] for a in arts} & earlier


def test_thirtythird_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA33)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 140
    earlier = _ids_before(bench, DATA33)
    assert not {a[0] for a in arts} & earlier


def test_thirtyfourth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA34)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 140
    earlier = _ids_before(bench, DATA34)
    assert not {a[0] for a in arts} & earlier


def test_thirtyfifth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA35)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 140
    earlier = _ids_before(bench, DATA35)
    assert not {a[0] for a in arts} & earlier


def test_thirtysixth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA36)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 130
    earlier = _ids_before(bench, DATA36)
    assert not {a[0] for a in arts} & earlier


def test_thirtyseventh_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA37)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA37)
    assert not {a[0] for a in arts} & earlier


def test_thirtyeighth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA38)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 125
    earlier = _ids_before(bench, DATA38)
    assert not {a[0] for a in arts} & earlier


def test_thirtysecond_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA32)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 140
    earlier = _ids_before(bench, DATA32)
    assert not {a[0] for a in arts} & earlier


def test_thirtyfirst_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA31)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 150
    earlier = _ids_before(bench, DATA31)
    assert not {a[0] for a in arts} & earlier


def test_twentyninth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA29)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 125
    earlier = _ids_before(bench, DATA29)
    assert not {a[0] for a in arts} & earlier


@pytest.mark.parametrize("data", BATCHES)
def test_built_files_match_their_sources(data):
    spec = importlib.util.spec_from_file_location("wn_build", DATA / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    srcs = sorted((data / "src").glob("*.src"))
    assert srcs
    for src in srcs:
        text, spans = build.strip_markup(src.read_text(encoding="utf-8"))
        assert (data / f"{src.stem}.txt").read_text(encoding="utf-8") == text
        assert json.loads((data / f"{src.stem}.json").read_text(encoding="utf-8")) == spans


def test_scores_hold(bench):
    res = bench.score(bench.load(DATA))
    assert res["p"] >= 0.90
    assert res["r"] >= 0.92
    assert res["f1"] >= 0.915
    assert res["speaker"] >= 0.90


def test_second_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA2))
    assert res["p"] >= 0.905
    assert res["r"] >= 0.95
    assert res["f1"] >= 0.93
    assert res["speaker"] >= 0.94


def test_third_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA3))
    assert res["p"] >= 0.935
    assert res["r"] >= 0.93
    assert res["f1"] >= 0.935
    assert res["speaker"] >= 0.945


def test_fourth_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA4))
    assert res["p"] >= 0.945
    assert res["r"] >= 0.96
    assert res["f1"] >= 0.955
    assert res["speaker"] >= 0.945


def test_fifth_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA5))
    assert res["p"] >= 0.93
    assert res["r"] >= 0.95
    assert res["f1"] >= 0.94
    assert res["speaker"] >= 0.91


def test_speaker_match_rule(bench):
    assert bench.speaker_ok("Lee", "Dana Lee")
    assert bench.speaker_ok("Priya Nand", "Priya Nand and Owen Tremblay")
    assert not bench.speaker_ok("the two", "Priya Nand and Owen Tremblay")
    assert not bench.speaker_ok(None, "Dana Lee")


def test_sixth_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA6))
    assert res["p"] >= 0.94
    assert res["r"] >= 0.93
    assert res["f1"] >= 0.935
    assert res["speaker"] >= 0.965


def test_seventh_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA7))
    assert res["p"] >= 0.945
    assert res["r"] >= 0.97
    assert res["f1"] >= 0.955
    assert res["speaker"] >= 0.93


def test_eighth_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA8))
    assert res["p"] >= 0.955
    assert res["r"] >= 0.975
    assert res["f1"] >= 0.965
    assert res["speaker"] >= 0.905


def test_ninth_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA9))
    assert res["p"] >= 0.975
    assert res["r"] >= 0.955
    assert res["f1"] >= 0.965
    assert res["speaker"] >= 0.925


def test_tenth_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA10))
    assert res["p"] >= 0.97
    assert res["r"] >= 0.98
    assert res["f1"] >= 0.975
    assert res["speaker"] >= 0.97


def test_eleventh_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA11))
    assert res["p"] >= 0.975
    assert res["r"] >= 0.955
    assert res["f1"] >= 0.965
    assert res["speaker"] >= 0.915


def test_twelfth_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA12))
    assert res["p"] >= 0.975
    assert res["r"] >= 0.955
    assert res["f1"] >= 0.965
    assert res["speaker"] >= 0.92


def test_thirteenth_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA13))
    assert res["p"] >= 0.975
    assert res["r"] >= 0.95
    assert res["f1"] >= 0.96
    assert res["speaker"] >= 0.98


def test_fourteenth_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA14))
    assert res["p"] >= 0.945
    assert res["r"] >= 0.975
    assert res["f1"] >= 0.96
    assert res["speaker"] >= 0.975


def test_sixteenth_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA16))
    assert res["p"] >= 0.985
    assert res["r"] >= 0.965
    assert res["f1"] >= 0.975
    assert res["speaker"] >= 0.975


def test_seventeenth_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA17))
    assert res["p"] >= 0.975
    assert res["r"] >= 0.975
    assert res["f1"] >= 0.975
    assert res["speaker"] >= 0.96


def test_eighteenth_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA18))
    assert res["p"] >= 0.975
    assert res["r"] >= 0.965
    assert res["f1"] >= 0.97
    assert res["speaker"] >= 0.905


def test_nineteenth_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA19))
    assert res["p"] >= 0.97
    assert res["r"] >= 0.975
    assert res["f1"] >= 0.975
    assert res["speaker"] >= 0.95


def test_twentieth_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA20))
    assert res["p"] >= 0.985
    assert res["r"] >= 0.985
    assert res["f1"] >= 0.985
    assert res["speaker"] >= 0.985


def test_twentyfirst_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA21))
    assert res["p"] >= 0.97
    assert res["r"] >= 0.97
    assert res["f1"] >= 0.97
    assert res["speaker"] >= 0.975


def test_twentysecond_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA22))
    assert res["p"] >= 0.96
    assert res["r"] >= 0.97
    assert res["f1"] >= 0.965
    assert res["speaker"] >= 0.97


def test_twentythird_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA23))
    assert res["p"] >= 0.99
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.975


def test_twentyfourth_batch_scores_hold(bench):
    res = bench.score(bench.load(DATA24))
    assert res["p"] >= 0.97
    assert res["r"] >= 0.98
    assert res["f1"] >= 0.975
    assert res["speaker"] >= 0.98


def test_twentyfifth_batch_scores_hold(bench):
    # blind P 0.962 R 0.981 F1 0.971 speaker 0.836; after written25's rules P 0.974
    # R 0.981 F1 0.977 speaker 0.954 (no gold change)
    res = bench.score(bench.load(DATA25))
    assert res["p"] >= 0.965
    assert res["r"] >= 0.975
    assert res["f1"] >= 0.97
    assert res["speaker"] >= 0.945


def test_twentysixth_batch_scores_hold(bench):
    # blind P 0.951 R 1.000 F1 0.975 speaker 0.936; after written26's gold fixes and
    # rules P 0.982 R 1.000 F1 0.991 speaker 0.950
    res = bench.score(bench.load(DATA26))
    assert res["p"] >= 0.975
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.985
    assert res["speaker"] >= 0.94


def test_twentyseventh_batch_scores_hold(bench):
    # blind P 0.964 R 0.994 F1 0.979 speaker 0.920; two gold fixes ("urged X to", "asked
    # X to"); after written27's rules P 0.988 R 0.994 F1 0.991 speaker 0.988
    res = bench.score(bench.load(DATA27))
    assert res["p"] >= 0.98
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.985
    assert res["speaker"] >= 0.98


def test_twentyeighth_batch_scores_hold(bench):
    # blind P 0.984 R 0.984 F1 0.984 speaker 0.927; one gold fix ("found that" is no
    # quote); after written28's rules P 0.992 R 1.000 F1 0.996 speaker 0.992
    res = bench.score(bench.load(DATA28))
    assert res["p"] >= 0.985
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.985


def test_thirtieth_batch_scores_hold(bench):
    # blind P 0.961 R 1.000 F1 0.980 speaker 0.907; four gold fixes (lede "X say",
    # "promised to"); after written30's rules P 0.989 R 1.000 F1 0.994 speaker 0.989
    res = bench.score(bench.load(DATA30))
    assert res["p"] >= 0.98
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.98


def test_thirtythird_batch_scores_hold(bench):
    # blind P 0.969 R 0.987 F1 0.978 speaker 0.815; one gold fix (the province lede);
    # after written33's rules P 0.981 R 0.988 F1 0.984 speaker 0.956
    res = bench.score(bench.load(DATA33))
    assert res["p"] >= 0.975
    assert res["r"] >= 0.985
    assert res["f1"] >= 0.98
    assert res["speaker"] >= 0.95


def test_thirtyfourth_batch_scores_hold(bench):
    # blind P 0.966 R 0.960 F1 0.963 speaker 0.958; no gold fix; after written34's rules
    # P 0.980 R 0.973 F1 0.977 speaker 0.986
    res = bench.score(bench.load(DATA34))
    assert res["p"] >= 0.975
    assert res["r"] >= 0.97
    assert res["f1"] >= 0.975
    assert res["speaker"] >= 0.98


def test_thirtyfifth_batch_scores_hold(bench):
    # blind P 0.966 R 0.929 F1 0.947 speaker 0.930; three gold fixes (", and that B" kept
    # in one span; "asking X to B" is a quote; "found" is no speech verb); after
    # written35's rules P 0.986 R 0.993 F1 0.990 speaker 0.965
    res = bench.score(bench.load(DATA35))
    assert res["p"] >= 0.98
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.985
    assert res["speaker"] >= 0.965


def test_thirtysixth_batch_scores_hold(bench):
    # blind P 0.993 R 1.000 F1 0.996 speaker 0.957; one gold fix ("urged X to B" is a
    # quote); after written36's rules P 1.000 R 1.000 F1 1.000 speaker 0.986
    res = bench.score(bench.load(DATA36))
    assert res["p"] >= 0.99
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.98


def test_thirtyninth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA39)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 125
    earlier = _ids_before(bench, DATA39)
    assert not {a[0] for a in arts} & earlier


def test_thirtyninth_batch_scores_hold(bench):
    # blind P 0.984 R 0.977 F1 0.981 speaker 0.921; no gold fix; after written39's rules
    # P 1.000 R 0.992 F1 0.996 speaker 0.992
    res = bench.score(bench.load(DATA39))
    assert res["p"] >= 0.99
    assert res["r"] >= 0.985
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.98


def test_fortyfirst_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA41)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 130
    earlier = _ids_before(bench, DATA41)
    assert not {a[0] for a in arts} & earlier


def test_fortyfirst_batch_scores_hold(bench):
    # blind P 0.978 R 0.970 F1 0.974 speaker 0.916; no gold fix; after written41's rules
    # P 0.985 R 0.993 F1 0.989 speaker 1.000
    res = bench.score(bench.load(DATA41))
    assert res["p"] >= 0.98
    assert res["r"] >= 0.985
    assert res["f1"] >= 0.985
    assert res["speaker"] >= 0.99


def test_fortieth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA40)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 120
    earlier = _ids_before(bench, DATA40)
    assert not {a[0] for a in arts} & earlier


def test_fortieth_batch_scores_hold(bench):
    # blind P 0.984 R 0.992 F1 0.988 speaker 0.960; no gold fix; after written40's rules
    # P 0.992 R 1.000 F1 0.996 speaker 1.000 (the one false row left: "The team
    # announced a new mascot", a noun-phrase object, kept by decision)
    res = bench.score(bench.load(DATA40))
    assert res["p"] >= 0.99
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.99


def test_thirtyseventh_batch_scores_hold(bench):
    # blind P 0.954 R 0.938 F1 0.946 speaker 0.880; gold fixes ("said A, and that B" is one
    # span; "asked/urged X to B"); after written37's rules P 0.971 R 0.983 F1 0.977
    # speaker 0.935
    res = bench.score(bench.load(DATA37))
    assert res["p"] >= 0.965
    assert res["r"] >= 0.98
    assert res["f1"] >= 0.97
    assert res["speaker"] >= 0.93


def test_thirtyeighth_batch_scores_hold(bench):
    # blind P 0.962 R 0.969 F1 0.966 speaker 0.906; gold fixes (a verbless sentence after
    # "A, he said."; "according to a report to council" is a quote); after written38's
    # rules P 0.985 R 0.992 F1 0.989 speaker 0.985; 0.977 merged with review32, whose
    # generic-noun guard keeps the lede's "the man who runs the city's water utility"
    # unnamed
    res = bench.score(bench.load(DATA38))
    assert res["p"] >= 0.98
    assert res["r"] >= 0.985
    assert res["f1"] >= 0.98
    assert res["speaker"] >= 0.975


def test_thirtysecond_batch_scores_hold(bench):
    # blind P 0.973 R 0.973 F1 0.973 speaker 0.944; no gold fix; after written32's rules
    # P 0.980 R 0.993 F1 0.986 speaker 0.993
    res = bench.score(bench.load(DATA32))
    assert res["p"] >= 0.975
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.98
    assert res["speaker"] >= 0.99


def test_thirtyfirst_batch_scores_hold(bench):
    # blind P 0.982 R 0.982 F1 0.982 speaker 0.976; two gold fixes (unattributed
    # sentences after "A, he said."); after written31's rules P 0.994 R 1.000 F1 0.997
    # speaker 1.000
    res = bench.score(bench.load(DATA31))
    assert res["p"] >= 0.99
    assert res["r"] >= 0.995
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.99


def test_twentyninth_batch_scores_hold(bench):
    # blind P 0.969 R 0.954 F1 0.962 speaker 0.888; one gold fix ("urged X to B"); after
    # written29's rules P 0.992 R 0.977 F1 0.985 speaker 0.930
    res = bench.score(bench.load(DATA29))
    assert res["p"] >= 0.985
    assert res["r"] >= 0.97
    assert res["f1"] >= 0.98
    assert res["speaker"] >= 0.92


def test_fortysecond_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA42)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 140
    earlier = _ids_before(bench, DATA42)
    assert not {a[0] for a in arts} & earlier


def test_fortysecond_batch_scores_hold(bench):
    # blind P 0.986 R 0.965 F1 0.975 speaker 0.956; no gold fix; after written42's rules
    # P 0.993 R 1.000 F1 0.996 speaker 1.000
    res = bench.score(bench.load(DATA42))
    assert res["p"] >= 0.99
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.99


def test_fortythird_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA43)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 155
    earlier = _ids_before(bench, DATA43)
    assert not {a[0] for a in arts} & earlier


def test_fortythird_batch_scores_hold(bench):
    # blind P 0.981 R 0.962 F1 0.971 speaker 0.875; no gold fix; after written43's rules
    # P 0.988 R 1.000 F1 0.994 speaker 1.000
    res = bench.score(bench.load(DATA43))
    assert res["p"] >= 0.98
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.99


def test_fortyfourth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA44)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA44)
    assert not {a[0] for a in arts} & earlier


def test_fortyfourth_batch_scores_hold(bench):
    # blind P 0.982 R 0.942 F1 0.961 speaker 0.951; no gold fix; after written44's rules
    # P 0.988 R 0.977 F1 0.982 speaker 0.958
    res = bench.score(bench.load(DATA44))
    assert res["p"] >= 0.98
    assert res["r"] >= 0.97
    assert res["f1"] >= 0.98
    assert res["speaker"] >= 0.95


def test_fortyfifth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA45)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 145
    earlier = _ids_before(bench, DATA45)
    assert not {a[0] for a in arts} & earlier


def test_fortyfifth_batch_scores_hold(bench):
    # blind P 0.960 R 0.986 F1 0.973 speaker 0.890 (147 gold); two gold fixes (urged /
    # asked X to B spans, 149 gold): P 0.974 R 0.987 F1 0.980 speaker 0.891; after
    # written45's rules P 0.974 R 1.000 F1 0.987 speaker 0.987
    res = bench.score(bench.load(DATA45))
    assert res["p"] >= 0.97
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.98
    assert res["speaker"] >= 0.98


def test_fortysixth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA46)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 145
    earlier = _ids_before(bench, DATA46)
    assert not {a[0] for a in arts} & earlier


def test_fortysixth_batch_scores_hold(bench):
    # blind P 0.972 R 0.946 F1 0.959 speaker 0.863 (147 gold); one gold fix (148); after
    # written46's rules P 0.979 R 0.946 F1 0.962 speaker 0.964
    res = bench.score(bench.load(DATA46))
    assert res["p"] >= 0.97
    assert res["r"] >= 0.94
    assert res["f1"] >= 0.96
    assert res["speaker"] >= 0.96


def test_fortyseventh_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA47)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 135
    earlier = _ids_before(bench, DATA47)
    assert not {a[0] for a in arts} & earlier


def test_fortyseventh_batch_scores_hold(bench):
    # blind P 1.000 R 0.876 F1 0.934 speaker 0.940; after the gold fix (15 split clauses
    # merged) R 0.971 F1 0.985 speaker 0.940; after written47's rules P 1.000 R 0.986
    # F1 0.993 speaker 0.985
    res = bench.score(bench.load(DATA47))
    assert res["p"] >= 0.99
    assert res["r"] >= 0.98
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.98


def test_fortyeighth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA48)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 135
    earlier = _ids_before(bench, DATA48)
    assert not {a[0] for a in arts} & earlier


def test_fortyeighth_batch_scores_hold(bench):
    # blind P 1.000 R 0.957 F1 0.978 speaker 0.940 (140 gold); gold fix (one span for
    # "that A and that B"; an appositive tail is the writer's; 138 gold): P 1.000 R 0.971
    # F1 0.985 speaker 0.940; after written48's rules P 1.000 R 0.986 F1 0.993 speaker 1.000
    res = bench.score(bench.load(DATA48))
    assert res["p"] >= 0.99
    assert res["r"] >= 0.98
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.99


def test_fortyninth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA49)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 138
    earlier = _ids_before(bench, DATA49)
    assert not {a[0] for a in arts} & earlier


def test_fortyninth_batch_scores_hold(bench):
    # blind P 0.977 R 0.902 F1 0.938 speaker 0.915 (143 gold); gold fixes (138): P 0.985
    # R 0.942 F1 0.963 speaker 0.915; after written49's rules P 0.985 R 0.964 F1 0.974
    # speaker 0.992
    res = bench.score(bench.load(DATA49))
    assert res["p"] >= 0.98
    assert res["r"] >= 0.96
    assert res["f1"] >= 0.97
    assert res["speaker"] >= 0.99


def test_fiftieth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA50)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 180
    earlier = _ids_before(bench, DATA50)
    assert not {a[0] for a in arts} & earlier


def test_fiftyfirst_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA51)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 130
    earlier = _ids_before(bench, DATA51)
    assert not {a[0] for a in arts} & earlier


def test_fiftysecond_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA52)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA52)
    assert not {a[0] for a in arts} & earlier


def test_fiftysixth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA56)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 180
    earlier = _ids_before(bench, DATA56)
    assert not {a[0] for a in arts} & earlier


def test_fiftyseventh_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA57)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 180
    earlier = _ids_before(bench, DATA57)
    assert not {a[0] for a in arts} & earlier


def test_fiftyfourth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA54)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 185
    earlier = _ids_before(bench, DATA54)
    assert not {a[0] for a in arts} & earlier


def test_sixtysecond_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA62)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA62)
    assert not {a[0] for a in arts} & earlier


def test_sixtyfirst_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA61)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 165
    earlier = _ids_before(bench, DATA61)
    assert not {a[0] for a in arts} & earlier


def test_sixtyfifth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA65)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 165
    earlier = _ids_before(bench, DATA65)
    assert not {a[0] for a in arts} & earlier


def test_sixtyseventh_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA67)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 160
    earlier = _ids_before(bench, DATA67)
    assert not {a[0] for a in arts} & earlier


def test_sixtythird_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA63)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 165
    earlier = _ids_before(bench, DATA63)
    assert not {a[0] for a in arts} & earlier


def test_sixtysixth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA66)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 165
    earlier = _ids_before(bench, DATA66)
    assert not {a[0] for a in arts} & earlier


def test_sixtyfourth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA64)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 180
    earlier = _ids_before(bench, DATA64)
    assert not {a[0] for a in arts} & earlier


def test_sixtyninth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA69)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 175
    earlier = _ids_before(bench, DATA69)
    assert not {a[0] for a in arts} & earlier


def test_sixtyeighth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA68)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 165
    earlier = _ids_before(bench, DATA68)
    assert not {a[0] for a in arts} & earlier


def test_seventyfirst_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA71)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 190
    earlier = _ids_before(bench, DATA71)
    assert not {a[0] for a in arts} & earlier


def test_seventysecond_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA72)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 165
    earlier = _ids_before(bench, DATA72)
    assert not {a[0] for a in arts} & earlier


def test_seventysixth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA76)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 175
    earlier = _ids_before(bench, DATA76)
    assert not {a[0] for a in arts} & earlier


def test_seventythird_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA73)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 165
    earlier = _ids_before(bench, DATA73)
    assert not {a[0] for a in arts} & earlier


def test_seventyeighth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA78)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA78)
    assert not {a[0] for a in arts} & earlier


def test_seventyseventh_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA77)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA77)
    assert not {a[0] for a in arts} & earlier


def test_seventyninth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA79)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA79)
    assert not {a[0] for a in arts} & earlier


def test_eightyfirst_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA81)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA81)
    assert not {a[0] for a in arts} & earlier


def test_eightieth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA80)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA80)
    assert not {a[0] for a in arts} & earlier


def test_seventyfourth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA74)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 160
    earlier = _ids_before(bench, DATA74)
    assert not {a[0] for a in arts} & earlier


def test_seventyfifth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA75)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA75)
    assert not {a[0] for a in arts} & earlier


def test_seventieth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA70)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 175
    earlier = _ids_before(bench, DATA70)
    assert not {a[0] for a in arts} & earlier


def test_sixtieth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA60)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 180
    earlier = _ids_before(bench, DATA60)
    assert not {a[0] for a in arts} & earlier


def test_fiftyeighth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA58)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 180
    earlier = _ids_before(bench, DATA58)
    assert not {a[0] for a in arts} & earlier


def test_fiftyninth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA59)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 200
    earlier = _ids_before(bench, DATA59)
    assert not {a[0] for a in arts} & earlier


def test_fiftyfifth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA55)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 180
    earlier = _ids_before(bench, DATA55)
    assert not {a[0] for a in arts} & earlier


def test_fiftythird_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA53)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA53)
    assert not {a[0] for a in arts} & earlier


def test_fiftyfirst_batch_scores_hold(bench):
    # blind P 0.994 R 0.947 F1 0.970 speaker 0.860 (189 gold); gold fixes (188): P 1.000
    # R 0.957 F1 0.978 speaker 0.861; after w51's rules P 1.000 R 0.963 F1 0.981
    # speaker 0.928
    res = bench.score(bench.load(DATA51))
    assert res["p"] >= 0.99
    assert res["r"] >= 0.96
    assert res["f1"] >= 0.98
    assert res["speaker"] >= 0.92


def test_fiftythird_batch_scores_hold(bench):
    # blind P 0.945 R 0.961 F1 0.953 speaker 0.895 (178 gold); gold fixes (182): P 0.967
    # R 0.962 F1 0.964 speaker 0.886; after w53's rules P 0.967 R 0.962 F1 0.964
    # speaker 0.931
    res = bench.score(bench.load(DATA53))
    assert res["p"] >= 0.96
    assert res["r"] >= 0.96
    assert res["f1"] >= 0.96
    assert res["speaker"] >= 0.93


def test_fiftysecond_batch_scores_hold(bench):
    # blind P 0.914 R 0.960 F1 0.936 speaker 0.964 (176 gold); gold fix (177): P 0.919
    # R 0.960 F1 0.939 speaker 0.959; after w52's rules P 0.930 R 0.977 F1 0.953
    # speaker 0.988
    res = bench.score(bench.load(DATA52))
    assert res["p"] >= 0.93
    assert res["r"] >= 0.97
    assert res["f1"] >= 0.95
    assert res["speaker"] >= 0.98


def test_fiftysixth_batch_scores_hold(bench):
    # blind P 0.967 R 0.946 F1 0.957 speaker 0.915 (186 gold); gold fixes (189): P 0.984
    # R 0.947 F1 0.965 speaker 0.922; after w56's rules P 0.995 R 0.979 F1 0.987
    # speaker 0.957
    res = bench.score(bench.load(DATA56))
    assert res["p"] >= 0.99
    assert res["r"] >= 0.97
    assert res["f1"] >= 0.98
    assert res["speaker"] >= 0.95


def test_fiftyseventh_batch_scores_hold(bench):
    # blind P 0.968 R 0.989 F1 0.979 speaker 0.896 (185 gold); gold fixes (187): P 0.979
    # R 0.989 F1 0.984 speaker 0.897; after w57's rules P 0.984 R 0.995 F1 0.989
    # speaker 0.952
    res = bench.score(bench.load(DATA57))
    assert res["p"] >= 0.98
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.98
    assert res["speaker"] >= 0.95


def test_fiftyfourth_batch_scores_hold(bench):
    # blind P 0.968 R 0.948 F1 0.958 speaker 0.924 (194 gold); gold fixes (188): P 0.974
    # R 0.984 F1 0.979 speaker 0.924; after w54's rules P 0.984 R 0.989 F1 0.987
    # speaker 0.946
    res = bench.score(bench.load(DATA54))
    assert res["p"] >= 0.98
    assert res["r"] >= 0.98
    assert res["f1"] >= 0.98
    assert res["speaker"] >= 0.94


def test_fiftyninth_batch_scores_hold(bench):
    # blind P 0.980 R 0.970 F1 0.975 speaker 0.944 (203 gold); gold fix (204): P 0.985
    # R 0.971 F1 0.978 speaker 0.944; after w59's rules P 0.990 R 0.971 F1 0.980
    # speaker 0.985
    res = bench.score(bench.load(DATA59))
    assert res["p"] >= 0.985
    assert res["r"] >= 0.97
    assert res["f1"] >= 0.978
    assert res["speaker"] >= 0.98


def test_sixtysecond_batch_scores_hold(bench):
    # blind P 0.946 R 0.924 F1 0.935 speaker 0.925 (172 gold); gold fixes (170): P 0.946
    # R 0.935 F1 0.941 speaker 0.925; after w62's rules P 0.958 R 0.947 F1 0.953
    # speaker 0.950
    res = bench.score(bench.load(DATA62))
    assert res["p"] >= 0.955
    assert res["r"] >= 0.945
    assert res["f1"] >= 0.95
    assert res["speaker"] >= 0.945


def test_sixtyfifth_batch_scores_hold(bench):
    # blind P 0.954 R 0.965 F1 0.960 speaker 0.886 (172 gold, 166 matched); after w65's
    # rules P 0.977 R 0.983 F1 0.980 speaker 0.935 (169 matched)
    res = bench.score(bench.load(DATA65))
    assert res["p"] >= 0.975
    assert res["r"] >= 0.98
    assert res["f1"] >= 0.975
    assert res["speaker"] >= 0.93


def test_sixtysixth_batch_scores_hold(bench):
    # blind P 0.988 R 0.955 F1 0.971 speaker 0.952 (176 gold); gold fixes (170): P 0.988
    # R 0.988 F1 0.988 speaker 0.964; after w66's rules P 0.994 R 0.994 F1 0.994
    # speaker 0.976 (169 matched)
    res = bench.score(bench.load(DATA66))
    assert res["p"] >= 0.99
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.97


def test_sixtyfourth_batch_scores_hold(bench):
    # blind P 0.968 R 0.978 F1 0.973 speaker 0.955 (183 gold); two gold speaker names
    # fixed: speaker 0.961; after w64's rules P 0.989 R 0.995 F1 0.992 speaker 0.978
    # (the four speaker errors left are lede descriptions named in the next paragraph)
    res = bench.score(bench.load(DATA64))
    assert res["p"] >= 0.985
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.975


def test_sixtyseventh_batch_scores_hold(bench):
    # blind P 0.982 R 0.988 F1 0.985 speaker 0.964 (167 gold); gold fix (166): P 0.982
    # R 0.994 F1 0.988 speaker 0.964; after w67's rules P 0.982 R 0.994 F1 0.988
    # speaker 1.000
    res = bench.score(bench.load(DATA67))
    assert res["p"] >= 0.98
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.985
    assert res["speaker"] >= 0.99


def test_sixtythird_batch_scores_hold(bench):
    # blind P 0.960 R 0.971 F1 0.965 speaker 0.934 (171 gold); gold fixes (168): P 0.960
    # R 0.988 F1 0.974 speaker 0.934; after w63's rules P 0.965 R 0.988 F1 0.976
    # speaker 0.964; merged with left57 (int53): R 0.994 F1 0.979 speaker 0.958 (the
    # lede "A, a lawyer for a coalition of producers argued" is now a row, its speaker the
    # description, not the name the next paragraph gives)
    res = bench.score(bench.load(DATA63))
    assert res["p"] >= 0.96
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.975
    assert res["speaker"] >= 0.955


def test_sixtyninth_batch_scores_hold(bench):
    # blind P 0.973 R 0.983 F1 0.978 speaker 0.966 (180 gold, no gold fixes); after w69's
    # rules P 0.989 R 0.989 F1 0.989 speaker 0.994
    res = bench.score(bench.load(DATA69))
    assert res["p"] >= 0.985
    assert res["r"] >= 0.985
    assert res["f1"] >= 0.985
    assert res["speaker"] >= 0.99


def test_seventieth_batch_scores_hold(bench):
    # blind P 0.972 R 0.940 F1 0.955 speaker 0.953 (182 gold, no gold fix); after w70's
    # rules P 0.978 R 0.973 F1 0.975 speaker 1.000
    res = bench.score(bench.load(DATA70))
    assert res["p"] >= 0.975
    assert res["r"] >= 0.97
    assert res["f1"] >= 0.975
    assert res["speaker"] >= 0.99


def test_sixtyeighth_batch_scores_hold(bench):
    # blind P 0.944 R 0.982 F1 0.963 speaker 0.923 (171 gold); gold fixes (173): P 0.955
    # R 0.983 F1 0.969 speaker 0.929; after w68's rules P 0.955 R 0.988 F1 0.972
    # speaker 0.982
    res = bench.score(bench.load(DATA68))
    assert res["p"] >= 0.95
    assert res["r"] >= 0.985
    assert res["f1"] >= 0.97
    assert res["speaker"] >= 0.98


def test_seventyfirst_batch_scores_hold(bench):
    # blind P 0.941 R 0.960 F1 0.950 speaker 0.942 (198 gold, no gold fixes); after w71's
    # rules P 0.965 R 0.980 F1 0.972 speaker 0.969
    res = bench.score(bench.load(DATA71))
    assert res["p"] >= 0.96
    assert res["r"] >= 0.975
    assert res["f1"] >= 0.97
    assert res["speaker"] >= 0.965


def test_seventysecond_batch_scores_hold(bench):
    # blind P 0.970 R 0.976 F1 0.973 speaker 0.945 (167 gold); gold fix (168): P 0.970
    # R 0.970 F1 0.970 speaker 0.945; after w72's rules P 0.977 R 0.994 F1 0.985
    # speaker 0.994
    res = bench.score(bench.load(DATA72))
    assert res["p"] >= 0.975
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.98
    assert res["speaker"] >= 0.99


def test_seventysixth_batch_scores_hold(bench):
    # blind P 0.963 R 0.989 F1 0.976 speaker 0.944 (182 gold); after w76's rules P 0.984
    # R 1.000 F1 0.992 speaker 0.973
    res = bench.score(bench.load(DATA76))
    assert res["p"] >= 0.98
    assert res["r"] >= 0.995
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.97


def test_seventyfifth_batch_scores_hold(bench):
    # blind P 0.983 R 0.966 F1 0.975 speaker 0.965 (179 gold, no gold fixes); after w75's
    # rules P 0.989 R 1.000 F1 0.994 speaker 0.983
    res = bench.score(bench.load(DATA75))
    assert res["p"] >= 0.985
    assert res["r"] >= 0.995
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.98


def test_seventythird_batch_scores_hold(bench):
    # blind P 0.960 R 0.977 F1 0.968 speaker 0.964 (171 gold); gold fixes (168): P 0.960
    # R 0.994 F1 0.977 speaker 0.964; after w73's rules P 0.960 R 1.000 F1 0.980
    # speaker 1.000
    res = bench.score(bench.load(DATA73))
    assert res["p"] >= 0.955
    assert res["r"] >= 0.995
    assert res["f1"] >= 0.975
    assert res["speaker"] >= 0.995


def test_seventyeighth_batch_scores_hold(bench):
    # blind P 0.961 R 0.994 F1 0.977 speaker 0.994 (173 gold); gold fix (174): P 0.966
    # R 0.994 F1 0.980 speaker 0.994; after w78's rules P 0.972 R 1.000 F1 0.986
    # speaker 1.000
    res = bench.score(bench.load(DATA78))
    assert res["p"] >= 0.97
    assert res["r"] >= 0.995
    assert res["f1"] >= 0.985
    assert res["speaker"] >= 0.995


def test_eightieth_batch_scores_hold(bench):
    # blind P 0.972 R 0.966 F1 0.969 speaker 0.965 (177 gold); after w80's rules P 0.983
    # R 0.994 F1 0.989 speaker 1.000
    res = bench.score(bench.load(DATA80))
    assert res["p"] >= 0.98
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.985
    assert res["speaker"] >= 0.995


def test_seventyseventh_batch_scores_hold(bench):
    # blind P 0.950 R 0.971 F1 0.960 speaker 0.912 (175 gold); gold fix (176): P 0.955
    # R 0.972 F1 0.963 speaker 0.912; after w77's rules P 0.961 R 0.989 F1 0.975
    # speaker 0.983
    res = bench.score(bench.load(DATA77))
    assert res["p"] >= 0.955
    assert res["r"] >= 0.985
    assert res["f1"] >= 0.971
    assert res["speaker"] >= 0.978


def test_seventyninth_batch_scores_hold(bench):
    # blind P 0.972 R 0.994 F1 0.983 speaker 0.896 (174 gold); gold fix (175): P 0.978
    # R 0.994 F1 0.986 speaker 0.897; after w79's rules P 0.978 R 0.994 F1 0.986
    # speaker 0.954
    res = bench.score(bench.load(DATA79))
    assert res["p"] >= 0.975
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.983
    assert res["speaker"] >= 0.95


def test_eightyfirst_batch_scores_hold(bench):
    # blind P 0.966 R 0.994 F1 0.980 speaker 0.936 (173 gold, no gold fix); after w81's
    # rules P 0.977 R 1.000 F1 0.989 speaker 0.983
    res = bench.score(bench.load(DATA81))
    assert res["p"] >= 0.975
    assert res["r"] >= 0.995
    assert res["f1"] >= 0.985
    assert res["speaker"] >= 0.98


def test_seventyfourth_batch_scores_hold(bench):
    # blind P 0.953 R 0.988 F1 0.970 speaker 0.932 (164 gold); gold fix (165): P 0.959
    # R 0.988 F1 0.973 speaker 0.933; after w74's rules P 0.965 R 1.000 F1 0.982
    # speaker 0.958
    res = bench.score(bench.load(DATA74))
    assert res["p"] >= 0.96
    assert res["r"] >= 0.995
    assert res["f1"] >= 0.98
    assert res["speaker"] >= 0.955


def test_sixtyfirst_batch_scores_hold(bench):
    # blind P 0.953 R 0.965 F1 0.959 speaker 0.945 (170 gold); gold fix (171): P 0.959
    # R 0.965 F1 0.962 speaker 0.945; after w61's rules P 0.971 R 0.994 F1 0.983
    # speaker 0.976
    res = bench.score(bench.load(DATA61))
    assert res["p"] >= 0.97
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.98
    assert res["speaker"] >= 0.975


def test_sixtieth_batch_scores_hold(bench):
    # blind P 0.978 R 0.963 F1 0.971 speaker 0.928 (188 gold); gold fixes (189): P 0.989
    # R 0.968 F1 0.979 speaker 0.929; after w60's rules P 0.989 R 0.968 F1 0.979
    # speaker 0.978
    res = bench.score(bench.load(DATA60))
    assert res["p"] >= 0.985
    assert res["r"] >= 0.965
    assert res["f1"] >= 0.975
    assert res["speaker"] >= 0.975


def test_fiftyeighth_batch_scores_hold(bench):
    # blind P 0.968 R 0.984 F1 0.976 speaker 0.929 (186 gold); gold fix (187): P 0.974
    # R 0.984 F1 0.979 speaker 0.929; after w58's rules P 0.984 R 1.000 F1 0.992
    # speaker 0.989
    res = bench.score(bench.load(DATA58))
    assert res["p"] >= 0.98
    assert res["r"] >= 0.995
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.98


def test_fiftyfifth_batch_scores_hold(bench):
    # blind P 0.962 R 0.967 F1 0.965 speaker 0.938 (184 gold); gold fixes (186): P 0.973
    # R 0.968 F1 0.970 speaker 0.939; after w55's rules P 0.974 R 0.995 F1 0.984
    # speaker 0.989
    res = bench.score(bench.load(DATA55))
    assert res["p"] >= 0.97
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.98
    assert res["speaker"] >= 0.98


def test_fiftieth_batch_scores_hold(bench):
    # blind P 0.994 R 0.933 F1 0.963 speaker 0.929 (180 gold, no gold fixes); after w50's
    # rules P 1.000 R 0.972 F1 0.986 speaker 0.977
    res = bench.score(bench.load(DATA50))
    assert res["p"] >= 0.99
    assert res["r"] >= 0.97
    assert res["f1"] >= 0.98
    assert res["speaker"] >= 0.97
