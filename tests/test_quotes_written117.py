"""w109's rules (session 38, the hundred-ninth written batch), each checked on sentences
written for this file.

* "A, he said, while NAME, who sits on the board, said B" / "X was angry, while NAME, a
  board member, said B": a segment opened by "while" or "whereas" before an apposed
  speaker is a conjunction and the name after it, like "and" / "but"
  (``apposed_speakers._apposition_speaker``); the second attribution gave no row, or the
  clause before the conjunction as its speaker. After an inserted frame, the words from
  the conjunction on are then no tail of the first row: a conjunction, a name (or a
  determiner and a noun), a relative clause between commas and a finite cue open the
  second speaker's own clause (``additions.relative_speaker_after``).
* "A, owner NAME told a crowd of about 400 people, many of them girls in ...": a count of
  people after a listener's "of" belongs to the listener (``cues._LISTENER_COUNT`` in
  ``cues._OWNED_LISTENER_RE``), and "many of them" with a plural noun after an inserted
  frame is a count of the listeners, no content (``additions._QUANTITY_PLACE_TAIL_RE``);
  the content before the frame gave no row.
* "NAME, 24, who was filling his tank at the gas bar": a relative clause after a full name
  whose first he/she word is a possessive before a lower-case noun genders an unlisted
  given name (``given_names._given_relative_votes``), so "His riding partner, NAME2,
  disagreed. She said A" is NAME2, not the man of unknown gender quoted before.
  A full name apposed to a description that opens a sentence ("His riding partner,
  NAME2, disagreed.") is gendered by the first he/she after it, as a sentence-opening full
  name is (``given_names._sentence_apposed_names``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA109 = ROOT / "tests" / "data" / "written_news109"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# --------------------------------------------- "..., while NAME, who ..., said B"


def test_while_name_with_relative_clause_gets_its_own_row():
    text = (
        "Her brother, Tobin Achebe-Marsh, a plumber, spoke first. The vote was rushed, he "
        "said, while Ysolde Kerrigan-Pham, who chairs the library board, said the building "
        "had been losing money for a decade."
    )
    assert has_quote(text, "Tobin Achebe-Marsh", "The vote was rushed")
    assert has_quote(
        text, "Ysolde Kerrigan-Pham", "the building had been losing money for a decade"
    )


def test_while_name_with_apposition_is_the_name_not_the_clause():
    text = (
        "The council was divided on Monday, while Ambrose Okafor-Lind, a retired ferry "
        "engineer, said the new terminal would never be used."
    )
    rows = speech_rows(text)
    assert ("Ambrose Okafor-Lind", "said", "the new terminal would never be used") in rows
    assert not any(s.startswith("The council") for s, _, _ in rows)


def test_whereas_name_with_relative_clause():
    text = (
        "The union wanted a strike vote in March, whereas Corliss Vanderhoek, who has run "
        "the local for six years, said members would wait until the fall."
    )
    assert has_quote(text, "Corliss Vanderhoek", "members would wait until the fall")


def test_while_without_a_speaker_after_it_adds_no_row():
    # negative: "while" opening a plain clause (no apposition, no cue) is no speaker
    text = (
        "The mill will close in June, the owner said, while the town, which depends on it, "
        "is still waiting for a plan."
    )
    rows = speech_rows(text)
    assert ("the owner", "said", "The mill will close in June") in rows
    assert all(s == "the owner" for s, _, _ in rows)


# ------------------------------------------- "A, NAME told a crowd of about 400 people"


def test_content_before_told_a_crowd_of_a_count():
    text = (
        "The library will reopen in March while the roof is repaired, chief librarian "
        "Wendeline Okoro-Stahl told a crowd of about 250 people on Saturday."
    )
    assert has_quote(
        text,
        "Wendeline Okoro-Stahl",
        "The library will reopen in March while the roof is repaired",
    )


def test_count_of_listeners_after_them_is_no_content():
    text = (
        "The new rink will be ready by December, Mayor Tarquin Lemieux-Obi told a gathering "
        "of more than 600 residents, most of them parents from the east end."
    )
    rows = speech_rows(text)
    assert rows == [("Tarquin Lemieux-Obi", "told", "The new rink will be ready by December")]


def test_told_a_crowd_of_a_count_then_that_keeps_the_reported_clause():
    # negative: with "that" after the listener the content is the clause after it
    text = "Ardith Brennan-Soto told a crowd of 300 supporters that the mill would reopen."
    assert has_quote(text, "Ardith Brennan-Soto", "the mill would reopen")


def test_many_of_them_with_a_verb_stays_a_clause():
    # negative: "most of them will be" is a clause, not a count of the listeners
    text = (
        "The plant will hire 300 workers, the company said, and most of them will be "
        "welders from Sorel."
    )
    rows = speech_rows(text)
    assert ("the company", "said", "The plant will hire 300 workers") in rows


# ------------------------------------------------ "NAME, 24, who was filling his tank"


def test_relative_clause_possessive_genders_an_unlisted_given_name():
    text = (
        '"Why close it now?" asked Thaddeus Ravensworth-Obi, 31, who was loading his '
        "sled onto a trailer.\n\n"
        "His cousin, Bronwyn Aldergrove, disagreed. She said the trail had been abused for "
        "years."
    )
    assert has_quote(text, "Bronwyn Aldergrove", "the trail had been abused for years")


def test_relative_clause_votes_only_for_a_possessive():
    from analysis.quotes.given_names import _given_relative_votes

    votes: dict = {}
    _given_relative_votes("Kestrel Vaughan-Ito, who runs her own bakery, spoke.", votes)
    _given_relative_votes("Jorah Pemberton-Lyle, who told her the news, left.", votes)
    _given_relative_votes("The mayor, who lost his seat, left.", votes)
    assert votes == {"kestrel": {"f"}}


def test_apposed_sentence_lead_name_is_gendered_by_the_next_she():
    text = (
        '"It was never safe," said Perrin Oyelaran-Holt, who runs the gas bar.\n\n'
        "Hollis Dunvegan-Marr said the detour would cost her customers.\n\n"
        "Her business partner, Marisela Quillfeather, disagreed. She said the closure was "
        "overdue."
    )
    assert has_quote(text, "Marisela Quillfeather", "the closure was overdue")


def test_apposed_lead_names_need_the_description_and_commas():
    from analysis.quotes.given_names import _sentence_apposed_names

    found = _sentence_apposed_names("He left. Her partner, Jory Lee, stayed. Then Bo Day, 40, ran.")
    assert [m.group(0) for m in found] == ["Jory Lee"]


# ------------------------------------------------------------------------- the set itself


def test_hundredninth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA109)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 180
    earlier = _ids_before(bench, DATA109)
    assert not {a[0] for a in arts} & earlier


def test_hundredninth_batch_scores_hold(bench):
    # blind P 0.958 R 0.989 F1 0.974 speaker 0.978 (186 gold); two gold fixes (188):
    # P 0.969 R 0.989 F1 0.979 speaker 0.973
    res = bench.score(bench.load(DATA109))
    assert res["p"] >= 0.965
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.978
    assert res["speaker"] >= 0.97
