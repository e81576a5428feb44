"""w88's rules (session 35, the eighty-eighth written batch), each checked on sentences
written for this file.

* "The mill added a second shift in 2018, the last time pulp prices were high": a time
  in apposition to the object's date with its own contact relative (", the last / first
  / only / same time|year|season ... was|were|had ...") closes the object noun phrase
  (``content._TIME_APPOSITION_RE`` in ``content._object_end``), so "added" / "announced"
  with a noun object stays no speech; "added that ..., the last time ..., was a
  mistake" is still a row.
* "The city announced a $2-million renovation of the hall where it performs": an
  amount's noun may take an "of" / "to" phrase and a "where" / "when" relative that
  tells which thing (``content._AMOUNT_RELATIVE_RE``); the relative's subject was read
  as a clause said.
* "Two of the company's drivers, Gilles Roe-Paquin and Réjean Aubé, ... The two men
  said": the pair named together may end in an accented letter ("Aubé") and start
  with one ("Élise") (``pair_named._PAIR_NAMED_RE``, ``_PAIR_APPOSED_RE``); the
  speaker stayed "the two men".
* "Ann Roe and Tom Vale have driven the route for years. The two drivers said A": "the
  two <person noun>s" is resolved like "the two" (the last two quoted joined by "and",
  a pair subject, a pair named together: ``pair_mentions.resolve_pair_mention``); it
  stayed the description. Unresolved, it still stays the description.
* 'Asked what changed his mind, he did not hesitate. "A."': a withheld gesture ("did
  not hesitate", "didn't blink", "did not pause", "flinch", "waver") after an "Asked
  ..." lead-in hands the next bare quotation to the one asked, as "he paused" does
  (``asked_gestures._ASKED_GESTURE_RE``); the quotation had no row. Without "Asked"
  there is no row.
* "NAME said he had been approached twice, in the 1990s, and had said no both times":
  a past perfect "had said" after ", and" continues a reported clause that is itself a
  past perfect (``nonspeech._backshifted_conjunct``); it gave a second row "no both
  times". After ", and" a reported clause in the simple past keeps its second frame.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, speaker_of, speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA88 = ROOT / "tests" / "data" / "written_news88"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------------ "added a second shift, the last time ..."


def test_added_a_shift_the_last_time_is_no_speech():
    text = (
        "The sawmill added a night crew in 2019, the last time lumber prices were high, "
        "and at its peak employed 300 people."
    )
    assert speech_rows(text) == []


def test_announced_upgrade_the_first_year_is_no_speech():
    text = (
        "The port announced a $12-million dredging contract in 2021, the first year "
        "container traffic had fallen since the war."
    )
    assert speech_rows(text) == []


def test_added_that_with_the_last_time_stays_speech():
    text = "Mayor Inge Halvorsen-Kuti added that the shutdown in 2019, the last time prices were low, was a mistake."
    assert has_quote(
        text,
        "Halvorsen-Kuti",
        "the shutdown in 2019, the last time prices were low, was a mistake",
    )


# ------------------------------------------------ "a $2-million renovation of the hall where"


def test_renovation_of_the_hall_where_is_no_speech():
    text = "The town announced a $3-million renovation of the arena where it hosts the Bruins."
    assert speech_rows(text) == []


def test_grant_to_the_school_where_is_no_speech():
    text = "The foundation announced a $40,000 grant to the school where she taught for 30 years."
    assert speech_rows(text) == []


def test_announced_that_the_hall_where_stays_speech():
    text = "Coun. Priya Dhaliwal-Stone announced that the hall where the choir sings would close in May."
    assert has_quote(text, "Dhaliwal-Stone", "the hall where the choir sings would close in May")


# ------------------------------------------------ accented pair names


def test_two_men_with_accented_surname():
    text = (
        "Two of the co-op's oldest fishermen, Gaston Leblanc-Ivey and Réjean Doré, were "
        "mending nets on the wharf on Friday. The two men said they had never seen the "
        "harbour so empty in November."
    )
    assert (
        speaker_of(text, "they had never seen the harbour so empty in November")
        == "Gaston Leblanc-Ivey and Réjean Doré"
    )


def test_two_women_with_accented_first_name():
    text = (
        "Élise Marchand-Oduya and Hélène Brisebois ran the food bank for 12 years before it "
        "moved. The two women said the new building was too far from the bus line."
    )
    assert (
        speaker_of(text, "the new building was too far from the bus line")
        == "Élise Marchand-Oduya and Hélène Brisebois"
    )


# ------------------------------------------------ "the two drivers said"


def test_the_two_drivers_are_the_pair_named_before():
    text = (
        "Ann Roe-Kimura and Tom Vale-Ashby have driven the Prévost route since 2004. The two "
        "drivers said the new contract cut their hours in half."
    )
    assert (
        speaker_of(text, "the new contract cut their hours in half")
        == "Ann Roe-Kimura and Tom Vale-Ashby"
    )


def test_the_two_singers_content_before():
    text = (
        "Denise Okafor-Lund and Humphrey Batiste have sung side by side for 19 years. "
        "Nobody believed the director was leaving, the two singers said."
    )
    assert (
        speaker_of(text, "Nobody believed the director was leaving")
        == "Denise Okafor-Lund and Humphrey Batiste"
    )


def test_the_two_drivers_without_a_pair_stay_the_description():
    text = "The two drivers said the new contract cut their hours in half."
    assert speaker_of(text, "the new contract cut their hours in half") == "the two drivers"


# ------------------------------------------------ "Asked ..., he did not hesitate."


def test_asked_he_did_not_hesitate_hands_the_quotation():
    text = (
        "Osric Fairbairn-Nwosu, 71, joined the lawsuit last spring. Asked what changed his "
        "mind, he did not hesitate.\n\n"
        '"My grandson asked me why nobody ever fought back. I had no answer."'
    )
    assert (
        speaker_of(text, "My grandson asked me why nobody ever fought back. I had no answer.")
        == "Osric Fairbairn-Nwosu"
    )


def test_asked_she_didnt_blink_hands_the_quotation():
    text = (
        "Coach Marisol Tveit-Amadi has won three titles in Brandon. Asked whether she would "
        "stay another season, she didn't blink.\n\n"
        '"Of course. Where else would I go?"'
    )
    assert speaker_of(text, "Of course. Where else would I go?") == "Marisol Tveit-Amadi"


def test_did_not_hesitate_without_asked_gives_no_row():
    text = (
        "Osric Fairbairn-Nwosu, 71, joined the lawsuit last spring. He did not hesitate.\n\n"
        '"My grandson asked me why nobody ever fought back."'
    )
    assert all(
        q != "My grandson asked me why nobody ever fought back." for _, _, q in speech_rows(text)
    )


# ------------------------------------------------ ", and had said no"


def test_and_had_said_no_after_a_past_perfect_is_one_row():
    text = (
        "Osric Fairbairn-Nwosu said he had been approached by two law firms, in 2009 and "
        "2015, and had said no both times."
    )
    rows = speech_rows(text)
    assert [q for _, _, q in rows] == ["he had been approached by two law firms, in 2009 and 2015"]


def test_and_had_told_them_no_after_a_past_perfect_is_one_row():
    text = "Wendeline Achebe-Ross said she had been offered the job twice, and had told them no."
    assert [q for _, _, q in speech_rows(text)] == ["she had been offered the job twice"]


def test_and_had_asked_after_a_simple_past_keeps_its_frame():
    text = (
        "The council said its members welcomed the bylaw, and had asked the province to require it."
    )
    quotes = [q for _, _, q in speech_rows(text)]
    assert "its members welcomed the bylaw" in quotes
    assert len(quotes) == 2


# ------------------------------------------------ the batch itself


def test_eightyeighth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA88)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA88)
    assert not {a[0] for a in arts} & earlier


def test_eightyeighth_batch_scores_hold(bench):
    # blind P 0.949 R 0.971 F1 0.960 speaker 0.928 (171 gold); one gold fix (170):
    # P 0.949 R 0.976 F1 0.962 speaker 0.928; after w88's rules P 0.971 R 0.982
    # F1 0.977 speaker 0.934
    res = bench.score(bench.load(DATA88))
    assert res["p"] >= 0.96
    assert res["r"] >= 0.975
    assert res["f1"] >= 0.97
    assert res["speaker"] >= 0.925
