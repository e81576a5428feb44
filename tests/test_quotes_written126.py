"""w118's rules (session 40, the hundred-eighteenth written batch), each checked on
sentences written for this file.

* "Reading from her report, NAME described what she found." then a bare quotation:
  the quotation (and the paragraphs it runs on into when left open) is NAME's
  (``read_statements._READING_FROM_RE``); "report" and "notes" are texts a person reads
  from ("read from her report:"). It was no row.
* A plain "Q." / "A." excerpt after "NAME spoke with reporters ... An edited excerpt:"
  is NAME's ("spoke with/to", "talked with/to", "sat down with" join the witness verbs
  of ``court_answers._WITNESS_VERB_RE``); an answer paragraph holding reported speech
  of others ("A. The port said it was federal ...") is still the witness's answer, the
  inner rows dropped (``court_answers._plain_answers``). They were no rows, or rows of
  "the port".
* "NAME, who owns X, the Y, was quoted as saying A": the subject is read before the
  relative clause and an apposition after it (``nonspeech._participle_insertion_start``);
  it was "the Y".
* "said in a letter she sent to council that A": the letter's contact relative is
  skipped up to "that" (``cues._POST_SKIP_ITEMS``); the content began at "she sent".
* "She and Lee-Ward both said A": a floated "both" after a hyphenated name keeps the
  pair as the subject (``phrase_adjuncts._wordlike``); it was no row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, quote_rows, speaker_of
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA118 = ROOT / "tests" / "data" / "written_news118"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------------------ "Reading from her report, ..."


def test_reading_from_report_gives_the_open_quotation_to_the_reader():
    text = (
        "Reading from her report, Marguerite Oyelowo-Brandt described what she saw on the "
        "dam.\n\n"
        '"The spillway gate was jammed half open. The cable had frayed through.\n\n'
        '"Below it, the concrete apron had cracked in three places.\n\n'
        '"None of that was in the last inspection."\n\n'
        "The province's inspector testified next."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert (
        "Marguerite Oyelowo-Brandt",
        "Below it, the concrete apron had cracked in three places.",
    ) in rows
    assert ("Marguerite Oyelowo-Brandt", "None of that was in the last inspection.") in rows
    assert speaker_of_first(rows, "The spillway gate") == "Marguerite Oyelowo-Brandt"


def speaker_of_first(rows, start):
    hits = [s for s, q in rows if q.startswith(start)]
    assert hits, rows
    return hits[0]


def test_he_read_from_his_notes_colon():
    text = (
        "Constable Tobiah Grunwald-Osei then read from his notes:\n\n"
        '"The driver was slumped over the wheel when I reached the truck.\n\n'
        '"He did not answer when I called his name."\n\n'
        "The hearing resumes Monday."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Tobiah Grunwald-Osei", "He did not answer when I called his name.") in rows


def test_reading_from_a_report_without_a_quotation_after_gives_no_row():
    text = (
        "Reading from the audit, Coun. Delphine Arsenault-Kwan listed the overruns.\n\n"
        "The bridge cost $4 million more than planned. Council meets again in June."
    )
    assert quote_rows(text, "speaker", "quote") == []


# ------------------------------------------------------ Q./A. after "spoke with reporters"


def test_spoke_with_reporters_excerpt_answers_are_hers():
    text = (
        "The fire chief, Oriane Castellanos-Boyd, spoke with reporters outside the station "
        "on Friday. An edited excerpt:\n\n"
        "Q. How did the fire spread so fast?\n\n"
        "A. The walls were hollow and the wind was strong. It had everything it needed.\n\n"
        "Q. Will the building be saved?\n\n"
        "A. The engineers said it could not be, and the owner said the same thing. I agree."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert (
        "Oriane Castellanos-Boyd",
        "The walls were hollow and the wind was strong. It had everything it needed.",
    ) in rows
    assert (
        "Oriane Castellanos-Boyd",
        "The engineers said it could not be, and the owner said the same thing. I agree.",
    ) in rows
    assert not any(s in ("the engineers", "the owner") for s, _ in rows)


def test_excerpt_answer_with_a_quotation_of_its_own_keeps_that_row():
    text = (
        "Coach Bertrand Okonjo-Lavigne sat down with the Herald after the game. An edited "
        "excerpt:\n\n"
        "Q. What did you tell them at the half?\n\n"
        'A. "Play like it is the last game," Okonjo-Lavigne recalled.'
    )
    rows = quote_rows(text, "speaker", "quote")
    # the paragraph's own attributed quotation stays its only row (no second answer row)
    assert len(rows) == 1
    assert rows[0][0] == "Bertrand Okonjo-Lavigne"
    assert "Play like it is the last game" in rows[0][1]


# ------------------------------------------------------ "NAME, who ..., the Y, was quoted as saying"


def test_was_quoted_as_saying_after_relative_and_apposition():
    text = (
        "Hollis Tremblay-Ngata, who owns the sawmill in Lumby, the village's largest "
        "employer, was quoted as saying the tariff would cost 40 jobs."
    )
    assert speaker_of(text, "the tariff would cost 40 jobs") == "Hollis Tremblay-Ngata"


def test_was_quoted_as_saying_after_plain_apposition_is_the_name():
    text = "The mill's owner, Hollis Tremblay-Ngata, was quoted as saying the tariff would cost 40 jobs."
    assert speaker_of(text, "the tariff would cost 40 jobs") == "Hollis Tremblay-Ngata"


# ------------------------------------------------------ "said in a letter she sent to ... that"


def test_letter_contact_relative_is_skipped_before_that():
    text = (
        "Rosalind Achterberg-Mensah said in a letter she sent to every councillor that the "
        "rink could not open without a new compressor."
    )
    assert has_quote(text, "Achterberg-Mensah", "the rink could not open without a new compressor")


def test_letter_that_she_sent_is_the_content():
    text = "Rosalind Achterberg-Mensah said in a letter that she sent the cheque in March."
    assert has_quote(text, "Achterberg-Mensah", "she sent the cheque in March")


# ------------------------------------------------------ "She and Lee-Ward both said"


def test_pronoun_and_hyphenated_surname_both_said():
    text = (
        "Anselm Lee-Ward has fished the harbour for 30 years. Bronwyn Oakes-Tully "
        "lives aboard a sailboat at the floats.\n\n"
        "She and Lee-Ward both said the harbour needed a plan for abandoned boats."
    )
    assert speaker_of(text, "the harbour needed a plan for abandoned boats") == (
        "Bronwyn Oakes-Tully and Anselm Lee-Ward"
    )


def test_hyphenated_name_and_both_as_object_is_no_pair():
    text = "Anselm Lee-Ward said he had asked both ministers for help."
    assert speaker_of(text, "he had asked both ministers for help") == "Anselm Lee-Ward"


# ------------------------------------------------------ the set itself


def test_hundredeighteenth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA118)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA118)
    assert not {a[0] for a in arts} & earlier


def test_hundredeighteenth_batch_scores_hold(bench):
    # blind P 0.982 R 0.953 F1 0.967 speaker 0.981 (170 gold, no gold fix); after w118's
    # rules P 0.988 R 0.994 F1 0.991 speaker 0.988
    res = bench.score(bench.load(DATA118))
    assert res["p"] >= 0.985
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.988
    assert res["speaker"] >= 0.985
