"""w134's rules (session 43 round 1, the hundred-and-thirty-fourth written batch), each
checked on sentences written for this file.

* "The league's head coach, Ivo Marrak-Tell, spoke to the Ledger by phone." before a
  "Q:"/"A:" interview: a name set off by commas after a lower-case description in the
  lead-in (the last paragraph before the first question) is the interviewee, even when
  its first word is no listed given name (``lead_in_apposition.lead_in_apposition``,
  asked by ``transcripts._interviewee``); the answers went to a person with a listed
  given name named more often earlier. A name in apposition outside the lead-in
  paragraph, or after a capitalised word ("In Port Alder, NAME"), keeps the old reading.
* "The Ontario Provincial Police detachment in Geraldton said A": "detachment" is an
  organisation noun of the lexicon (``resources/speaker_nouns.txt``), so the place after
  "in" is no longer the speaker; "Police in Geraldton said A" keeps its speaker.
* "A, the company said Wednesday, and some residents worry B" / "..., and critics say
  B": a plural people noun (after at most a quantifier and a modifier) with a speech cue
  or a verb of worry or belief of its own after the frame's conjunction makes B no second
  row of the first speaker (``group_minds_after.group_mind_after``, asked by
  ``additions._other_speaker_after``). "..., and residents will get a letter" keeps the
  second row.
* "Janelle Roe and her brother, Rodney Roe, run a trucking company. The two said A":
  two full names with a kin noun in apposition to the second are the pair a later "the
  two" / "both" stands for (``pair_kin_apposed_named.kin_apposed_pairs``, asked by
  ``pair_named.named_pair_before``); it was "the two". A non-kin noun ("and her lawyer,
  NAME") keeps "the two".
* "Lakefront residents say A. At the meeting, several of them said B": a plural
  partitive of "them" ("several", "some", "many", "most", "all", "a few" of them) is the
  group quoted right before (``partitive_them.partitive_them_speakers``, a pass of
  ``coref``); it was "several of them". A person quoted between, or a named pair before,
  keeps the mention.
* '"A," the plant manager told a meeting. ... Plant manager Ida Roe, who ran the floor
  ..., said B': a definite description of two or three words ending in a job noun is the
  new full name a title run of the same words introduces within 2,500 characters after
  it (``title_named_further.title_named_further``, a pass of ``coref``); it was the
  plant's former owner named nearby. Another job ("Assistant plant manager NAME") keeps
  the old reading; a surname written before the description and a one-word title ("the
  mayor": many people hold it) are left to the other rules.
* "The mill will close, its owner said Monday.\n\nNorland Pulp Corp., a company that
  bought the mill in 2019, said ...": an apposition with a verb of owning ("bought",
  "owns", "acquired") echoes the lede's "its owner" as a verb of running does
  (``resources/lede_body_echoes.txt``, read by ``lede_body_apposed_next``); it was "its
  owner". An apposition with no such verb keeps "its owner".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, quote_rows, speaker_of, speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA134 = ROOT / "tests" / "data" / "written_news134"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------------- Q&A lead-in "The coach, NAME, spoke"

_QA_BEFORE = (
    "PORT ALDER — The arena will close for repairs in March, the town said.\n\n"
    "Lorraine Vasko-Penn and her husband, Gil Vasko-Penn, run the canteen. Lorraine "
    "Vasko-Penn said the canteen would lose its best month.\n\n"
)
_QA_AFTER = (
    "Q: How did the players hear about it?\n\n"
    "A: From the radio, like everybody else.\n\n"
    "Q: Where will they practise?\n\n"
    "A: Two towns over, at six in the morning.\n"
)


def _answer_speakers(text):
    rows = quote_rows(text, "speaker", "quote")
    return {s for s, q in rows if q.startswith(("From the radio", "Two towns over"))}


def test_lead_in_apposed_name_answers_the_questions():
    t = (
        _QA_BEFORE + "The league's head coach, Ivo Marrak-Tell, spoke to the Ledger by phone "
        "on Friday. The interview has been edited.\n\n" + _QA_AFTER
    )
    assert _answer_speakers(t) == {"Ivo Marrak-Tell"}


def test_apposed_name_outside_the_lead_in_keeps_the_old_reading():
    t = (
        "PORT ALDER — The league's head coach, Ivo Marrak-Tell, said the arena would "
        "close.\n\n"
        + _QA_BEFORE[_QA_BEFORE.index("Lorraine") :]
        + "The interview has been edited for length.\n\n"
        + _QA_AFTER
    )
    assert "Ivo Marrak-Tell" not in _answer_speakers(t)


# ---------------------------------------------- "The OPP detachment in Geraldton said"


def test_detachment_in_a_place_is_the_speaker():
    t = (
        "Tom Bellweather said the road was icy. The Ontario Provincial Police detachment "
        "in Nakina said it had closed the highway overnight."
    )
    rows = speech_rows(t)
    assert [s for s, _, q in rows if q.startswith("it had closed")] == [
        "the Ontario Provincial Police detachment in Nakina"
    ]


def test_police_in_a_place_keeps_its_speaker():
    t = "Police in Nakina said the driver was not hurt."
    assert has_quote(t, "Police in Nakina", "the driver was not hurt")


# ------------------------------------- "A, the company said, and some residents worry B"


def test_residents_worry_after_the_frame_is_no_row():
    t = (
        "A camp for 500 workers will open in May, the company said Tuesday, and some "
        "residents worry the clinic in Nakina will not cope."
    )
    assert [q for _, _, q in speech_rows(t)] == ["A camp for 500 workers will open in May"]


def test_critics_say_after_the_frame_is_the_critics_row():
    t = (
        "A camp for 500 workers will open in May, the company said Tuesday, and local "
        "critics say the clinic in Nakina will not cope."
    )
    rows = speech_rows(t)
    assert not any(s == "the company" and "clinic" in q for s, _, q in rows)
    assert has_quote(t, "critics", "the clinic in Nakina will not cope")


def test_residents_without_a_verb_of_their_own_keep_the_second_row():
    t = (
        "A camp for 500 workers will open in May, the company said Tuesday, and "
        "residents will get a letter about it next week."
    )
    assert has_quote(t, "company", "and residents will get a letter about it next week")


# ------------------------------------ "NAME and her brother, NAME, run ... The two said"


def test_kin_apposed_pair_is_the_two():
    t = (
        "Janelle Okoro-Vance and her brother, Rodney Okoro-Vance, run a two-truck company "
        "out of Nakina. The two said they cross the border before dawn."
    )
    rows = speech_rows(t)
    assert [s for s, _, q in rows if q.startswith("they cross")] == [
        "Janelle Okoro-Vance and Rodney Okoro-Vance"
    ]


def test_non_kin_apposition_keeps_the_two():
    t = (
        "Janelle Okoro-Vance and her lawyer, Rodney Tellier, run a two-truck company "
        "out of Nakina. The two said they cross the border before dawn."
    )
    rows = speech_rows(t)
    assert [s for s, _, q in rows if q.startswith("they cross")] == ["the two"]


# ------------------------------------------- "Residents say A. Several of them said B"


def test_several_of_them_is_the_group_before():
    t = (
        "Lakeside parents say the buses run late. At the meeting, several of them said "
        "their children had missed the first class."
    )
    rows = speech_rows(t)
    assert [s for s, _, q in rows if q.startswith("their children")] == ["Lakeside parents"]


def test_several_of_them_after_a_person_keeps_the_mention():
    t = (
        "Lakeside parents say the buses run late. Ann Roe-Tessier said the road was icy. "
        "Several of them said their children had missed the first class."
    )
    rows = speech_rows(t)
    assert [s for s, _, q in rows if q.startswith("their children")] == ["several of them"]


# ----------------------------- '"A," the plant manager said. ... Plant manager NAME said'

_PLANT = (
    "The fish plant in Port Alder has been sold to Norland Foods Ltd. The plant's former "
    "owner, Bayside Processors, reported a loss of $2 million last year.\n\n"
    '"We will need more crab," the plant manager told a meeting on Wednesday.\n\n'
    "Norland's chief executive, Wendell Sampson-Ng, said the company had signed "
    "supply deals.\n\n"
)


def test_description_named_by_the_same_title_later():
    t = (
        _PLANT
        + "Plant manager Ida Kerrigan-Oyo, who ran the floor for 11 years, said the lines were ready."
    )
    assert speaker_of(t, "We will need more crab") == "Ida Kerrigan-Oyo"


def test_another_title_keeps_the_old_reading():
    t = _PLANT + "Assistant plant manager Ida Kerrigan-Oyo said the lines were ready."
    assert speaker_of(t, "We will need more crab") != "Ida Kerrigan-Oyo"


# ------------------------------ "..., its owner said.\n\nNAME Corp., a company that bought"

_OWNER_LEDE = "Pellet mill to close\n\nThe pellet mill in Port Alder will close in May, its owner said Monday.\n\n"


def test_owner_named_next_by_a_buying_apposition():
    t = _OWNER_LEDE + (
        "Norland Pulp Corp., a private company that bought the mill in 2019, said in a "
        "release that prices had fallen."
    )
    assert speaker_of(t, "The pellet mill in Port Alder will close in May") == "Norland Pulp Corp."


def test_owner_without_an_echoing_apposition_keeps_its_owner():
    t = _OWNER_LEDE + (
        "Norland Pulp Corp., a private company based in Thunder Bay, said in a release "
        "that prices had fallen."
    )
    assert speaker_of(t, "The pellet mill in Port Alder will close in May") == "its owner"


# ------------------------------------------------------------------- the set itself


def test_hundredthirtyfourth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA134)
    assert len(arts) == 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 155
    earlier = _ids_before(bench, DATA134)
    assert not {a[0] for a in arts} & earlier


def test_hundredthirtyfourth_batch_scores_hold(bench):
    # first contact P 0.981 R 0.981 F1 0.981 speaker 0.931 (162 gold); gold fixes (160):
    # P 0.981 R 0.994 F1 0.988 speaker 0.931; after w134's rules: see the README
    res = bench.score(bench.load(DATA134))
    assert res["p"] >= 0.985
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.96


def test_title_named_further_skips_a_title_two_people_hold():
    """title_named_further: "the ferry captain said" stays the noun when the article
    writes the same title before two different names (it cannot tell which one)."""
    text = (
        "The crossing will close for a week, the ferry captain said Monday.\n\n"
        "The company posted the schedule online.\n\n"
        "Ferry captain Ada Lund and ferry captain Rolf Berg met the council."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("the ferry captain", "The crossing will close for a week") in rows
    one = text.replace(" and ferry captain Rolf Berg", "")
    assert ("Ada Lund", "The crossing will close for a week") in quote_rows(one, "speaker", "quote")
