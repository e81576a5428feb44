"""w107's rules (session 38, the hundred-and-seventh written batch), each checked on
sentences written for this file.

* "NAME, told what he had said, shook her head" / "NAME, told that the plant would
  close, said ...": a "told" set off by a comma before it and followed straight by a
  clause word (that, what, of, about, how, whether) with no listener is a passive
  participle: the subject was told, and no row is given for it
  (``nonspeech._told_passive``). "told about 200 supporters" (a count of listeners) and
  "NAME, 54, told reporters that" stay cues.
* "A protest group, Cariboo Voices for Animals, has held ... It said in a submission
  that": a name set off by commas right after a lower-case kind of body (group,
  organization, charity, coalition, society, non-profit, network, alliance, collective)
  is an organisation that "it" can stand for, whatever its last word
  (``org_nearest.group_apposed_name``); "it" went to a place ("100 Mile House") or gave
  no row. A person apposed to a job noun ("A farmer, NAME,") is not taken.
* "A, the small company behind it said Thursday": a body head before "behind" and an
  object pronoun ("it", "them"), and one adjective between the determiner and the head,
  is the subject (``np_left._head_behind``); the row was lost. "he stood behind it"
  (no determiner and body head) gives no subject.
* '"A," Refuge Animal Québec said in a statement. The group said B': "the group" /
  "the organization" / "the coalition" / "the charity", left a description, is the
  named body typed an organisation quoted in the statement just before it, in the same
  paragraph (``org_subjects._company_quoted_just_before``, with ``_GROUP_HEADS``); a
  company or a person quoted before leaves "the group" alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, speaker_of, speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA107 = ROOT / "tests" / "data" / "written_news107"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ----------------------------------------------------------- ", told that ...," passive


def test_passive_told_what_gives_no_row():
    text = (
        "The bakery's owner, Rosamund Achebe-Lind, listened to the inspector's report. "
        "Achebe-Lind, told what the inspector had written, shook her head."
    )
    assert not [r for r in speech_rows(text) if r[1] == "told"]


def test_passive_told_that_keeps_the_later_said():
    text = (
        "Ignatius Pereira-Holm, told that the mill would close in March, said he was not surprised."
    )
    rows = speech_rows(text)
    assert not [r for r in rows if r[1] == "told"]
    assert has_quote(text, "Ignatius Pereira-Holm", "he was not surprised")


def test_told_with_a_listener_or_a_count_stays_a_cue():
    text = (
        "Marisol Eide-Banda, 54, told reporters that the mill would close in March. "
        "The organizer, Tobias Kwan-Reyes, told about 300 supporters in Moose Jaw that "
        "the vote was not over."
    )
    assert has_quote(text, "Marisol Eide-Banda", "the mill would close in March")
    assert has_quote(text, "Tobias Kwan-Reyes", "the vote was not over")


# ------------------------------------------------------ "A protest group, NAME, ... It said"


def test_it_is_the_group_named_in_apposition():
    text = (
        "The owner, stock contractor Delphina Hart-Osei, 47, of 100 Mile House, said she "
        "had raised the horse from a foal.\n\n"
        "A protest group, Prairie Voices for Horses, has picketed the grounds since July. "
        "It said in a letter to the town that bucking events should end."
    )
    assert speaker_of(text, "bucking events should end") == "Prairie Voices for Horses"


def test_it_is_the_charity_named_in_apposition():
    text = (
        "A charity, Open Hands Kitchen, has served breakfast on King Street since June. "
        "It said on Monday that demand had doubled over the summer."
    )
    assert speaker_of(text, "demand had doubled over the summer") == "Open Hands Kitchen"


def test_group_apposed_name_needs_a_kind_of_body():
    from analysis.quotes.org_nearest import group_apposed_name

    t = "A welder, Ann Roe-Baptiste, has worked there for years."
    assert group_apposed_name(t, t.index("Ann")) is None
    t = "A coalition, Save Our Shore, has formed."
    assert group_apposed_name(t, t.index("Save")) == "Save Our Shore"
    t = "the group, which met in Regina, said"  # no name after the comma
    assert group_apposed_name(t, t.index("which")) is None


# --------------------------------------------------------- "the small company behind it said"


def test_body_behind_it_is_the_subject():
    text = (
        "A seaweed farm off Sointula will put its first lines in the water in November, "
        "the small company behind it said Thursday, after the province granted a permit."
    )
    rows = speech_rows(text)
    assert [(s, q) for s, _, q in rows] == [
        (
            "the small company",
            "A seaweed farm off Sointula will put its first lines in the water in November",
        )
    ]


def test_group_behind_them_is_the_subject():
    text = "The two festivals will merge next year, the group behind them said on Monday."
    assert has_quote(text, "the group", "The two festivals will merge next year")


def test_behind_it_without_a_body_head_gives_no_subject():
    import re

    from analysis.quotes.lexicon import lexicon
    from analysis.quotes.np_left import _left_np

    ws = re.findall(r"[\w'-]+|[^\w\s]", "The plan would fail, everyone standing behind it said")
    assert _left_np([(0, 0, w) for w in ws], ws.index("said"), lexicon()) is None


# ------------------------------------------------------- "NAME said ... The group said"


def test_the_group_is_the_body_quoted_just_before():
    text = (
        '"Four horses in one summer is four too many," Cariboo Horse Alliance said in a '
        "statement. The group said it would send an observer to the fall sale."
    )
    assert (
        speaker_of(text, "it would send an observer to the fall sale") == "Cariboo Horse Alliance"
    )


def test_the_charity_is_the_body_quoted_just_before():
    text = (
        '"Our shelves were empty by noon," Open Pantry Foundation said on Monday. The charity '
        "said it had served 900 families in a week."
    )
    assert speaker_of(text, "it had served 900 families in a week") == "Open Pantry Foundation"


def test_the_group_after_a_company_or_a_person_stays():
    text = (
        '"Prices will rise," Harbourview Foods Inc. said in a statement. The group said it '
        'would keep hiring.\n\n"We will march," said Delia Roe-Amato. The group said it '
        "would meet on Friday."
    )
    assert speaker_of(text, "it would keep hiring") == "the group"
    assert speaker_of(text, "it would meet on Friday") == "the group"


# ------------------------------------------------------------------------- the set itself


def test_hundredseventh_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA107)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 180
    earlier = _ids_before(bench, DATA107)
    assert not {a[0] for a in arts} & earlier


def test_hundredseventh_batch_scores_hold(bench):
    # blind P 0.958 R 0.995 F1 0.976 speaker 0.978 (182 gold); one gold fix (183):
    # P 0.963 R 0.995 F1 0.978 speaker 0.973
    res = bench.score(bench.load(DATA107))
    assert res["p"] >= 0.96
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.975
    assert res["speaker"] >= 0.965
