"""Speaker rules of spk32 (speakers on first contact), each on sentences written for the
test: "A second driver said" keeps its ordinal; "the developer" / "the builder" is the
developing company the article names; "had her players promise" gives no "her"; "her
daughter Mia Roe" / "Roe's daughter Mia" / "Mia Tate, her daughter," names the later
"Her daughter said"."""

from __future__ import annotations

from tests._quote_rows import quote_rows


def test_a_second_driver_keeps_the_ordinal():
    text = "HALIFAX — A second driver said the road had been icy for hours."
    assert quote_rows(text, "speaker", "speaker_mention") == [
        ("a second driver", "A second driver")
    ]


def test_a_fifth_witness_later_in_the_article():
    text = (
        "HALIFAX — Police closed the road on Monday. A fifth witness said the truck "
        "had been speeding."
    )
    assert quote_rows(text, "speaker") == [("a fifth witness",)]


def test_for_a_second_is_no_ordinal_speaker():
    text = "HALIFAX — For a second, nobody spoke. Then the mayor said taxes would rise."
    assert quote_rows(text, "speaker") == [("the mayor",)]


def test_the_developer_is_the_developing_company_named_before():
    text = (
        "HALIFAX — Harbour Lane Developments Ltd. wants to build 300 homes on the site.\n\n"
        "The developer said construction would start in May."
    )
    assert quote_rows(text, "speaker") == [("Harbour Lane Developments Ltd.",)]


def test_the_developer_in_a_lede_is_the_company_named_next():
    text = (
        "HALIFAX — Council approved the towers on Tuesday. The developer said "
        "construction would start in May.\n\nHarbour Lane Developments Ltd. owns the site."
    )
    assert quote_rows(text, "speaker") == [("Harbour Lane Developments Ltd.",)]


def test_the_builder_is_the_homes_company():
    text = (
        "HALIFAX — Ann Roe bought a house built by Seaside Homes Inc. last year.\n\n"
        "The builder said the roof was sound."
    )
    assert quote_rows(text, "speaker") == [("Seaside Homes Inc.",)]


def test_the_developer_without_a_company_stays_a_description():
    text = (
        "HALIFAX — Council approved the towers on Tuesday.\n\n"
        "The developer said construction would start in May."
    )
    assert quote_rows(text, "speaker") == [("the developer",)]


def test_a_possessive_before_a_plural_subject_is_no_speaker():
    text = "HALIFAX — Coach Lee Park had her players promise to study every night."
    assert all(s != "Lee Park" for (s,) in quote_rows(text, "speaker"))


def test_a_campaign_promise_keeps_its_possessor():
    text = "HALIFAX — Lee Park broke his campaign promise to cut taxes."
    assert quote_rows(text, "speaker", "quote") == [("Lee Park", "to cut taxes")]


def test_her_daughter_named_without_commas_before():
    text = (
        "HALIFAX — Ann Roe lost her home in the fire. Her daughter Mia Roe was at work.\n\n"
        "Her daughter said the family would rebuild."
    )
    assert quote_rows(text, "speaker") == [("Mia Roe",)]


def test_the_surname_possessive_names_the_daughter():
    text = (
        "HALIFAX — Ann Roe lost her home in the fire. Roe's daughter Mia was at work.\n\n"
        "Her daughter said the family would rebuild."
    )
    assert quote_rows(text, "speaker") == [("Mia",)]


def test_name_then_her_daughter_in_apposition():
    text = (
        "HALIFAX — Ann Roe lost her home. Mia Tate, her daughter, was at work.\n\n"
        "Her daughter said the family would rebuild."
    )
    assert quote_rows(text, "speaker") == [("Mia Tate",)]


def test_whose_daughter_names_her():
    text = (
        "HALIFAX — Ann Roe, whose daughter Mia Tate was at work, lost her home.\n\n"
        "Her daughter said the family would rebuild."
    )
    assert quote_rows(text, "speaker") == [("Mia Tate",)]


def test_her_daughter_unnamed_stays_a_description():
    text = "HALIFAX — Ann Roe lost her home in the fire.\n\nHer daughter said they would rebuild."
    assert quote_rows(text, "speaker") == [("Her daughter",)]


def test_a_daughter_named_with_a_mans_name_is_someone_else():
    text = (
        "HALIFAX — Ann Roe lost her home. Her daughter Tom was at work.\n\n"
        "Her daughter said the family would rebuild."
    )
    assert quote_rows(text, "speaker") == [("Her daughter",)]


def test_two_daughters_named_leave_the_description():
    text = (
        "HALIFAX — Ann Roe lost her home. Her daughter Mia Roe and her daughter Lea Roe "
        "were at work.\n\nHer daughter said the family would rebuild."
    )
    assert quote_rows(text, "speaker") == [("Her daughter",)]


def test_an_organisation_set_beside_a_description_wins():
    text = (
        "HALIFAX — Maritime Grocers filed for creditor protection.\n\n"
        "The receiver, Baird & Lowe Inc., said the stores would stay open."
    )
    assert quote_rows(text, "speaker") == [("Baird & Lowe Inc.",)]


def test_a_possessive_description_with_an_organisation_beside_it():
    text = (
        "HALIFAX — Maritime Grocers filed for creditor protection.\n\n"
        "The company's trustee, Baird Lowe Inc., said the stores would stay open."
    )
    assert quote_rows(text, "speaker") == [("Baird Lowe Inc.",)]


def test_the_developer_named_far_up_the_article():
    filler = "Council heard from residents for three hours on Monday night. " * 40
    text = (
        "MONCTON — Petitcodiac Properties plans to replace the building with a tower.\n\n"
        + filler
        + "\n\nThe developer said it hoped to begin demolition in the spring."
    )
    assert quote_rows(text, "speaker")[-1] == ("Petitcodiac Properties",)


def test_her_grandfather_is_the_man_whose_granddaughter_she_is():
    text = (
        "HALIFAX — Karl Roe opened the bakery in 1950. His granddaughter Mia Roe runs it "
        "now.\n\nHer grandfather used to say that bread was a promise, she said."
    )
    assert ("Karl Roe", "bread was a promise") in quote_rows(text, "speaker", "quote")


def test_her_grandfather_after_the_granddaughter_is_quoted():
    text = (
        "HALIFAX — Karl Roe opened the bakery in 1950. His granddaughter, Mia Roe, runs it "
        "now.\n\n“He never rested,” Roe said. Her grandfather said that bread was a promise."
    )
    assert quote_rows(text, "speaker")[-1] == ("Karl Roe",)


def test_her_grandfather_without_the_tie_stays_a_description():
    text = (
        "HALIFAX — Karl Roe opened the bakery in 1950. Mia Roe runs it now.\n\n"
        "Her grandfather said that bread was a promise."
    )
    assert quote_rows(text, "speaker") == [("Her grandfather",)]


def test_his_mother_is_the_woman_whose_son_he_is():
    text = (
        "HALIFAX — Ann Lee ran the shop for 30 years. Her son Ben Lee took over in "
        "2019.\n\nHis mother said that customers came first, he said."
    )
    assert ("Ann Lee", "customers came first") in quote_rows(text, "speaker", "quote")


def test_the_head_of_an_organisation_opening_a_sentence_is_the_head():
    text = (
        "HALIFAX — Fares will rise in May. The head of Halifax Transit told council the "
        "buses were full."
    )
    assert quote_rows(text, "speaker")[0][0].lower() == "the head of halifax transit"


def test_the_wife_of_a_named_man_is_the_wife():
    text = "HALIFAX — Fares will rise. The wife of Tom Lee said the buses were full."
    assert quote_rows(text, "speaker")[0][0].lower() == "the wife of tom lee"


def test_said_the_head_of_keeps_the_organisation():
    text = "HALIFAX — Fares will rise in May, said the head of the Nova Scotia Nurses' Union."
    assert quote_rows(text, "speaker") == [("the head of the Nova Scotia Nurses' Union",)]


def test_said_the_chair_of_the_board_then_a_name_is_the_name():
    text = "HALIFAX — Fares will rise in May, said the chair of the board, Ann Roe."
    assert quote_rows(text, "speaker") == [("Ann Roe",)]


def test_the_head_in_a_lede_is_the_leader_named_next():
    text = (
        "WINNIPEG — The head of Prairie Hydro told the board on Monday that the dams were "
        "old.\n\nAnn Vesey, who has led the utility since 2020, said the rate increase was "
        "needed."
    )
    assert quote_rows(text, "speaker") == [("Ann Vesey",), ("Ann Vesey",)]


def test_the_head_in_a_lede_is_not_the_lawyer_named_next():
    text = (
        "WINNIPEG — The head of Prairie Hydro told the board on Monday that the dams were "
        "old.\n\nAnn Vesey, a lawyer for the coalition, said the increase was not needed."
    )
    # (spk34: "Hydro" ends an organisation's name now, so the description is written
    # as "the head of Acme Corp" is: lower-case, anonymous)
    assert quote_rows(text, "speaker")[0][0].lower() == "the head of prairie hydro"


def test_the_society_and_its_board_are_the_named_society():
    text = (
        "HALIFAX — The Halifax Playhouse Society ran the theatre for 40 years.\n\n"
        "The society's board said it would sell the building. The board said it had no "
        "choice. The society said the sale would close in May."
    )
    assert quote_rows(text, "speaker") == [("Halifax Playhouse Society",)] * 3


def test_the_familys_eldest_daughter_is_her_daughter():
    text = (
        "HALIFAX — The Roe family faces deportation. The family's eldest daughter, Mia, "
        "19, said she was packing.\n\nAnn Roe did not speak to reporters. Her daughter "
        "said her mother had not slept."
    )
    assert quote_rows(text, "speaker") == [("Mia",), ("Mia",)]
