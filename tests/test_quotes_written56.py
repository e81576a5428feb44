"""Rules added by written48 after the blind run of the fortyeighth written set
(tests/data/written_news48): sentences written for these tests.

* "the executive said" is the person a preposed apposition introduced with a role of
  the executive's cues ("Its chief operating officer, Dana Whitfield, said").
* "according to the dean of the Ontario Veterinary College" (a description with an
  "of" phrase) is the person the next paragraph names ('"B," said Dr. Ruth Kellerman').
* A lede's "The official who will run the by-election says" (definite, a relative
  clause, no anonymity) is the person the next paragraph names.
* "It said" right after "That firm, Harbour Controls, makes pumps." is the firm.
* A lede's "A conservation group in the valley says" is the organisation of that kind
  whose name opens the next paragraph ("The Upper Skeena River Society said").
* "The only veterinarian left in a region the size of Prince Edward Island says": the
  opening person noun, not the place inside its phrase.
* ", he said, though it did not believe they would": a negated belief goes on with
  the statement (no refusal the writer reports).
* "..., and a woman whose mother lives there says A": the subject is "a woman" (a
  "whose" relative after ", and", ending in "there"), and a lede's "a woman whose
  mother ..." is the first "<Full Name>'s mother" the article writes later.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speech_rows


def test_executive_is_the_preposed_chief_operating_officer():
    text = (
        "Lakeside Living runs four homes. Its chief operating officer, Dana Whitfield, said "
        "the company accepted the fine.\n\n"
        "“We made a mistake,” Whitfield said.\n\n"
        "The home now hires more staff, the executive said, and has signed a contract with "
        "an agency."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Dana Whitfield", "The home now hires more staff") in rows
    assert all(s == "Dana Whitfield" for s, _q in rows)


def test_preposed_role_must_fit_the_description():
    text = (
        "Lakeside Living runs four homes. Its head gardener, Dana Whitfield, said the "
        "lawns were dry.\n\n"
        "“We need rain,” Whitfield said.\n\n"
        "The home now hires more staff, the executive said."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Dana Whitfield", "The home now hires more staff") not in rows


def test_dean_of_college_named_next():
    text = (
        "Farmers are worried.\n\n"
        "The shortage is about where graduates work, according to the dean of the Ontario "
        "Veterinary College in Guelph. It is not about numbers, she said.\n\n"
        "“Only a few choose farms,” said Dr. Ruth Kellerman, who has led the college since 2020."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0] == ("Ruth Kellerman", "The shortage is about where graduates work")
    assert rows[1] == ("Ruth Kellerman", "It is not about numbers")


def test_lede_definite_official_who_named_next():
    text = (
        "HALIFAX — The official who will run the by-election says voters will get a new "
        "ballot.\n\n"
        "Returning officer Maria Santangelo told reporters on Friday that the ballots were printed."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0] == ("Maria Santangelo", "voters will get a new ballot")


def test_anonymous_official_who_is_not_named_next():
    text = (
        "HALIFAX — The official who spoke on condition of anonymity says the ballots are "
        "late.\n\n"
        "Returning officer Maria Santangelo told reporters on Friday that the ballots were printed."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0][0] != "Maria Santangelo"


def test_it_after_firm_named_as_subject():
    for opener in ("That firm, Harbour Controls, makes", "Harbour Controls makes"):
        text = (
            "The team went to Halifax High School last year.\n\n"
            f"{opener} pumps for ships. It said in a news release that it would pay the airfares."
        )
        rows = quote_rows(text, "speaker", "quote")
        assert rows == [("Harbour Controls", "it would pay the airfares")]


def test_it_after_a_person_subject_is_not_a_firm():
    text = "The deal closed.\n\nOttawa Mayor Jim Watson has backed it. It said the plan works."
    assert all(s != "Ottawa Mayor Jim Watson" for s, _q in quote_rows(text, "speaker", "quote"))


def test_lede_indefinite_group_named_by_next_opener():
    text = (
        "SMITHERS, B.C. — A conservation group says the cleanup money is too small.\n\n"
        "The Upper Skeena River Society said in a submission filed last week that the bond "
        "was out of date."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0][1] == "the cleanup money is too small"
    assert "Upper Skeena River Society" in rows[0][0]


def test_lede_group_not_given_to_a_city():
    text = (
        "SMITHERS, B.C. — A conservation group says the cleanup money is too small.\n\n"
        "The City of Smithers said in a statement that the bond was out of date."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert "Smithers" not in rows[0][0]


def test_opening_person_noun_with_place_hung_on_it():
    text = (
        "HUMBOLDT, Sask. — The only veterinarian left in a region the size of Prince Edward "
        "Island says she will stop night calls."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows and "Island" not in rows[0][0]
    assert "veterinarian" in rows[0][0].lower()


def test_negated_belief_after_insertion_goes_on():
    text = (
        "The firm would consider a larger bond if a gap were found, Tom Reeve said, though "
        "it did not believe they would."
    )
    quotes = [q for _s, _c, q in speech_rows(text)]
    assert "though it did not believe they would" in quotes


def test_refusal_after_insertion_stays_the_writers():
    text = (
        "The firm would consider a larger bond, Tom Reeve said, though he would not name "
        "the engineers."
    )
    quotes = [q for _s, _c, q in speech_rows(text)]
    assert not any("name the engineers" in q for q in quotes)


def test_and_a_woman_whose_kin_clause_subject():
    text = "The home was fined, and a man whose son works there says he found out late."
    assert quote_rows(text, "speaker", "quote") == [("a man", "he found out late")]


def test_lede_woman_whose_mother_named_later_by_possessive():
    text = (
        "KINGSTON — A retirement home was fined $25,000, and a woman whose mother lives there "
        "says she found out only when her mother fell.\n\n"
        "The regulator said the home had too few staff at night.\n\n"
        "Carla Van Dijk's mother, Ruth, is 91 and has lived at the home since 2020.\n\n"
        "“She called out for an hour,” her daughter said."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0] == ("Carla Van Dijk", "she found out only when her mother fell")
    assert ("Carla Van Dijk", "She called out for an hour") in rows


def test_whose_kin_needs_the_same_kin_word():
    text = (
        "KINGSTON — A home was fined, and a woman whose mother lives there says she found "
        "out late.\n\n"
        "Carla Van Dijk's father, Tom, is 91."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0][0] != "Carla Van Dijk"
