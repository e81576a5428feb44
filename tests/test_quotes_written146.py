"""w138's rules (session 44, the hundred-and-thirty-eighth written batch), each checked on
sentences written for this file.

* 'A nurse, who asked that their name not be used, said they A.' then '"B," they
  said.': an unnamed speaker whose sentence withholds a singular "their name" is one
  person who uses "they", so the "they" of the same or the next paragraph is that
  speaker, not a group quoted before (``singular_they.their_name_speaker``, asked by
  ``pronouns._resolve_pronoun`` after the declared "uses the pronoun they"); it was the
  last group ("shopkeepers", an organisation). "Two nurses, who asked that their
  names not be used" (plural), a description with "his name", or a person named or
  quoted in between keep the group reading. The speaker must be a lone description the
  engine already tracks (a lexicon noun: "a nurse", "one resident"; ``an.last_desc``).
* "One of the workers who has arrived, a welder who asked that his name not be used
  because he was not authorized to speak for the company, said A": a long subject whose
  first comma opens an indefinite apposition with a "who" clause ("a welder who ...") may
  run 30 words past that comma, as a "which"/"who" insertion may (and a head with its
  own "who" clause gets the same room before a "who"/"which" insertion)
  (``subjects._long_subject_limit``, read by ``_long_sentence_subject``); the sentence
  had no row. An apposition with no "who" clause keeps the 20-word limit.
* '"A," NAME said — and he said it twice, as though ... — "B."' / '— and she meant it —':
  a clause of a subject pronoun opened by "and"/"but" between dashes is an aside like a
  participle insertion, so the second quotation is the frame's speaker's
  (``interrupted_quotations._PRONOUN_ASIDE_RE``; a speech verb in it only when it
  repeats "it": ``_SAID_IT_RE``); the second quotation had no row. An aside that reports
  new words ("— and she said the plan was dead —") keeps the old reading.
* "A, the contractor that hired them said Thursday." then "NAME Track Services, a Sault
  Ste. Marie company that maintains ..., said": a lede's business description ("the
  contractor", business_kinds.txt) stands for the next name set off as a company by an
  apposition ("NAME, a <modifiers> company that ...", "NAME, an Ottawa firm,"), as it
  does for a name with a legal form (``ledes.company_apposed``, read by
  ``ledes._org_named_next``); it was "the contractor". A person with "a company
  spokesman" in apposition is no company.
* "A, the company said in a statement" after "the Cellulose Témis pulp mill" in the lede
  and "Cellulose Témis reported a loss" later: with no company named otherwise, "the
  company" is the one name given a facility ("the NAME [modifier] mill/plant/smelter/...")
  that the article also writes opening a sentence of its own
  (``facility_companies.facility_company``, asked by ``orgs._resolve_org`` after
  ``_company_by_short_name``); it was "the company". A mill named for the dateline's town
  ("the Thunder Bay paper mill") or a name never written as a subject keeps "the company".
* "NAME said he had eight rooms and had already promised six of them to the company": an
  adverb ("already", "also", "never", ...) between "and had" and a later cue still makes
  that cue a backshifted verb of the content's subject (``sides._AND_HAD_END_RE``); the
  content was cut at "promised". "..., and already told the company he would sell"
  (no "had") keeps the new frame.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.quotes.singular_they import their_name_declared
from analysis.quotes.subjects import _long_subject_limit
from tests._quote_rows import speaker_of, speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA138 = ROOT / "tests" / "data" / "written_news138"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ----------------------------------------------- "who asked that their name not be used"

_GROUP_FIRST = (
    "Ferry workers on the Elk Point dock said they had been told nothing about the new "
    "schedule.\n\n"
)


def test_their_name_makes_the_next_they_the_unnamed_speaker():
    t = _GROUP_FIRST + (
        "A worker on the night crossing, who asked that their name not be used because "
        "they were not allowed to talk to reporters, said they had worked three doubles "
        'this week.\n\n"I have not seen my kids since Sunday," they said. "Nobody upstairs '
        'seems to care."'
    )
    assert speaker_of(t, "I have not seen my kids since Sunday") == "a worker"
    assert speaker_of(t, "Nobody upstairs seems to care.") == "a worker"


def test_their_name_with_one_and_an_organisation_before():
    t = (
        "The Pike Lake Water Board, which said it would test every well, met on Monday.\n\n"
        "One tenant, who asked that their name be withheld, said they had bought bottled "
        'water for a month.\n\n"It costs me forty dollars a week," they said.'
    )
    assert "tenant" in speaker_of(t, "It costs me forty dollars a week")


def test_plural_names_keep_the_group():
    t = _GROUP_FIRST + (
        "Two nurses, who asked that their names not be used, said they had worked three "
        'doubles this week.\n\n"We have not seen our kids since Sunday," they said.'
    )
    assert speaker_of(t, "We have not seen our kids since Sunday").lower() == "two nurses"
    t = _GROUP_FIRST + (
        "A nurse, who asked that his name not be used, said he had worked three doubles."
        '\n\n"Nobody tells us anything," they said.'
    )
    assert "nurse" not in speaker_of(t, "Nobody tells us anything")


def test_a_person_quoted_in_between_keeps_the_group_reading():
    t = _GROUP_FIRST + (
        "A nurse, who asked that their name not be used, said they had worked three "
        "doubles.\n\nThe captain, Ann Roe-Tessier, said she had asked for two more hands.\n\n"
        '"Nobody tells us anything," they said.'
    )
    assert "nurse" not in speaker_of(t, "Nobody tells us anything")


def test_their_name_declared_stops_at_the_sentence_end():
    t = "A cook said no. Their name was on the list, the owners said."
    assert not their_name_declared(t, 6, len(t))
    t = "A cook, who did not want their full name used, said no."
    assert their_name_declared(t, 6, len(t))


# ------------------------------------- a long subject with an apposition's "who" clause


def test_partitive_with_who_and_a_long_apposition_gets_its_row():
    t = (
        "One of the volunteers who stayed behind, a nurse who asked that her name not be "
        "used because she was not allowed to speak for the hospital, said she had slept "
        "at the hall for three nights."
    )
    assert speaker_of(t, "she had slept at the hall for three nights") == "a nurse"


def test_long_subject_limit_needs_the_who_clause():
    assert _long_subject_limit("One of us who stayed , a cook who asked , ".split()) == 36
    assert _long_subject_limit("The owner , a cook who asked , ".split()) == 33
    assert _long_subject_limit("One of us who stayed , a cook from Elm Point , ".split()) == 20
    assert _long_subject_limit("Acme , which runs it , ".split()) == 30


# ------------------------------------------- '"A," NAME said — and she meant it — "B."'


def test_pronoun_aside_between_dashes_keeps_the_second_quotation():
    t = '"The rink opens Friday," Tom Vale said — and he meant it — "whatever the weather does."'
    assert speaker_of(t, "whatever the weather does.") == "Tom Vale"
    t = (
        '"We are done," Ann Roe said — and she said it twice, as if to convince herself — '
        '"with the old plan."'
    )
    assert speaker_of(t, "with the old plan.") == "Ann Roe"


def test_aside_with_new_words_is_no_interruption():
    t = '"We are done," Ann Roe said — and she said the plan was dead — "with the old plan."'
    rows = [r for r in speech_rows(t) if r[2] == "with the old plan."]
    assert rows == []


# --------------------------------------------- a lede's "the contractor" named next


def test_lede_contractor_is_the_company_apposed_next():
    t = (
        "KENORA, Ont. — The public dock will close in May, the contractor said Tuesday.\n\n"
        "Hollis Marine Works, an Ottawa firm that builds docks, said the work would take a "
        "year."
    )
    assert speaker_of(t, "The public dock will close in May") == "Hollis Marine Works"


def test_lede_contractor_not_a_company_spokesman():
    t = (
        "KENORA, Ont. — The public dock will close in May, the contractor said Tuesday.\n\n"
        "Tom Vale, a company spokesman, said the work would take a year."
    )
    assert speaker_of(t, "The public dock will close in May") != "Tom Vale"


# ------------------------------------------------- "and had already promised"


def test_and_had_with_an_adverb_keeps_the_content():
    t = "Tom Vale said he had nine cabins and had already promised four of them to the crew."
    rows = speech_rows(t)
    assert rows == [
        ("Tom Vale", "said", "he had nine cabins and had already promised four of them to the crew")
    ]


def test_without_had_the_later_cue_is_a_new_frame():
    t = "Tom Vale said he had nine cabins, and already told the crew he would sell."
    quotes = [r[2] for r in speech_rows(t)]
    assert "he had nine cabins" in quotes


# ---------------------------------------- "the X pulp mill" ... "the company said"


def test_company_named_by_its_mill_is_the_company():
    t = (
        "DRYDEN, Ont. — The second line at the Norlake Fibre paper mill restarted Monday.\n\n"
        "Demand has recovered in Europe, the company said in a statement.\n\n"
        "Norlake Fibre reported a loss last year."
    )
    assert speaker_of(t, "Demand has recovered in Europe") == "Norlake Fibre"


def test_mill_named_for_its_town_is_no_company():
    t = (
        "THUNDER BAY, Ont. — The second line at the Thunder Bay paper mill restarted.\n\n"
        "Demand has recovered, the company said in a statement.\n\n"
        "Thunder Bay has lost 300 jobs since 2019."
    )
    assert speaker_of(t, "Demand has recovered") == "the company"
    t = (
        "The line at the Harlan Steel plant restarted Monday.\n\n"
        "Demand has recovered, the company said in a statement."
    )
    assert speaker_of(t, "Demand has recovered") == "the company"


# ------------------------------------------------------------------- the set itself


def test_hundredthirtyeighth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA138)
    assert len(arts) == 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) == 128
    earlier = _ids_before(bench, DATA138)
    assert not {a[0] for a in arts} & earlier


def test_hundredthirtyeighth_batch_scores_hold(bench):
    # blind P 0.992 R 0.977 F1 0.984 speaker 0.928 (125/128 matched, no gold fix);
    # after w138's rules P 1.000 R 1.000 F1 1.000 speaker 0.992 (876's "They said" left)
    res = bench.score(bench.load(DATA138))
    assert res["p"] >= 0.995
    assert res["r"] >= 0.995
    assert res["f1"] >= 0.995
    assert res["speaker"] >= 0.99
