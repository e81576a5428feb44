"""w145's rules (session 45 round 1, the hundred-and-forty-fifth written batch), each
checked on sentences written for this file.

* 'Q: How many crossings were cancelled?\\n\\nCÔTÉ-BRIÈRE: We cancelled nine.': a
  transcript label written in capitals with accented letters ("CÔTÉ-BRIÈRE:",
  "BÉLANGER-STROUD:") is a label like "PENCE:" (``transcripts._LABEL``, the class
  ``_UP``); it was not read as one, so the "Q" turn before it ran on over the answer
  and the answer was the reporter's. A heading in accented capitals that no turn
  follows ("ÉDITION SPÉCIALE: ...") is still no transcript.
* "Ann Roe, Tom Vale and Eva Lee run the bakery. All three said A": an "all three" /
  "the three" / "all four" / "the four" mention opening the sentence right after a
  sentence of its paragraph that names exactly that many people is those people, in the
  order named ("Ann Roe, Tom Vale and Eva Lee"; ``trio_mentions.counted_people_before``,
  asked by ``roles._resolve_mention_words`` after the pair readings); it stayed "All
  three". A sentence naming another number of people, or a paragraph break before the
  mention, keeps "All three".
* "The roof may fall, the Fondation de la Baie-Rouge said.\\n\\n(3,000 characters of
  other speakers)\\n\\nThe foundation said A": a bare "the <head>" that no nearer rule
  resolved is the one French organisation name written outside quotations in the 4,000
  characters before it whose French head is of the head's kind ("Fondation" for "the
  foundation"; ``french_described.french_body_described``, asked by
  ``orgs._resolve_org`` after ``_named_description``); it stayed "the foundation". Two
  French foundations, or a French name of another kind ("Syndicat"), keep it.
* "A spokesperson for Transport Minister NAME's office said A. The email said B": a
  bare "the email" / "the statement" / "the message" / "the response" opening the
  sentence right after the sentence of the statement quoted just before it, when the
  article never wrote that noun before, is that statement's medium and its speaker's
  (``unintroduced_documents.message_of_speaker_before``, a coref pass after
  ``documents._document_authors``); it stayed "The email". A sentence between, or an
  email the article introduced ("said in an email"), keep the older readings.
* "The engineer who wrote the report, Ann Roe, said A": "write" with a report, study,
  paper, article or essay as its object is an act, no speech (``resources/act_objects.txt``,
  read by ``content._is_act_object``); it was a row "the report, Ann Roe". A clause
  after the noun ("Ann Roe wrote the report was too rosy") keeps its row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.transcripts import find_turns
from tests._quote_rows import quote_rows, speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA145 = ROOT / "tests" / "data" / "written_news145"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


def _rows(text):
    return quote_rows(text, "speaker", "quote")


# ----------------------------------------------- rule 1: accented transcript labels

_FERRY = (
    "Hélène Côté-Brière runs the ferry at Port-Daniel. She spoke with the Herald on "
    "Monday.\n\nQ: How many crossings were cancelled?\n\nCÔTÉ-BRIÈRE: We cancelled nine. "
    "I hated every one of them.\n\nQ: Will you run in March?\n\nCÔTÉ-BRIÈRE: We will try. "
    "You can hold me to that."
)


def test_accented_label_is_a_turn():
    labels = [t[0] for t in find_turns(_FERRY)]
    assert labels == ["Q", "CÔTÉ-BRIÈRE", "Q", "CÔTÉ-BRIÈRE"]


def test_accented_label_answers_are_the_interviewee():
    rows = _rows(_FERRY)
    answers = [s for s, q in rows if q.startswith(("We cancelled", "We will try"))]
    assert answers == ["Hélène Côté-Brière", "Hélène Côté-Brière"]
    assert not any(s == "reporter" and "We will try" in q for s, q in rows)


def test_accented_heading_alone_is_no_transcript():
    t = "ÉDITION SPÉCIALE: Le maire parle\n\nThe mayor spoke for an hour on Monday about the budget."
    assert find_turns(t) == []


# ------------------------------------------------- rule 2: "All three said" named


def test_all_three_after_a_sentence_naming_three():
    t = (
        "Ann Roe, Tom Vale and Eva Lee run the bakery on Main Street. All three said the "
        "rent had doubled."
    )
    assert _rows(t) == [("Ann Roe, Tom Vale and Eva Lee", "the rent had doubled")]


def test_all_three_after_appositions_and_semicolons():
    t = (
        "The committee — Dale Koop, a grain hauler; Marnie Wiebe, who teaches Grade 4; and "
        "Austin Shaw, who owns the store — met on Monday. All three said the hall was too small."
    )
    assert _rows(t)[0][0] == "Dale Koop, Marnie Wiebe and Austin Shaw"


def test_all_four_after_a_sentence_naming_four():
    t = "Ann Roe, Tom Vale, Eva Lee and Bo Park run the bakery. All four said the rent rose."
    assert _rows(t)[0][0] == "Ann Roe, Tom Vale, Eva Lee and Bo Park"


def test_all_three_after_two_names_stays():
    t = "Ann Roe and Tom Vale run the bakery with a cousin. All three said the rent had doubled."
    assert _rows(t)[0][0] == "All three"


def test_all_three_after_four_names_stays():
    t = "Ann Roe, Tom Vale, Eva Lee and Bo Park run the bakery. All three said the rent rose."
    assert _rows(t)[0][0] == "All three"


def test_all_three_after_a_paragraph_break_stays():
    t = "Ann Roe, Tom Vale and Eva Lee run the bakery.\n\nAll three said the rent had doubled."
    assert _rows(t)[0][0] == "All three"


# ------------------------------------------- rule 3: a French body read far back

_PAD = " ".join(
    f"Resident Tom Vale{i} said the weather in the town was fine for the season." for i in range(30)
)


def _last(text):
    return speech_rows(text)[-1]


def test_french_foundation_far_back():
    t = (
        "The roof may fall, the Fondation de la Baie-Rouge said Wednesday.\n\n"
        + _PAD
        + "\n\nThe foundation said it would close the shed."
    )
    assert _last(t)[0] == "Fondation de la Baie-Rouge"


def test_two_french_foundations_keep_the_description():
    t = (
        "The roof may fall, the Fondation de la Baie-Rouge said Wednesday. The Fondation "
        "des Amis du Quai met too.\n\n" + _PAD + "\n\nThe foundation said it would close."
    )
    assert _last(t)[0] == "the foundation"


def test_french_name_of_another_kind_keeps_the_description():
    t = (
        "The roof may fall, the Syndicat des pêcheurs de la Baie said Wednesday.\n\n"
        + _PAD
        + "\n\nThe foundation said it would close the shed."
    )
    assert _last(t)[0] == "the foundation"


# -------------------------------------- rule 4: a message the article never introduced


def test_email_after_a_spokesperson_is_the_spokesperson():
    t = (
        "A spokesperson for Transport Minister Ann Roe's office said the ministry had "
        "received the request. The email said no decision would come before spring."
    )
    rows = speech_rows(t)
    assert rows[1][0] == rows[0][0] and "spokesperson" in rows[1][0]


def test_statement_after_a_company_is_the_company():
    t = (
        "The Port Ellery Ferry Co. said crossings would resume Friday. The statement said "
        "the hull had been repaired."
    )
    assert _last(t)[0] == "the Port Ellery Ferry Co."


def test_email_two_sentences_on_stays():
    t = (
        "A spokesperson for the office said the ministry had the request. The ferry was "
        "late again on Monday. The email said no decision would come before spring."
    )
    assert _last(t)[0] == "The email"


def test_introduced_email_keeps_its_author():
    t = (
        "Ann Roe said in an email that the ministry had the request. Tom Vale said the "
        "town was waiting. The email said no decision would come before spring."
    )
    assert _last(t)[0] == "Ann Roe"


# ------------------------------------------ rule 5: "wrote the report" is an act


def test_relative_wrote_the_report_is_no_row():
    t = "The engineer who wrote the report, Ann Roe, said the bridge was safe."
    assert speech_rows(t) == [("Ann Roe", "said", "the bridge was safe")]


def test_wrote_the_study_in_apposition_is_no_row():
    t = "Ann Roe, who wrote the study, said the bridge was safe."
    assert speech_rows(t) == [("Ann Roe", "said", "the bridge was safe")]


def test_wrote_a_clause_keeps_its_row():
    assert speech_rows("Ann Roe wrote the report was too rosy.") == [
        ("Ann Roe", "wrote", "the report was too rosy")
    ]


# ------------------------------------------------------------------- the set itself


def test_hundredfortyfifth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA145)
    assert len(arts) == 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 140
    earlier = _ids_before(bench, DATA145)
    assert not {a[0] for a in arts} & earlier
