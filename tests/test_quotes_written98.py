"""w90's rules (session 35, the ninetieth written batch), each checked on sentences
written for this file.

* "A, NAME said Wednesday afternoon, adding that C": "afternoon" after a day name is
  skipped after a cue like "morning" / "evening" / "night" (``cues._POST_SKIP_ITEMS``);
  the content before the cue got no row at all.
* "for the Canadian Coast Guard ... The coast guard said A": "the" and two or three
  lower-case words echoing the end of an organisation's capitalised name earlier in the
  article is that organisation (``lower_case_orgs.lower_case_org_echoes``); it was the
  man quoted before ("guard" read as a person). A name followed by another capitalised
  word ("Police Chief NAME") is no body, and a lower-case description with no
  capitalised name before it ("the security guard") is left alone.
* "NAME has managed Northwind Grocery for seven years. He says A. The company says B":
  a trade word ending a shop's name ("Grocery", "Groceries", "Grocers", "Foods", "Supermarkets";
  ``resources/company_trade_heads.txt`` in ``ledes._ORG_HEADS["company"]``) lets "the
  company" be that shop; it stayed "the company". A lower-case "the grocery" names no
  company.
* "ORG Ltd. will build four ferries, the Halifax shipbuilder said Thursday": "shipbuilder",
  "shipyard" and "homebuilder" are company heads (``mentions._COMPANY_HEADS``), so the
  description is the company named in the sentence, as "the automaker" already was; it
  stayed "the Halifax shipbuilder". A shipbuilder who is a person with a name stays
  that person.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, speaker_of
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA90 = ROOT / "tests" / "data" / "written_news90"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------------------------- "said Monday afternoon"


def test_content_before_said_day_afternoon_is_kept():
    text = (
        "The agency would buy 40 electric buses before June, transit director Ola "
        "Brinkman-Soto said Tuesday afternoon."
    )
    assert has_quote(text, "Brinkman-Soto", "The agency would buy 40 electric buses before June")


def test_said_day_afternoon_then_adding_gives_two_rows():
    text = (
        "The rink would open two weeks late, Coun. Piet Vanterpool-Ng said Wednesday "
        "afternoon, adding that the repairs would cost about $40,000."
    )
    assert has_quote(text, "Vanterpool-Ng", "The rink would open two weeks late")
    assert has_quote(text, "Vanterpool-Ng", "the repairs would cost about $40,000")


def test_said_afternoon_that_keeps_the_clause():
    text = "Ferry captain Idris Maclean-Osei said Sunday afternoon that the crossing was cancelled."
    assert has_quote(text, "Maclean-Osei", "the crossing was cancelled")


# ------------------------------------------------------------- "The coast guard said"


def test_lower_case_echo_of_capitalised_org_is_the_org():
    text = (
        "The patrol boat was built for the Canadian Coast Guard in 1988. Deckhand Tomas "
        'Reyes-Pike worked aboard her for a decade. "She was a good boat," he said. The '
        "coast guard said its crews would take the new vessel out in May."
    )
    assert speaker_of(text, "its crews would take the new vessel out in May") == (
        "Canadian Coast Guard"
    )


def test_lower_case_fire_department_is_the_named_department():
    text = (
        "Crews from the Moncton Fire Department fought the blaze for six hours. Resident "
        'Ilse Barrow-Tan watched from across the street. "It was terrifying," she said. The '
        "fire department said the cause was not yet known."
    )
    assert speaker_of(text, "the cause was not yet known") == "Moncton Fire Department"


def test_security_guard_with_no_capitalised_name_is_not_an_org():
    text = (
        'Tomas Reyes-Pike works nights at the mall. "It is quiet," he said. The security guard '
        "said the doors were locked by midnight."
    )
    assert speaker_of(text, "the doors were locked by midnight") != "Security Guard"


def test_titled_name_is_no_body_for_the_lower_case_title():
    text = (
        'Police Chief Ann Roe-Baptiste spoke first. "We are ready," she said. The police '
        "chief said the roads would reopen by noon."
    )
    assert speaker_of(text, "the roads would reopen by noon") == "Ann Roe-Baptiste"


# ------------------------------------------------------------- "Northwind Grocery ... the company"


def test_the_company_is_the_shop_named_with_a_trade_word():
    text = (
        "Gordon Pettigrew-Lau has managed Tundra Light Grocery in Rankin Inlet for seven "
        "years. He says freight costs have doubled. The company says it will publish its "
        "prices online."
    )
    assert speaker_of(text, "it will publish its prices online") == "Tundra Light Grocery"


def test_the_company_is_the_named_foods_firm():
    text = (
        "Celine Abara-Moss started at Harbourside Foods as a teenager. She says the ovens "
        "run all night. The company says it will hire six bakers this spring."
    )
    assert speaker_of(text, "it will hire six bakers this spring") == "Harbourside Foods"


def test_lower_case_grocery_is_no_company():
    text = (
        'Gordon Pettigrew-Lau shops at the grocery on the corner. "It is dear," he says. '
        "The company says prices will fall."
    )
    assert speaker_of(text, "prices will fall") != "Gordon Pettigrew-Lau"


# ------------------------------------------------------------- "the Halifax shipbuilder said"


def test_lede_shipbuilder_is_the_company_in_its_content():
    text = (
        "Bayline Marine Ltd. will build four ferries for the province under a $600-million "
        "contract, the Halifax shipbuilder said Thursday."
    )
    assert (
        speaker_of(
            text,
            "Bayline Marine Ltd. will build four ferries for the province under a $600-million contract",
        )
        == "Bayline Marine Ltd."
    )


def test_the_shipyard_is_the_company_named_before():
    text = (
        "Bayline Marine Ltd. won the ferry contract on Monday. Welder Annika Roe-Pike said "
        "she was relieved. The shipyard said the first steel would be cut in May."
    )
    assert speaker_of(text, "the first steel would be cut in May") == "Bayline Marine Ltd."


def test_named_shipbuilder_person_stays_the_person():
    text = (
        "Master shipbuilder Eamon Fraser-Lutz, 70, has built wooden boats in Lunenburg for "
        "half a century. He said the craft was dying."
    )
    assert speaker_of(text, "the craft was dying") == "Eamon Fraser-Lutz"


# ------------------------------------------------------------- the ninetieth batch itself


def test_ninetieth_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA90)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA90)
    assert not {a[0] for a in arts} & earlier


def test_ninetieth_batch_scores_hold(bench):
    # blind P 0.968 R 0.978 F1 0.973 speaker 0.972 (183 gold); three gold fixes (180):
    # P 0.968 R 0.994 F1 0.981 speaker 0.972; after w90's rules P 0.968 R 1.000 F1 0.984
    # speaker 0.989
    res = bench.score(bench.load(DATA90))
    assert res["p"] >= 0.96
    assert res["r"] >= 0.99
    assert res["f1"] >= 0.975
    assert res["speaker"] >= 0.98
