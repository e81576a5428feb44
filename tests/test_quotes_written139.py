"""w131's rules (session 42, the hundred-and-thirty-first written batch), each checked on
sentences written for this file.

* "NAME said a short prayer for the crews", "said grace before the meal", "said goodbye
  to the staff": "say" with a prayer, grace, a goodbye or a farewell as its object is an
  act, not speech (``resources/act_objects.txt`` line "say:", read by
  ``content._is_act_object``): no row; it was a row of the object ("a short prayer for
  ..."). "said the prayer service would move to Sunday" (a clause word after the noun)
  and "said Grace Tolland would chair the board" keep their rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA131 = ROOT / "tests" / "data" / "written_news131"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------------- said a prayer / grace / goodbye


@pytest.mark.parametrize(
    "sentence",
    [
        "Before the boats left, Captain Orla Bexley said a short prayer for the crews.",
        "At the long table in the Vinmore hall, Tobias Arkwright said grace before the meal.",
        "Wendell Parrish-Oyo said goodbye to the staff at the depot and drove home.",
        "The coach, Hana Lisovsky, said her farewells to the team on Friday.",
    ],
)
def test_said_with_a_prayer_grace_or_goodbye_is_no_row(sentence):
    assert speech_rows(sentence) == []


def test_said_the_prayer_service_clause_keeps_its_row():
    t = "Pastor Orla Bexley said the prayer service would move to Sunday."
    assert has_quote(t, "Orla Bexley", "the prayer service would move to Sunday")


def test_said_grace_as_a_name_keeps_its_row():
    t = "Tobias Arkwright said Grace Tolland would chair the Vinmore board next year."
    assert has_quote(t, "Tobias Arkwright", "Grace Tolland would chair the Vinmore board next year")


# ------------------------------------------------------------------- the set itself


def test_hundredthirtyfirst_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA131)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 135
    earlier = _ids_before(bench, DATA131)
    assert not {a[0] for a in arts} & earlier
