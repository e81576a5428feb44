"""w128's rules (session 42, the hundred-and-twenty-eighth written batch), each
checked on sentences written for this file.

* "A, said the Minister of Parks, Culture and Sport, Ann Roe, in an email" / "said the
  province's Minister of Highways, Tom Vale": the person set off after a capitalised
  office title whose department is written in series (commas, "and") is the speaker,
  not "the Minister" (``office_title_names.office_title_name_after``, asked by
  ``np_right._appositive_name_after``). A title with no name after its department
  ("said the Minister of Parks, Culture and Sport.") keeps the title.
* "A, the board told parents in a letter Friday, leaving 11 children without a bus": a
  participle of consequence after the comma that closes a frame's listener and place is
  what followed the news, so the content is A, as after "A, the board said, leaving B"
  (``consequence_tails.consequence_after_listener``, asked by ``sides._post_is_tail``);
  it was the participle phrase. With no clause before the frame ("The board told
  parents in a letter, leaving nothing out, that B") the text after keeps its reading.
* 'The Harders said A.' then '"...," she said.': the pronoun right after a family's
  plural surname speaking is the one member of that family the article names in full
  with the pronoun's gender, over a woman quoted before
  (``family_members.family_member_before``, asked by ``pronouns._resolve_pronoun``).
  Another frame between the family's sentence and the quotation, or a family with no
  member of that gender named in full, leaves the older reading; the plural stays the
  speaker of its own sentence (PolNeAR writes "the Khans say" as written).
* "..., and a brother and sister who farm the quarter said A" / "A husband and wife who
  run the store say A": two person nouns under one determiner before a restrictive
  "who" clause are the subject, not the object inside the clause ("the quarter")
  (``pair_relatives.pair_relative_head``, asked by
  ``subjects._relative_clause_subject``). A head that is no pair ("a brother of Tom who
  farms the land") is left to the older rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import speaker_of, speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA128 = ROOT / "tests" / "data" / "written_news128"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------ "said the Minister of X, Y and Z, NAME"


def test_minister_of_a_department_in_series_then_the_name():
    t = (
        "The arena grant is under review, said the Minister of Parks, Culture and Sport, "
        "Odile Marchbanks-Tull, in an email on Friday."
    )
    assert speaker_of(t, "The arena grant is under review") == "Odile Marchbanks-Tull"


def test_possessive_before_the_capitalised_title_then_the_name():
    t = (
        "The culvert will be replaced in June, said the province's Minister of Highways and "
        "Infrastructure, Bram Eskildsen-Pope."
    )
    assert speaker_of(t, "The culvert will be replaced in June") == "Bram Eskildsen-Pope"


def test_title_without_a_name_keeps_the_title():
    t = "The arena grant is under review, said the Minister of Parks, Culture and Sport."
    assert speaker_of(t, "The arena grant is under review") == "the Minister"


# ------------------------------------ "A, the board told parents in a letter, leaving B"


def test_consequence_after_a_listener_and_a_letter_is_no_content():
    t = (
        "Ferries will not stop at Quill Harbour until the wharf is rebuilt, the Tern Bay "
        "Ferry Authority told islanders in a notice Monday, leaving 40 families without a "
        "crossing."
    )
    rows = speech_rows(t)
    assert [q for _, _, q in rows] == [
        "Ferries will not stop at Quill Harbour until the wharf is rebuilt"
    ]


def test_consequence_after_a_listener_at_a_meeting_is_no_content():
    t = (
        "The clinic will close on weekends, the health board told residents at a meeting, "
        "forcing patients to drive to Elmvale."
    )
    assert [q for _, _, q in speech_rows(t)] == ["The clinic will close on weekends"]


def test_no_content_before_the_frame_keeps_the_clause_after():
    t = "The authority told parents in a notice, leaving nothing out, that the wharf would close."
    # (w139: the participle aside before ", that" is skipped, so the span is the clause)
    assert [q for _, _, q in speech_rows(t)] == ["the wharf would close"]


# ------------------------------------------- "The Harders said A. '...,' she said."

_FAMILY = (
    "Ivy Stroud-Lane, the reeve, said the road was graded in May. Abram and Tina "
    "Pellworth have four children on the route. Tina Pellworth said they drive an hour "
    "a day.\n\nStroud-Lane said she was sorry for the trouble.\n\n"
)


def test_she_after_the_family_plural_is_its_woman():
    t = _FAMILY + 'The Pellworths said they would appeal.\n\n"We just want an answer," she said.'
    assert speaker_of(t, "We just want an answer") == "Tina Pellworth"


def test_another_frame_between_leaves_the_older_reading():
    t = (
        _FAMILY + "The Pellworths said they would appeal. Stroud-Lane said the council "
        'would listen.\n\n"We just want an answer," she said.'
    )
    assert speaker_of(t, "We just want an answer") == "Ivy Stroud-Lane"


def test_he_after_the_family_with_no_man_named_in_full_is_not_forced():
    t = _FAMILY + 'The Pellworths said they would appeal.\n\n"We just want an answer," he said.'
    assert speaker_of(t, "We just want an answer") != "Tina Pellworth"


# ------------------------------------- "a brother and sister who farm the quarter said"


def test_pair_before_who_after_and_is_the_speaker():
    t = (
        "The bones were found in a coulee in May, and a brother and sister who farm the "
        "quarter said they want the skeleton to stay in Elmhurst."
    )
    assert speaker_of(t, "they want the skeleton to stay in Elmhurst") == "a brother and sister"


def test_pair_before_who_opening_the_sentence_is_the_speaker():
    t = "A husband and wife who run the bakery said the rent had doubled."
    assert speaker_of(t, "the rent had doubled") == "a husband and wife"


def test_single_head_before_who_keeps_its_reading():
    t = "A farmer who owns the quarter said the skeleton should stay."
    assert speaker_of(t, "the skeleton should stay") == "a farmer who owns the quarter"


# ------------------------------------------------------------------- the set itself


def test_hundredtwentyeighth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA128)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 130
    earlier = _ids_before(bench, DATA128)
    assert not {a[0] for a in arts} & earlier


def test_hundredtwentyeighth_batch_scores_hold(bench):
    # blind P 0.958 R 0.986 F1 0.971 speaker 0.934 (138 gold, 136 matched); after w128's
    # rules P 0.965 R 0.993 F1 0.979 speaker 0.956 (137 matched, 142 predicted)
    res = bench.score(bench.load(DATA128))
    assert res["p"] >= 0.96
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.975
    assert res["speaker"] >= 0.95
