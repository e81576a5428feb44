"""w131's rules (session 42, the hundred-and-thirty-first written batch), each checked on
sentences written for this file.

* "NAME said a short prayer for the crews", "said grace before the meal", "said goodbye
  to the staff": "say" with a prayer, grace, a goodbye or a farewell as its object is an
  act, not speech (``resources/act_objects.txt`` line "say:", read by
  ``content._is_act_object``): no row; it was a row of the object ("a short prayer for
  ..."). "said the prayer service would move to Sunday" (a clause word after the noun)
  and "said Grace Tolland would chair the board" keep their rows; so does the gerund
  "while saying goodbye to a guest" (PolNeAR annotates it as an attribution:
  tests/test_quotes_prec28.py; ``content`` skips the act reading for a "saying" cue).
* "Her husband, Graham NAME, said A. She said B, and he said C": "Graham" (and "Graeme")
  is a man's given name (``resources/first_names.tsv``, hand block); it was a name of
  unknown gender, so "She" took him over the woman quoted before. A woman quoted before
  a man with a listed name keeps her reading.
* "A, the Festival des Terrasses de Vinmore said Monday, ending a search ...": "festival"
  opens French organisation names ("Festival du ...", "Festival des ... de ...";
  ``resources/french_org_heads.txt``, read by ``french_org_names.french_name_left_start``):
  the whole name is the speaker and the lede's content before the frame is its row; it
  was "Terrasses de Vinmore" with the participle after the frame as the row. An English
  "the Vinmore Music Festival said" keeps its reading.
* "Q: ...\n\nA: I am angry ...\n\nNobody in Vinmore drives a truck.\n\nQ: ...": an
  "A:" answer that another turn follows (the next "Q:") has no narration after it, so a
  paragraph of it without a first- or second-person word is still the answer
  (``transcripts._answer_paragraphs``, ``inner``); it ended the answer and was lost. The
  last answer of an interview inside an article still ends at such a paragraph ("Her
  agent said ..." is the article's narration), and so does an inner paragraph that holds
  a quotation mark.
* "A, Quebec's forest fire protection agency said Sunday.\n\nSOPFEU said B": a lede's
  generic "agency" after a modifier (a "bare" head, ``resources/lede_body_echoes.txt``),
  opened by "the", "its" or a place's possessive, is the body whose name alone opens the
  next paragraph's statement, a capitalised name or an acronym
  (``lede_body_apposed_next._LEDE_BODY_RE``, ``_ACRONYM_NAME_RE``; its coref gate is now
  None, the possessive being no fixed first word); it stayed the description. A person
  speaking next keeps the description.
* "Ann NAME-Vale said A. Her husband, Tom Vale, said B. ... the couple said C": "the
  couple" is the last two people quoted before it when one was brought in as the
  other's spouse by an apposition ("Her husband, NAME,"), surnames alike or not
  (``spouse_pairs.spouse_pair_quoted``, asked by ``roles._resolve_mention_words`` after
  the shared-surname readings): "Ann NAME-Vale and Tom Vale", in the order first named;
  it stayed "the couple". Two people quoted without a spouse apposition keep the
  description.
* "The cellist NAME will take over as artistic director ... The festival's new artistic
  director said A": "the <owner>'s new <job>" / "the new <job>" left unresolved is the
  last person the text before it said "will take over / took over / was named / was
  appointed as <job>" (``new_job_holders.new_job_holder``, a coref pass, memoised per
  job and article); it stayed the description. A job nobody was said to take over keeps
  the description.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, speech_rows
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA131 = ROOT / "tests" / "data" / "written_news131"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------------- said a prayer / grace / goodbye


@pytest.mark.parametrize(
    "sentence",
    [
        "Before the boats left, Captain Orla Bexley said a short prayer for the crews.",
        "At the long table in the Vinmore hall, Tobias Arkwright said grace before the meal.",
        "Wendell Parrish-Oyo said goodbye to the staff at the depot and drove home.",
        "The coach, Hana Lisovsky, said her farewells to the team on Friday.",
    ],
)
def test_said_with_a_prayer_grace_or_goodbye_is_no_row(sentence):
    assert speech_rows(sentence) == []


def test_said_the_prayer_service_clause_keeps_its_row():
    t = "Pastor Orla Bexley said the prayer service would move to Sunday."
    assert has_quote(t, "Orla Bexley", "the prayer service would move to Sunday")


def test_said_grace_as_a_name_keeps_its_row():
    t = "Tobias Arkwright said Grace Tolland would chair the Vinmore board next year."
    assert has_quote(t, "Tobias Arkwright", "Grace Tolland would chair the Vinmore board next year")


# ------------------------------------------------------------- Graham is a man's name

_COUPLE = (
    "Fire Chief Darrell Oakhurst said crews fought the blaze for nine hours.\n\n"
    '"My father built that barn," Loretta Vinmore-Reid, who runs the farm with her '
    "husband, told the Courier on Tuesday.\n\n"
    "Her husband, {man} Reid, said the barn was insured. She said the couple had called "
    "three builders, and he said no one could pour a foundation before April."
)


def test_graham_is_a_man_so_she_is_the_wife():
    rows = speech_rows(_COUPLE.format(man="Graham"))
    got = {q: s for s, _, q in rows}
    assert got["the couple had called three builders"] == "Loretta Vinmore-Reid"
    assert got["no one could pour a foundation before April"] == "Graham Reid"


def test_graeme_is_a_man_too():
    rows = speech_rows(_COUPLE.format(man="Graeme"))
    got = {q: s for s, _, q in rows}
    assert got["the couple had called three builders"] == "Loretta Vinmore-Reid"


def test_woman_named_leslie_still_fits_she():
    # a given name of both sexes keeps fitting "she" (the near-miss: no change for it)
    t = (
        "Leslie Arkwright said the barn was insured. She said the family would rebuild "
        "before the spring."
    )
    assert has_quote(t, "Leslie Arkwright", "the family would rebuild before the spring")


# -------------------------------------------------------- French festival names


def test_french_festival_name_is_the_lede_speaker():
    t = (
        "VINMORE, Que. — The cellist Ann Roe-Tessier will take over as artistic director on "
        "Jan. 1, the Festival des Terrasses de Vinmore said Monday, ending a long search "
        "that began when its founder retired."
    )
    assert speech_rows(t) == [
        (
            "Festival des Terrasses de Vinmore",
            "said",
            "The cellist Ann Roe-Tessier will take over as artistic director on Jan. 1",
        )
    ]


def test_english_festival_name_keeps_its_reading():
    t = (
        "VINMORE, Que. — The cellist Ann Roe-Tessier will take over as artistic director on "
        "Jan. 1, the Vinmore Music Festival said Monday."
    )
    rows = speech_rows(t)
    assert [(s, q) for s, _, q in rows] == [
        (
            "the Vinmore Music Festival",
            "The cellist Ann Roe-Tessier will take over as artistic director on Jan. 1",
        )
    ]


# ------------------------------------------------ a Q&A answer over several paragraphs

_QA = (
    "Ann Roe-Tessier has driven a bus between Vinmore and Oakhurst for twenty years, most "
    "of them on the night run, and she has never seen the terminal this full.\n\n"
    "On Wednesday evening she sat in the terminal cafeteria with a cup of tea and a "
    "newspaper she had already read twice, waiting for word from the dispatcher.\n\n"
    "She agreed to answer a few questions.\n\n"
    "Q: What would you tell the ferry company?\n\n"
    "A: Build a second ramp. I am not angry at the crews.\n\n"
    "I am angry that one piece of steel can shut the whole island.\n\n"
    "Nobody in Vinmore drives a truck.\n\n"
    "Q: Will you keep driving?\n\n"
    "A: Until I retire. Where else would I go?\n\n"
    "{tail}"
)


def test_inner_answer_keeps_a_paragraph_without_a_person_word():
    rows = speech_rows(_QA.format(tail="The ferry sailed on Saturday."))
    assert ("Ann Roe-Tessier", ":", "Nobody in Vinmore drives a truck.") in rows


def test_last_answer_still_ends_at_the_narration():
    rows = speech_rows(_QA.format(tail="The ferry company said the ramp was fixed on Saturday."))
    quotes = [q for _, _, q in rows]
    assert "Until I retire. Where else would I go?" in quotes
    assert "The ferry company said the ramp was fixed on Saturday." not in quotes


# ------------------------------------------- a lede's agency named by an acronym next

_AGENCY = (
    "VINMORE, Que. — The fire north of the town is now under control, {desc} said "
    "Sunday.\n\n{who} said rain had helped crews hold the fire at a firebreak."
)


@pytest.mark.parametrize(
    "desc", ["Quebec's forest fire protection agency", "the provincial fire agency"]
)
def test_lede_agency_is_the_acronym_named_next(desc):
    rows = speech_rows(_AGENCY.format(desc=desc, who="SOPFEU"))
    assert rows[0][0] == "SOPFEU"
    assert rows[0][2] == "The fire north of the town is now under control"


def test_lede_agency_stays_when_a_person_speaks_next():
    rows = speech_rows(
        _AGENCY.format(desc="Quebec's forest fire protection agency", who="Ann Roe-Tessier")
    )
    assert rows[0][0] == "Quebec's forest fire protection agency"
    assert rows[1][0] == "Ann Roe-Tessier"


# ------------------------------------------------------- the couple, spouses quoted

_SPOUSES = (
    "Loretta Vinmore-Reid said the barn had stood since 1961. {intro} Peter Reid, said "
    "the potatoes were insured.\n\nThe couple said the fans had been running on Monday."
)


def test_couple_is_the_spouses_quoted_before():
    rows = speech_rows(_SPOUSES.format(intro="Her husband,"))
    assert rows[-1] == (
        "Loretta Vinmore-Reid and Peter Reid",
        "said",
        "the fans had been running on Monday",
    )


def test_couple_stays_without_a_spouse_apposition():
    rows = speech_rows(_SPOUSES.format(intro="A neighbour,"))
    assert rows[-1][0] == "The couple"


# ------------------------------------------------------ the new job holder, described

_NEW_JOB = (
    "VINMORE, Que. — The cellist Ann Roe-Tessier will take over as {job} on Jan. 1, the "
    "board said Monday.\n\nThe founder, Tom Vale, said the board chose well.\n\n"
    "The festival's new artistic director said she would meet merchants in January."
)


def test_new_artistic_director_is_who_takes_over():
    rows = speech_rows(_NEW_JOB.format(job="artistic director"))
    assert rows[-1] == ("Ann Roe-Tessier", "said", "she would meet merchants in January")


def test_new_artistic_director_stays_when_the_job_differs():
    rows = speech_rows(_NEW_JOB.format(job="board chair"))
    assert rows[-1][0] != "Ann Roe-Tessier"


# ------------------------------------------------------------------- the set itself


def test_hundredthirtyfirst_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA131)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 135
    earlier = _ids_before(bench, DATA131)
    assert not {a[0] for a in arts} & earlier


def test_hundredthirtyfirst_batch_scores_hold(bench):
    # blind P 0.965 R 0.986 F1 0.975 speaker 0.964 (139 gold, no gold fix); after w131's
    # rules P 0.993 R 1.000 F1 0.996 speaker 1.000
    res = bench.score(bench.load(DATA131))
    assert res["p"] >= 0.99
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.99
    assert res["speaker"] >= 0.99
