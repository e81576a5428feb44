"""w146's rules (session 45 round 1, the hundred-and-forty-sixth written batch), each
checked on sentences written for this file.

* "The Comité du patrimoine de Saint-Yves has started a petition. It said A": a French
  organisation name whose head opens it and whose lower-case words the name scanner
  splits ("Comité", "Société", ``resources/french_org_heads.txt``) is an organisation for
  a later "it", as a name ending in an organisation word is
  (``org_nearest._french_run_name``, asked by ``org_nearest._nearest_org_at`` for "it");
  the row was dropped ("it" found no organisation). A head with no capitalised last word
  ("the Comité des amis du lac") is no name of its own and keeps the old reading.
* "... posted by the company that runs the dam, Énergie Rivière-Nord. A, the company
  said": a body introduced by its kind first ("the|a|an [two words] <kind> [that|which
  ...],") and its name after the comma, closed by a sentence end or another comma, is
  the later "the <kind>" (``kind_named_after.kind_named_after``, asked by
  ``orgs._resolve_org`` after ``kind_apposed_orgs.kind_apposed_org``, which owns the
  name-first order); it stayed "the company". A given name after the comma ("a company,
  Ann Roe said") is a person, no name of the body.
* "NAME said the union would look at any offer, but not one written in secret": "one"
  after a negation, quantifier or determiner right before the cue "written" is the head
  of a reduced relative, no subject of a new clause, so the reported clause runs on
  (``sides._ONE_BEFORE_WRITTEN_RE``, beside ``sides._DET_NOUN_END_RE`` in the next-cue
  cut); it was cut before ", but". A subject with an auxiliary ("..., but Ann Roe has
  written that ...") still opens a clause of its own.
* "NAME1 (an unquoted grandfather) ... His grandson, Paul Roe, said A ... Roe's sister,
  Ida Roe, said B ... Her brother said C": when the surname test of "her brother" /
  "his sister" leaves several people of the sibling's sex, the one of them quoted before
  is the sibling (``sibling_quoted.quoted_sibling``, asked by ``kin._resolve_spouse``);
  it stayed "Her brother". With no candidate quoted the description stays.
* "The firm built a plant in Ohio, which Vale called an insult.\n\n'"...," he said'": the
  person who reacts in a relative clause (", which|that NAME called|described|dismissed
  ...") of the sentence that ends right before the quotation, named before in full and of
  the pronoun's gender, is the pronoun's speaker, over a man quoted more recently
  (``relative_reactors.relative_reactor_before``, asked by ``pronouns._resolve_pronoun``);
  it was the man quoted last. A reactor of the other gender keeps the old reading.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speech_rows


def _speakers(text):
    return [s for (s,) in quote_rows(text, "speaker")]


# ----------------------------------------------- rule 1: French names for "it"


def test_it_after_a_french_committee_name():
    t = (
        "The Comité du patrimoine de Saint-Yves has started a petition. It said "
        "900 people had signed by Friday."
    )
    assert speech_rows(t) == [
        ("Comité du patrimoine de Saint-Yves", "said", "900 people had signed by Friday")
    ]


def test_it_after_a_french_society_name_with_an_apposition():
    t = (
        "The Société des amis de Lac-Noir, a small volunteer group, bought the old "
        "station. It said the roof would be fixed by June."
    )
    assert _speakers(t) == ["Société des amis de Lac-Noir"]


def test_french_head_without_a_capitalised_name_keeps_no_row():
    t = (
        "The Comité des amis du lac has started a petition. It said 900 people had "
        "signed by Friday."
    )
    assert _speakers(t) == []


# ------------------------------------------ rule 3: kind first, name after the comma


def test_the_company_named_after_its_relative_clause():
    t = (
        "The river rose a metre overnight, according to readings posted by the company "
        "that runs the dam, Énergie Rivière-Nord. Heavy rain was the main cause, the "
        "company said in a statement."
    )
    assert ("Énergie Rivière-Nord", "said", "Heavy rain was the main cause") in speech_rows(t)


def test_a_company_named_between_commas():
    t = (
        "The mill was bought last year by a company, Northgate Fibre, from Quebec City. "
        "The company said it would reopen in May."
    )
    assert _speakers(t) == ["Northgate Fibre"]


def test_a_person_after_the_comma_is_no_company_name():
    from analysis.quotes.kind_named_after import kind_named_after

    class _An:
        text = "The mill went to a company, Ann Roe, who sold it. The company said"
        masked = None

    assert kind_named_after(_An(), len(_An.text), "company") is None
    _An.text = "The mill went to a company, Lakeview Fibre, in May. The company said"
    assert kind_named_after(_An(), len(_An.text), "company") == "Lakeview Fibre"


# ----------------------------------------- rule 4: "not one written" is no new clause


def test_not_one_written_runs_on():
    t = "Tom Vale said the union would look at any offer, but not one written in secret."
    assert speech_rows(t) == [
        ("Tom Vale", "said", "the union would look at any offer, but not one written in secret")
    ]


def test_not_a_single_one_written_runs_on():
    t = "Ida Marsh said the board would read every letter, but not a single one written by a lawyer."
    assert [q for (q,) in quote_rows(t, "quote")] == [
        "the board would read every letter, but not a single one written by a lawyer"
    ]


def test_a_subject_that_has_written_still_opens_a_clause():
    t = (
        "Tom Vale said the union would look at any offer, but Ann Roe has written that "
        "it would not."
    )
    assert speech_rows(t) == [
        ("Tom Vale", "said", "the union would look at any offer"),
        ("Ann Roe", "written", "it would not"),
    ]


# --------------------------------- rule 5: "her brother" among same-surname namesakes

_FARM = (
    "The farm was built by Ambrose Dufort-Lam, who died in 1988. {grandson} Tom Vale "
    "said the barn was old.\n\nDufort-Lam's sister, Irène Dufort-Lam, said she did not "
    "agree.\n\nHer brother said he would still ask for the barn."
)


def test_her_brother_is_the_quoted_namesake():
    t = _FARM.format(grandson="His grandson, Paul Dufort-Lam, said the farm was sold too soon.")
    assert _speakers(t) == ["Paul Dufort-Lam", "Tom Vale", "Irène Dufort-Lam", "Paul Dufort-Lam"]


def test_her_brother_with_no_quoted_namesake_stays_a_description():
    t = _FARM.format(grandson="His grandson is Paul Dufort-Lam.")
    assert _speakers(t)[-1] == "Her brother"


# ------------------------------- rule 6: the reactor of a relative clause before "he"

_MILL = (
    "Tom Vale said the mill in Pine Cove was old. Paul Roe said the roof leaked.\n\n"
    "The owners built a new plant in Ohio in March, which {who} called an insult.\n\n"
    '"They found money for somebody else\'s town," he said.'
)


def test_he_after_a_relative_clause_reactor():
    t = _MILL.format(who="Vale")
    assert _speakers(t)[-1] == "Tom Vale"


def test_reactor_of_the_other_gender_keeps_the_old_reading():
    t = "Ann Marsh said the school was full. " + _MILL.format(who="Marsh")
    assert _speakers(t)[-1] == "Paul Roe"
