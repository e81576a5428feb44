"""Organisation and description speakers (helper spk34, session 25): every sentence
here is written for the test."""

from __future__ import annotations

from tests._quote_rows import quote_rows, speaker_of

# 1. business descriptions of a company named before


def test_the_operator_is_the_ferry_company_named_before():
    text = (
        "Northern Ferries Ltd. cancelled two sailings on Monday. "
        "The operator said the vessel needed repairs to its ramp."
    )
    assert speaker_of(text, "the vessel needed repairs to its ramp") == "Northern Ferries Ltd."


def test_the_carrier_the_airline_and_the_contractor_take_the_company():
    text = (
        "Valley Coach Lines Inc. will cut its Sunday route. "
        "The carrier said ridership had fallen by half."
    )
    assert speaker_of(text, "ridership had fallen by half") == "Valley Coach Lines Inc."
    text = (
        "Harbour Air Ltd. grounded one plane after a bird strike. "
        '"We take safety seriously," the airline said.'
    )
    assert speaker_of(text, "We take safety seriously") == "Harbour Air Ltd."
    text = (
        "Crews from Atlas Paving Ltd. finished the road on Friday. "
        "The contractor said the work came in under budget."
    )
    assert speaker_of(text, "the work came in under budget") == "Atlas Paving Ltd."


def test_the_airline_needs_a_company_of_its_kind():
    text = (
        "Northern Ferries Ltd. cancelled two sailings on Monday. "
        '"We take safety seriously," the airline said.'
    )
    assert speaker_of(text, "We take safety seriously") != "Northern Ferries Ltd."


def test_the_landlord_is_a_company_that_opened_its_clause():
    text = (
        "Ridge Properties Inc. bought the tower in May. Tenants say the heat has been off. "
        "The landlord said a part was on order."
    )
    assert speaker_of(text, "a part was on order") == "Ridge Properties Inc."


def test_the_owner_stays_a_person_when_the_company_is_only_mentioned():
    text = (
        "A dog owned by a man in Moncton bit a courier from Swift Delivery Ltd. on Monday. "
        "The owner said the dog had never bitten anyone."
    )
    assert speaker_of(text, "the dog had never bitten anyone") == "The owner"
    text = (
        "The Blue Heron Cafe on Main Street closed after the fire. "
        "The owner said she hoped to reopen by summer."
    )
    assert speaker_of(text, "she hoped to reopen by summer") == "The owner"


def test_the_operator_called_a_person_before_stays_a_person():
    text = (
        "Clifford Moon, the plant's operator, checks the water daily. Bay Water Ltd. built "
        "the plant. The operator said the water was safe."
    )
    assert speaker_of(text, "the water was safe") != "Bay Water Ltd."


# 2. organisation names ending in a transport, farm or trust word


def test_names_ending_in_lines_ferries_farms_trust_are_organisations():
    for text, name in (
        ("In a statement, Valley Coach Lines said the route would end.", "Valley Coach Lines"),
        ("Salish Coast Ferries said the sailing was cancelled.", "Salish Coast Ferries"),
        ("Prairie Sky Farms said the drought had cut its yield.", "Prairie Sky Farms"),
        ("Coastal Heritage Trust said the lighthouse would be restored.", "Coastal Heritage Trust"),
        ("Harbour Air said the flight was cancelled.", "Harbour Air"),
    ):
        assert quote_rows(text, "speaker", "speaker_type")[0] == (name, "organization"), text


# 3. the department by kind


def test_the_department_prefers_the_department_named_over_a_provincial_body():
    text = (
        "The Department of Health issued the warning after Ambulance New Brunswick "
        "reported long delays. The department said the delays were unacceptable."
    )
    assert speaker_of(text, "the delays were unacceptable") == "Department of Health"


def test_the_department_already_resolved_by_name():
    text = (
        "The Department of Public Works closed the bridge on Tuesday. Bay Paving Ltd. had "
        "repaved it last year. The department said the deck had cracked."
    )
    assert speaker_of(text, "the deck had cracked") == "Department of Public Works"
    text = (
        "Fisheries and Oceans Canada closed the fishery on Monday. Coastal Seafoods Ltd. said "
        "it would lay off 40 workers. The department said stocks had fallen sharply."
    )
    assert speaker_of(text, "stocks had fallen sharply") == "Fisheries and Oceans Canada"


# 4. a possessive role description


def test_its_leader_is_the_party_leader_named_before():
    text = (
        "The Green Party held its convention in Halifax. Party leader Tom Kent spoke on "
        "Saturday. Its leader said the party would run in every riding."
    )
    assert speaker_of(text, "the party would run in every riding") == "Tom Kent"
    text = (
        "The Green Party held its convention in Halifax. Tom Kent, the party's leader, spoke "
        "on Saturday. Its leader said the party would run in every riding."
    )
    assert speaker_of(text, "the party would run in every riding") == "Tom Kent"


def test_the_unions_president_is_the_person_said_to_be_its_president():
    text = (
        "The nurses' union rejected the offer. Ann Roe, president of the union, spoke to "
        "members on Sunday. The union's president said a strike was possible."
    )
    assert speaker_of(text, "a strike was possible") == "Ann Roe"
    text = (
        "Ann Roe is president of the nurses' union. The union's president said the offer was low."
    )
    assert speaker_of(text, "the offer was low") == "Ann Roe"


def test_its_president_of_a_company():
    text = (
        "Acme Corp. cut 200 jobs on Monday. Acme president Tom Vale met staff in the "
        "morning. Its president said the cuts were the last."
    )
    assert speaker_of(text, "the cuts were the last") == "Tom Vale"


def test_a_possessive_role_with_nobody_titled_so_stays_a_description():
    text = (
        "The Green Party held its convention in Halifax on Saturday. "
        "Its leader said the party would run in every riding."
    )
    assert speaker_of(text, "the party would run in every riding") == "Its leader"
    text = (
        "Ann Roe, president of the chamber of commerce, spoke on Sunday. "
        "The union's president said a strike was possible."
    )
    assert speaker_of(text, "a strike was possible") != "Ann Roe"


# 5. the ministry (already worked)


def test_ministry_spokesperson_anonymous_and_the_ministry_named():
    text = (
        "The Ministry of Transportation closed the highway. "
        "A ministry spokesperson said the road would reopen Friday."
    )
    assert quote_rows(text, "speaker_type") == [("anonymous",)]
    text = (
        "The Ministry of Transportation closed the highway after Bay Paving Ltd. found "
        "cracks. The ministry said the road would reopen Friday."
    )
    assert speaker_of(text, "the road would reopen Friday") == "Ministry of Transportation"


# 6. a lede's union named in the next paragraph


def test_the_teachers_union_in_a_lede_named_next():
    text = (
        "The teachers' union said Tuesday it would hold a strike vote next month.\n\n"
        "The Ontario Secondary School Teachers' Federation represents 60,000 members."
    )
    got = speaker_of(text, "it would hold a strike vote next month")
    assert got == "Ontario Secondary School Teachers' Federation"


def test_the_provinces_largest_nurses_union_is_one_phrase_named_next():
    text = "The province's largest nurses' union said wards will close."
    assert quote_rows(text, "speaker_mention") == [("The province's largest nurses' union",)]
    text = (
        "The province's largest nurses' union is warning that wards will close this summer."
        "\n\nThe Ontario Nurses' Association said 300 beds could be lost."
    )
    assert speaker_of(text, "wards will close this summer") == "Ontario Nurses' Association"


# 7. "the man who runs ..." in a lede, named later


def test_the_man_who_runs_the_utility_is_named_in_the_next_paragraph():
    text = (
        "The man who runs the city's water utility said Tuesday that the pipes are safe."
        "\n\nUtility manager Tom Lee told council the lead levels were below the limit."
    )
    assert speaker_of(text, "the pipes are safe") == "Tom Lee"
    text = (
        "The woman who oversees the town's libraries says hours will be cut next year.\n\n"
        "Library director Jane Moss said the budget had shrunk by 10 per cent."
    )
    assert speaker_of(text, "hours will be cut next year") == "Jane Moss"


def test_the_woman_who_owns_a_bakery_stays_the_woman():
    text = (
        "The woman who owns the bakery said sales had fallen by half.\n\n"
        "Mayor Tom Vale said the town would help."
    )
    assert speaker_of(text, "sales had fallen by half") == "the woman"
    text = (
        "The man who runs the city's water utility said the pipes are safe.\n\n"
        "Mayor Tom Vale said the town would test them."
    )
    assert speaker_of(text, "the pipes are safe") == "the man"


def test_a_ledes_leader_named_in_an_apposition_in_the_next_paragraph():
    text = (
        "Water bills doubled for 900 homes in March, the man who runs the city's water "
        "utility acknowledged on Tuesday.\n\nTom Lee, general manager of Bayview Water "
        "Services, said a software update had gone wrong."
    )
    assert speaker_of(text, "Water bills doubled for 900 homes in March") == "Tom Lee"
    text = (
        "A team of researchers came down from the icefield with a number that its leader "
        "says should worry anyone.\n\nThe ice dropped three metres, said Dr. Ann Roe, a "
        "glaciologist at the University of Calgary who has led the expedition since 2016."
    )
    assert speaker_of(text, "should worry anyone") == "Ann Roe"


def test_a_ledes_leader_stays_when_the_next_name_is_no_leader():
    text = (
        "The man who runs the city's water utility said Tuesday the pipes are safe.\n\n"
        "Tom Lee, a retired plumber, told council the lead levels were low."
    )
    assert speaker_of(text, "the pipes are safe") == "the man"


def test_the_company_is_a_company_named_by_its_trade():
    text = (
        "Sailings will be cut to two a day, the company that operates the service said "
        "Tuesday.\n\nIn a statement, Salish Coast Ferries said it could not fill seven positions."
    )
    assert speaker_of(text, "Sailings will be cut to two a day") == "Salish Coast Ferries"
    text = (
        "Prairie Sky Farms laid off 30 workers on Monday. "
        "The company said the drought had cut its yield."
    )
    assert speaker_of(text, "the drought had cut its yield") == "Prairie Sky Farms"


def test_the_department_named_far_up_over_a_provincial_body_named_near():
    filler = " ".join(["Drivers on the detour complained about the long delays all week."] * 40)
    text = (
        "The Department of Highways closed the bridge on Monday.\n\n"
        + filler
        + "\n\nThe ambulance moved east, according to Ambulance New Brunswick.\n\n"
        "The department said it would post updates on its website."
    )
    assert speaker_of(text, "it would post updates on its website") == "Department of Highways"


def test_a_ledes_its_owner_is_the_organisation_that_opens_the_next_paragraph():
    text = (
        "The Valley Courier, the weekly newspaper that has covered the town since 1913, will "
        "close on Thursday, its owner announced.\n\nWestmark Community Media said in a "
        "statement that the paper had lost money for years."
    )
    assert (
        speaker_of(
            text,
            "The Valley Courier, the weekly newspaper that has covered the town since 1913, will close on Thursday",
        )
        == "Westmark Community Media"
    )
    text = (
        "The motel will close on Friday, its owner said.\n\n"
        "Bayview Hospitality Inc. said the building would be sold."
    )
    assert speaker_of(text, "The motel will close on Friday") == "Bayview Hospitality Inc."


def test_the_company_after_the_union_prefers_a_name_of_its_kind_over_a_nearer_cafe():
    filler = " ".join(
        ["Then the boat ran late again and people waited on the dock for hours."] * 40
    )
    text = (
        "Salish Coast Ferries cut its last sailing.\n\n"
        + filler
        + "\n\nAt the Harbour Cafe, Tom Vale has cut his hours.\n\nAnn Roe, a representative "
        "for the Coastal Marine Workers' Union, said crews had quit. According to the union, "
        "40 crew have left. The company said many of those departures were retirements."
    )
    got = speaker_of(text, "many of those departures were retirements")
    assert got == "Salish Coast Ferries"


def test_a_ledes_leader_named_after_another_name_in_the_next_paragraph():
    text = (
        "A team of researchers came down from the ice with a number that its leader says "
        "should worry anyone.\n\nThe surface of the Bow Glacier dropped three metres, said "
        "Dr. Ann Roe, a glaciologist who has led the team since 2016."
    )
    assert speaker_of(text, "should worry anyone") == "Ann Roe"


def test_the_utility_is_a_water_services_body_named_before():
    text = (
        "Bayview Water Services replaced 900 meters last year. "
        "Bills will be fixed, the utility said."
    )
    assert speaker_of(text, "Bills will be fixed") == "Bayview Water Services"
    text = "Bayview Health Services hired 40 nurses. Bills will be fixed, the utility said."
    assert speaker_of(text, "Bills will be fixed") != "Bayview Health Services"
