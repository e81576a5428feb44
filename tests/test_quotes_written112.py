"""w104's rules (session 37, the hundred-fourth written batch), each checked on sentences
written for this file.

* 'NAME said A, and called the plan "B."' / 'said A and described it as "B."': a verb of
  naming coordinated by "and" with the speech verb of a row, inside that row, whose
  quotation closes the row (a new sentence or the end of the paragraph after it), splits
  off: the row keeps A and B is a direct quote of the same speaker
  (``formats._coordinated_label``, from ``label_quotations``); the row ran on over the
  label. Not for a label of a person ('called him "..."', 'called Lee "..."': PolNeAR
  keeps those in the row), nor without "and" ("the mayor had called the plan").
* "The company announced a $22-million investment in a new crusher if the permit is
  granted": a clause of condition ("if", "unless") closes an amount object like a clause
  of time (``content._CLOSING_TIME_RE``), so the object is no speech; "announced that if
  ..." is still a row.
* "The town added just 1,100 homes": "just" / "only" before a number opens an object of
  "add" like "nearly" (``content._ADD_OBJECT_START_RE``); "added that only 40 homes were
  built" is still a row.
* "added 1,100 homes in 2025, well short of the target the province set for it": ",
  (well/far/just/still) short/shy/ahead of" closes the object (``content._CLOSING_RELATIVE_RE``),
  so the clause words of the comparison do not make it speech.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, quote_rows, speaker_of
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA104 = ROOT / "tests" / "data" / "written_news104"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------------------- 'said A, and called it "B."'


def test_coordinated_label_splits_off_the_row():
    text = (
        "Beekeeper Odalys Fennimore-Quaye said the spraying had killed half her hives, and "
        'called the township\'s notice "a postcard sent after the funeral."\n\n'
        "The township did not respond."
    )
    assert has_quote(text, "Fennimore-Quaye", "the spraying had killed half her hives")
    assert speaker_of(text, "a postcard sent after the funeral.") == "Odalys Fennimore-Quaye"
    quotes = [q for (q,) in quote_rows(text, "quote")]
    assert not any("called the township" in q for q in quotes)


def test_coordinated_described_as_without_comma():
    text = (
        "Ferry captain Torvald Nakashima-Burke said the new schedule would strand "
        'commuters on Saturdays and described it as "a timetable drawn by strangers." '
        "Islanders plan a meeting on Friday."
    )
    assert speaker_of(text, "a timetable drawn by strangers.") == "Torvald Nakashima-Burke"
    assert has_quote(
        text, "Nakashima-Burke", "the new schedule would strand commuters on Saturdays"
    )


def test_coordinated_label_of_a_person_stays_in_the_row():
    text = (
        "Councillor Mireille Achebe-Lund said the budget was late, and called him "
        '"the slowest treasurer this town has ever had."'
    )
    rows = [q for (q,) in quote_rows(text, "quote")]
    assert not any(q.startswith("the slowest treasurer") for q in rows)


def test_label_inside_a_reported_clause_without_and_is_no_split():
    text = (
        "Farmer Rowan Ebersole-Tan said the reeve had called the drainage plan "
        '"a ditch with a press release."'
    )
    rows = [q for (q,) in quote_rows(text, "quote")]
    assert not any(q.startswith("a ditch with a press release") for q in rows)


# ------------------------------------------------- "announced a $X investment ... if"


def test_amount_object_with_a_condition_is_no_speech():
    text = (
        "Marrowstone Aggregates Ltd. announced a $9-million investment in a second crusher "
        "if its permit is renewed this year."
    )
    assert quote_rows(text, "quote") == []


def test_announced_that_if_is_still_speech():
    text = (
        "Marrowstone Aggregates Ltd. announced that if the province renews its permit, it "
        "will hire 30 more workers."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert any("Marrowstone" in spk and "hire 30 more workers" in q for spk, q in rows)


# ---------------------------------------------------------- "added just 1,100 homes"


def test_added_just_a_number_is_no_speech():
    text = "Brantwood added just 640 rental units last year, the fewest since 2011."
    assert quote_rows(text, "quote") == []


def test_added_that_only_a_number_is_speech():
    text = "Mayor Celestine Okafor-Hale added that only 40 homes had been finished."
    assert has_quote(text, "Okafor-Hale", "only 40 homes had been finished")


# ------------------------------------------------------- ", well short of the target"


def test_well_short_of_closes_an_added_object():
    text = (
        "The Kestrels added 19 wins this season, well short of the total the club had set "
        "as its goal in the fall."
    )
    assert quote_rows(text, "quote") == []


def test_well_short_of_in_a_reported_clause_is_speech():
    text = "Coach Anselm Rivard-Oyelowo added that the team was well short of its target."
    assert has_quote(text, "Rivard-Oyelowo", "the team was well short of its target")


# ------------------------------------------------------------------------ the set


def test_hundredfourth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA104)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA104)
    assert not {a[0] for a in arts} & earlier


def test_hundredfourth_batch_scores_hold(bench):
    # blind P 0.977 R 0.966 F1 0.971 speaker 0.994 (174 gold); two gold fixes (174):
    # P 0.983 R 0.971 F1 0.977 speaker 0.988; after w104's rules P 0.994 R 0.994 F1 0.994
    # speaker 0.988
    res = bench.score(bench.load(DATA104))
    assert res["p"] >= 0.99
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.98
