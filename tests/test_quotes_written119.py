"""w111's rules (session 38 round 2, the hundred-eleventh written batch), each checked on
sentences written for this file.

* '"Nowhere," agreed NAME, a pianist ... "And ..."': a verb of concurring ("agreed",
  "echoed", "concurred"; ``resources/concur_verbs.txt``) after a quotation closed by a
  comma and before a name frames the quotation even when it is one or two words long
  (``assemble._unlisted_verb_frames``); other unlisted verbs still need three words, so
  a short title before another verb ('"Twin Peaks," resumed NAME') stays no row.
* 'That did not satisfy McCandless. "A fee. ...," she said.' after "Dolores
  McCandless-Reimer": a part of a gendered hyphenated surname written alone, when the
  article has no full name of its own with that surname, is that person: it takes her
  gender (``mentions._hyphen_part_genders``, so "she" can be read as her) and her full
  name (``_ArticleNames._hyphen_part_name``); the speaker was the woman quoted before.
  A part shared by two hyphenated surnames, or a full name of its own ("Ellen
  McCandless"), is left alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, quote_rows, speaker_of
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA111 = ROOT / "tests" / "data" / "written_news111"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------------------------- '"Nowhere," agreed NAME'


def test_one_word_quotation_before_agreed_name_is_a_row():
    text = (
        "Fiddler Tobias Mercredi-Lang said the winter dances paid his rent.\n\n"
        '"Nowhere," agreed Ysolde Varnham, a cellist from Yellowknife. "And the young '
        'players will never get the chance."'
    )
    assert has_quote(text, "Ysolde Varnham", "Nowhere")
    assert speaker_of(text, "And the young players will never get the chance.") == "Ysolde Varnham"


def test_two_word_quotation_before_echoed_name_is_a_row():
    text = (
        "The harbour master, Idris Kowalchuk, said the wharf was unsafe.\n\n"
        '"Completely unsafe," echoed Philippa Haugland, who fishes out of the same wharf.'
    )
    assert has_quote(text, "Philippa Haugland", "Completely unsafe")


def test_short_title_before_another_unlisted_verb_is_no_row():
    text = (
        "The band opened with a new song.\n\n"
        '"Prairie Rain," resumed Ysolde Varnham after the break, and the crowd sang along.'
    )
    assert not any(q == "Prairie Rain" for _, q in quote_rows(text, "speaker", "quote"))


# ------------------------------------------------------------- hyphenated surname in part


def test_first_part_of_hyphenated_surname_is_the_woman():
    text = (
        "Dolores McCandless-Reimer, a nurse, said she works 12-hour shifts on Fridays.\n\n"
        "Superintendent Corinne Vasquez-Thorlakson said the schools would run programs for "
        "a fee.\n\n"
        'That did not satisfy McCandless. "A fee. For a day that used to be free," she said.'
    )
    assert speaker_of(text, "A fee. For a day that used to be free") == "Dolores McCandless-Reimer"


def test_part_of_hyphenated_surname_after_a_man_quoted():
    text = (
        "Farmer Gwendolyn Abara-Lindqvist said the road had washed out twice.\n\n"
        "The reeve, Tomas Heikkila, said repairs would start in June.\n\n"
        'Lindqvist shook her head. "June is too late for seeding," she said.'
    )
    assert speaker_of(text, "June is too late for seeding") == "Gwendolyn Abara-Lindqvist"


def test_surname_with_a_full_name_of_its_own_is_left_alone():
    text = (
        "Dolores McCandless-Reimer, a nurse, said she works on Fridays.\n\n"
        "Corinne Vasquez-Thorlakson said the schools would run programs for a fee.\n\n"
        'Her neighbour, Ellen McCandless, disagreed. "A fee is fair," she said.'
    )
    assert speaker_of(text, "A fee is fair") == "Ellen McCandless"


# ------------------------------------------------------------- the set itself


def test_hundredeleventh_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA111)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 165
    earlier = _ids_before(bench, DATA111)
    assert not {a[0] for a in arts} & earlier


def test_hundredeleventh_batch_scores_hold(bench):
    # blind P 0.942 R 0.953 F1 0.948 speaker 0.982 (171 gold); gold fixes (169):
    # P 0.966 R 0.988 F1 0.977 speaker 0.982; after w111's rules see the README
    res = bench.score(bench.load(DATA111))
    assert res["p"] >= 0.96
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.975
    assert res["speaker"] >= 0.99
