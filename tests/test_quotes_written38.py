"""Rules from the thirtieth written set (written30), each on sentences written for the
test: "the retired millwright" varies the person just quoted; "His wife, Marta," takes
the surname of a speaker resolved from a description; "the organization" is the
organisation quoted last by name; "Egg Farmers", names ending "Co-operative", "Health" are
organisations and "the authority" fits "... Health"; "He is <Name>" names the description
quoted just before; a description named in apposition after "according to", or by the
next statement's apposition; "gave her name only as Mrs. Cormier"; "A professor of law
at the University of Victoria said" is the professor; "the firm" reads like "the
company"; "the developer" stays a description (a person too)."""

from __future__ import annotations

from tests._quote_rows import quote_rows


def test_a_wright_noun_after_the_person_just_quoted_is_that_person():
    text = (
        "VERNON — One of them belonged to Tom Reyes, 67, who was due for surgery.\n\n"
        "“I waited 14 months,” Reyes said.\n\n"
        "The retired millwright said he was worried about his records."
    )
    assert quote_rows(text, "speaker") == [("Tom Reyes",), ("Tom Reyes",)]


def test_his_wife_takes_the_surname_of_the_described_speaker_not_an_earlier_man():
    text = (
        "VERNON — Staff Sgt. Dan Okoye said the note was the same.\n\n"
        "One of them belonged to Tom Reyes, 67, who was due for surgery.\n\n"
        "“I waited 14 months,” Reyes said.\n\n"
        "The retired millwright said he was worried about his records. His wife, Marta, "
        "said the couple had received no letter."
    )
    assert quote_rows(text, "speaker")[-1] == ("Marta Reyes",)


def test_the_organization_is_the_organisation_quoted_last_by_name():
    text = (
        "OTTAWA — Northbay Dairy Co-operative said in a statement that it welcomed the "
        "ruling. Members would vote on it in June, the organization said."
    )
    assert quote_rows(text, "speaker", "speaker_type") == [
        ("Northbay Dairy Co-operative", "organization"),
        ("Northbay Dairy Co-operative", "organization"),
    ]


def test_a_farmers_marketing_body_and_a_co_operative_are_organisations():
    text = "OTTAWA — Egg Farmers of Canada said it welcomed the minister's position."
    assert quote_rows(text, "speaker_type") == [("organization",)]
    text = "OTTAWA — Northbay Dairy Co-operative said it welcomed the ruling."
    assert quote_rows(text, "speaker_type") == [("organization",)]
    text = "OTTAWA — Farmers in Manitoba say the price fell."
    assert quote_rows(text, "speaker_type") == [("group",)]


def test_the_authority_fits_a_health_authority_named_for_its_region():
    text = (
        "TOWN — A cyberattack hit Northern Valley Health on Monday, the health authority "
        "said. “We will not pay,” Northern Valley Health said in a statement. The "
        "authority said files had been copied."
    )
    assert quote_rows(text, "speaker") == [("Northern Valley Health",)] * 3


def test_he_is_name_names_the_description_quoted_just_before_and_its_pronoun():
    text = (
        "OTTAWA — A professor of law at the University of Victoria, who has taught for two "
        "decades, said the dissent raised a fair question. He is Daniel Okafor, and he "
        "said the majority had left little room."
    )
    assert quote_rows(text, "speaker") == [("Daniel Okafor",), ("Daniel Okafor",)]


def test_the_third_man_named_in_the_next_sentence():
    text = (
        "SURREY — The third man in line said he had waited since dawn. He is Raj Patel, a welder."
    )
    assert quote_rows(text, "speaker") == [("Raj Patel",)]


def test_he_is_name_after_a_woman_names_someone_else():
    text = (
        "TOWN — A woman in a red coat said the line was too long. He is Tom Lee, her "
        "brother, and he agreed."
    )
    assert quote_rows(text, "speaker")[0] != ("Tom Lee",)


def test_according_to_a_description_with_a_name_in_apposition_is_that_name():
    text = (
        "SASKATOON — Runners began CPR before an ambulance arrived, according to the "
        "race director, Dale Friesen."
    )
    assert quote_rows(text, "speaker") == [("Dale Friesen",)]


def test_a_description_named_by_the_next_statement_with_the_same_noun():
    text = (
        "SASKATOON — The paramedic who reached him first said the runners had kept him "
        "alive. “He had a pulse back,” said Nicole Lightfoot, an advanced care paramedic "
        "with the ambulance service."
    )
    assert quote_rows(text, "speaker") == [("Nicole Lightfoot",), ("Nicole Lightfoot",)]


def test_a_description_followed_by_a_person_of_another_noun_stays():
    text = (
        "TOWN — A nurse said the ward was full. “We had no beds,” said Ann Roe, a doctor "
        "at the hospital."
    )
    assert quote_rows(text, "speaker")[0] != ("Ann Roe",)


def test_gave_her_name_only_as_a_titled_surname():
    text = (
        "MONCTON — One woman in the gallery, who gave her name only as Mrs. Cormier, "
        "shouted that her father had worked there."
    )
    assert quote_rows(text, "speaker") == [("Mrs. Cormier",)]


def test_the_firm_reads_like_the_company_quoted_before():
    text = (
        "MONCTON — Greystone Properties plans to build a tower. “We looked hard at saving "
        "it,” the company said. The firm said it hoped to begin in the spring."
    )
    assert quote_rows(text, "speaker") == [("Greystone Properties",)] * 2


def test_the_airport_authority_is_no_health_authority():
    text = (
        "TOWN — Northern Valley Health said it had two cases. The airport authority said "
        "it had increased cleaning in the arrivals area."
    )
    assert quote_rows(text, "speaker")[1] != ("Northern Valley Health",)


def test_the_developer_is_no_company_after_a_software_developer():
    text = (
        "TOWN — Lumenfold Technologies Inc. cut 80 jobs. A software developer said the "
        "cuts came by email. “We were told it would free us up,” the developer said."
    )
    assert quote_rows(text, "speaker")[-1] != ("Lumenfold Technologies Inc.",)


def test_a_real_estate_developer_is_no_company():
    text = (
        "NEW YORK — Tom Vale, a real estate developer, spoke at the rally. “He is a great "
        "guy,” the real estate developer said of the Clintons."
    )
    assert quote_rows(text, "speaker_type") != [("organization",)]


def test_asked_that_only_his_first_name_with_the_name_be_used_is_no_quote():
    text = (
        "BAKER LAKE — One young hunter, who asked that only his first name, Tommy, be used "
        "because he feared losing his licence, said he had taken four caribou."
    )
    assert quote_rows(text, "speaker", "quote") == [("Tommy", "he had taken four caribou")]
