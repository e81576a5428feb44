"""w97's rules (session 36, the ninety-seventh written batch), each checked on sentences
written for this file.

* "These men and women are the reason we have a business, he said. Why would I cheat
  them?": an unquoted first-person question right after a sentence-final frame whose
  content is in the first person ("Why would I", "How can we", "Should I") goes on with
  the frame's speaker, as a first-person statement already did
  (``first_person_tails._first_person_question``); it was missed. A third-person question
  ("Why would he ...?") stays the reporter's.
* 'Her message was short: "..."' / 'His verdict was blunt: "..."': "message" and
  "verdict" join the reply nouns whose possessive pronoun stands for the person
  (``descriptions._ANSWER_NOUNS``, ``answer_pronoun``); the speaker was "Her message".
* "..., including the ones who had complained.": a cue that is the last verb of a
  relative clause on a lower-case noun, ending its sentence, reports nothing
  (``nonspeech._relative_clause_end``, checked in ``clauses``); the words before were a
  row of "the ones". "..., said Ann Roe, who complained." and "the residents who
  complained said" are untouched.
* "The winery reported its best summer of visitor traffic": "summer", "winter" and
  "traffic" join the business-result heads of a "reported" object
  (``content._BUSINESS_OBJECT_RE``); it was a row. "reported last summer that B" keeps B.
* "The statement of NAME, 77, ... was read by her daughter. A, the statement said": a
  document named "The <noun> of NAME" (a person the article names) in the 400
  characters before is that person's (``documents._document_of_name``); it stayed "the
  statement". "the statement of claim" names nobody.
* 'NAME, who farms ... with his daughter, Maude. He said A. "B," the 63-year-old said':
  a bare age the article gave nobody is the named person quoted just before (same
  paragraph or the one before, nobody named between, that person given no other age;
  a relative of the same surname with an age does not count:
  ``aged_speakers._age_after_named_speaker``, ``_own_age_given``); it stayed "the
  63-year-old". An age given to someone else earlier leaves it to the other rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, speaker_of, speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

DATA = Path(__file__).resolve().parent / "data" / "written_news97"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------------- first-person question after a frame


def test_first_person_question_goes_on_with_the_frame():
    text = (
        "Owner Henrik Dalvik-Sousa said the pickers were paid for every hour.\n\n"
        "These people are the reason we have a vineyard, he said. Why would I cheat them?\n\n"
        "The harvest ends next week."
    )
    assert has_quote(text, "Henrik Dalvik-Sousa", "Why would I cheat them?")


def test_first_person_question_with_we():
    text = (
        "Mayor Ottoline Farquhar-Ng said the rink would stay open.\n\n"
        "Our kids skate there every night, she said. How can we close it in January?\n\n"
        "In the spring, council will vote on the budget."
    )
    assert has_quote(text, "Ottoline Farquhar-Ng", "How can we close it in January?")


def test_third_person_question_stays_the_reporters():
    text = (
        "Owner Henrik Dalvik-Sousa said the pickers were paid for every hour.\n\n"
        "These people are the reason we have a vineyard, he said. Why would he cheat them?"
    )
    assert not any("cheat" in q for _, _, q in speech_rows(text))


# ------------------------------------------------------- "Her message was short:"


def test_her_message_colon_is_the_woman():
    text = (
        "The committee's chair, retired nurse Dolores Makinen-Ruiz, took the stand on "
        'Wednesday. Her message was short: "We have been patient for 40 years."'
    )
    assert speaker_of(text, "We have been patient for 40 years.") == "Dolores Makinen-Ruiz"


def test_his_verdict_colon_is_the_man():
    text = (
        "Coach Ivo Brandt-Sahl watched the game tape twice. His verdict was blunt: "
        '"We did not skate."'
    )
    assert speaker_of(text, "We did not skate.") == "Ivo Brandt-Sahl"


def test_the_message_is_no_pronoun():
    from analysis.quotes.descriptions import answer_pronoun

    assert answer_pronoun("Her message") == "she"
    assert answer_pronoun("the message") is None
    assert answer_pronoun("her messenger") is None


# ------------------------------------------- "..., including the ones who had complained."


def test_relative_clause_verb_at_sentence_end_is_no_cue():
    text = "The new stall fees hit small vendors hardest, including the ones who had complained."
    assert speech_rows(text) == []


def test_relative_clause_end_keeps_the_main_frame():
    text = (
        "Organizer Bastien Loiselle-Amadi said he had invited every vendor back, even "
        "the people that objected."
    )
    rows = speech_rows(text)
    assert [(sp, cue) for sp, cue, _ in rows] == [("Bastien Loiselle-Amadi", "said")]


def test_relative_clause_before_the_cue_is_untouched():
    text = "Stall fees will double, the vendors who complained said."
    assert has_quote(text, "vendors", "Stall fees will double")


# ----------------------------------------------- "reported its best summer of traffic"


def test_reported_best_summer_is_no_speech():
    assert speech_rows("The cidery reported its best summer of visitor traffic.") == []
    assert speech_rows("The ski hill reported its busiest winter in a decade.") == []


def test_reported_last_summer_that_is_speech():
    text = "The Lakeview Heritage Society reported last summer that the roof was leaking."
    rows = speech_rows(text)
    assert [sp for sp, _, q in rows if "the roof was leaking" in q] == [
        "the Lakeview Heritage Society"
    ]


# ------------------------------------------------- "The statement of NAME was read by ..."


def test_statement_of_a_named_victim_is_hers():
    text = (
        "Four victims filed impact statements.\n\n"
        "The statement of Beatrix Tolland-Oyo, 79, who is in hospital, was read aloud by her "
        "son. I have not slept through a night since the police called, the statement said."
    )
    assert (
        speaker_of(text, "I have not slept through a night since the police called")
        == "Beatrix Tolland-Oyo"
    )


def test_letter_of_a_named_man_is_his():
    text = (
        "The letter of Gordon Penhallow-Dube was read into the record by the clerk. The "
        "bridge should never have closed, the letter said."
    )
    assert speaker_of(text, "The bridge should never have closed") == "Gordon Penhallow-Dube"


def test_statement_of_claim_names_nobody():
    text = (
        "The statement of claim was filed in Halifax on Monday. The roof failed in 2021, "
        "the statement said."
    )
    assert speaker_of(text, "The roof failed in 2021") == "the statement"


# ------------------------------------------------ "the 63-year-old" after a named speaker


def test_bare_age_after_named_speaker_is_that_person():
    text = (
        'For the growers, the message was blunt: "We lose the year."\n\n'
        "Those were the words of Gaston Brassard-Leduc, who farms near Girardville with his "
        "daughter, Maude. He said the frost fans had run all night, but that the cold "
        "settled into the low fields anyway.\n\n"
        '"What do you do against the sky? You watch it," the 63-year-old said.\n\n'
        "His daughter was more worried about the bank. Maude Brassard-Leduc, 34, said the "
        "family had borrowed to buy a harvester."
    )
    assert speaker_of(text, "What do you do against the sky? You watch it") == (
        "Gaston Brassard-Leduc"
    )


def test_bare_age_given_to_someone_else_is_not_the_speaker_before():
    text = (
        "Ilse Varga, 63, runs the bakery. Ward councillor Brent Okonjo said the road would "
        'reopen.\n\n"We lost half our sales," the 63-year-old said.'
    )
    assert speaker_of(text, "We lost half our sales") != "Brent Okonjo"


def test_own_age_given_ignores_a_relative():
    from analysis.quotes.aged_speakers import _own_age_given

    assert _own_age_given("Maude Roe, 34, spoke.", "Jo Roe") is False
    assert _own_age_given("Jo Roe, 63, spoke.", "Jo Roe") is True


# ------------------------------------------------------------------- the set itself


def test_ninetyseventh_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 180
    earlier = _ids_before(bench, DATA)
    assert not {a[0] for a in arts} & earlier


def test_ninetyseventh_batch_scores_hold(bench):
    # blind P 0.962 R 0.973 F1 0.968 speaker 0.899 (184 gold); after w97's rules
    # P 0.973 R 0.978 F1 0.976 speaker 0.922
    res = bench.score(bench.load(DATA))
    assert res["p"] >= 0.965
    assert res["r"] >= 0.97
    assert res["f1"] >= 0.97
    assert res["speaker"] >= 0.91
