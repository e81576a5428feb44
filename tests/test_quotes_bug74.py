"""bug74's rules (session 39 round 1: names and speaker types), each checked on
sentences written for this file.

* "Oilers said" after "the Oilers won": a lone capitalised plural that no person of
  the article bears (no full name, title or honorific ends in it, no listed given
  name) is the team the article writes after "the" before a verb, a punctuation mark
  or a preposition (an organisation); "Islanders said", "Many Islanders said",
  "Manitobans said", "Nova Scotians said", "Musicians said" are people of a region
  or a plural of a person noun (a group) (``plural_names.plural_name_type``, asked
  by ``roles._resolve_named``); they were the person "Islanders"/"Oilers". Near
  negatives: "Rogers said" (no "the Rogers" as a name), "the Sanders camp ...
  Sanders said", "Mr. Parsons ... Parsons said", "Ann Islanders ... Islanders said"
  and "Agnes said" stay persons; "Stores v. Dukes" (after a name) is not asked.
* A lede's unnamed body named next ("..., its operator said.\n\nThe Kelso Curling
  Society, the non-profit that has run the rink since 1961, said" and "..., the
  society that runs it said.\n\nThe Kelso Curling Society said"): both paths
  (``lede_body_apposed_next``, ``lede_body_clause_next``) give the lede row the
  written golds' form of an organisation, without "the" (the golds write no "the
  X" speaker; 966 gold rows name "X" where the text writes "the X"); the apposed
  path gave "the Kelso Curling Society". A non-echoing apposition keeps "its
  operator".
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _rows(text):
    return quote_rows(text, "speaker", "speaker_type")


def test_bare_team_plural_after_the_team_is_the_team():
    text = 'The Oilers lost again on Tuesday. "We were flat," Oilers said in a statement.'
    assert _rows(text) == [("Oilers", "organization")]
    text = (
        "Fans cheered the Canadiens on Saturday night.\n\n"
        "Canadiens said the coach would stay for another season."
    )
    assert _rows(text) == [("Canadiens", "organization")]


def test_team_plural_with_the_stays_an_organisation():
    assert _rows("The New York Islanders said the trade was done.") == [
        ("New York Islanders", "organization")
    ]
    assert _rows("The Islanders said the trade was done.") == [("Islanders", "organization")]


def test_people_of_a_region_are_a_group():
    assert _rows("Islanders said the ferry had been late all winter.") == [("Islanders", "group")]
    assert _rows("Many Islanders said the ferry had been late all winter.") == [
        ("Islanders", "group")
    ]
    assert _rows("Manitobans said in a poll that the bridge should be rebuilt.") == [
        ("Manitobans", "group")
    ]
    assert _rows("Nova Scotians said in a poll that the ferry should stay.") == [
        ("Nova Scotians", "group")
    ]


def test_plural_of_a_person_noun_is_a_group():
    assert _rows("Musicians said the festival still owed them money.") == [("Musicians", "group")]


def test_surname_shaped_plurals_stay_persons():
    # near negatives: a surname ending in -s with no team nor people reading
    assert _rows("Rogers said the trade was done.") == [("Rogers", "person")]
    text = "The Sanders camp met in Moncton. Sanders said the vote was close."
    assert _rows(text) == [("Sanders", "person")]
    text = "Mr. Parsons spoke first. Parsons said the budget was tight."
    assert _rows(text) == [("Parsons", "person")]
    text = "Ann Islanders chairs the board. Islanders said the rink would reopen."
    assert _rows(text) == [("Ann Islanders", "person")]
    assert _rows("Agnes said the rink would reopen in May.") == [("Agnes", "person")]


def test_both_lede_body_paths_give_the_golds_form_without_the():
    # the apposed path (lede_body_apposed_next) and the clause path
    # (lede_body_clause_next) give the lede row the body's name without "the"
    apposed = (
        "Rink to close\n\nA curling rink will close, its operator said Monday.\n\n"
        "The Kelso Curling Society, the non-profit that has run the rink since 1961, "
        "said membership fell."
    )
    clause = (
        "Rink to close\n\nA curling rink will close, the society that runs it said Monday.\n\n"
        "The Kelso Curling Society said membership fell."
    )
    for text in (apposed, clause):
        assert _rows(text)[0] == ("Kelso Curling Society", "organization")


def test_lede_body_without_an_echo_keeps_its_description():
    # near negative: an apposition that does not echo the lede's body
    text = (
        "Rink to close\n\nA curling rink will close, its operator said Monday.\n\n"
        "The Kelso Curling Society, whose members are retired teachers, said membership fell."
    )
    assert _rows(text)[0][0] == "its operator"
