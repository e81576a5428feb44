"""w144's rules (session 45 round 1, the hundred-and-forty-fourth written batch), each
checked on sentences written for this file.

* "Ann Roe was quoted in the Lakeside Gazette as saying A" / "was quoted on the radio as
  saying A": a short phrase opened by "in" or "on" (as "by" before) between a passive
  "quoted" and "as saying" leaves the subject the speaker
  (``nonspeech._passive_quoted_subject``, ``_PASSIVE_QUOTED_PREPS``); the row was lost.
  "was quoted in the Gazette." with no "as saying" gives no row.
* "A, the club said in a statement read to the players after the game." / "A, the firm
  said in a letter sent to staff, citing rising costs.": "read" is a participle of a
  document as "sent" / "posted" were, and a non-speech "-ing" act of the sender may close
  the participle phrase (``sides._DOC_PARTICIPLE_TAIL_RE``, ``sides._DOC_TAIL_ACT``): the
  content is A, before the frame; the participle phrase was taken as the content. A
  speech participle ("..., warning that B") stays a cue of its own.
* "A, the group said, though it added that B" / "A, Ann Roe said, although she added that
  B": a "though"/"although" clause with a subject pronoun and a speech verb of its own
  after an inserted frame is that verb's statement; the frame's content is A
  (``additions._PRONOUN_THEN_CUE_RE`` / ``_own_cue_after_conj``, asked in the insertion
  reader; ``clauses._it_opens_clause`` lets "it" after "though" speak). The whole
  "though it added that B" was taken as the frame's content and the "added" row lost.
  "..., though its members had no training" (no cue) keeps its second row.
* "“Not again!” said Ann Roe when a reporter told her the news at the door. “B.”": a
  "tell" cue whose object is a listener and "the news" closing its clause (or with a
  place or time phrase) reports no words: no row (``told_news.told_the_news``, asked by
  ``clauses._cue_speaker``); the false row also took B from Ann Roe. "told him the news
  that A" and "told her the news was bad" keep their rows.
* "Groupe forestier Belle-Anse, a company ..., said A. ... B, the firm said.": a French
  organisation name of a head, one French adjective and a capitalised name with no
  connector is written whole (``french_org_names._FRENCH_ADJ_NAME_RE``, asked by
  ``french_name_written``), and "groupe" is a French head that "the group" / "the firm" /
  "the company" may stand for (resources/french_org_heads.txt); "the firm" stayed
  unresolved. An English word after the head ("Groupe said Belle") is no name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA144 = ROOT / "tests" / "data" / "written_news144"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------- rule 1: "was quoted in the X as saying"


def test_quoted_in_the_paper_as_saying_is_the_subjects():
    t = (
        "The clerk, Ann Roe, was quoted in the Lakeside Gazette as saying the hall "
        "would close in May."
    )
    assert speech_rows(t) == [("Ann Roe", "saying", "the hall would close in May")]


def test_quoted_on_the_radio_as_saying_is_the_subjects():
    t = "Tom Vale was quoted on the radio as saying the ferry would run twice a day."
    assert speech_rows(t) == [("Tom Vale", "saying", "the ferry would run twice a day")]


def test_quoted_in_the_paper_without_as_saying_is_no_row():
    t = "Ann Roe was quoted in the Lakeside Gazette. She said the hall would close in May."
    assert speech_rows(t) == [("Ann Roe", "said", "the hall would close in May")]


# ------------------------------------- rule 2: a document's participle, then an act


def test_statement_read_to_the_players_leaves_the_content_before():
    t = (
        "The Lakers will not finish the season, the club said in a statement read to "
        "the players after the game."
    )
    assert speech_rows(t) == [("the club", "said", "The Lakers will not finish the season")]


def test_letter_sent_then_citing_leaves_the_content_before():
    t = (
        "The plant will close in May, the firm said in a letter sent to staff, citing "
        "rising costs and a shortage of logs."
    )
    assert speech_rows(t) == [("the firm", "said", "The plant will close in May")]


def test_letter_sent_then_warning_that_keeps_its_own_row():
    t = (
        "The plant will close in May, the firm said in a letter sent to staff, warning "
        "that prices would rise."
    )
    rows = speech_rows(t)
    assert ("the firm", "said", "The plant will close in May") in rows
    assert ("the firm", "warning", "prices would rise") in rows


# ------------------------------------------- rule 3: ", though it added that B"


def test_though_it_added_that_is_its_own_row():
    t = (
        "The dam is safe, the alliance said, though it added that its members had no "
        "training with chainsaws."
    )
    rows = speech_rows(t)
    assert ("the alliance", "said", "The dam is safe") in rows
    assert ("the alliance", "added", "its members had no training with chainsaws") in rows
    assert len(rows) == 2


def test_although_she_added_that_is_her_own_row():
    t = "The dam is safe, Ann Roe said, although she added that the gates were old."
    rows = speech_rows(t)
    assert ("Ann Roe", "said", "The dam is safe") in rows
    assert ("Ann Roe", "added", "the gates were old") in rows


def test_though_without_a_cue_keeps_the_second_part():
    t = "The dam is safe, the alliance said, though its members had no training."
    rows = speech_rows(t)
    assert ("the alliance", "said", "though its members had no training") in rows


# --------------------------------------------------- rule 4: "told her the news"


def test_told_her_the_news_is_no_row_and_keeps_the_next_quote():
    t = (
        "“Not again!” said Ann Roe when a reporter told her the news at the door. "
        "“We did this already.”"
    )
    assert speech_rows(t) == [
        ("Ann Roe", "said", "Not again!"),
        ("Ann Roe", "said", "We did this already."),
    ]


def test_told_a_named_listener_the_news_is_no_row():
    assert speech_rows("Ann Roe told Tom Vale the news on Friday.") == []


def test_told_the_news_that_keeps_its_row():
    rows = speech_rows("Ann Roe told him the news that the mill had closed.")
    assert rows == [("Ann Roe", "told", "the news that the mill had closed")]
    assert speech_rows("Ann Roe told him the news was bad.") == [
        ("Ann Roe", "told", "the news was bad")
    ]


# ------------------------------------- rule 5: "Groupe forestier Belle-Anse ... the firm"


def test_the_firm_after_a_french_name_without_connector():
    t = (
        "Groupe agricole Val-Brillant, a company formed by two families, said it had "
        'bought the dairy.\n\n"We are happy," said Ann Roe, the group\'s president.'
        "\n\nThe first milk will ship in May, the firm said in a news release."
    )
    rows = speech_rows(t)
    assert ("Groupe agricole Val-Brillant", "said", "The first milk will ship in May") in rows


def test_french_adjective_name_is_written_whole_but_not_an_english_run():
    from analysis.quotes.french_org_names import french_name_written

    t = "the Groupe forestier Belle-Anse said"
    assert french_name_written(t, 4) == "Groupe forestier Belle-Anse"
    assert french_name_written("the Groupe said Belle-Anse was sold", 4) is None


# ------------------------------------------------------------------- the set itself


def test_hundredfortyfourth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA144)
    assert len(arts) == 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 140
    earlier = _ids_before(bench, DATA144)
    assert not {a[0] for a in arts} & earlier


def test_hundredfortyfourth_batch_scores_hold(bench):
    # blind P 0.986 R 0.965 F1 0.975 speaker 0.978 (144 gold); after w144's rules
    # P 1.000 R 1.000 F1 1.000 speaker 0.986
    res = bench.score(bench.load(DATA144))
    assert res["p"] >= 0.99
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.98
