"""fuzz69's findings (session 44, fuzzing round 2 and offset hygiene with
benchmarks/quotes_fuzz.py), each checked on sentences written for this file.

* "İ".lower() is two characters ("i" and a combining dot above): a position found in
  ``text.lower()`` is not the same position of ``text`` after an "İ". Every rule that
  searched a lowered copy and then used its positions on the text lowers it with
  ``analysis._lower.lower_aligned`` (one character per character, "İ" -> "i"):
  - ``office_holders.role_first_named`` -- "İzmir news. ... The premier's office said
    the premier was away.": the position of "premier" (it was one to the right);
  - ``transcripts._full_names`` / ``_head_lower`` -- "İSTANBUL — Press Secretary Ann
    Roe briefed reporters. MS. ROE: ...": the turns of "MS. ROE" are Ann Roe's (they
    were "Ms. Roe": the full name was read one character off);
  - ``role_places._head_link_in`` -- "Fans from İzmir cheered. Ann Roe, a 12-year
    veteran, scored. "We won," the veteran said.": "the veteran" is Ann Roe (it was
    left "the veteran");
  - ``org_only_kind.company_echoed`` -- a company name after a run of "İ": the name
    itself is no echo of "the <word>" (the lowered copy was cut too early);
  - ``sides._mention_at`` -- "a nurse from İzmir who asked not to be named said": the
    mention "a nurse from İzmir" (as for "Izmir"; it was no mention).
  Each has the same reading with a plain "I" (the negative cases).
* "Q Will it be safe?" -- a bare "Q" turn label (no colon) of a transcript: its cue is
  the letter "Q" on the label (``transcripts._merge_article``); the cue ":" sat on the
  space after the label. "Q: ..." and "MS. ROE: ..." keep the cue ":" on their colon.
* The driver (``benchmarks/quotes_fuzz.py``): the new mutations keep the contract on
  own sentences; a frame of several articles gives each article the rows it gets alone;
  an input over the per-input time limit is reported (the worker is killed), not waited
  for.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from analysis import extract_quotes
from analysis._lower import lower_aligned
from analysis.quotes.office_holders import role_first_named
from analysis.quotes.org_only_kind import company_echoed
from analysis.quotes.sides import _mention_at
from analysis.transcripts import _full_names

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import quotes_fuzz  # noqa: E402


def _rows(text):
    return extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))


# --- lower_aligned ----------------------------------------------------------------------


def test_only_dotted_capital_i_lowers_to_two_characters():
    long = [c for c in range(sys.maxunicode + 1) if len(chr(c).lower()) != 1]
    assert long == [0x130]  # (lower_aligned's fast path rests on this)


def test_lower_aligned_keeps_length_and_agrees_with_lower():
    rng = random.Random(5)
    alphabet = "AbİıIißẞﬁÉé Ǆǅ ΣΩ\u0307x"
    for _ in range(200):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        low = lower_aligned(s)
        assert len(low) == len(s)
        assert low == s.replace("İ", "i").lower()
        if "İ" not in s:
            assert low == s.lower()


# --- positions of a lowered copy --------------------------------------------------------


@pytest.mark.parametrize("first", ["İ", "I"])
def test_role_first_named_position_after_dotted_i(first):
    text = f"{first}zmir news. Ann Roe spoke. The premier's office said the premier was away."
    pos = role_first_named(text, "The premier")
    assert pos == text.index("the premier was") + 4
    assert text[pos : pos + 7] == "premier"


@pytest.mark.parametrize("first", ["İ", "I"])
def test_full_names_after_dotted_i(first):
    text = f"{first}stanbul bureau. Press Secretary Ann Roe spoke on Monday."
    assert dict(_full_names("Roe", text)) == {"Ann Roe": 1}


@pytest.mark.parametrize("dateline", ["İSTANBUL", "ISTANBUL"])
def test_transcript_turns_named_after_dotted_i_dateline(dateline):
    text = (
        f"{dateline} — Press Secretary Ann Roe briefed reporters.\n\nMS. ROE: Good afternoon."
        "\n\nQ Thanks. Will you go?\n\nMS. ROE: Sure, we will go there."
    )
    f = _rows(text)
    roe = f[f.speaker_mention == "MS. ROE"]
    assert len(roe) == 2 and set(roe.speaker) == {"Ann Roe"}


@pytest.mark.parametrize("place", ["İzmir", "Izmir"])
def test_head_link_after_dotted_i(place):
    text = f'Fans from {place} cheered. Ann Roe, a 12-year veteran, scored. "We won," the veteran said.'
    f = _rows(text)
    assert f.speaker.tolist() == ["Ann Roe"]
    assert f.speaker_mention.tolist() == ["the veteran"]


@pytest.mark.parametrize("first", ["İ", "I"])
def test_company_name_itself_is_no_echo_after_dotted_i(first):
    text = first * 20 + " The Railway Group said on Monday its chief left."
    assert company_echoed(text, "The Railway Group", len(text)) is False
    echoed = text + " The railway's president spoke."
    assert company_echoed(echoed, "The Railway Group", len(echoed)) is True


@pytest.mark.parametrize("place", ["İzmir", "Izmir"])
def test_who_head_mention_with_dotted_i(place):
    text = f"In March, a nurse from {place} who asked not to be named said the ward was full."
    doc = SimpleNamespace(text=text)
    cue = SimpleNamespace(cs=text.index(" said") + 1)
    ms, me = text.index("a nurse"), text.index(" said") + 5
    got = _mention_at(doc, cue, (ms, me), None)
    assert got == (f"a nurse from {place}", ms, ms + len(f"a nurse from {place}"))


def test_who_head_mention_without_say_verb_unchanged():
    text = "In March, a nurse from İzmir spoke to the ward."
    doc = SimpleNamespace(text=text)
    cue = SimpleNamespace(cs=text.index(" spoke") + 1)
    ms, me = text.index("a nurse"), text.index(" spoke")
    assert _mention_at(doc, cue, (ms, me), None) == ("a nurse from İzmir", ms, me)


# --- a bare "Q" turn: its cue on the letter -----------------------------------------------

_BRIEFING = (
    "MS. VARENKO: We open the pier on Friday.\n\nQ{sep}Will it be safe for the children?"
    "\n\nMS. VARENKO: It will be safe for everyone.\n\nQ{sep}And the cost to us?"
    "\n\nMS. VARENKO: We pay it."
)


@pytest.mark.parametrize("sep", [" ", "  ", "\t", " -- "])
def test_bare_q_turn_cue_on_its_letter(sep):
    text = _BRIEFING.format(sep=sep)
    f = _rows(text)
    q = f[f.speaker_mention == "Q"]
    assert len(q) == 2
    for r in q.itertuples():
        assert (r.cue, text[r.cue_start : r.cue_end]) == ("Q", "Q")
        assert r.cue_start == r.speaker_start
    assert quotes_fuzz.check_frame(text, f) == []


def test_colon_turn_cues_keep_their_colon():
    text = _BRIEFING.format(sep=": ")
    f = _rows(text)
    assert len(f) == 5
    for r in f.itertuples():
        assert r.cue == ":" and text[r.cue_start : r.cue_end] == ":"
        assert r.cue_start == r.speaker_end


# --- the driver ----------------------------------------------------------------------------

_NEW = ["case_length", "fullwidth", "qa_turns", "said_chain"]


@pytest.mark.parametrize("name", _NEW)
def test_new_mutations_keep_the_contract(name):
    rng = random.Random(69)
    for k in range(4):
        text = quotes_fuzz.MUTATIONS[name](
            rng, quotes_fuzz.OWN[k] + "\n\n" + quotes_fuzz.OWN[k + 6]
        )
        fails, _sec, _digest = quotes_fuzz.check_input([text])
        assert fails == [], (name, text[:300])


def test_long_quote_mutation_is_100k_characters():
    text = quotes_fuzz.m_long_quote(random.Random(3), quotes_fuzz.OWN[0])
    assert 100_000 <= len(text) < 110_000


def test_frame_articles_read_as_alone():
    texts = [quotes_fuzz.OWN[0], "Q Will it be safe?\n\nMS. VARENKO: Yes.", quotes_fuzz.OWN[2]]
    fails, _sec, _digest = quotes_fuzz.check_input(texts + texts[:1])
    assert fails == []


def test_hang_is_reported_not_waited_for():
    runner = quotes_fuzz.Runner(limit=0.001, hash_seed=1)
    try:
        assert runner.check(["Ann Roe said so. " * 3000]) is None  # (killed: over the limit)
        assert runner.proc is None
        runner.limit = 120
        got = runner.check(['"Yes," Ann Roe said.'])  # (a new worker)
        assert got is not None and got[0] == []
    finally:
        runner.stop()
