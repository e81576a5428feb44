"""bug73's rules (session 38 round 2: names and speaker types left by round 1), each
checked on sentences written for this file.

* "One of the lawyers for Ann Roe said": one unnamed lawyer ("one of the lawyers for
  Ann Roe", typed anonymous), as "One of the nurses said" is (bug72): a count "one"
  before "of the <listed plural person noun>" keeps a preposition's tail
  (``np_left._count_of_the``). It was "Ann Roe": "the lawyers for Ann Roe" was read as
  a job before a full name; a preposition is no job (``description_echoes.
  _job_then_full_name``), so "The lawyers for Ann Roe said" is the lawyers.
  "One of the companies said" is unchanged (the companies).
* "Eleven of the workers at the plant said" / "Two of the nurses at the hospital said":
  the count before "of the" belongs to the speaker when a place or owner phrase
  follows the head (``np_left._counted_partitive_start``); it was "the workers at the
  plant" (and "the nurses at the hospital" typed organization). Not after a
  preposition of place ("Tenants in two of the buildings at the complex": the tenants).
* "two of his children who argued that ..." / "Two of his children said": a possessive
  (his, her, their) opens a counted partitive's object as "the" does (``np_left.
  _PARTITIVE_DETS``), a group (``names._stype_static``); it was "his children", typed
  unknown. "One of her lawyers said" is one person.
* "Marie del Roches ... del Roches said": a lower-case particle ("del", which the title
  list holds as "Del.", a delegate) is no title inside or at the start of a name run
  (``names._name_info0``, ``names._clean_name_words``), so the name is whole and the
  bare "del Roches" is that person; it was "Roches" for both. "Del. Ann Roe" keeps its
  title.
* "Housing Estrie said" with "housing" elsewhere in the text: a service word that is
  only a [descriptor] title ("Housing", "Fisheries") opening a two-word name before no
  given name, title or place is kept in the name and makes it an organisation
  (``names._service_word_body``, used by ``_name_info0`` and ``_stype_static``); it
  was the person "Estrie". "Housing Minister Ann Roe", "Transport Canada" (a place
  after it: the other rules') and "Justice Marlowe" are unchanged.
* "Parishioners said" / "Villagers said": listed plural person nouns
  (``resources/speaker_nouns.txt``), a group; they were the person "Parishioners".
  "Pickers said" (group) and "Ann Divers ... Divers said" (person) were already right.
  "Islanders" is not listed: "The New York Islanders said" stays the team.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _rows(text):
    return quote_rows(text, "speaker", "speaker_type")


def test_one_of_the_lawyers_for_a_name_is_the_lawyer():
    rows = _rows("One of the lawyers for Ann Roe said the case against her client was weak.")
    assert rows == [("one of the lawyers for Ann Roe", "anonymous")]
    text = '"We will appeal," one of the organizers of the Moncton march said.'
    assert _rows(text) == [("one of the organizers of the Moncton march", "anonymous")]


def test_the_lawyers_for_a_name_are_not_the_name():
    rows = _rows("The lawyers for Ann Roe said the case against her was weak.")
    assert rows == [("the lawyers for Ann Roe", "group")]
    # near negative: a job written right before the full name is that person's
    rows = _rows("The Banff ranger Ann Roe said the trail would stay closed.")
    assert rows == [("Ann Roe", "person")]


def test_one_of_the_companies_unchanged():
    assert _rows("One of the companies said it would appeal the fine.") == [
        ("the companies", "group")
    ]


def test_count_partitive_with_a_place_tail_keeps_the_count():
    rows = _rows("Eleven of the workers at the plant said they had not been paid since June.")
    assert rows == [("Eleven of the workers at the plant", "group")]
    rows = _rows("Two of the nurses at the Moncton hospital said they had worked double shifts.")
    assert rows == [("two of the nurses at the Moncton hospital", "group")]


def test_place_preposition_before_the_count_keeps_the_people():
    text = "Tenants in two of the buildings at the complex said the heat had been off."
    assert _rows(text) == [("tenants", "group")]


def test_possessive_partitive_is_the_counted_group():
    text = (
        "A Gatineau judge upheld the will of a bakery owner, rejecting a challenge by two "
        "of his children who argued that the will had been forged."
    )
    assert _rows(text) == [("two of his children", "group")]
    assert _rows("Three of their neighbours said the fence was built in 1990.") == [
        ("three of their neighbours", "group")
    ]


def test_one_of_her_lawyers_is_one_person():
    assert _rows("One of her lawyers said the fine would be appealed.") == [
        ("one of her lawyers", "anonymous")
    ]


def test_del_particle_bare_surname_is_the_full_name():
    text = (
        '"The ferry schedule was cut without notice," said Marie del Roches, who runs a '
        'bakery in the port. "We lost half our customers," del Roches said.'
    )
    assert _rows(text) == [("Marie del Roches", "person")] * 2
    text = (
        '"The rink will close," said Tomás del Valle, the arena manager. '
        '"There is no money for a new roof," Del Valle said.'
    )
    assert [s for s, _ in _rows(text)] == ["Tomás del Valle", "Tomás del Valle"]


def test_capitalised_del_title_still_titles_a_person():
    # near negative: "Del." (a delegate) before a full name is a title, no particle
    assert _rows("Del. Ann Roe said the bill would pass next week.") == [("Ann Roe", "person")]


def test_descriptor_service_word_body_is_kept_whole():
    text = (
        "Rents rose again in Sherbrooke and affordable housing is scarce. Housing Estrie "
        "said the wait list had doubled since 2021."
    )
    assert _rows(text) == [("Housing Estrie", "organization")]
    text = "Fisheries Outaouais said the walleye quota would be cut by a third."
    assert _rows(text) == [("Fisheries Outaouais", "organization")]


def test_descriptor_before_a_title_or_a_place_unchanged():
    # near negatives: a portfolio word before a title is the person's; before a
    # place it is the other rules' body; "Justice" titles a judge
    text = "Housing Minister Ann Roe said rents would fall next year."
    assert _rows(text) == [("Ann Roe", "person")]
    assert _rows("Transport Canada said the recall was voluntary.") == [
        ("Transport Canada", "organization")
    ]
    assert _rows("Justice Marlowe said the evidence was thin.") == [("Marlowe", "person")]


def test_parishioners_and_villagers_are_groups():
    assert _rows("Parishioners said the church would close in May.") == [("parishioners", "group")]
    assert _rows("Villagers said the road to the quarry had been closed.") == [
        ("villagers", "group")
    ]
    assert _rows("A parishioner said the roof had leaked for years.") == [
        ("a parishioner", "anonymous")
    ]


def test_team_named_islanders_stays_an_organisation_and_pickers_a_group():
    # near negative: a team's name ending in a plural of people is the team
    assert _rows("The New York Islanders said the trade was done.") == [
        ("New York Islanders", "organization")
    ]
    assert _rows("Pickers said the fields were flooded.") == [("Pickers", "group")]


def test_bare_surname_after_the_full_name_is_the_person():
    text = '"We lost the crop," said Ann Divers, a farmer. "The rain came early," Divers said.'
    assert _rows(text) == [("Ann Divers", "person")] * 2
