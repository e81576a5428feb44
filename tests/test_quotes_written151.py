"""w143's rules (session 44 round 2, the hundred-and-forty-third written batch), each
checked on sentences written for this file.

* "At the dinner, Tom Vale thanked Rita Osei-Lund, the new treasurer.\\n\\nShe said A": a
  person first named in full as the object of a past-tense verb in the sentence right
  before a "he"/"she" that opens the next sentence or paragraph, while the sentence's
  subject is of the other gender and the sentence reports no speech, is the pronoun's
  speaker, over a speaker of the same gender quoted earlier
  (``verb_object_newcomers.verb_object_newcomer_before``, asked by
  ``pronouns._resolve_pronoun``); it was the woman quoted before. A subject of the same
  gender, a sentence that reports speech, or a name written before leave the older
  reading.
* "A, a citizens' committee said Wednesday, and B.\\n\\nThe Comité des amis de
  l'Outaouais said C": an indefinite body description's statements take the name of the
  named organisation of the next statement also when (1) the head is "committee", (2)
  the next statement opens the next paragraph (a paragraph break counts as one step,
  like a sentence end), (3) the description has further rows of its own before it, and
  (4) the name is French with an elided capital ("de l'Outaouais")
  (``org_described_next.org_described_named_next``, ``_named_body``). A person's
  statement next, or a name two paragraphs on, leaves the description; a titled person
  in the next speaker's name ("... Executive Director NAME") is no named body.
* "The bridge will not reopen before 2031, the county said Wednesday, four years later
  than the date residents were given.": a comparative time span ("<count> <unit>s
  later|earlier|sooner|longer (than ...)") closing the sentence after an inserted frame
  is an apposition of the statement, no second row
  (``comparative_appositions.comparative_apposition``, asked by
  ``additions.frame_tail_adjunct`` and ``additions._second_part_goes_on``); a clause after
  the span ("two years later the ferry will stop") keeps its row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import quote_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA143 = ROOT / "tests" / "data" / "written_news143"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


def _speakers(text):
    return [s for (s,) in quote_rows(text, "speaker")]


# ------------------------------------------------- rule 1: verb-object newcomers


def test_she_after_a_thanked_newcomer_is_the_newcomer():
    t = (
        "Ann Roe said the hall was full. At the dinner, Tom Vale thanked Rita "
        "Osei-Lund, the new treasurer.\n\nShe said the roof fund had doubled."
    )
    assert _speakers(t) == ["Ann Roe", "Rita Osei-Lund"]


def test_he_after_a_welcomed_newcomer_is_the_newcomer():
    t = (
        "Paul Ferrand said the ferry was late again. On Monday, Joan Pike welcomed "
        "Marc Delorme-Whyte to the board. He said the board would meet monthly."
    )
    assert _speakers(t) == ["Paul Ferrand", "Marc Delorme-Whyte"]


def test_same_gender_subject_leaves_the_old_reading():
    t = (
        "Ann Roe said the hall was full. At the dinner, Mia Vale thanked Rita "
        "Osei-Lund, the new treasurer.\n\nShe said the roof fund had doubled."
    )
    assert _speakers(t) != ["Ann Roe", "Rita Osei-Lund"]


def test_newcomer_in_a_reported_sentence_leaves_the_speaker():
    t = (
        "Ann Roe said the hall was full. Tom Vale said he thanked Rita Osei-Lund, "
        "the new treasurer. She said the roof fund had doubled."
    )
    assert _speakers(t)[-1] == "Ann Roe"


def test_name_written_before_is_no_newcomer(monkeypatch):
    t = (
        "Rita Osei-Lund chairs the board. Ann Roe said the hall was full. At the dinner, "
        "Tom Vale thanked Rita Osei-Lund, the treasurer. She said the fund had doubled."
    )
    from analysis.quotes import pronouns

    assert pronouns.verb_object_newcomer_before is not None
    with_rule = _speakers(t)
    monkeypatch.setattr(pronouns, "verb_object_newcomer_before", lambda *a, **k: None)
    assert _speakers(t) == with_rule


def test_thanked_newcomer_differs_from_the_old_reading(monkeypatch):
    t = (
        "Ann Roe said the hall was full. At the dinner, Tom Vale thanked Rita "
        "Osei-Lund, the new treasurer.\n\nShe said the roof fund had doubled."
    )
    from analysis.quotes import pronouns

    monkeypatch.setattr(pronouns, "verb_object_newcomer_before", lambda *a, **k: None)
    assert _speakers(t) == ["Ann Roe", "Ann Roe"]


# ---------------------------------- rule 2: indefinite body named in the next paragraph


def test_committee_named_in_the_next_paragraph():
    t = (
        "The bridge in Gracefield will stay closed until 2031, a citizens' committee said "
        "Wednesday.\n\nThe Comité des amis de l'Outaouais said in a brief that only two "
        "of the nine piers had been rebuilt."
    )
    assert _speakers(t) == ["Comité des amis de l'Outaouais"] * 2


def test_group_with_its_own_second_row_named_in_the_next_paragraph():
    t = (
        "The ferry to Ile Verte runs late more often than not, a riders' group said "
        "Tuesday, and its members want answers.\n\nThe Lower Shore Ferry Users' "
        "Association said in a letter that 40 of 60 crossings left late."
    )
    speakers = _speakers(t)
    assert speakers[0] == speakers[-1]
    assert "riders' group" not in speakers[0]


def test_person_next_leaves_the_description():
    t = (
        "The bridge in Gracefield will stay closed until 2031, a citizens' committee said "
        "Wednesday.\n\nLise Caron, a retired engineer, said only two of the nine piers "
        "had been rebuilt."
    )
    assert _speakers(t)[0] == "a citizens' committee"


def test_name_two_paragraphs_on_leaves_the_description():
    t = (
        "The bridge in Gracefield will stay closed until 2031, a citizens' committee said "
        "Wednesday.\n\nThe bridge was built in 1961.\n\nThe Comité des amis de "
        "l'Outaouais said in a brief that only two of the nine piers had been rebuilt."
    )
    assert _speakers(t)[0] == "a citizens' committee"


# ------------------------------------------------- rule 3: comparative time appositions


def _quotes(text):
    return [q for (q,) in quote_rows(text, "quote")]


def test_years_later_than_after_the_frame_is_no_row():
    t = (
        "The bridge will not reopen before 2031, the county said Wednesday, four years "
        "later than the date residents were given in 2021."
    )
    assert _quotes(t) == ["The bridge will not reopen before 2031"]


def test_months_later_than_planned_is_no_row():
    t = "The pool will open in May, the town said, three months later than planned."
    assert _quotes(t) == ["The pool will open in May"]


def test_clause_after_the_span_keeps_its_row():
    t = (
        "The bridge will not reopen before 2031, the county said Wednesday, two years "
        "later the ferry will stop."
    )
    assert "two years later the ferry will stop" in _quotes(t)


def test_titled_person_next_is_no_named_body():
    t = (
        "A riders' group says the ferry is late too often.\n\nThe Lower Shore Ferry "
        "Riders Network Executive Director Lise Caron says in a statement that 40 of 60 "
        "crossings left late."
    )
    assert "Lise Caron" not in _speakers(t)[0]


# ------------------------------------------------------------------- the set itself


def test_hundredfortythird_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA143)
    assert len(arts) == 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 125
    earlier = _ids_before(bench, DATA143)
    assert not {a[0] for a in arts} & earlier


def test_hundredfortythird_batch_scores_hold(bench):
    # blind P 0.941 R 1.000 F1 0.969 speaker 0.945 (127 gold); after the gold fix
    # (128 gold) and w143's rules P 0.955 R 1.000 F1 0.977 speaker 0.969
    res = bench.score(bench.load(DATA143))
    assert res["p"] >= 0.94
    assert res["r"] >= 0.995
    assert res["f1"] >= 0.975
    assert res["speaker"] >= 0.96
