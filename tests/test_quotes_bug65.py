"""bug65: speaker types and name forms (own sentences, fictional).

1. A company suffix abbreviation (Ltd., Inc., Corp., Co.) keeps the period the
   article writes before a following word on every path that names the company (its
   own sentence, "the company said", '"...," said Maple Corp.'); an article that writes
   "Acme Corp said" keeps no period; speaker_counts still merges the forms.
2. A capitalised plural name the article writes after "the" ("the Hollow Crowns") is
   an organisation (a band, a troupe), not a person ("the Founding Fathers", a noun for
   people: a group); a one-word plural whose singular
   the article gives a person ("Ann Roe ... the Roes") is a group (a family: the
   convention of "the couple"); a person's name is untouched.
3. A province or territory speaking alone is its government (organisation); a lone
   name that is the article's dateline city ("BRANDON, Man. — ... Brandon said") is
   the place, not a person, unless the article gives it a person; a body named
   "<Word> <Province>" ("Curl Manitoba") is an organisation; an empty "It is ..."
   after a name is no organisation evidence ("third Noor Vale ... It is the first
   title" keeps Noor Vale a person); "S and P" (initials joined by "and") is a firm,
   not a pair of people.
4. Audit classes: a name's inner abbreviation keeps the period the article writes
   ("Malcolm St. Pierre", not "Malcolm St Pierre" nor, for "he", "Malcolm St"); a name
   of two words or more ending in an organisation head (resources/org_name_heads.txt:
   "Ontario Parks", "Keel Harbour Construction") is an organisation unless a listed
   given name opens it ("Rosa Parks").
"""

from __future__ import annotations

import pandas as pd

from analysis import extract_quotes, resolve_speakers, speaker_counts
from analysis.quotes.suffix_dots import dotted_form
from analysis.speaker_types import _dateline_place, _the_plural_type


def typed(text: str) -> list[tuple[str, str]]:
    q = extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return list(zip(q["speaker"], q["speaker_type"], strict=True))


# 1. company suffix periods


def test_ltd_keeps_its_period_on_every_path():
    text = (
        "Northwind Ltd. said it would cut 40 jobs at its Hamilton plant. "
        '"We regret the decision," the company said in a statement.'
    )
    assert {s for s, _ in typed(text)} == {"Northwind Ltd."}


def test_corp_after_the_quotation_keeps_its_period():
    text = 'Maple Corp. said sales fell in March. "We expect a better year," said Maple Corp.'
    assert {s for s, _ in typed(text)} == {"Maple Corp."}


def test_undotted_suffix_stays_undotted():
    text = 'Acme Corp said sales fell in March. "We expect a better year," said Acme Corp.'
    assert {s for s, _ in typed(text)} == {"Acme Corp"}


def test_dotted_form_reads_the_article():
    assert dotted_form("Birch Co. said it would hire 20 staff.", "Birch Co") == "Birch Co."
    assert dotted_form("Birch Co's plant opened.", "Birch Co.") == "Birch Co"
    assert dotted_form("Ann Roe said so.", "Ann Roe") == "Ann Roe"  # no suffix


def test_speaker_counts_still_merges_the_company():
    texts = [
        "Northwind Ltd. said it would cut 40 jobs. "
        '"We regret the decision," the company said. Northwind said the plant would stay open.',
        "Northwind Ltd. said on Tuesday that it would hire again in the spring.",
    ]
    arts = pd.DataFrame({"article_id": ["a", "b"], "text": texts})
    q = extract_quotes(arts)
    c = speaker_counts(resolve_speakers(q, arts), types=None)
    assert len(c) == 1 and c["quotes"].iloc[0] == 4 and c["articles"].iloc[0] == 2


# 2. "the <Capitalised> <plural>s"


def test_band_is_an_organisation():
    text = "Fans lined up early in Moncton. The Hollow Crowns said the show would go on."
    assert typed(text) == [("Hollow Crowns", "organization")]


def test_family_of_a_named_person_is_a_group():
    text = "Ann Roe and her husband run the farm. The Roes said they would rebuild the barn."
    assert typed(text) == [("Roes", "group")]


def test_plural_rule_needs_the_article_the():
    crowns = ["Hollow", "Crowns"]
    assert _the_plural_type("Hollow Crowns", crowns, ["Hollow Crowns said so."], {}) is None
    assert _the_plural_type("Hollow Crowns", crowns, ["So said the Hollow Crowns."], {})
    assert _the_plural_type("Roes", ["Roes"], ["The Roes said so."], {"ann": "f"}) is None


def test_person_with_a_plural_looking_surname_stays_a_person():
    text = "Dana Roberts, the mayor, spoke on Friday. Roberts said the arena would reopen."
    assert typed(text) == [("Dana Roberts", "person")]


# 3. places alone


def test_province_alone_is_an_organisation():
    text = "BRANDON, Man. — Manitoba said the rink would reopen in March."
    assert typed(text) == [("Manitoba", "organization")]


def test_territory_alone_is_an_organisation():
    text = "Nunavut said on Monday it would build two new clinics, the minister said later."
    assert ("Nunavut", "organization") in typed(text)


def test_dateline_city_alone_is_no_person():
    text = "Rink wins\n\nBRANDON, Man. — Brandon said the rink would reopen in March."
    assert typed(text) == [("Brandon", "organization")]


def test_person_named_like_the_dateline_city_stays_a_person():
    text = (
        "Rink wins\n\nBRANDON, Man. — Chris Brandon said the rink would reopen in March. "
        "Brandon said he was ready."
    )
    assert {t for _, t in typed(text)} == {"person"}


def test_dateline_place():
    assert _dateline_place("Rink wins\n\nBRANDON, Man. — The rink won.") == "Brandon"
    assert _dateline_place("The rink won in Brandon on Sunday.") is None


def test_body_named_for_a_province_is_an_organisation():
    text = "Curl Manitoba said ticket sales for the week had topped $180,000."
    assert typed(text) == [("Curl Manitoba", "organization")]


def test_given_name_before_a_province_word_is_not_made_an_organisation():
    text = "Georgia Alberta-Lind said ticket sales had topped $180,000."
    assert typed(text) == [("Georgia Alberta-Lind", "person")]


def test_empty_it_is_no_organisation_evidence():
    text = (
        "The win sends skip Ula Brandt, third Noor Vale and lead Bo Ray to the nationals. "
        "It is the first title for the rink.\n\n"
        '"I knew the draw was good," the third said.'
    )
    assert typed(text) == [("Noor Vale", "person")]


def test_plural_of_a_person_noun_is_a_group():
    got = _the_plural_type(
        "Founding Fathers", ["Founding", "Fathers"], ["the Founding Fathers"], {}
    )
    assert got == "group"


def test_initials_joined_by_and_are_a_firm():
    text = "S and P said on Monday it would review the province's debt rating."
    assert typed(text) == [("S and P", "organization")]
    text = "Ann and Tom Roe sat down. The couple said the barn would be rebuilt by fall."
    assert typed(text) == [("Ann and Tom Roe", "group")]


# 4. audit classes: a name's inner "St." and organisation name heads


def test_inner_saint_keeps_its_period_and_its_name():
    text = (
        "Festival organizer Malcolm St. Pierre said ticket sales were strong. "
        '"We sold out twice," he said.'
    )
    assert {s for s, _ in typed(text)} == {"Malcolm St. Pierre"}


def test_undotted_saint_stays_undotted():
    text = "Ann St Clair said the farm would stay open. St Clair said it was hard."
    assert {s for s, _ in typed(text)} == {"Ann St Clair"}


def test_organisation_name_heads():
    assert typed("Ontario Parks said the campground would open in May.") == [
        ("Ontario Parks", "organization")
    ]
    assert typed("Keel Harbour Construction said the wharf was finished.") == [
        ("Keel Harbour Construction", "organization")
    ]


def test_given_name_before_an_organisation_head_stays_a_person():
    assert typed("Rosa Parks said the bus was full.") == [("Rosa Parks", "person")]
