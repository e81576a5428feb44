"""w102's rules (session 37, the hundred-second written batch), each checked on sentences
written for this file.

* "A statement from the Guild of Bakers said A", '"...," a statement from the company
  read' and "A statement from the NAME, a trade body, said A": the source after a
  statement's "from" is the speaker, as in "NAME said in a statement"
  (``statement_from.statement_source_span`` in ``clauses._cue_speaker``;
  ``statement_from.after_statement_from`` keeps "the company" after "from" as a speaker
  in ``coref._junk_mention``); a quotation closed by "a statement from <source> read" is
  read aloud from a written thing (``nonspeech._written_noun_from``). It was "a
  statement" (or no row); a sign "from" a protest still gives no row.
* "Asked by the coroner why A, he said B": the person quoted asking (the row of "Asked
  by the coroner", a question row kept on purpose) is not the one who answers, so "he"
  skips a quoted person whose mention lies inside the sentence's "Asked ..." opener
  (``antecedents._in_asked_opener`` in ``antecedents._resolve_he_she``, also for an
  office holder found there), and ``coref._pronoun_after_described_speaker`` no longer
  hands "she" the described asker of an "Asked by the judge" row; it was the coroner /
  judge / lawyer. A name after the opener ("Asked about it, coroner NAME said") still
  speaks.
* "It reported record container volumes in 2024" / "reported higher grain tonnage": a
  port's or a plant's volumes are a business result, no speech ("volumes", "tonnage" in
  ``content._BUSINESS_OBJECT_RE``); it was a row. "reported that container volumes rose"
  (a clause) keeps its row.
* 'Her nephew and head baker, NAME, said A. "B," he said': a possessed kin noun followed
  by "and" / "or" is a coordinated subject named in apposition, not "Her nephew <verb>"
  (``kin_subjects._KIN_SUBJECT_RE``), so "he" stays NAME; it was "her nephew". "Her
  nephew frowned. "B," he said" still gives the description.
* "The NAME Guild, a trade group that says it represents about 300 studios": the speaker
  of a relative "that says" after an indefinite description apposed to a name of two or
  more capitalised words is that name, as "NAME, which says" already was
  (``clauses._apposed_name_before_that``); it was "a trade group". "In Halifax, a group
  that says" keeps the description (one capitalised word, a place). The row itself is
  gold (the gold fix of 658, as 404's "which says it speaks for").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, quote_rows, speaker_of, speaker_of_start
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA102 = ROOT / "tests" / "data" / "written_news102"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------------------- "a statement from X read/said"


def test_statement_from_company_read_is_the_company():
    text = (
        "Tidemark Ferries Ltd. did not send anyone to the hearing in Comox. "
        '"Our thoughts are with the crew and their families," a statement from the company read.'
    )
    assert speaker_of(text, "Our thoughts are with the crew and their families") == (
        "Tidemark Ferries Ltd."
    )


def test_statement_from_named_body_with_apposition_is_the_body():
    text = (
        "Hospitals in Brandon are short of nurses. A statement from the Westman Nursing "
        "Circle, a professional group, on Friday said staffing had fallen for three years."
    )
    assert speaker_of(text, "staffing had fallen for three years") == "the Westman Nursing Circle"


def test_statement_from_named_union_said_is_the_union():
    text = (
        "The plant closed in March. A statement from the Lakehead Millworkers Union said "
        "members would vote on the offer next week."
    )
    assert speaker_of(text, "members would vote on the offer next week") == (
        "the Lakehead Millworkers Union"
    )


def test_sign_from_a_protest_read_gives_no_row():
    text = (
        "Dozens of parents gathered outside the school board office in Sudbury. "
        '"Keep our school open," a sign from the rally read.'
    )
    assert quote_rows(text, "quote") == []


def test_gift_from_the_company_is_no_source():
    text = (
        "Rosalind Achebe-Moore thanked the crew. A gift from the company arrived Friday, she said."
    )
    assert all("company" not in s for (s,) in quote_rows(text, "speaker"))


# --------------------------------------------------- "Asked by the coroner ..., he said"


def test_asked_by_the_coroner_he_said_is_the_witness():
    text = (
        "Coroner Dr. Arlo Brandt opened the hearing in Campbell River. Tomas Reyes-Hall, "
        "a deckhand, testified that he reached the skiff in four minutes. Asked by the "
        "coroner why the crew had no radio, he said nobody had told him one was needed."
    )
    assert speaker_of(text, "nobody had told him one was needed") == "Tomas Reyes-Hall"


def test_asked_by_the_judge_she_said_is_the_witness():
    text = (
        "Justice Helena Mbeki-Laurin presided. Nurse Odile Fairbank-Soto told the court that "
        "the ward was short two staff that night. Asked by the judge how often that happened, "
        "she said it happened about once a week."
    )
    assert speaker_of(text, "it happened about once a week") == "Odile Fairbank-Soto"


def test_asked_by_the_lawyer_he_said_is_the_skipper():
    text = (
        "The family's lawyer, Marcus Oyelaran-Pike, questioned the skipper for an hour. Ewan "
        "Stroud-Baptiste, the skipper, testified that the engine failed twice that week. Asked "
        "by the lawyer why he had not turned back, he said the harbour was closer than the dock."
    )
    assert speaker_of(text, "the harbour was closer than the dock") == "Ewan Stroud-Baptiste"


def test_name_after_an_asked_opener_still_speaks_next():
    text = (
        "Deckhand Tomas Reyes-Hall testified first. Asked about the radio, coroner Arlo "
        "Brandt said the jury would hear from an inspector. He said the hearing would last "
        "four days."
    )
    assert speaker_of(text, "the hearing would last four days") == "Arlo Brandt"


# ------------------------------------------------------- "reported record volumes"


def test_reported_record_container_volumes_is_no_speech():
    text = (
        "Marlin Harbour Terminals Inc. said in a statement that its cranes were ready. It "
        "reported record container volumes in 2024 and announced a $40-million investment."
    )
    assert quote_rows(text, "quote") == [("its cranes were ready",)]


def test_reported_grain_tonnage_is_no_speech():
    text = (
        "Marlin Harbour Terminals Inc. said its cranes were ready. It also reported higher "
        "grain tonnage last season."
    )
    assert all("tonnage" not in q for (q,) in quote_rows(text, "quote"))


def test_reported_that_volumes_rose_keeps_its_row():
    text = "Port officials in Saint John reported that container volumes rose sharply in 2024."
    assert has_quote(text, "officials", "container volumes rose sharply in 2024")


# ------------------------------------------------- "Her nephew and head baker, NAME,"


def test_kin_and_role_named_in_apposition_keeps_the_name():
    text = (
        "Owner Aviva Roe-Haddad said the oven was 50 years old. Her nephew and head baker, "
        "Elias Brennan-Kwan, said the shop sold 9,000 bagels on a Saturday. "
        '"You take the wood out, it is a different bagel," he said.'
    )
    assert speaker_of(text, "You take the wood out, it is a different bagel") == (
        "Elias Brennan-Kwan"
    )


def test_kin_or_role_named_in_apposition_keeps_the_name():
    text = (
        "Farmer Hollis Marchetti-Obi said the barn burned in July. His daughter and business "
        "partner, Renata Silva-Brandt, said the insurer had paid half. "
        '"We rebuilt it with our own hands," she said.'
    )
    assert speaker_of(text, "We rebuilt it with our own hands") == "Renata Silva-Brandt"


def test_kin_subject_with_a_verb_is_still_the_relative():
    text = (
        "Owner Aviva Roe-Haddad said the oven was 50 years old. Her nephew frowned. "
        '"You take the wood out, it is a different bagel," he said.'
    )
    assert speaker_of(text, "You take the wood out, it is a different bagel") == "her nephew"


# ------------------------------------------- "NAME, a trade group that says it ..."


def test_trade_group_that_says_is_the_named_guild():
    text = (
        "The Prairie Piercers Guild, a trade group that says it represents about 200 studios, "
        "opposed the licence fee at Tuesday's meeting."
    )
    assert speaker_of_start(text, "it represents about 200 studios") == "the Prairie Piercers Guild"


def test_charity_that_says_is_the_named_charity():
    text = (
        "The Harbour Rowing Foundation, a charity that says it has trained 4,000 young rowers, "
        "asked the port to reconsider."
    )
    assert speaker_of(text, "it has trained 4,000 young rowers") == (
        "the Harbour Rowing Foundation"
    )


def test_place_before_a_group_that_says_is_no_speaker():
    text = "In Halifax, a group that says it represents 40 rowers opposed the eviction."
    assert all("Halifax" not in s for (s,) in quote_rows(text, "speaker"))


# ------------------------------------------------------------------- the set itself


def test_hundredsecond_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA102)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA102)
    assert not {a[0] for a in arts} & earlier


def test_hundredsecond_batch_scores_hold(bench):
    # blind P 0.966 R 0.988 F1 0.977 speaker 0.976 (171 gold); gold fix (172): P 0.971
    # R 0.988 F1 0.980 speaker 0.971; after w102's rules P 0.977 R 0.994 F1 0.986
    # speaker 0.994
    res = bench.score(bench.load(DATA102))
    assert res["p"] >= 0.975
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.983
    assert res["speaker"] >= 0.99
