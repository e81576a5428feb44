"""w87's rules (session 34, the eighty-seventh written batch), each checked on sentences
written for this file.

* 'Her answer was short: "No."' / 'His reply was one word: "Never."': a possessive
  pronoun before a noun naming the reply itself ("answer", "reply", "response",
  "retort") stands for the person, resolved as "she" / "he" / "they" would be
  (``descriptions.answer_pronoun`` in ``coref.resolve``); the speaker was "her answer".
  Any other possessive mention ("her lawyer") is untouched.
* "A tax lawyer, Prof. NAME of Laval University's faculty of law, said A": an apposed
  name followed by "of", an institution's possessive and a lower-case unit (one to five
  words) is the speaker (``apposed_speakers._person_of_unit``); it was the description
  ("a tax lawyer").
* 'NAME then asked whether A. His answer was short: "B."': an answer pronoun that
  resolved to the person who asked in the sentence before goes to the last other person
  of the same gender quoted before (``descriptions.answer_not_asker``); it was the
  asker. A sentence before without "asked" leaves it alone.
* "The witness replied" in a trial report after "Crown prosecutor NAME told the jury in
  her opening statement that": a cue whose sentence names an officer of the court
  (prosecutor, lawyer, counsel, judge, Justice) is an address, not testimony, so the
  witness is the person who told the court / testified before
  (``hearing_witnesses._court_officer``); it was the prosecutor.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, speaker_of
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA87 = ROOT / "tests" / "data" / "written_news87"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------------------------- "Her answer was short:"


def test_her_answer_colon_is_the_woman_asked():
    text = (
        "Odile Marchetti-Kwan, a ferry deckhand from Nanaimo, waited at the terminal for six "
        "hours. Asked whether she would sail again this winter, her answer was short: "
        '"Never."'
    )
    assert speaker_of(text, "Never.") == "Odile Marchetti-Kwan"


def test_his_answer_colon_is_the_man():
    text = (
        'Farmer Ruaidhri Oyelaran-Berg has grown barley near Melfort for 40 years. "It was '
        'the driest June I have seen," he said. Asked whether he would sell, his answer was one word: '
        '"No."'
    )
    assert speaker_of(text, "No.") == "Ruaidhri Oyelaran-Berg"


def test_answer_pronoun_only_for_reply_nouns():
    from analysis.quotes.descriptions import answer_pronoun

    assert answer_pronoun("Their response") == "they"
    assert answer_pronoun("her lawyer") is None  # a person, not the reply
    assert answer_pronoun("the answer") is None


# ----------------------------------------- "NAME of <Institution>'s <unit>," before "said"


def test_apposed_name_of_institutions_unit_is_the_speaker():
    text = (
        "A labour economist who was not involved in the study, Prof. Ingrid Sato-Mbeki of "
        "Dalhousie University's school of public policy, said the findings were not "
        "surprising."
    )
    assert has_quote(text, "Ingrid Sato-Mbeki", "the findings were not surprising")


def test_apposed_name_of_hospitals_unit_is_the_speaker():
    text = (
        "A specialist, Dr. Kwame Lindahl-Roy of the Moncton Hospital's emergency department, "
        "said wait times had doubled."
    )
    assert has_quote(text, "Kwame Lindahl-Roy", "wait times had doubled")


def test_person_of_unit_needs_a_possessive_and_a_lower_case_unit():
    from analysis.quotes.apposed_speakers import _person_of_unit

    def toks(s):
        return [(0, 0, w) for w in s.split()]

    ws = "Ann Roe of Laval University's faculty of law"
    assert _person_of_unit(toks(ws), 0, 8) == (0, 2)
    ws = "Ann Roe of Laval University"  # no unit: other rules decide
    assert _person_of_unit(toks(ws), 0, 5) is None
    ws = "Ann Roe of Laval University's Faculty"  # a capitalised unit: not this rule
    assert _person_of_unit(toks(ws), 0, 6) is None


# ------------------------------------------------------------ an answer is not the asker's


def test_answer_after_asker_goes_to_the_one_asked():
    text = (
        "Orrin Vasquez-Lund, a retired pilot, told the inquiry that the runway lights had "
        'failed twice. "I reported it both times," Vasquez-Lund said.\n\n'
        "Counsel for the airport, Tobiah Greer-Nakano, then asked whether he had written "
        'either report down. His answer was short: "No."'
    )
    assert speaker_of(text, "No.") == "Orrin Vasquez-Lund"


def test_answer_without_an_asker_stays_with_the_pronoun():
    text = (
        'Orrin Vasquez-Lund, a retired pilot, said the lights had failed. "Twice," he said.\n\n'
        "Tobiah Greer-Nakano, who runs the airport, disputed that. His answer to the "
        'inquiry was short, though. Asked whether he would resign, his answer was short: "No."'
    )
    assert speaker_of(text, "No.") == "Tobiah Greer-Nakano"


# ------------------------------------------------- "the witness" after a prosecutor's address


def test_witness_is_not_the_prosecutor_who_addressed_the_jury():
    text = (
        "Bookkeeper Lorcan Abiodun-Pratt told the Court of King's Bench that the cash "
        "totals were typed in by hand.\n\n"
        "Crown prosecutor Imelda Sorensen-Kaur told the jury in her opening statement that "
        "the numbers would speak for themselves.\n\n"
        "Defence lawyer Piet Wojcik-Ameh asked whether the bookkeeper had been fired.\n\n"
        '"I resigned," the witness replied.'
    )
    assert speaker_of(text, "I resigned") == "Lorcan Abiodun-Pratt"


def test_court_officer_only_in_the_cues_own_sentence():
    import re

    from analysis.quotes.hearing_witnesses import _court_officer

    t = "The lawyer sat down. Ann Roe told the jury that she saw the car."
    assert not _court_officer(t, re.search("told the jury", t))
    t = "Defence counsel Ann Roe told the jury that the car was blue."
    assert _court_officer(t, re.search("told the jury", t))


# ------------------------------------------------------------------------- the set itself


def test_eightyseventh_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA87)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA87)
    assert not {a[0] for a in arts} & earlier


def test_eightyseventh_batch_scores_hold(bench):
    # blind P 0.944 R 0.994 F1 0.968 speaker 0.923 (170 gold); five gold fixes (175):
    # P 0.972 R 0.994 F1 0.983 speaker 0.925; after w87's rules speaker 0.954
    res = bench.score(bench.load(DATA87))
    assert res["p"] >= 0.965
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.978
    assert res["speaker"] >= 0.935
