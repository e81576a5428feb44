"""w77's rules (session 32, the seventy-seventh written batch), each checked on sentences
written for this file.

* '"...," she said' opening a paragraph right after a paragraph of narration with no
  statement that names a person only by the name she gave ("a commuter who gave her name
  only as Dolores shook her head.") is that name when the possessive has the pronoun's
  gender (``apposed_paragraphs._paragraph_name_only``); it was the person quoted before,
  or the bare description ("a fan").
* "mused" is a reporting verb ("Coun. Ann Roe, who sits on ..., mused that A";
  ``resources/reporting_verbs.txt``); it gave no row, or a row of "asked by reporters"
  placed between the name and the verb.
* "The union's president, Jo Ray," (an apposition whose president a possessive or an
  organisation noun owns) is no plain (country's) president
  (``titles._owned_apposed_president``): "the union president said" earlier in the
  article went to that later-named Jo Ray as "the sitting president" instead of the
  union president named before it.
* "She acknowledged that the board could have done better, and said B": a cue after ", and"
  whose speaker phrase lies inside the reported clause of the cue before it (ending at
  that comma) takes that cue's speaker (``conjoined_cues.conjoined_cue_speakers``); it
  was "the board".
* "The lead plaintiff, retired welder Edna Vail of Barrie, recalled that": an apposed name
  after a lower-case "-ed" modifier and a lower-case noun, with a home town after it, is
  the speaker (``apposed_speakers._apposition_speaker``: the ", dated May 4," guard no
  longer takes "retired welder"); it was "The lead plaintiff", and the "she said" after
  it went to the person quoted before.
* "A, the bank said in a notice posted on the doors of its Eston, Kerrobert and Unity
  branches, adding that B": a participle on the document may hold a list of capitalised
  names (``sides._DOC_PARTICIPLE_TAIL_RE``), so the content is A; it was the participle
  phrase, and A was missed.
* "The 24-year-old from Guelph, running her first marathon, said A": an apposition
  segment "the <age> ..." is the speaker when no other segment is
  (``apposed_speakers._apposition_speaker``); the sentence gave no row.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speech_rows


def test_name_only_person_of_narration_paragraph_speaks_next():
    text = (
        "Mayor Ann Lee said the bridge would reopen in May.\n\n"
        '"It is safe," she said.\n\n'
        "At the bus stop, a commuter who gave her name only as Dolores shook her head.\n\n"
        '"I have waited three years for that bridge," she said. "Three years."'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert [s for s, q in rows if "three years" in q.lower()] == [
        "Dolores",
        "Dolores",
    ]


def test_name_only_man_after_described_fan():
    text = (
        "Coach Tom Reid said the team had played badly.\n\n"
        '"We were slow," he said.\n\n'
        "Outside the rink, a fan who gave his name only as Rémi stood in the cold.\n\n"
        '"I paid for these tickets," he said.'
    )
    assert [s for s, q in quote_rows(text, "speaker", "quote") if "tickets" in q] == ["Rémi"]


def test_name_only_of_other_gender_is_not_taken():
    text = (
        "Coach Tom Reid said the team had played badly.\n\n"
        "Outside the rink, a fan who gave her name only as Lucie stood in the cold.\n\n"
        '"We were slow," he said.'
    )
    assert [s for s, q in quote_rows(text, "speaker", "quote") if "slow" in q] != ["Lucie"]


def test_mused_is_a_reporting_verb():
    text = "Coun. Bob Kerr, who sits on the finance committee, mused that the levy was a gift."
    assert speech_rows(text) == [("Bob Kerr", "mused", "the levy was a gift")]


def test_mused_after_quotation():
    text = '"Maybe I will learn to fish," Ann Lee mused.'
    assert quote_rows(text, "speaker", "quote") == [("Ann Lee", "Maybe I will learn to fish")]


def test_owned_apposed_president_is_no_sitting_president():
    text = (
        "The president of the Alberta Nurses' Union, Ann Lee, said the wards were full.\n\n"
        '"We are tired," the union president said.\n\n'
        "The union's president, Jo Ray, said the teachers were tired too."
    )
    assert quote_rows(text, "speaker", "quote")[1] == ("Ann Lee", "We are tired")


def test_plain_apposed_president_still_sits():
    text = (
        "The president, Jo Ray, signed the bill on Monday.\n\n"
        '"It is a good day," the president said.'
    )
    assert quote_rows(text, "speaker") == [("Jo Ray",)]


def test_conjoined_cue_after_reported_clause_keeps_the_speaker():
    text = (
        "Ann Lee said the plan was ready.\n\n"
        "She acknowledged that the board could have explained the rules better, and said "
        "a meeting would be held in June."
    )
    assert speech_rows(text)[1:] == [
        ("Ann Lee", "acknowledged", "the board could have explained the rules better"),
        ("Ann Lee", "said", "a meeting would be held in June"),
    ]


def test_new_subject_after_and_still_speaks():
    text = "Ann Lee said the board had met, and the board said the vote would wait."
    assert [s for s, _c, _q in speech_rows(text)] == ["Ann Lee", "the board"]


def test_retired_job_name_of_town_in_apposition():
    text = (
        "Lawyer Dan Moss said the firm would appeal.\n\n"
        "The lead plaintiff, retired welder Edna Vail of Barrie, recalled that she had "
        "waited a year for the money.\n\n"
        '"I am 80," she said.'
    )
    assert [s for s, _q in quote_rows(text, "speaker", "quote")] == [
        "Dan Moss",
        "Edna Vail",
        "Edna Vail",
    ]


def test_dated_aside_is_still_no_speaker():
    text = "The letter, dated May 4, said the plant would close."
    assert [s for s, _c, _q in speech_rows(text)] == ["the letter"]


def test_document_participle_with_a_list_of_places_is_no_content():
    text = (
        "Customers are choosing to bank online, the bank said in a notice posted on the "
        "doors of its Eston, Kerrobert and Unity branches, adding that it would stay."
    )
    assert speech_rows(text) == [
        ("the bank", "said", "Customers are choosing to bank online"),
        ("the bank", "adding", "it would stay"),
    ]


def test_said_before_a_listed_clause_keeps_the_content_after():
    text = "The bank said in a notice that Eston, Kerrobert and Unity would keep branches."
    assert [q for _s, _c, q in speech_rows(text)] == [
        "Eston, Kerrobert and Unity would keep branches"
    ]


def test_aged_description_from_town_before_participle_aside():
    text = (
        "Ann Lee won the race.\n\n"
        "The 24-year-old from Guelph, running her first marathon, said she had planned "
        "to drop out."
    )
    assert speech_rows(text)[-1:] == [("Ann Lee", "said", "she had planned to drop out")]
