"""w120's rules (session 40, the hundred-twentieth written batch), each checked on
sentences written for this file.

* "According to court documents, A" / "according to court filings" / "according to
  documents filed with the board": court papers are records, not a speaker, so the
  clause gives no row (``resources/data_source_nouns.txt`` "filings";
  ``idioms._court_papers`` for "court documents" and "documents filed ...");
  "according to the budget documents" still gives a row, as the earlier gold has it.
* "The coroner reminded the jury that A": a lower-case role title (``titles.txt``
  [role]) after "the" may report with "reminded ... that" (``idioms._determined_role``
  in ``_remind_frame``); "The smell reminded him that ..." stays no speech.
* "Small claims court in Nova Scotia hears disputes": "claims" right after "small" is
  the noun of "small claims court", no cue (``nonspeech._noun_determiner``); "A small
  group claims that ..." still reports.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA120 = ROOT / "tests" / "data" / "written_news120"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------------------------ court papers are no speaker


def test_according_to_court_documents_is_no_row():
    text = (
        "According to court documents, the former treasurer moved the money into an account "
        "held by his brother-in-law in Corner Brook."
    )
    assert speech_rows(text) == []


def test_according_to_filings_and_documents_filed_is_no_row():
    text = (
        "The marina changed hands in 2022, according to court filings, and the buyers "
        "moved to Kamloops. The firm earned about $300,000 in 2024, according to "
        "documents filed with the tribunal."
    )
    assert speech_rows(text) == []


def test_according_to_budget_documents_still_reports():
    text = "According to the budget documents, interest costs will rise to $9 billion."
    assert has_quote(text, "budget documents", "interest costs will rise to $9 billion")


# ----------------------------------------------------------- "The coroner reminded ... that"


def test_role_after_the_reminds_that():
    text = (
        "Dr. Solveig Abara-Lund, the chief coroner, opened the hearing in Thompson. The "
        "coroner reminded the jury that the guide's account was not evidence of the ice "
        "thickness."
    )
    assert has_quote(
        text, "Solveig Abara-Lund", "the guide's account was not evidence of the ice thickness"
    )


def test_judge_reminded_jurors_that():
    text = "The judge reminded jurors that the accused did not have to testify."
    assert has_quote(text, "judge", "the accused did not have to testify")


def test_thing_reminded_him_that_is_no_speech():
    text = "The smell of the wood stove reminded him that winter was only a week away."
    assert speech_rows(text) == []


# ------------------------------------------------------------------- "small claims court"


def test_small_claims_court_is_no_cue():
    text = "Small claims court in New Brunswick hears disputes of up to $20,000."
    assert speech_rows(text) == []


def test_small_group_claims_still_reports():
    text = "A small group of tenants claims the landlord ignored the broken furnace."
    assert has_quote(text, "group of tenants", "the landlord ignored the broken furnace")


# ----------------------------------------------------------------------- the batch itself


def test_hundredtwentieth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA120)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA120)
    assert not {a[0] for a in arts} & earlier


def test_hundredtwentieth_batch_scores_hold(bench):
    # blind P 0.872 R 0.994 F1 0.929 speaker 0.935 (171 gold, 170 matched)
    res = bench.score(bench.load(DATA120))
    assert res["p"] >= 0.88
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.935
    assert res["speaker"] >= 0.93
