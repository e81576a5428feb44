"""bug76's rules (session 40 round 1, names and speaker types left by session 39), each
checked on sentences written for this file.

* "Tom North of the Saint John Port Authority said": a listed given name right after
  "Saint" / "St." / "Ste." / "San" / "Santa" opens a place's name inside the
  organisation, not a person's name, so the "<title> of <Org> <Given name>" rule
  ("Minister of Trade Ann Lee said") does not cut the organisation there
  (``np_left._given_name_at``); the speaker was "John Port Authority" ("North" is a
  title word). "Director of the Saint John Port Authority Ann Lee said" is Ann Lee.
* "Prince Edward Islanders said": two or three capitalised words (after "Many",
  "Some") ending in the plural of a demonym (of a region, ``regional_demonyms.txt``;
  of a nation, a [descriptor] title ending in "an"; or of a listed place the words
  spell out, "New Yorkers") are a group, whole (``plural_names._demonym_plural`` in
  ``plural_name_type``); it was the person "Edward Islanders" ("Prince" is a title),
  and "Rural Manitobans" / "Ordinary Canadians" / "Prince Albertans" were persons. A
  first word that is a listed given name stays a person ("Ann Canadians"), "Prince
  Harry said" stays the person, and a team written after "the" ("the New York
  Islanders won") stays the team.
* "Oilers said" after "The Oilers' captain ..." or "the Edmonton Oilers traded": a
  team's plural is written as a name also after "the" and up to two capitalised words
  that open with no given name, and as an owner ("the Oilers' coach")
  (``plural_names._team_written``); "Edmonton Oilers said" (no given name first) is the
  team when the article writes its plural so (``plural_names._team_prefix``: no given
  name, title or possessive before the plural, "the Federalist’s Sean Davis" is a person); a sentence's last short word ("signed
  off. Oilers said") is no case's "v." (``plural_names._after_name``). It was the
  person "Oilers". Near negatives: "the Sanders camp" and "the Torres family" (a noun
  after the plural), "Bernie Sanders" (a given name first) stay persons, and "the
  Smiths" after "Ann and Tom Smith" is the family (a group).
* "One Chinese journalist said", "Another arbitrageur said", "one delegate said":
  "one" / "another" before a lower-case head that is a listed title or an agent noun
  (-eur, -er, -ist, -ian), at most five words, is one unnamed person (anonymous)
  (``names._person_head`` in ``names._stype_static``), as "a delegate" was; they were
  typed unknown (the Reuters speaker types' largest unknown class). "One study",
  "one letter", "another filing" stay documents.
* "Company spokesmen said", "Businessmen said": the "-men" plural of a listed title or
  person noun is a group (``names._men_plural``); they were unknown / a person.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers(text: str) -> list[tuple[str, str]]:
    return quote_rows(text, "speaker", "speaker_type")


def test_saint_place_keeps_the_organisation_whole():
    text = "Tom North of the Saint John Port Authority said the cranes were idle."
    assert _speakers(text) == [("Tom North", "person")]
    text = "Tom North of the St. Lawrence Seaway Authority said shipping would resume Monday."
    assert _speakers(text) == [("Tom North", "person")]
    text = "Director of the Saint John Port Authority Ann Lee said the cranes were idle."
    assert _speakers(text) == [("Ann Lee", "person")]


def test_saint_place_organisation_alone_and_titled_names_still_cut():
    text = "The Saint John Port Authority said the cranes were idle."
    assert _speakers(text) == [("the Saint John Port Authority", "organization")]
    # a given name after a title with "of" (no saint before it) is still the speaker
    text = "Ohio Secretary of State John Kander said the count was fair."
    assert _speakers(text) == [("John Kander", "person")]
    text = "Minister of Trade Ann Lee said the tariff would stay."
    assert _speakers(text) == [("Ann Lee", "person")]


def test_place_demonym_with_a_title_word_is_a_whole_group():
    text = "Prince Edward Islanders said the ferry fare was too high."
    assert _speakers(text) == [("Prince Edward Islanders", "group")]
    text = "Many Prince Edward Islanders said the bridge toll should go."
    assert _speakers(text) == [("Prince Edward Islanders", "group")]
    text = "Prince Albertans said the water was brown."
    assert _speakers(text) == [("Prince Albertans", "group")]


def test_modified_demonym_plurals_are_groups():
    assert _speakers("Rural Manitobans said the roads were bad.") == [("Rural Manitobans", "group")]
    assert _speakers("Ordinary Canadians said the tax was unfair.") == [
        ("Ordinary Canadians", "group")
    ]


def test_title_before_a_name_and_teams_are_not_demonym_groups():
    # (bug78: a royal title before the one name the article writes only so is kept whole,
    # the task's decision; the point here, a person and no demonym group, holds)
    assert _speakers("Prince Harry said the charity would grow.") == [("Prince Harry", "person")]
    text = "The New York Islanders won again. New York Islanders said the rink was cold."
    assert _speakers(text) == [("New York Islanders", "organization")]
    assert _speakers("Calgary Flames said the game was postponed.")[0][1] != "group"


def test_team_plural_written_as_an_owner_or_after_its_city():
    text = (
        "The trade came hours before the deadline. The Oilers' general manager signed "
        "off. Oilers said the deal was fair."
    )
    assert _speakers(text) == [("Oilers", "organization")]
    text = "The Edmonton Oilers traded a winger. Oilers said the trade was complete."
    assert _speakers(text)[0][1] == "organization"
    text = "Edmonton Oilers said the trade was complete. The Oilers' captain was not told."
    assert _speakers(text) == [("Edmonton Oilers", "organization")]


def test_family_and_persons_are_not_teams():
    text = "Bernie Sanders said the plan was fair. The Sanders campaign agreed."
    assert _speakers(text) == [("Bernie Sanders", "person")]
    text = "Xochitl Torres said the plan was fair. The Torres family agreed."
    assert _speakers(text) == [("Xochitl Torres", "person")]
    text = (
        "Ann and Tom Smith lost their barn. The Smiths' neighbours helped. "
        "The Smiths said they would rebuild."
    )
    # a family, no team; since w142 the couple the text named "Ann and Tom Smith" (the
    # written gold's family-plural convention, ``family_pairs``), still a group
    assert _speakers(text) == [("Ann and Tom Smith", "group")]


def test_one_or_another_before_a_person_noun_is_anonymous():
    assert _speakers("One Chinese journalist said the border was closed.") == [
        ("one Chinese journalist", "anonymous")
    ]
    assert _speakers("Another arbitrageur said the bid was low.") == [
        ("another arbitrageur", "anonymous")
    ]
    assert _speakers("The vote was close, one delegate said.") == [("one delegate", "anonymous")]


def test_one_before_a_document_stays_a_document():
    assert _speakers("One study said the drug worked.") == [("one study", "document")]
    assert _speakers("Another filing said the firm owed money.") == [("another filing", "document")]


def test_men_plurals_of_person_nouns_are_groups():
    assert _speakers("Company spokesmen said the plant would reopen.") == [
        ("Company spokesmen", "group")
    ]
    assert _speakers("Businessmen said the tax was unfair.") == [("Businessmen", "group")]


def test_owner_or_given_name_before_a_surname_is_no_team():
    text = (
        "The Northern Ledger’s Sean Davis argued the plan failed. Davis said the bill was flawed."
    )
    assert ("Sean Davis", "person") in _speakers(text)
