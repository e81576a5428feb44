"""Classes found by the ninth, blind written news batch (session 17, issue 12:
tests/data/written_news9): "the department said" after a federal department whose name
ends in "Canada" ("Global Affairs Canada"); "the MP" / "the Montreal MP" (a Canadian
legislator's initialism: the person just named, else the one titled so); "her office
said" / "the office added" (an office speaks for its holder); a sentence that opens
with "Beside ...", "Next to ...", "Behind ..." before its subject; "schoolteacher",
"fisherman" and "realtor" mark a person; "<Surname> said she ..." gives a surname of no
known gender that gender; "an estimated $2 million" (an adjective) and "announced the
delay" (an act) are no speech; "he" after a sentence opened by "Her son", set in
apposition to a name before ("Her son, Al Roe, ..."), is that son; "state television said"
after its content; "His wife said" names the one other person with his surname when her
given name is unlisted.
Every sentence here is written for the test; names and events are fictional."""

from _quote_rows import quote_rows, speaker_of_start


def test_the_department_is_a_federal_department_named_canada():
    text = (
        "Transport Canada said it had inspected the ferry twice this year.\n\n"
        "The vessel will stay in port until the repairs are finished, the department said."
    )
    assert speaker_of_start(text, "The vessel will stay in port") == "Transport Canada"


def test_the_department_split_around_an_inserted_frame():
    text = (
        "Fisheries and Oceans Canada said the closure would last a month.\n\n"
        "The quota has not changed, the department said, but boats must stay "
        "out of the bay."
    )
    assert speaker_of_start(text, "The quota has not changed") == "Fisheries and Oceans Canada"
    assert (
        speaker_of_start(text, "but boats must stay out of the bay")
        == "Fisheries and Oceans Canada"
    )


def test_the_place_mp_is_the_person_just_named():
    text = (
        "Green Party critic Odile Marchand said the bridge was two years late.\n\n"
        "“You cannot fix a bridge by waiting for it,” the Sherbrooke MP said."
    )
    assert speaker_of_start(text, "You cannot fix a bridge") == "Odile Marchand"


def test_the_mp_after_a_member_of_parliament_in_apposition():
    text = (
        "The family’s member of Parliament, Farid Osei-Lang, said his staff had called "
        "the department three times.\n\n"
        "“I have a pile of these files this high,” the MP said."
    )
    assert speaker_of_start(text, "I have a pile of these files") == "Farid Osei-Lang"


def test_the_mp_titled_earlier_when_no_one_was_named_since():
    text = (
        "Bloc MP Thérèse Gagnon-Roy raised the closure in question period.\n\n"
        "“Three hundred jobs are gone,” the Quebec MP told reporters."
    )
    assert speaker_of_start(text, "Three hundred jobs are gone") == "Thérèse Gagnon-Roy"


def test_an_anonymous_mp_stays_a_description():
    text = (
        "Two Liberal MPs said the caucus was split. One of them, who was not authorized "
        "to speak publicly, said rural members were worried.\n\n"
        "“Nobody wants an election over this,” the MP said."
    )
    assert speaker_of_start(text, "Nobody wants an election over this") != "Liberal MPs"


def test_her_office_speaks_for_her():
    text = (
        "Finance Minister Lucia Ferrante defended the plan on Monday.\n\n"
        "Critics said she had ignored the auditor. The minister met the auditor twice "
        "this spring, her office said in an email."
    )
    assert speaker_of_start(text, "The minister met the auditor twice") == "Lucia Ferrante"


def test_the_office_added_after_a_named_office():
    text = (
        "Sen. Morris Kettleby said he would bring the bill back. A second vote could come "
        "Thursday, Kettleby’s office said. No amendments are planned, the office added."
    )
    assert speaker_of_start(text, "No amendments are planned") == "Morris Kettleby"


def test_beside_phrase_before_the_subject_keeps_her_the_antecedent():
    text = (
        "Ingrid Lavoie, a paramedic, said she was exhausted.\n\n"
        "“We have been on the road for 14 hours,” she said.\n\n"
        "Beside the ambulance, Marguerite Tessier, a retired teacher, held a thermos. "
        "She said she had brought coffee for the crews."
    )
    assert speaker_of_start(text, "she had brought coffee for the crews") == "Marguerite Tessier"


def test_next_to_her_before_an_unknown_given_name_with_a_job():
    text = (
        "Ilse Vantongeren, a nurse, said she came to the square every night.\n\n"
        "“They want us to be quiet,” she said.\n\n"
        "Next to her, Zsofika Marandeu, a retired schoolteacher, held a banner. "
        "She said she had never protested before."
    )
    assert speaker_of_start(text, "she had never protested before") == "Zsofika Marandeu"


def test_name_said_she_gives_an_unknown_surname_its_gender():
    text = (
        "Ranjeet Kaurwal, 71, lives in a village near Ludhiana.\n\n"
        "Her nephew, Tejpal Sidhoo, a bus driver, says the family filed every form.\n\n"
        "Kaurwal said she keeps her bag packed. Her nephew laughed when he translated "
        "that.\n\n"
        "“She has done this for three years,” he said."
    )
    assert speaker_of_start(text, "She has done this") == "Tejpal Sidhoo"


def test_an_estimated_amount_is_no_speech():
    text = "The blaze caused an estimated $1.4 million in damage to the Harrow Street mill."
    assert quote_rows(text, "quote") == []


def test_announced_the_delay_is_an_act():
    text = "Minister Odile Fraser announced the delay on Friday evening in Gatineau."
    assert quote_rows(text, "quote") == []


def test_he_after_a_sentence_opened_by_her_son_set_in_apposition_before():
    text = (
        "Noor Abadi-Kell, 79, lives alone in Kandahar.\n\n"
        "Her son, Farhad Kell, a cab driver, says the family has sent every document.\n\n"
        "Their MP, Dominic Ashworth, said his office had called the embassy twice.\n\n"
        "Abadi-Kell said she keeps her papers in a tin. Her son smiled when he translated "
        "that.\n\n"
        "“She checks the tin every morning,” he said."
    )
    assert speaker_of_start(text, "She checks the tin") == "Farhad Kell"


def test_content_before_state_television_said():
    text = "The premier had met the strike leaders and promised a new offer, state television said."
    assert speaker_of_start(text, "The premier had met the strike leaders") == ("state television")


def test_his_wife_with_an_unlisted_given_name_shares_his_surname():
    text = (
        "Her son, Tavinder Brarwal, a welder, says the family sent every form.\n\n"
        "Ojasvi Brarwal props a tablet against the teapot every Sunday.\n\n"
        "His wife said the waiting had been hardest on their daughter."
    )
    assert speaker_of_start(text, "the waiting had been hardest") == "Ojasvi Brarwal"
