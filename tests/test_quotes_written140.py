"""w132's rules (session 42 round 2, the hundred-and-thirty-second written batch), each
checked on sentences written for this file.

* '"The first lap," said Ann Roe-Vidal, who runs the club, "took us an hour."': a
  quotation split by an inverted frame whose speaker carries a "who" clause closed by a
  comma goes on past the clause when a quotation follows the comma, as it already did
  before a lower-case word ("A, said Ann Roe, who knew him, B")
  (``sides._WHO_ASIDE_RE``, read by ``sides._past_who_aside``); the second quotation had
  no row. A "who" clause closed by a full stop leaves the next sentence's quotation to
  the carried rule, and a frame whose speaker comes first is unchanged.
* '"The worst part," said Edwin Larkspur, an economist at the institute, "is the
  wait."': the same with a description in apposition to the inverted speaker
  (``sides._APPOSED_ASIDE_RE``, read by ``sides._past_who_aside``); the second quotation
  had no row. Only before a quotation: "A, said NAME, the coach, and B" (a lower-case
  word after the comma) keeps its older reading.
* "One of the club's coaches, Kai Roe-Vidal, led the run. He said A": a full name in
  apposition to a description opening the sentence right before the pronoun's is the
  pronoun's speaker also when the description opens with "One of" or "Another"
  (``appositions._APPOSED_NAME_SUBJECT_RE``, read by
  ``appositions._apposed_name_subject_before``); with a given name of both sexes
  ("Kai") it was the man quoted before. A name of the other gender leaves the older
  reading, and so does a sentence between the two.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, quote_rows, speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA132 = ROOT / "tests" / "data" / "written_news132"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------- '"A," said NAME, who ..., "B."'


def test_split_quotation_goes_on_past_a_who_clause():
    t = (
        "\u201cThe first lap,\u201d said Wilma Roe-Vidal, who runs the Tidewater Rowing Co., "
        "\u201ctook us an hour and two boats went the wrong way.\u201d"
    )
    assert quote_rows(t, "speaker", "quote") == [
        ("Wilma Roe-Vidal", "The first lap"),
        ("Wilma Roe-Vidal", "took us an hour and two boats went the wrong way."),
    ]


def test_split_straight_quotation_goes_on_past_a_who_clause():
    t = '"Last spring," said Osric Penhallow, who coaches the juniors, "we lost the dock."'
    assert has_quote(t, "Osric Penhallow", "we lost the dock.")


def test_who_clause_closed_by_a_full_stop_keeps_the_carried_row():
    t = (
        '"Last spring was hard," said Osric Penhallow, who coaches the juniors. '
        '"We lost the dock and half the boats."'
    )
    rows = quote_rows(t, "speaker", "quote")
    assert rows == [
        ("Osric Penhallow", "Last spring was hard"),
        ("Osric Penhallow", "We lost the dock and half the boats."),
    ]


def test_who_clause_before_lower_case_content_is_unchanged():
    t = (
        "The season was long, said Osric Penhallow, who coaches the juniors, and the "
        "crews were tired."
    )
    assert [q for _, _, q in speech_rows(t)] == ["The season was long", "and the crews were tired"]


def test_split_quotation_goes_on_past_an_apposed_description():
    t = (
        "\u201cThe worst part,\u201d said Edwin Larkspur, an economist who runs the "
        "Fenwick Institute, \u201cis that the harbour will open late.\u201d"
    )
    assert quote_rows(t, "speaker", "quote") == [
        ("Edwin Larkspur", "The worst part"),
        ("Edwin Larkspur", "is that the harbour will open late."),
    ]


def test_apposed_description_closed_by_a_full_stop_keeps_the_carried_row():
    t = (
        '"The worst part is the wait," said Edwin Larkspur, the harbour master. '
        '"We will open late."'
    )
    assert quote_rows(t, "speaker", "quote") == [
        ("Edwin Larkspur", "The worst part is the wait"),
        ("Edwin Larkspur", "We will open late."),
    ]


def test_apposed_description_before_lower_case_content_is_unchanged():
    t = "The season was long, said Osric Penhallow, the juniors' coach, and the crews were tired."
    assert [q for _, _, q in speech_rows(t)] == ["The season was long"]


# ------------------------------------------- "One of the X, NAME, VERB. He said A"


_QUIST = "The harbour planner, Omar Quist, said the new dock would open in May.\n\n"


def test_one_of_apposed_subject_is_the_pronoun_speaker():
    t = _QUIST + (
        "One of the club\u2019s coaches, Kai Lindqvist-Ro, led the juniors up the hill. "
        "He said most of them treated it as a race."
    )
    assert has_quote(t, "Kai Lindqvist-Ro", "most of them treated it as a race")


def test_another_apposed_subject_is_the_pronoun_speaker():
    t = _QUIST + (
        "Another coach, Kai Lindqvist-Ro, stayed at the boathouse. "
        "He said the crews had rowed well."
    )
    assert has_quote(t, "Kai Lindqvist-Ro", "the crews had rowed well")


def test_one_of_apposed_subject_of_the_other_gender_leaves_the_speaker():
    t = _QUIST + (
        "One of the club\u2019s coaches, Margaret Lindqvist-Ro, led the juniors up the hill. "
        "He said most of them treated it as a race."
    )
    assert has_quote(t, "Omar Quist", "most of them treated it as a race")


def test_one_of_apposed_subject_two_sentences_back_leaves_the_speaker():
    t = _QUIST + (
        "One of the club\u2019s coaches, Kai Lindqvist-Ro, led the juniors up the hill. "
        "\u201cThe dock is ready,\u201d Quist said. He said the ramp was finished."
    )
    assert has_quote(t, "Omar Quist", "the ramp was finished")


# ------------------------------------------------------------------- the set itself


def test_hundredthirtysecond_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA132)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 135
    earlier = _ids_before(bench, DATA132)
    assert not {a[0] for a in arts} & earlier


def test_hundredthirtysecond_batch_scores_hold(bench):
    # blind P 0.993 R 0.993 F1 0.993 speaker 0.993 (137 gold); after w132's rules
    # P 0.993 R 1.000 F1 0.996 speaker 1.000 (the one false row, "asked X to", is kept
    # on purpose: the engine's "asked X to" convention)
    res = bench.score(bench.load(DATA132))
    assert res["p"] >= 0.99
    assert res["r"] >= 0.995
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.995
