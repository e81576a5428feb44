"""w117's rules (session 39, the hundredseventeenth written batch), each checked on sentences
written for this file.

* "BATHURST, N.B. — Residents of Bathurst will vote ..., the city said": "the city" /
  "the town" in an article that names no "City of X" / "Town of X" is the municipality
  of the dateline's place, when the body writes the place at least twice
  (``org_subjects._dateline_municipality``, ``lede_named_next.dateline_place``); it stayed
  "the city" (752). An article naming another "City of X" keeps that one.
* "Sales fell by half, the owner of a gift shop on Montague Street said Wednesday" / "the
  manager of a hardware store in Hay River said": a determined title "of" an article, one
  to three lower-case words and a place preposition ("on", "in", "at") before a
  capitalised name is the whole description, not the street or town
  (``np_left._placed_object_start`` in ``_head_of_phrase``); the row was lost or given
  to "Montague Street" (748). One word ("of a bakery on King Street") was already read.
* "A, Strachan-Pryce said, and for some of them a birth far from home means giving birth
  alone": after an inserted attribution, "and", a preposition whose object ends in a
  pronoun ("for some of them", "to us"), a determined subject and a present verb in "-s"
  go on with the statement (``additions._fronted_phrase_then_clause`` in
  ``_second_part_goes_on``); the second part was lost (747). A phrase with no verb
  ("and for some of them a ride home") is no second part.
* "The app combines the figures with drivers' reports, NAME said, and guesses the wait
  ...": after an inserted attribution, "and", a present verb in "-s" and a determined
  object, when the content before opens with a determined subject and a present verb in
  "-s", is a second verb of the content's subject, not of the frame's past "said"
  (``additions._shared_subject_verb`` in ``_second_part_goes_on``); the second part was
  lost (751). A content in the past ("The app combined ...") leaves it alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, speaker_of
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA117 = ROOT / "tests" / "data" / "written_news117"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------------------------- "the city" of the dateline


def test_the_city_is_the_dateline_city():
    text = (
        "Vote called\n\nMIRAMICHI, N.B. — Residents of Miramichi and two rural districts will "
        "vote in March on a merger, the city said Monday.\n\nMost of Miramichi's council "
        "backs the plan."
    )
    assert (
        speaker_of(
            text, "Residents of Miramichi and two rural districts will vote in March on a merger"
        )
        == "City of Miramichi"
    )


def test_the_town_is_the_dateline_town():
    text = (
        "Water advisory\n\nSTELLARTON, N.S. — People in Stellarton should boil their water until "
        "Friday, the town said.\n\nCrews in Stellarton found a break in a main."
    )
    assert (
        speaker_of(text, "People in Stellarton should boil their water until Friday")
        == "Town of Stellarton"
    )


def test_a_named_city_beats_the_dateline():
    text = (
        "Bridge shut\n\nMONCTON, N.B. — The City of Dieppe closed a bridge near Moncton. "
        "Drivers will need a detour for a month, the city said.\n\nMoncton drivers grumbled."
    )
    assert speaker_of(text, "Drivers will need a detour for a month") == "City of Dieppe"


# ------------------------------------------------------------- "the owner of a gift shop on X"


def test_owner_of_a_gift_shop_on_a_street_is_the_description():
    text = (
        "Sales have fallen by almost half, the owner of a gift shop on Pelham Street said Monday."
    )
    assert has_quote(
        text, "owner of a gift shop on Pelham Street", "Sales have fallen by almost half"
    )


def test_manager_of_a_hardware_store_in_a_town_is_the_description():
    text = "The shelves were empty by noon, the manager of a hardware store in Fort Smith said."
    assert has_quote(
        text, "manager of a hardware store in Fort Smith", "The shelves were empty by noon"
    )


def test_shop_on_a_street_in_the_content_is_no_speaker():
    text = "The shelves of a bakery on Pelham Street were empty by noon, Odette Ravel-Suzuki said."
    assert speaker_of(text, "The shelves of a bakery on Pelham Street were empty by noon") == (
        "Odette Ravel-Suzuki"
    )


# ------------------------------------------------------------- "said, and for some of them"


def test_and_for_some_of_them_clause_goes_on():
    text = (
        "Most of her patients drove in from the reserve, the nurse said, and for some of them "
        "a single visit takes a whole day."
    )
    assert has_quote(text, "the nurse", "and for some of them a single visit takes a whole day")


def test_and_for_many_of_them_clause_goes_on():
    text = (
        "The ferry fills by seven, Perpetua Anand-Gillis said, and for many of them the wait "
        "feels longer every year."
    )
    assert has_quote(
        text, "Perpetua Anand-Gillis", "and for many of them the wait feels longer every year"
    )


def test_fronted_phrase_without_a_verb_is_no_clause():
    from analysis.quotes.additions import _fronted_phrase_then_clause

    assert _fronted_phrase_then_clause(
        "and for some of them a birth far from home means a lot".split()
    )
    assert not _fronted_phrase_then_clause(
        "and for some of them a ride home to the reserve".split()
    )
    assert not _fronted_phrase_then_clause("and for the town a new arena".split())


# ------------------------------------------------------------- "said, and guesses the wait"


def test_and_present_verb_of_the_contents_subject_goes_on():
    text = (
        "The website pulls the tide tables from the coast guard, Ambrose Kittredge-Lau said, "
        "and warns paddlers an hour before the turn."
    )
    assert (
        has_quote(text, "Ambrose Kittredge-Lau", "and warns paddlers an hour before the turn")
        is False
    )
    text2 = (
        "The website pulls the tide tables from the coast guard, Ambrose Kittredge-Lau said, "
        "and sends the warning an hour before the turn."
    )
    assert has_quote(
        text2, "Ambrose Kittredge-Lau", "and sends the warning an hour before the turn"
    )


def test_and_present_verb_after_a_past_content_is_not_taken():
    from analysis.quotes.additions import _shared_subject_verb

    assert _shared_subject_verb(
        "The app combines the figures".split(), "and guesses the wait".split()
    )
    assert not _shared_subject_verb(
        "The app combined the figures".split(), "and guesses the wait".split()
    )
    assert not _shared_subject_verb(
        "The app combines the figures".split(), "and bus drivers".split()
    )


# ------------------------------------------------------------- the set itself


def test_hundredseventeenth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA117)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 180
    earlier = _ids_before(bench, DATA117)
    assert not {a[0] for a in arts} & earlier


def test_hundredseventeenth_batch_scores_hold(bench):
    # blind P 0.989 R 0.984 F1 0.986 speaker 0.995 (185 gold, no gold fix); after w117's
    # rules P 0.989 R 1.000 F1 0.995 speaker 1.000
    res = bench.score(bench.load(DATA117))
    assert res["p"] >= 0.985
    assert res["r"] >= 0.995
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.99
