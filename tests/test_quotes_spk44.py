"""spk44 (session 32): speaker rules for errors left by session 31, on sentences written
for these tests.

- org_subjects.municipal_unit_mention: "The city's parks department said" speaks as the
  city ("Town of X" when the article writes it; police and fire services excluded).
"""

from __future__ import annotations

from tests._quote_rows import quote_rows

# --- a municipal department speaks as the municipality ------------------------------


def test_town_department_is_the_town_the_article_names():
    text = (
        "Town closes pool\n\nPICTOU, N.S. — The Town of Pictou will close its pool for the "
        "summer.\n\nThe town's public works department said the pump had failed.\n"
    )
    assert ("Town of Pictou", "the pump had failed") in quote_rows(text, "speaker", "quote")


def test_city_department_is_the_city_without_a_written_name():
    text = (
        "Council votes to close rink\n\nBRANDON, Man. — Brandon city council voted Tuesday "
        "to close the old rink.\n\nMayor Ann Roe said the vote was hard.\n\nThe city's parks "
        "department said the roof could not be repaired this year.\n"
    )
    rows = quote_rows(text, "speaker", "speaker_mention", "quote")
    assert (
        "The city",
        "The city's parks department",
        "the roof could not be repaired this year",
    ) in rows


def test_city_police_department_is_no_city():
    text = (
        "Break-ins rise\n\nBRANDON, Man. — The City of Brandon will add street lights.\n\n"
        "The city's police department said break-ins had doubled since spring.\n"
    )
    speakers = [s for s, q in quote_rows(text, "speaker", "quote") if q.startswith("break-ins")]
    assert speakers and "City of Brandon" not in speakers


def test_municipality_department_keeps_its_it_row():
    text = (
        "Budget passes\n\nBRANDON, Man. — Council passed the budget.\n\nThe municipality's "
        "finance department said the budget includes $8 million for sidewalks. It also said "
        "another $3 million had been set aside for crosswalks.\n"
    )
    quotes = [q for _s, q in quote_rows(text, "speaker", "quote")]
    assert "another $3 million had been set aside for crosswalks" in quotes


# --- "the department" is the one department the article named, however far back -----

_FILLER = "".join(
    f"Harvester number {k} said the boats from cove {k} would sit at the wharf until "
    f"the spring, and that crews there had already sold {k + 2} of their nets.\n\n"
    for k in range(1, 16)
)


def _herring(late):
    return (
        "Ottawa trims herring catch\n\nHALIFAX — The herring catch will fall by a fifth "
        "next year, the federal fisheries department said Monday.\n\nFisheries and Oceans "
        "Canada said in a statement that the stock was in trouble.\n\n"
        + _FILLER
        + late
        + "The department said it would meet harvesters in March.\n"
    )


def test_department_is_the_one_department_named_long_before():
    text = _herring("The Maritime Seiners Council said prices would rise.\n\n")
    assert ("Fisheries and Oceans Canada", "it would meet harvesters in March") in quote_rows(
        text, "speaker", "quote"
    )


def test_department_with_two_departments_named_is_no_guess():
    text = _herring("Employment and Social Development Canada said it would help.\n\n")
    speakers = [s for s, q in quote_rows(text, "speaker", "quote") if q.startswith("it would meet")]
    assert speakers and "Fisheries and Oceans Canada" not in speakers


# --- an unnamed couple named next by one of them and a spouse apposition -------------

_FERRY = (
    "Ferry fares rise\n\nNANAIMO, B.C. — Fares on the island ferry will rise by a tenth in "
    "May, the operator said Monday.\n\nCaptain Tom Vale said the boats were full.\n\n"
    "At the terminal, a retired couple who had driven down from Courtenay to visit their "
    "grandchildren said the increase would keep them at home.\n\n"
    "Margaret Oyelaran-Pike, 71, said she and her husband now take the ferry twice a month.\n\n"
)


def test_couple_named_next_is_the_pair():
    text = _FERRY + "Her husband, Desmond, 74, said the trip used to be cheaper than gas.\n"
    rows = quote_rows(text, "speaker", "quote")
    assert ("Margaret and Desmond Oyelaran-Pike", "the increase would keep them at home") in rows


def test_couple_named_next_spouse_with_own_surname():
    text = _FERRY + "Her husband, Desmond Quill, said the trip used to be cheaper.\n"
    rows = quote_rows(text, "speaker", "quote")
    assert (
        "Margaret Oyelaran-Pike and Desmond Quill",
        "the increase would keep them at home",
    ) in rows


def test_couple_with_one_named_stays_the_couple():
    text = _FERRY + "The ferry's operator said fuel costs had doubled.\n"
    speakers = [s for s, q in quote_rows(text, "speaker", "quote") if q.startswith("the increase")]
    assert speakers == ["a retired couple"]


def test_couple_spouse_of_the_wrong_sex_is_no_pair():
    text = _FERRY + "His wife, Ada, said the trip used to be cheaper than gas.\n"
    speakers = [s for s, q in quote_rows(text, "speaker", "quote") if q.startswith("the increase")]
    assert speakers == ["a retired couple"]


def test_couple_spouse_after_a_quote_paragraph():
    text = (
        _FERRY
        + '"We used to come every Sunday," she said.\n\n'
        + "Her husband, Desmond, 74, said the trip used to be cheaper than gas.\n"
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Margaret and Desmond Oyelaran-Pike", "the increase would keep them at home") in rows


# --- a lede's job description with a participle, named next, speaking on next --------

_EVICTION_LEDE = (
    "Tenants group fights rent hike\n\nREGINA — I have paid on time for 20 years and now "
    "they want me gone over a fence, a retired school janitor facing eviction from a "
    "downtown Regina apartment block said Monday.\n\n"
)


def test_lede_job_with_participle_named_next_speaking_next_paragraph():
    text = (
        _EVICTION_LEDE + "Wilhelmina Osterberg-Tran, 72, received a letter last week from the "
        "building's owner telling her to leave by March 1.\n\n"
        "Osterberg-Tran denied that she had broken any rule.\n"
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Wilhelmina Osterberg-Tran", rows[0][1]) == rows[0]
    assert rows[0][1].startswith("I have paid on time")


def test_lede_job_named_next_someone_else_speaking_next_is_no_link():
    text = (
        _EVICTION_LEDE + "Wilhelmina Osterberg-Tran, 72, received a letter last week from the "
        "building's owner telling her to leave by March 1.\n\n"
        "Tom Vale, the owner, denied that the notice was unfair.\n"
    )
    first = quote_rows(text, "speaker", "quote")[0]
    assert first[1].startswith("I have paid on time") and "Osterberg-Tran" not in first[0]


def test_lede_job_named_next_victim_is_no_link():
    text = (
        _EVICTION_LEDE + "Wilhelmina Osterberg-Tran, 72, was hurt in a fall on the stairs "
        "last week.\n\nOsterberg-Tran denied that she had broken any rule.\n"
    )
    first = quote_rows(text, "speaker", "quote")[0]
    assert first[1].startswith("I have paid on time") and "Osterberg-Tran" not in first[0]


# --- "the economist" / "the <field> expert": the academic just introduced -------------

_GRAIN = (
    "Grain prices climb\n\nREGINA — Wheat prices rose for a third week, the exchange said "
    "Friday.\n\nFarmer Tom Vale said the crop was thin.\n\n"
)


def test_economist_is_the_academic_who_studies_finance():
    text = (
        _GRAIN + "Dr. Amara Quillfeather, who studies farm finance at the University of "
        'Regina, said the rise would not last. "Prices follow the weather," she said.\n\n'
        "Higher prices mean fewer exports for a year or two, the economist said.\n"
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Amara Quillfeather", "Higher prices mean fewer exports for a year or two") in rows


def test_field_expert_is_the_academic_who_studies_it():
    text = (
        _GRAIN + "Dr. Amara Quillfeather, who studies grain markets at the University of "
        'Regina, said the rise would not last.\n\n"Prices follow the weather," the '
        "grain-market expert said.\n"
    )
    assert ("Amara Quillfeather", "Prices follow the weather") in quote_rows(
        text, "speaker", "quote"
    )


def test_expert_not_introduced_so_stays_unnamed():
    text = (
        _GRAIN + 'Mayor Amara Quillfeather said the rise would not last.\n\n"Prices follow '
        'the weather," the grain-market expert said.\n'
    )
    speakers = [s for s, q in quote_rows(text, "speaker", "quote") if q.startswith("Prices")]
    assert speakers and "Amara Quillfeather" not in speakers


# --- "the rancher": the deed told before the name in its paragraph -------------------

_DROUGHT = (
    "Drought aid arrives\n\nLETHBRIDGE, Alta. — Ottawa announced drought aid on Tuesday.\n\n"
    "Ann and Tom Vandermolen run a cow-calf operation south of Foremost.\n\n"
    '"We had no choice," Ann Vandermolen said.\n\n'
)
_RANCHER_LINE = (
    "A payment of $150 a head would help, the rancher said, but only for the cows still in "
    "the pasture.\n"
)


def test_rancher_deed_before_the_name_in_its_paragraph():
    text = (
        _DROUGHT + "Her husband has ranched the same land as his father. "
        '"My father came through the thirties here," Tom Vandermolen said.\n\n' + _RANCHER_LINE
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Tom Vandermolen", "A payment of $150 a head would help") in rows


def test_rancher_deed_of_someone_named_first_is_no_link():
    text = (
        _DROUGHT + "Lena Ostrowski has ranched the next section for decades. "
        '"My father came through the thirties here," Tom Vandermolen said.\n\n' + _RANCHER_LINE
    )
    speakers = [s for s, q in quote_rows(text, "speaker", "quote") if q.startswith("A payment")]
    assert speakers and "Tom Vandermolen" not in speakers
