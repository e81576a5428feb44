"""w110's rules (session 38, the hundred-tenth written batch), each checked on sentences
written for this file.

* "A provincial hydrologist, Dr. NAME, told ... The ecologist said": an academic or
  medical honorific ("Dr.", "Prof.") between a job noun and the name, after a comma too,
  hides no role noun, so "the hydrologist" later is that person
  (``role_places._NAME_AFTER_HEAD_RE``); it stayed "the hydrologist". A job noun that
  only an unnamed person holds ("A forest ecologist who visited later") stays the noun.
* "NAME said he backed the plan but wanted the ministry to explain the delay": a later
  cue right after a wish or need, its object and "to" ("wanted X to explain", "needs the
  board to announce") is that wish's complement inside the same content, no new frame
  (``sides._WISH_TO_END_RE`` in ``_continues_clause``); the content was cut at "but".
  "but refused to explain" still ends the content, and so does a wish with no object
  ("readers who want to read more": another clause).
* "was not hiring staff but writing the schedules" / "spent the summer writing the
  schedules": a bare gerund "writing" right after "but" / "not" / "than" or after a form
  of "spend" names a task when a lower-case noun object follows with no "that",
  quotation or colon (``nonspeech._gerund_of_a_task`` in ``_writes_a_thing``, which
  needed a progressive before); it gave a row "the schedules". "spent the summer writing
  that A" is still a report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, speaker_of, speaker_of_start, speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA110 = ROOT / "tests" / "data" / "written_news110"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------------- "a hydrologist, Dr. NAME" ... "the hydrologist"


def test_job_noun_before_doctor_title_names_the_description():
    text = (
        "A provincial hydrologist, Dr. Ottilie Brandwein-Osei, who tested the wells, told "
        "residents in Lumby that the aquifer was stable.\n\n"
        "Levels would recover by April, the hydrologist said."
    )
    assert speaker_of(text, "Levels would recover by April") == "Ottilie Brandwein-Osei"


def test_job_noun_before_professor_title_without_comma():
    text = (
        "Forest ecologist Prof. Tancredi Volkov-Ames told the meeting in Smithers that the "
        "pine stand was healthy. The beetles would die off in a cold winter, the ecologist "
        "said."
    )
    assert speaker_of_start(text, "The beetles would die off") == "Tancredi Volkov-Ames"


def test_unnamed_job_noun_after_a_doctor_stays_the_noun():
    text = (
        "Dr. Ottilie Brandwein-Osei told the meeting in Lumby that the aquifer was stable. A "
        "forest ecologist who visited later disagreed. The wells would not recover by April, "
        "the ecologist said."
    )
    assert speaker_of_start(text, "The wells would not recover") == "the ecologist"


# ------------------------------------------------------- "said A but wanted X to explain B"


def test_wish_with_object_and_to_keeps_the_content():
    text = (
        "Ferry captain Lionel Abara-Quist said he backed the new schedule but wanted the "
        "ministry to explain why the night crossing had been cut."
    )
    assert has_quote(
        text,
        "Lionel Abara-Quist",
        "he backed the new schedule but wanted the ministry to explain why the night "
        "crossing had been cut",
    )


def test_need_with_object_and_to_keeps_the_content():
    text = (
        "Grower Sunniva Tkachuk-Ong said the co-op would survive and needs the board to "
        "announce a price by June."
    )
    assert has_quote(
        text,
        "Sunniva Tkachuk-Ong",
        "the co-op would survive and needs the board to announce a price by June",
    )


def test_wish_without_object_still_ends_the_content():
    text = (
        "MONCTON — Nurses say overtime has doubled since spring, and readers who want to "
        "read the survey can find it online."
    )
    assert has_quote(text, "Nurses", "overtime has doubled since spring")


def test_refusal_to_explain_still_ends_the_content():
    text = (
        "Ferry captain Lionel Abara-Quist said he backed the new schedule but refused to "
        "explain why the night crossing had been cut."
    )
    quotes = [q for _, _, q in speech_rows(text)]
    assert "he backed the new schedule" in quotes


# ------------------------------------------------------- "but writing the schedules": a task


def test_contrasted_writing_gerund_is_no_report():
    text = (
        "Coach Delphine Ashworth-Mensah said the hardest part of the season was not "
        "recruiting players but writing the practice schedules."
    )
    assert not [q for s, c, q in speech_rows(text) if c == "writing"]


def test_time_spent_writing_is_no_report():
    text = "Librarian Osric Nwachukwu-Hale spent the winter writing the grant applications."
    assert speech_rows(text) == []


def test_time_spent_writing_that_is_still_a_report():
    text = "Osric Nwachukwu-Hale spent the winter writing that the library would close."
    assert has_quote(text, "Osric Nwachukwu-Hale", "the library would close")


# ------------------------------------------------------------------------- the set itself


def test_hundredtenth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA110)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 165
    earlier = _ids_before(bench, DATA110)
    assert not {a[0] for a in arts} & earlier


def test_hundredtenth_batch_scores_hold(bench):
    # blind P 0.959 R 0.976 F1 0.968 speaker 0.933 (169 gold, 165 matched); after
    # w110's rules P 0.971 R 0.982 F1 0.976 speaker 0.940 (166 matched)
    res = bench.score(bench.load(DATA110))
    assert res["p"] >= 0.96
    assert res["r"] >= 0.975
    assert res["f1"] >= 0.97
    assert res["speaker"] >= 0.93
