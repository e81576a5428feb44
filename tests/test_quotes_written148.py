"""w140's rules (session 44 round 1, the hundred-and-fortieth written batch), each
checked on sentences written for this file.

* "Vale's neighbour, Lena Okafor-Dunn, disagreed. She said A": a sentence whose subject
  is a description with a full name in apposition may open with a possessive name
  ("Vale's neighbour"), and its verb may be its last word ("disagreed.")
  (``appositions._APPOSED_NAME_SUBJECT_RE``, read by ``_apposed_name_subject_before``);
  the "she" was the woman quoted before. A name of the other gender keeps the older
  reading.
* "Hawks captain Ann Roe scored twice": a capitalised word right before a lower-case
  title and a full name modifies the title (a team, a company) and is no clause-subject
  person for a later "he" (``title_modifiers.modifies_title_after``, asked by
  ``mentions._ArticleNames.item_of``); the "he" was the team ("Harbour Hawks"). A name
  before a verb ("Vale-Rivera thanked Ann Roe") stays a subject.
* "Ann Roe scored twice, and her brother, Cyril Roe, scored the winner. ... '...,' he
  said": a name in apposition to a description that opens a conjoined clause is that
  clause's subject (``title_modifiers.conjoined_apposed_subject``, asked by
  ``mentions._ArticleNames.starts_clause`` through ``mentions._conjoined_subject``);
  the "he" was a man quoted paragraphs before. A relative clause after the name
  ("Cyril Roe, who is 12, cheered") or a reported clause around it keeps the older
  reading.
* "She and Derek Roe now run the hall. ... '...,' he said": a name joined by "and" to a
  "She"/"He" opening the sentence is the pair's other member, a clause subject for a
  pronoun of its own gender (``title_modifiers.pronoun_pair_first``, asked by
  ``mentions._ArticleNames.pair_second``); the "he" was a man quoted before. A second
  member of the pronoun's gender ("She and Marta Roe") stays no subject.
* 'In Ann Roe-Obi's words, "A."': the quotation after the lead-in "In NAME's words," is
  NAME's (``possessor_words.possessor_words_anchor``, asked by
  ``assemble._carried_blocks``); it was no row. "In other words," names nobody and gives
  no row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.quotes.title_modifiers import (
    conjoined_apposed_subject,
    modifies_title_after,
    pronoun_pair_first,
)
from tests._quote_rows import has_quote, speaker_of, speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA140 = ROOT / "tests" / "data" / "written_news140"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------ "Vale's neighbour, Lena Okafor-Dunn, disagreed."

_BEACH = (
    'Ann Roe-Baptiste said she had found two rare plants.\n\n"They are small," she said.\n\n'
    "Not everyone likes the ropes. Tom Vale said nobody had asked the dog walkers.\n\n"
    '"I found out when I nearly walked into a rope," he said.\n\n'
)


def _neighbour(sentence, pronoun="She"):
    return (
        _BEACH + f"{sentence} {pronoun} recalled that the dunes were twice as tall when her "
        "children were small."
    )


def test_she_after_possessive_apposed_subject_is_that_person():
    t = _neighbour("Vale's neighbour, Odile Kasprzak-Tan, sat down.")
    assert speaker_of(t, "the dunes were twice as tall when her children were small") == (
        "Odile Kasprzak-Tan"
    )


def test_she_after_a_one_word_predicate_is_the_apposed_name():
    t = _neighbour("Another walker, Odile Kasprzak-Tan, disagreed.")
    assert speaker_of(t, "the dunes were twice as tall when her children were small") == (
        "Odile Kasprzak-Tan"
    )


def test_apposed_name_of_the_other_gender_keeps_the_speaker():
    t = _neighbour("Vale's neighbour, Lena Kasprzak-Tan, disagreed.", pronoun="He")
    assert speaker_of(t, "the dunes were twice as tall when her children were small") == (
        "Tom Vale"
    )


# ------------------------------------------------- "Hawks captain Ann Roe scored twice"


def test_team_before_a_title_is_no_subject_for_he():
    t = (
        "Emmett Dubois-Khan said the tournament had doubled in size.\n\n"
        '"We need more tents," he said.\n\n'
        "The final went to the Pine Lake Wolves, who beat a team from Marathon 7-4. Wolves "
        "captain Jolene Sauvé-Roy added two goals in the third period.\n\n"
        '"We were ready for them," he said.'
    )
    assert speaker_of(t, "We were ready for them") == "Emmett Dubois-Khan"


def test_title_modifier_helper():
    t = "Hawks captain Ann Roe scored twice."
    assert modifies_title_after(t, len("Hawks"), {"captain"})
    t = "Vale-Rivera thanked Ann Roe for the pass."
    assert not modifies_title_after(t, len("Vale-Rivera"), {"captain", "coach"})


def test_name_before_a_verb_stays_the_subject():
    t = (
        "Coach Tom Vale-Rivera said the players had earned a rest.\n\n"
        "Later, Karl Obuya-Stein thanked Ann Roe-Lindgren for the pass.\n\n"
        '"She made it easy," he said.'
    )
    assert speaker_of(t, "She made it easy") == "Karl Obuya-Stein"


# ----------------------------------- ", and her brother, Cyril Roe, scored the winner."

_FESTIVAL = (
    "Emmett Dubois-Khan said the tournament had doubled in size.\n\n"
    '"We need more tents," he said.\n\n'
)


def _brother(clause):
    return (
        _FESTIVAL + f"Jolene Sauvé-Roy scored twice, and her brother, Cyril Sauvé-Roy, {clause}."
        '\n\n"He will say it was his goal," she said.\n\nHe disagreed.\n\n'
        '"She passed it to the wrong side of me," he said.'
    )


def test_he_after_a_conjoined_apposed_subject_is_that_person():
    t = _brother("scored the winner")
    assert speaker_of(t, "She passed it to the wrong side of me") == "Cyril Sauvé-Roy"


def test_conjoined_name_before_a_relative_clause_keeps_the_speaker():
    t = _brother("who is 12, cheered from the bench")
    assert speaker_of(t, "She passed it to the wrong side of me") == "Emmett Dubois-Khan"


def test_conjoined_apposed_subject_helper():
    t = "Ann Roe scored twice, and her brother, Cyril Roe, scored the winner."
    assert conjoined_apposed_subject(t, 0, t.index("Cyril"))
    t = "Ann Roe scored twice for her brother, Cyril Roe, who watched."
    assert not conjoined_apposed_subject(t, 0, t.index("Cyril"))


# ----------------------------------------------------------- 'In NAME's words, "A."'


def test_quotation_after_in_names_words_is_that_persons():
    t = (
        "The chief executive, Ann Roe-Obi, spoke from a flatbed truck at the gate. In "
        'Roe-Obi\'s words, "this is not a mine that is opening, it is a town."'
    )
    assert has_quote(t, "Ann Roe-Obi", "this is not a mine that is opening, it is a town.")


def test_quotation_after_in_other_words_names_nobody():
    t = 'The council met for an hour. In other words, "nothing was decided at all tonight."'
    assert not any("Roe" in s for s, _, _ in speech_rows(t))
    assert not any(q.startswith("nothing was decided") for _, _, q in speech_rows(t))


# ------------------------------------------------ "She and Derek Roe now run the hall."

_HALL = (
    "Ann Young-Baptiste said she had thought about selling for an afternoon.\n\n"
    "Gordon Tsang-Whitley sold his lot last year. He said he had no regrets.\n\n"
    '"I loved that street," he said by phone.\n\n'
)


def test_he_after_she_and_name_pair_is_the_named_man():
    t = (
        _HALL + "She and Derek Olafsen-Lund now run a coffee morning in the hall. He makes "
        'the coffee, and she brings the muffins.\n\n"She is the boss, I just make the '
        'coffee," he said.'
    )
    assert speaker_of(t, "She is the boss, I just make the coffee") == "Derek Olafsen-Lund"


def test_she_and_a_woman_leaves_he_to_the_man_before():
    t = (
        _HALL + "She and Marta Olafsen-Lund now run a coffee morning in the hall.\n\n"
        '"They are the bosses, I just drink the coffee," he said.'
    )
    assert speaker_of(t, "They are the bosses, I just drink the coffee") == "Gordon Tsang-Whitley"


def test_pronoun_pair_first_helper():
    assert pronoun_pair_first("She and Derek Roe run it.", 3) == "f"
    assert pronoun_pair_first("He and Ann Roe left.", 2) == "m"
    assert pronoun_pair_first("Ashe and Ann Roe left.", 4) is None


# ------------------------------------------------------------------- the set itself


def test_hundredfortieth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA140)
    assert len(arts) == 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 140
    earlier = _ids_before(bench, DATA140)
    assert not {a[0] for a in arts} & earlier


def test_hundredfortieth_batch_scores_hold(bench):
    # blind P 0.979 R 0.993 F1 0.986 speaker 0.929 (142 gold, 141 matched); after
    # w140's rules P 0.979 R 1.000 F1 0.990 speaker 0.979
    res = bench.score(bench.load(DATA140))
    assert res["p"] >= 0.975
    assert res["r"] >= 0.995
    assert res["f1"] >= 0.985
    assert res["speaker"] >= 0.97
