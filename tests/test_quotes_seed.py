"""extract_quotes on the project's seed article (CBS, 2001, Bush-Putin summit),
read from ../shared/data (or $NEWSLENS_SHARED_DATA); skipped when absent.

A careful human reading of the article's attributions (sentence by sentence):

* Vladimir Putin -- 10 statements: "But, he said, '...'" (he = Putin); "'We are
  prepared...,' Putin said"; "Putin said the U.S. action ... was 'measured and
  adequate.'"; "Putin said it's hard for him to believe ..."; "Putin said the ABM
  treaty provided ... but said the two countries would 'think about the future ...'"
  (two statements with one subject); "Putin said that in their closed-door
  meeting ..."; "'At least we do have an understanding ...' of the two nations, Putin
  said"; "Putin said he looked forward to ..."; "Putin said the 'political, economic
  and psychological consequences ...'". ("Putin repeated his ... opposition" reports
  a stance, not a statement, and is not counted.)
* Bush and Putin jointly -- 1: "President Bush and Russian President Vladimir Putin
  say they 'made some progress'" (a joint speaker, typed group).
* Bush -- 6, always "Mr. Bush" in the frames, ONE speaker although the article also
  writes "President Bush" and the glitch "presidentBush": '"The events of September
  11th ...," Mr. Bush said'; "Mr. Bush said the Sept. 11 attacks ..."; "APEC
  leaders expressed strong support ..., Mr. Bush said"; '"They came to stand in
  solidarity ...," Mr. Bush said'; "Putin ordered Russia's military ..., Mr. Bush
  said"; '"America, and I in particular, ...," Mr. Bush said'.
* Jiang Zemin -- 1 ("Chinese President Jiang Zemin said", direct).
* Alexei Gromov -- 2 ("Russian spokesman Alexei Gromov said, '...'" and "Gromov said").
* Mark Knoller -- 1 ("CBS News White House Correspondent Mark Knoller points out ...").
* Anonymous -- 2: "A senior White House official said ..."; "A Kremlin official
  traveling with Putin said ...".
* Groups -- 3: "Officials have said ..."; "Some administration officials said ...";
  "others said ...".
* Organisation -- 1: "The Bush administration says ...".
Boilerplate lines (photo caption, copyright) hold no attributions.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from analysis import extract_quotes

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("NEWSLENS_SHARED_DATA", ROOT.parent / "shared" / "data"))
SEED = DATA / "seed" / "000_f8a976aa602cfeb7.txt"


@pytest.fixture(scope="module")
def seed():
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED}")
    text = SEED.read_text(encoding="utf-8")
    quotes = extract_quotes(pd.DataFrame({"article_id": ["seed"], "text": [text]}))
    return text, quotes


def test_offsets_index_text(seed):
    text, q = seed
    assert (q["quote"] == [text[s:e] for s, e in zip(q["start"], q["end"], strict=True)]).all()


def test_counts_per_speaker_match_human_reading(seed):
    _, q = seed
    counts = q.groupby("speaker").size().to_dict()
    assert counts.get("Vladimir Putin") == 10
    assert counts.get("Bush") == 6
    assert counts.get("Jiang Zemin") == 1
    assert counts.get("Alexei Gromov") == 2
    assert counts.get("Mark Knoller") == 1
    assert len(q) == 27


def test_bush_is_one_speaker_across_surface_forms(seed):
    text, q = seed
    bush = q[q["speaker_mention"].str.contains("Bush") & (q["speaker_type"] == "person")]
    assert bush["speaker"].nunique() == 1
    assert "presidentBush" in text  # the glitch is in the article, and is not a speaker


def test_he_said_is_putin(seed):
    _, q = seed
    he = q[q["speaker_mention"] == "he"]
    assert len(he) == 1
    assert he.iloc[0]["speaker"] == "Vladimir Putin"
    assert he.iloc[0]["kind"] == "direct"
    assert he.iloc[0]["quote"].startswith("We should think about the future")


def test_anonymous_and_groups(seed):
    _, q = seed
    anon = q[q["speaker_type"] == "anonymous"]["speaker"].tolist()
    assert anon == ["a senior White House official", "a Kremlin official traveling with Putin"]
    groups = q[q["speaker_type"] == "group"]["speaker"].tolist()
    assert "some administration officials" in groups
    assert "others" in groups
    assert "officials" in groups  # "Officials have said ..."
    orgs = q[q["speaker_type"] == "organization"]["speaker"].tolist()
    assert orgs == ["the Bush administration"]


def test_kinds(seed):
    _, q = seed
    jiang = q[q["speaker"] == "Jiang Zemin"].iloc[0]
    assert jiang["kind"] == "direct"
    assert jiang["quote"].startswith("We condemn in the strongest terms")
    measured = q[q["quote"].str.contains("measured and adequate")].iloc[0]
    assert measured["kind"] == "mixed"
    assert measured["speaker"] == "Vladimir Putin"
    assert (q["kind"] == "indirect").sum() >= 10
