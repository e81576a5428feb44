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
* '"I am sorry," the accused said' after "NAME, 58, pleaded guilty ..." (or "was charged
  with", "was convicted"): the bare "the accused" / "the defendant" is that person
  (``accused_named``); with no plea, charge or verdict named it stays the noun.
* A cross-examination quoted as dialogue: '"Did you read the memo?" asked NAME.' then
  '"I read it," he answered.' or a plain quoted paragraph: the answer is the last other
  person quoted before the question, never the asker; a '"...?" he asked.' question
  right after an answer is the earlier asker's (``exchange_turns``; the answer paragraph
  starts its own statement, ``exchange_turns.opens_answer`` in ``assemble._statements``).
  A rhetorical question without "you" ('"Are we supposed to move, then?" asked NAME.'
  and her next paragraph) stays hers.
* "A 17-year-old who ..., and who can be identified only as J.R. under a publication
  ban, testified that A": the initials are the speaker (``coref._NAME_ONLY_RE``, which
  read "who asked to be identified only as Sam"; "can (only) be identified (only) as"
  and initials "J.R." added); "who was identified as the manager" names nobody.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, speaker_of, speech_rows
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


# ----------------------------------------------------------------- "the accused" is named


def test_accused_is_the_person_who_pleaded_guilty():
    text = (
        "Corwin Baptiste-Lowe, 44, pleaded guilty in June to defrauding a curling club in "
        'Grand Falls-Windsor.\n\n"I let everyone down," the accused said. "I know that."'
    )
    assert speaker_of(text, "I let everyone down") == "Corwin Baptiste-Lowe"


def test_defendant_is_the_person_charged():
    text = (
        "Mireille Okafor-Dunn was charged with theft in March. The trial opened Monday in "
        'Moncton.\n\n"I never took a cent," the defendant told the court.'
    )
    assert speaker_of(text, "I never took a cent") == "Mireille Okafor-Dunn"


def test_accused_without_a_charge_stays_the_noun():
    text = 'The hearing opened Monday in Gander.\n\n"I want to go home," the accused said.'
    assert speaker_of(text, "I want to go home") == "the accused"


# ------------------------------------------------------------- a quoted question and answer


def test_answer_after_question_is_not_the_asker():
    text = (
        "Ruairi Santos-Meek, the trail guide, testified that he had checked the ice on "
        'Sunday.\n\n"Did you check it again on Tuesday?" asked Delphine Arcand-Olu, the '
        'family\'s lawyer.\n\n"I did not. I had no reason to," he answered.'
    )
    assert speaker_of(text, "I did not. I had no reason to") == "Ruairi Santos-Meek"


def test_plain_answer_paragraph_and_next_question():
    text = (
        "Ingrid Tollefsen-Mbeki testified that she had reported the spill the same day.\n\n"
        '"Isn\'t it true you waited a week?" asked Cormac Delisle-Ward.\n\n'
        '"No. I called that afternoon," Tollefsen-Mbeki replied.\n\n'
        '"And the email of May 3, you wrote that?" he asked.\n\n'
        '"I wrote it. I did not send it."'
    )
    assert speaker_of(text, "And the email of May 3, you wrote that?") == "Cormac Delisle-Ward"
    assert speaker_of(text, "I wrote it. I did not send it.") == "Ingrid Tollefsen-Mbeki"


def test_rhetorical_question_keeps_its_speaker_next_paragraph():
    text = (
        "Ferry operator Bram Castellano-Reyes said the fares would rise in May.\n\n"
        '"Are we supposed to move to the mainland, then?" asked Noor Halloran-Pike, who '
        'farms near the dock.\n\n"My hay comes over on that boat. Every load will cost '
        'me more."'
    )
    assert (
        speaker_of(text, "My hay comes over on that boat. Every load will cost me more.")
        == "Noor Halloran-Pike"
    )


# ------------------------------------------------------- "can be identified only as J.R."


def test_initials_under_a_publication_ban_are_the_speaker():
    text = (
        "A 15-year-old who was working his first summer at the marina, and who can be "
        "identified only as T.M. under a publication ban, testified that the dock lights "
        "were off."
    )
    assert has_quote(text, "T.M.", "the dock lights were off")


def test_can_only_be_identified_as_a_given_name():
    text = (
        "A cashier who can only be identified as Marisa under a court order said the till "
        "was short every Friday."
    )
    assert has_quote(text, "Marisa", "the till was short every Friday")


def test_identified_as_a_role_names_nobody():
    text = "A cashier who was identified as the manager said the till was short every Friday."
    assert speaker_of(text, "the till was short every Friday") == "a cashier"


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
    assert res["speaker"] >= 0.95
