"""spk65's rules (session 42, speakers and speaker types left over), each checked on
sentences written for this file.

* "Kettle Point First Nation said", "Maple Creek Band said", "Birch River Métis
  Settlement said": two or more capitalised words ending in "Nation" / "Band" /
  "Tribe" / "Settlement", the first no listed given name, are an organisation
  (``nation_bodies.nation_body``, asked by ``names._stype_static``); they were typed
  unknown or person. "Terry Nation said" (a given name first) and "Mr. Tribe" (an
  honorific) stay persons; "Crane Lake Tribal Council" was an organisation already.
* "Jan Wiebe bought the farm. The Wiebes said": a plural surname whose singular is a
  person the article names is the family (a group) with the surname as speaker; no
  such person ("The Wiebes said" alone) keeps the old reading (an organisation). Both
  held on the base; the tests pin them.
* "Dana Roe bought the marina in May. ... the marina's new owner said": "the
  <business>'s [new] owner" (and "the new owner") is the one person an owner clause
  before it names ("NAME bought|owns|runs|founded the <business>"), the business word
  in that clause (``owner_clause_named._POSSESSED_ROLE_RE`` in
  ``owner_clause_named``); it stayed "The marina's new owner". A clause about another
  business ("bought the bakery") leaves it as written.
* '"...," said the Minister of Northern Development, Ken Dale.' / "said the Secretary
  of the Treasury, Ken Dale, on Monday": after an inverted cue, "the" and a
  capitalised title, "of" and a capitalised portfolio (joined by "and", "for", "of",
  "the"), a comma and a name of two to four capitalised words that ends its clause:
  the speaker is the name (``office_of_named.office_of_name_after``, asked by
  ``clauses``); it was "the Minister". A comma followed by no name ("said the Minister
  of Finance, in Ottawa", "..., Monday") keeps "the Minister". The other orders ("the
  Secretary of the Treasury, Ken Dale, said", "Ken Dale, Secretary of the Treasury,
  said") held on the base; the tests pin them. The same after "<Place>'s <listed
  office>," ('"...," said Prince Rupert's mayor, Ann Roe.'; ``office_of_named.
  _place_office_end``): it was "Prince Rupert's mayor"; "said Prince Rupert's mayor, on
  Monday" keeps it.
* "Prince Rupert's mayor, Port Edward's mayor and Kitimat's mayor said" / "Alberta's
  premier and Ontario's premier said": a run of "<Place>'s <listed office>" conjuncts
  joined by commas and one "and", right before the cue, is one noun phrase
  (``place_office_runs.place_office_run_start``, asked by ``np_left._left_np_walk``)
  typed a group (``place_office_runs.place_office_run`` in ``names._stype_static``),
  like "Ann Roe and Tom Vale"; it was "Edward" (a person) / "Ontario" (an
  organisation) or only the last conjunct. "Ann Roe and Quebec's premier" and "Prince
  Rupert's mayor and his wife" keep the old reading; one "Prince Rupert's mayor said"
  stays ``place_possessive_offices``'.
* "A husband and wife who run a farm near Elmvale said" / '"...," said a brother and
  sister who farm near Elmvale': two lower-case person nouns joined by "and" under one
  determiner are one noun phrase (``person_noun_pairs.person_noun_pair``, asked by
  ``subjects._short_sentence_subject``; ``person_noun_pairs.pair_end``, asked by
  ``np_right._right_np1``), and "a <noun> and <noun>" is typed a group
  (``names._stype_static``); they were "a farm near Elmvale" / "a brother" (and
  "a brother and sister" an anonymous person). "said a brother and his sister" and
  "said a farmer and rain fell" keep the first noun; "a bartender" stays anonymous.
"""

from __future__ import annotations

import pytest

from analysis.quotes.lexicon import lexicon
from analysis.quotes.nation_bodies import nation_body
from analysis.quotes.place_office_runs import place_office_run
from tests._quote_rows import quote_rows


def _speakers(text: str) -> list[tuple[str, str]]:
    return quote_rows(text, "speaker", "speaker_type")


@pytest.mark.parametrize(
    "name",
    [
        "Kettle Point First Nation",
        "Beaver Lake Cree Nation",
        "Maple Creek Band",
        "Birch River Métis Settlement",
        "Red Fox Tribe",
    ],
)
def test_nation_band_or_settlement_is_an_organisation(name):
    assert _speakers(f"{name} said the road would reopen in May.") == [(name, "organization")]


def test_given_name_before_nation_stays_a_person():
    assert nation_body("Terry Nation".split(), lexicon()) is False
    assert _speakers("Terry Nation said the road would reopen in May.") == [
        ("Terry Nation", "person")
    ]
    assert nation_body(["Nation"], lexicon()) is False
    assert nation_body("Mr. Tribe".split(), lexicon()) is False


def test_plural_surname_of_a_named_person_is_the_family():
    text = "Jan Wiebe bought the farm in 2010. The Wiebes said the drought had cost them a herd."
    assert _speakers(text) == [("Wiebes", "group")]


def test_plural_surname_without_such_a_person_keeps_the_old_reading():
    text = "The Wiebes said the drought had cost them a herd."
    assert _speakers(text) == [("Wiebes", "organization")]


def test_business_new_owner_is_the_buyer_named_before():
    text = (
        "Dana Roe bought the marina in May. The marina's new owner said the docks would be rebuilt."
    )
    assert _speakers(text) == [("Dana Roe", "person")]
    text = 'Dana Roe bought the marina in May. "The docks will be rebuilt," the new owner said.'
    assert _speakers(text) == [("Dana Roe", "person")]


def test_business_word_picks_one_of_two_owner_clauses():
    text = (
        "Dana Roe bought the marina in May, and Tom Vale bought the bakery next door. "
        "The marina's new owner said the docks would be rebuilt."
    )
    assert _speakers(text) == [("Dana Roe", "person")]


def test_new_owner_of_another_business_stays_as_written():
    text = (
        "Dana Roe bought the bakery in May. The marina's new owner said the docks would be rebuilt."
    )
    assert _speakers(text)[0][0] == "The marina's new owner"
    text = "The marina's new owner said the docks would be rebuilt."
    assert _speakers(text)[0][0] == "The marina's new owner"


@pytest.mark.parametrize(
    "text",
    [
        '"Rates will rise," said the Minister of Northern Development, Ken Dale.',
        '"Rates will rise," said the Secretary of the Treasury, Ken Dale, on Monday.',
        '"Rates will rise," said the Minister of Citizenship and Immigration, Ken Dale.',
        '"Rates will rise," the Secretary of the Treasury, Ken Dale, said.',
        '"Rates will rise," Ken Dale, Secretary of the Treasury, said.',
        "Ken Dale, Secretary of the Treasury, said rates would rise.",
        "The Secretary of the Treasury, Ken Dale, said rates would rise.",
    ],
)
def test_long_office_title_speaker_is_the_name(text):
    assert _speakers(text) == [("Ken Dale", "person")]


def test_office_title_without_a_name_keeps_the_title():
    assert _speakers('"Rates will rise," said the Minister of Finance, in Ottawa.') == [
        ("the Minister", "unknown")
    ]
    assert _speakers('"Rates will rise," said the Minister of Finance, Monday.')[0][0] == (
        "the Minister"
    )


@pytest.mark.parametrize(
    "run",
    [
        "Prince Rupert's mayor and Port Edward's mayor",
        "Prince Rupert's mayor, Port Edward's mayor and Kitimat's mayor",
        "Alberta's premier, Ontario's premier and Quebec's premier",
        "Terrace's mayor, Kitimat's mayor and Smithers' mayor",
    ],
)
def test_run_of_place_offices_is_one_group(run):
    text = f"Officials met on Monday. {run} said the port would grow."
    assert _speakers(text) == [(run, "group")]


def test_near_misses_of_a_place_office_run_keep_the_old_reading():
    assert place_office_run("Prince Rupert's mayor and his wife".split()) is False
    assert _speakers("Prince Rupert's mayor and his wife said the port would grow.") == [
        ("his wife", "unknown")
    ]
    assert _speakers("Ann Roe and Quebec's premier said the port would grow.")[0][0] == (
        "Ann Roe and Quebec's premier"
    )
    text = "Mayor Ann Roe spoke. Prince Rupert's mayor said the port would grow."
    assert _speakers(text) == [("Ann Roe", "person")]


@pytest.mark.parametrize(
    "text,pair",
    [
        (
            "A husband and wife who run a farm near Elmvale said the crop failed.",
            "a husband and wife",
        ),
        (
            "A brother and sister who farm near Elmvale said the crop failed.",
            "a brother and sister",
        ),
        (
            '"The crop failed," said a brother and sister who farm near Elmvale.',
            "a brother and sister",
        ),
        ('"The crop failed," said a husband and wife.', "a husband and wife"),
    ],
)
def test_pair_of_person_nouns_is_one_group(text, pair):
    assert _speakers(text) == [(pair, "group")]


def test_near_misses_of_a_person_noun_pair_keep_the_first_noun():
    assert _speakers('"The crop failed," said a brother and his sister.') == [
        ("a brother", "anonymous")
    ]
    assert _speakers('"The crop failed," said a farmer and rain fell.')[0][0] == "a farmer"
    assert _speakers("A bartender said the crop failed.") == [("a bartender", "anonymous")]


def test_place_office_set_off_before_a_name_is_the_name():
    text = '"We are ready," said Prince Rupert\'s mayor, Ann Roe.'
    assert _speakers(text) == [("Ann Roe", "person")]
    text = '"We are ready," said Alberta\'s deputy premier, Ann Roe, on Monday.'
    assert _speakers(text) == [("Ann Roe", "person")]


def test_place_office_without_a_name_after_the_comma_stays():
    text = '"We are ready," said Prince Rupert\'s mayor, on Monday.'
    assert _speakers(text) == [("Prince Rupert's mayor", "person")]
