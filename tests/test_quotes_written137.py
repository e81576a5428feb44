"""w129's rules (session 42 round 1, the hundred-and-twenty-ninth written batch), each
checked on sentences written for this file.

* "Ann Roe said her claim, which the insurer froze when she was charged, would now go
  forward": a passive accusation verb ("was charged", "were accused") after the content
  of an earlier cue is the content's own verb, no new frame
  (``sides._PASSIVE_ACCUSED_FORMS`` in ``sides._continues_clause``); the content was cut
  at "her claim". An active "Tom Vale charged that A" later in the sentence keeps its
  own row.
* "A driver from Elmvale who has raced there since the 1980s said A": a decade ("the
  1980s", "the early '90s") right before the cue is a time, never the speaker
  (``coref._DECADE_RE`` in ``coref._junk_mention``), so the subject of the sentence
  speaks; it was "the 1980s", and a "he" after it was a place.
* "Grape growers in Prince Edward County say A": a title word ("Prince", "King") that
  opens a capitalised phrase ending in a place word ("County", "Island") opens a
  place, not a person, so the group before "in" speaks
  (``np_left_core._people_at_name``); it was "Prince Edward County". A title before a
  person's name ("Aides to Prince Edward say") keeps the old reading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, quote_rows, speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA129 = ROOT / "tests" / "data" / "written_news129"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------- "..., which X froze when he was charged, ..."


def test_passive_charged_inside_the_content_keeps_the_whole_clause():
    t = (
        "Ann Roe-Tessier said her claim, which the insurer froze when she was charged, "
        "would now go forward."
    )
    assert has_quote(
        t,
        "Ann Roe-Tessier",
        "her claim, which the insurer froze when she was charged, would now go forward",
    )


def test_passive_accused_inside_the_content_keeps_the_whole_clause():
    t = "Tom Bellweather said the permit, pulled after he was accused, would be restored in June."
    assert has_quote(
        t, "Tom Bellweather", "the permit, pulled after he was accused, would be restored in June"
    )


def test_active_charged_after_the_content_keeps_its_own_row():
    t = "Ann Roe-Tessier said the mill would close, and Tom Bellweather charged that the firm had lied."
    rows = speech_rows(t)
    assert ("Ann Roe-Tessier", "said", "the mill would close") in rows
    assert ("Tom Bellweather", "charged", "the firm had lied") in rows


# ----------------------------------------------- "who has raced there since the 1980s said"


def test_decade_before_the_cue_is_no_speaker():
    t = (
        "A driver from Elmvale who has raced at the track since the 1980s said the new "
        "rules would hurt the younger drivers most."
    )
    rows = quote_rows(t, "speaker", "quote")
    assert rows == [("a driver", "the new rules would hurt the younger drivers most")]


def test_pronoun_after_the_decade_is_the_described_speaker():
    t = (
        "A fiddler from Dunmore who has played the hall since the early '90s said the "
        'dance would be missed. "The old players like me are done," he said.'
    )
    rows = quote_rows(t, "speaker", "quote")
    assert ("a fiddler", "The old players like me are done") in rows


def test_a_named_speaker_before_since_a_decade_keeps_the_name():
    t = (
        "Tom Bellweather, who has raced at the track since the 1980s, said the new rules "
        "would hurt the younger drivers most."
    )
    assert has_quote(t, "Tom Bellweather", "the new rules would hurt the younger drivers most")


# -------------------------------------------------- "growers in Prince Edward County say"


def test_group_in_a_title_opened_place_speaks():
    t = "Grape growers in Prince Edward County say a hard frost killed half of the buds."
    assert quote_rows(t, "speaker") == [("Grape growers in Prince Edward County",)]


def test_group_in_king_county_speaks():
    t = "Dairy farmers in King County say the new quota will hurt them."
    assert quote_rows(t, "speaker") == [("Dairy farmers in King County",)]


def test_title_before_a_person_keeps_the_person():
    t = "Aides to Prince Edward say the visit is off."
    assert quote_rows(t, "speaker") == [("Prince Edward",)]


# ------------------------------------------------------------------- the set itself


def test_hundredtwentyninth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA129)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 125
    earlier = _ids_before(bench, DATA129)
    assert not {a[0] for a in arts} & earlier


def test_hundredtwentyninth_batch_scores_hold(bench):
    # blind P 0.985 R 0.992 F1 0.988 speaker 0.953 (129 gold); after w129's rules
    # P 0.992 R 1.000 F1 0.996 speaker 0.977
    res = bench.score(bench.load(DATA129))
    assert res["p"] >= 0.99
    assert res["r"] >= 0.995
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.97
