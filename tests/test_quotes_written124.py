"""w116's rules (session 39, the hundredsixteenth written batch), each checked on sentences
written for this file.

* '"A," according to NAME, who has led the board since 2019.': after a quotation and
  "according to" a source, a relative clause on the source (", who" / ", which")
  describes the source; the quotation is the content (``sides``, the "according to"
  branch, ``_SOURCE_RELATIVE_RE``); the relative clause was the row and the quotation a
  miss (743, 746: two rows).
* "Residents used it to pay bills. ... Asked about that account, the corporation said A":
  a plural group noun of ``resources/speaker_nouns.txt`` opening its sentence
  ("Residents", "Parents", "Officials") is no company subject, however often it is
  written (``org_names._subject_at``); party names ("Liberals") stay names; "the
  corporation" was "Residents" (741).
* '"A," one volunteer said. ... the volunteer who had packed the shelves was back ...
  His name is NAME': an anonymous "one <noun>" / "a <noun>" speaker is the person a
  later naming sentence ("His name is", "Her name is", "The <noun>'s name is") gives,
  written close after "the <noun>", unless another person of that noun comes in
  between (``named_later.py``, in ``roles._resolve_mention``); it stayed "one
  volunteer" (745: three rows).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, speaker_of, speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA116 = ROOT / "tests" / "data" / "written_news116"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------------- "according to NAME, who ..."


def test_quotation_according_to_name_who_is_the_quotation():
    text = (
        "The board chair, Lorna Baptiste-Hay, spoke first. "
        '"We will reopen the arena in May, and we will freeze the fees," according to '
        "Baptiste-Hay, who has led the board since 2019."
    )
    rows = speech_rows(text)
    assert has_quote(
        text, "Lorna Baptiste-Hay", "We will reopen the arena in May, and we will freeze the fees"
    )
    assert not any(q.startswith("who has led") for _, _, q in rows)


def test_quotation_according_to_group_which_is_the_quotation():
    text = (
        'The Fundy Ridge Anglers Association was blunt. "The river is closed to us for good," '
        "according to the association, which represents 400 fishers."
    )
    assert has_quote(text, "association", "The river is closed to us for good")
    assert not any(q.startswith("which represents") for _, _, q in speech_rows(text))


def test_clause_according_to_name_who_also_said_keeps_both_rows():
    # negative: an unquoted clause before "according to" is unchanged, and the relative
    # clause's own "said" stays a row of its own
    text = "Ticket sales rose, according to Pernille Achebe-Rourke, who also said costs fell."
    assert has_quote(text, "Achebe-Rourke", "Ticket sales rose")
    assert has_quote(text, "Achebe-Rourke", "costs fell")


# ------------------------------------------------- a plural noun is no company subject


def test_residents_opening_sentences_is_not_the_corporation():
    text = (
        "Residents rally after Canada Post shuts outlet\n\n"
        "MILLBROOK, N.S. — The post office closed on Friday, and the closure is "
        "permanent, the Crown corporation said.\n\n"
        "Canada Post said in a statement that mail would go to the next town.\n\n"
        "Residents used it to pay bills and collect cheques. Residents also met there.\n\n"
        "Asked about the lease, the corporation said it could not discuss negotiations."
    )
    assert speaker_of(text, "it could not discuss negotiations") == "Canada Post"


def test_plural_noun_subject_does_not_block_a_named_company():
    # negative: a company that opens its clause still answers "the company said"
    text = (
        "Parents packed the gym on Monday. Parents asked questions for two hours.\n\n"
        "Halberd Dairy Ltd. closed its plant in June. Halberd Dairy Ltd. laid off 80 people.\n\n"
        "The company said the plant had lost money for three years."
    )
    assert speaker_of(text, "the plant had lost money for three years") == "Halberd Dairy Ltd."


# ------------------------------------------------- an anonymous speaker named later


def test_one_volunteer_named_later_by_his_name_is():
    text = (
        '"We lost everything on those shelves," one volunteer said.\n\n'
        "Fire Chief Dana Okoro said the cause was electrical.\n\n"
        "By evening the volunteer who had stocked the shelves was back with his truck. "
        "His name is Tobias Marchetti-Lund, and he is 31."
    )
    assert speaker_of(text, "We lost everything on those shelves") == "Tobias Marchetti-Lund"


def test_a_nurse_named_later_by_the_nouns_name_is():
    text = (
        '"Nobody told us the ward would close," a nurse said.\n\n'
        "The hospital said the ward would reopen in the spring.\n\n"
        "The nurse's name is Greta Ivanova-Pell. She has worked there for 20 years."
    )
    assert speaker_of(text, "Nobody told us the ward would close") == "Greta Ivanova-Pell"


def test_another_volunteer_in_between_keeps_the_noun():
    # negative: a second volunteer comes in between, so the naming may be of either
    text = (
        '"We lost everything on those shelves," one volunteer said.\n\n'
        '"I cried all morning," another volunteer said.\n\n'
        "Later the volunteer was back with a truck. His name is Tobias Marchetti-Lund."
    )
    assert speaker_of(text, "We lost everything on those shelves") != "Tobias Marchetti-Lund"


def test_naming_of_another_noun_keeps_the_volunteer():
    # negative: the naming sentence follows "the driver", not "the volunteer"
    text = (
        '"We lost everything on those shelves," one volunteer said.\n\n'
        "A truck arrived at noon, and the driver unloaded 40 boxes. "
        "His name is Tobias Marchetti-Lund."
    )
    assert speaker_of(text, "We lost everything on those shelves") != "Tobias Marchetti-Lund"


# ------------------------------------------------------------- the set itself


def test_hundredsixteenth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA116)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 180
    earlier = _ids_before(bench, DATA116)
    assert not {a[0] for a in arts} & earlier


def test_hundredsixteenth_batch_scores_hold(bench):
    # blind P 0.957 R 0.941 F1 0.949 speaker 0.972 (188 gold); gold fixes (186): P 0.968
    # R 0.962 F1 0.965 speaker 0.961; after w116's rules P 0.978 R 0.973 F1 0.976
    # speaker 0.983
    res = bench.score(bench.load(DATA116))
    assert res["p"] >= 0.97
    assert res["r"] >= 0.965
    assert res["f1"] >= 0.97
    assert res["speaker"] >= 0.975
