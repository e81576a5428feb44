"""w130's rules (session 42, the hundred-and-thirtieth written batch), each checked on
sentences written for this file.

* 'A statement posted on the clinic's front door read: "..."' / 'A notice taped to the
  gate reads "..."': a written message (statement, notice, letter, note, memo ...) put
  up on a door, a window, a wall, a gate or a fence is a sign, whose words are shown,
  not said: the colon lead-in or the cue "read(s)" gives no row
  (``display_texts.posted_display``, asked by ``display_lead_in`` and
  ``display_reader``); it was a row of "a statement". A statement the speaker "said in
  a statement posted on its website" and a statement "posted online" keep their rows.
* "The captain added two goals in the third period of that game, and the Hawks had led":
  "that"/"this" right after a preposition and before a lower-case word is a determiner
  of the object's phrase, no clause word (``content._prep_demonstrative``, in
  ``content._is_object_np``); it was a row of the captain. "added that the game was
  lost" keeps its row.
* "The plan to sell tickets (she said) was never costed, because ...": a short
  attribution in round brackets between two words of one sentence reads like the same
  frame set off by commas (``paren_frames.comma_paren_frames`` writes its brackets as
  commas in the masked text, ``paren_frames.bracket_trimmed`` drops the bracket from
  the left side): two rows of the pronoun's or the name's speaker; it was no row, or a
  row of the sentence's subject. Brackets around anything else ("(D-Ohio)", "(the
  second in a year)") are left alone.
* "..., workers at a greenhouse operation east of Dunmore said in a complaint": a place
  noun that is itself the object of a people noun ("workers at a farm in Dunmore") is
  walked past to the people noun, the head of the speaker phrase
  (``np_left._placed_head``, asked by ``np_left._left_np1``); the speaker was the town
  ("Dunmore") and the lede's content was lost. A place phrase of a thing ("the price of
  a house in Dunmore"), a counted group ("Eleven seasonal workers at an orchard in X",
  ``_counted_group_start``'s) and "farmers east of Yorkton" keep their readings.
* "A, the volunteer group that maintains it said Tuesday.\n\nThe Orrin Creek Watershed
  Society said B": a lede body described by a clause may carry up to two lower-case
  modifiers before its head ("the volunteer group") and is still the organisation the
  next paragraph's first statement names (``lede_body_clause_next._THE_HEAD_RE``); it
  stayed "the volunteer group". A person speaking next leaves the description.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.quotes.content import _is_object_np
from analysis.quotes.display_texts import posted_display
from analysis.quotes.lexicon import lexicon
from analysis.quotes.np_left import _placed_head
from analysis.quotes.paren_frames import comma_paren_frames
from tests._quote_rows import speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA130 = ROOT / "tests" / "data" / "written_news130"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------------ a statement posted on a door is a sign


def test_statement_posted_on_a_door_is_no_row():
    t = (
        "The Larkspur clinic closed early on Tuesday. A statement posted on the clinic's "
        "front door on Tuesday evening read: “Closed until further notice. For urgent "
        "care, go to the hospital in Dunmore.”"
    )
    assert speech_rows(t) == []


def test_notice_taped_to_a_gate_reads_is_no_row():
    t = 'A notice taped to the gate of the Orrin Street pool reads "Closed for repairs until June."'
    assert speech_rows(t) == []


def test_statement_said_by_the_speaker_keeps_its_row():
    t = (
        "Quillfeather Mills said in a statement posted on its website: “We will rehire "
        "every worker when the line restarts.”"
    )
    rows = speech_rows(t)
    assert [(s, q) for s, _, q in rows] == [
        ("Quillfeather Mills", "We will rehire every worker when the line restarts.")
    ]


def test_posted_display_helper():
    assert posted_display("A statement posted on the clinic's front door on Monday read")
    assert posted_display("The notice pinned to the bulletin board reads")
    assert not posted_display("The mill said in a statement posted on its website")
    assert not posted_display("A statement posted online by the mill read")
    assert not posted_display("A letter sent to every parent on Monday read")


# ------------------------------------------- "added two goals ... of that game": a trap


def test_added_goals_of_that_game_is_no_row():
    t = (
        "The Hawks lost 5-4 in overtime. Their captain, Milo Brandt-Oyelowo, added two "
        "goals in the third period of that game, and the Hawks had led 4-2 with six "
        "minutes left."
    )
    assert [r for r in speech_rows(t) if r[1] == "added"] == []


def test_added_that_the_game_was_lost_keeps_its_row():
    t = "Milo Brandt-Oyelowo added that the game in Dunmore was lost in the third period."
    rows = speech_rows(t)
    assert [(s, q) for s, _, q in rows] == [
        ("Milo Brandt-Oyelowo", "the game in Dunmore was lost in the third period")
    ]


def test_object_np_with_a_prepositional_demonstrative():
    t = "two goals in the third period of that game"
    assert _is_object_np(t, 0, len(t), "add")
    t = "two goals that the coach called lucky were enough"
    assert not _is_object_np(t, 0, len(t), "add")


# ------------------------------------------------ "The plan (she said) was never costed"


def test_bracketed_pronoun_frame_gives_both_sides():
    t = (
        "Ann Roe-Tessier chairs the Dunmore fair board. The plan to sell tickets (she said) "
        "was never costed, because nobody expected to need one."
    )
    assert [(s, q) for s, _, q in speech_rows(t)] == [
        ("Ann Roe-Tessier", "The plan to sell tickets"),
        ("Ann Roe-Tessier", "was never costed, because nobody expected to need one"),
    ]


def test_bracketed_name_frame_gives_both_sides():
    t = "The cost of the Larkspur roof (Ann Roe-Tessier says) doubled in a single year."
    assert [(s, q) for s, _, q in speech_rows(t)] == [
        ("Ann Roe-Tessier", "The cost of the Larkspur roof"),
        ("Ann Roe-Tessier", "doubled in a single year"),
    ]


def test_other_brackets_are_left_alone():
    t = "Ann Roe (D-Ohio) said the plan (the second in a year) was dead."
    assert [(s, q) for s, _, q in speech_rows(t)] == [
        ("Ann Roe", "the plan (the second in a year) was dead")
    ]
    assert comma_paren_frames(t) == t
    # a bracketed frame at the end of its sentence is no insertion: left alone
    t = "The plan was dead (she said)."
    assert comma_paren_frames(t) == t


# ------------------------------- "workers at a greenhouse operation east of Dunmore said"


def test_workers_at_a_place_east_of_a_town_are_the_speaker():
    t = (
        "DUNMORE, Ont. — The bunkhouse has one shower for 30 people, workers at a "
        "greenhouse operation east of Dunmore said in a complaint filed with the town "
        "this week."
    )
    rows = speech_rows(t)
    assert len(rows) == 1
    speaker, _, quote = rows[0]
    assert speaker.startswith("workers")
    assert quote == "The bunkhouse has one shower for 30 people"


def test_workers_at_a_farm_in_a_town_are_the_speaker():
    t = "Wages were cut twice, nurses at a clinic in Larkspur said Monday."
    rows = speech_rows(t)
    assert [(s.split()[0], q) for s, _, q in rows] == [("nurses", "Wages were cut twice")]


def test_placed_head_helper_keeps_things_and_compass_groups():
    lex = lexicon()
    t = [(0, 0, w) for w in "workers at a greenhouse operation east of Dunmore".split()]
    assert _placed_head(t, 6, lex) == (1, 0)
    t = [(0, 0, w) for w in "farmers east of Yorkton".split()]
    assert _placed_head(t, 2, lex) == (2, 0)
    # a thing's place: "the price of a house in Dunmore" is no people noun's phrase
    t = [(0, 0, w) for w in "the price of a house in Dunmore".split()]
    assert _placed_head(t, 5, lex) == (5, 4)
    # a counted group is the count's rule's ("Eleven seasonal workers" stays the speaker)
    t = [(0, 0, w) for w in "Eleven seasonal workers at an orchard in Oliver".split()]
    assert _placed_head(t, 6, lex) == (6, 5)


# ------------------------ "the volunteer group that maintains it said" named next


_DAM = (
    "Dam closed\n\nDUNMORE, Ont. — The Orrin Creek dam will stay shut until spring, the "
    "volunteer group that maintains it said Tuesday.\n\n"
)


def test_lede_volunteer_group_is_the_body_named_next():
    t = _DAM + "The Orrin Creek Watershed Society said repairs would cost about $90,000."
    rows = speech_rows(t)
    assert [(s, q) for s, _, q in rows][0] == (
        "Orrin Creek Watershed Society",
        "The Orrin Creek dam will stay shut until spring",
    )


def test_lede_volunteer_group_stays_when_a_person_speaks_next():
    t = _DAM + "Ann Roe-Tessier said repairs would cost about $90,000."
    rows = speech_rows(t)
    assert rows[0][0] == "the volunteer group"
    assert rows[1][0] == "Ann Roe-Tessier"


# ------------------------------------------------------------------- the set itself


def test_hundredthirtieth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA130)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 130
    earlier = _ids_before(bench, DATA130)
    assert not {a[0] for a in arts} & earlier


def test_hundredthirtieth_batch_scores_hold(bench):
    # blind P 0.977 R 0.985 F1 0.981 speaker 0.962 (132 gold); gold fix (three unnamed
    # "a spokesperson for ORG" rows are ORG; the bracketed frame split, 133 gold): P 0.992
    # R 0.977 F1 0.985 speaker 0.977; after w130's rules P 1.000 R 0.992 F1 0.996 speaker 0.992
    res = bench.score(bench.load(DATA130))
    assert res["p"] >= 0.995
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.995
    assert res["speaker"] >= 0.99
