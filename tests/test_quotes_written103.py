"""w95's rules (session 36, the ninety-fifth written batch), each checked on sentences
written for this file.

* "His sister, NAME, said Tom was awake and joking with nurses on Monday, but faced
  weeks of rehabilitation": an "-ing" reporting verb joined by "and" to the predicate of
  a form of "be" inside the content ("was awake and joking", "were sitting up and
  chatting") is the content's own verb, not a new cue that ends the content
  (``predicate_conjuncts.be_predicate_conjunct`` in ``sides._content_sides``); the
  content was cut at "and joking". With "that", a colon, a comma or a quotation after
  the "-ing" verb it still opens a report of its own.
* "The university said A" far after the lede named "the Université de Sherbrooke" (and
  no other university): "university" joins the heads whose one named organisation of the
  kind in the whole article is what "the <head>" stands for
  (``org_only_kind._ONLY_KIND_HEADS``); the speaker stayed "the university" past the
  2,000-character reach of the nearest-name rule. Two universities named: no guess.
* "The company said in an email that A" after "ORG president NAME told a news
  conference" and NAME's later quotes: the officer the article introduced with the
  company's name and a rank ("president", "chief executive", resources/
  executive_ranks.txt) echoes the company when his surname appears within the echo
  reach (``org_only_kind._officer_echoed`` in ``company_echoed``); the speaker stayed
  "the company". A name after lower-case words with no rank ("and landowner NAME")
  is no officer.
* "A group of residents who call themselves Bow Valley Elk Watch said A": a "who" /
  "that" relative naming its own subject ("call themselves", "calls itself", "named
  itself") puts the speaker at the name after the reflexive, not back at the head the
  relative is skipped to (``self_named.self_named_relative`` in
  ``subjects._subject_around_np``); it was "a group of residents". A relative with any
  other verb ("who met Elk Watch staff") still gives the head.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, speaker_of, speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA95 = ROOT / "tests" / "data" / "written_news95"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------------- "was awake and joking with nurses"


def test_be_predicate_and_joking_stays_in_the_content():
    text = (
        "Her brother, Callum Okonjo-Reyes, said Tamsin was awake and joking with nurses on "
        "Thursday, but faced weeks of physiotherapy."
    )
    assert has_quote(
        text,
        "Callum Okonjo-Reyes",
        "Tamsin was awake and joking with nurses on Thursday, but faced weeks of physiotherapy",
    )


def test_be_progressive_and_chatting_stays_in_the_content():
    text = (
        "The shelter's director, Marisol Vantongeren, said the evacuees were sitting up and "
        "chatting about home by Sunday night."
    )
    assert has_quote(
        text,
        "Marisol Vantongeren",
        "the evacuees were sitting up and chatting about home by Sunday night",
    )


def test_be_predicate_and_joking_that_is_a_report_of_its_own():
    text = "Coach Derwin Achterberg-Moss said the team was tired and joking that it wanted pizza."
    rows = speech_rows(text)
    assert ("Derwin Achterberg-Moss", "said", "the team was tired") in rows, rows
    assert any(q == "it wanted pizza" for _, _, q in rows), rows


# --------------------------------------------- "The university said" far from the name

_FILLER = (
    "The dispute began in the spring, when the two sides met for the first time in a "
    "hotel conference room downtown and agreed on almost nothing except the date of the "
    "next meeting. Talks broke off twice over the summer. "
) * 10


def test_the_university_far_from_its_one_name_is_that_university():
    text = (
        "About 900 teaching assistants at the Université de Rimouski walked off the job "
        "Tuesday, cancelling dozens of labs.\n\n"
        + _FILLER
        + "\n\nThe union's president, Josiane Okafor-Dubé, said members were ready to wait."
        "\n\nThe university said labs taught by permanent staff would continue."
    )
    assert speaker_of(text, "labs taught by permanent staff would continue") == (
        "Université de Rimouski"
    )


def test_the_university_with_two_universities_named_is_no_guess():
    text = (
        "About 900 teaching assistants at the Université de Rimouski walked off the job "
        "Tuesday, a week after their colleagues at the Université de Moncton did the same.\n\n"
        + _FILLER
        + "\n\nThe union's president, Josiane Okafor-Dubé, said members were ready to wait."
        "\n\nThe university said labs taught by permanent staff would continue."
    )
    assert speaker_of(text, "labs taught by permanent staff would continue") == "the university"


# ------------------------------------- "The company said" kept in view by its officer

_FILLER_2 = (
    "The price of power in the region has fallen for three years, and two smaller "
    "projects east of the city were cancelled last winter after the province changed "
    "its rules on leases. "
) * 10

_AFTER_2 = (
    "\n\nKettering said the new blades were longer and quieter.\n\nAn engineer at the "
    "college, Priya Castellanos, said the plan was sound.\n\nThe company said in an email "
    "that it would hold an open house in May."
)


def test_the_company_echoed_by_its_presidents_surname():
    text = (
        "Brokenhead Wind Power Inc. president Oswaldo Kettering told reporters on Monday "
        "that the turbines would be replaced by 2029.\n\n" + _FILLER_2 + _AFTER_2
    )
    assert speaker_of(text, "it would hold an open house in May") == "Brokenhead Wind Power Inc."


def test_the_company_not_echoed_by_a_partner_without_rank():
    text = (
        "Brokenhead Wind Power Inc. and landowner Ossian Kettering bought the site on "
        "Monday for $4 million.\n\n" + _FILLER_2 + _AFTER_2
    )
    assert speaker_of(text, "it would hold an open house in May") == "the company"


# ---------------------------------------------- "who call themselves NAME said"


def test_who_call_themselves_name_is_the_speaker():
    text = (
        "A group of cottagers who call themselves Friends of Lac Brome said in a letter to "
        "council that the boat launch should stay closed."
    )
    assert speaker_of(text, "the boat launch should stay closed") == "Friends of Lac Brome"


def test_that_calls_itself_name_is_the_speaker():
    text = (
        "A coalition of bakers that calls itself Loaves Without Borders says the flour tax "
        "will close small shops."
    )
    assert speaker_of(text, "the flour tax will close small shops") == "Loaves Without Borders"


def test_who_met_name_staff_keeps_the_head():
    text = (
        "A group of cottagers who met Lac Brome staff on Friday said the boat launch should "
        "stay closed."
    )
    assert speaker_of(text, "the boat launch should stay closed") == "a group of cottagers"


# ------------------------------------------------------------------- the set itself


def test_ninetyfifth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA95)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA95)
    assert not {a[0] for a in arts} & earlier


def test_ninetyfifth_batch_scores_hold(bench):
    # blind P 0.983 R 0.961 F1 0.972 speaker 0.977 (178 gold); gold fixes (174): P 0.994
    # R 0.994 F1 0.994 speaker 0.977; after w95's rules P 1.000 R 1.000 F1 1.000 speaker 0.994
    res = bench.score(bench.load(DATA95))
    assert res["p"] >= 0.99
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.985
