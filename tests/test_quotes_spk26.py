"""Speaker names left by session 25 (spk26): a job noun after a capitalised place or
business ("the Columbia Icefield guide said") is an unnamed person, and a group of
people "at/in/from" a named place ("Visitors at Lake Louise said") is the group, not
the place. Sentences written for the tests."""

from tests._quote_rows import quote_rows


def rows(text):
    return quote_rows(text, "speaker", "speaker_type")


def test_place_named_guide_is_an_unnamed_person():
    text = 'The ice is thinning. "It shrinks every summer," the Columbia Icefield guide said.'
    assert rows(text) == [("the Columbia Icefield guide", "anonymous")]


def test_business_named_manager_and_owner_are_people():
    assert rows('"We lost half our bookings," the Harbour Inn manager said.') == [
        ("the Harbour Inn manager", "anonymous")
    ]
    assert rows('The fire spread fast. "Nobody saw it coming," the Lakeview Motel owner said.') == [
        ("the Lakeview Motel owner", "anonymous")
    ]


def test_job_after_place_after_the_verb_is_the_whole_description():
    assert rows('"The bears are active," said the Banff ranger.') == [
        ("the Banff ranger", "anonymous")
    ]
    assert rows('"The water is too high," said the Jasper park warden.') == [
        ("the Jasper park warden", "anonymous")
    ]
    assert rows('"We are behind," said the Acme Foods plant manager.') == [
        ("the Acme Foods plant manager", "anonymous")
    ]


def test_a_publication_or_a_council_stays_an_organisation():
    assert rows('"Rents will rise," the Toronto Star said.')[0][1] in ("organization", "document")
    assert rows('"We will vote," the Oak Bay council said.')[0][1] == "organization"


def test_visitors_at_a_place_are_the_group():
    assert rows("Visitors at Lake Louise said the crowds were worse than last year.") == [
        ("Visitors at Lake Louise", "group")
    ]
    assert rows('"It was packed," visitors at Lake Louise said.') == [
        ("visitors at Lake Louise", "group")
    ]


def test_people_from_or_at_a_named_place_are_the_group():
    assert rows("Tourists from Germany said the smoke was thick.") == [
        ("Tourists from Germany", "group")
    ]
    assert rows("Parents at Riverside Elementary said the bus was late again.") == [
        ("Parents at Riverside Elementary", "group")
    ]
    assert rows("Residents at Maple Grove Manor said the heat was off.") == [
        ("Residents at Maple Grove Manor", "group")
    ]


def test_a_named_person_at_a_place_is_still_the_person():
    assert rows("Ann Roe at Lake Louise said the crowds were worse.") == [("Ann Roe", "person")]
    assert rows("A guide at Lake Louise said the crowds were worse.")[0][1] == "anonymous"


def test_campers_and_fans_at_a_venue_are_the_group():
    assert rows("Campers at Mount Robson said the smoke was thick.") == [
        ("Campers at Mount Robson", "group")
    ]
    assert rows("Fans at Rogers Place said the game was slow.") == [
        ("Fans at Rogers Place", "group")
    ]


def test_analysts_at_a_firm_keep_the_firm():
    assert rows("Analysts at Q&R Global said the outlook was stable.") == [
        ("Q&R Global", "organization")
    ]


def test_company_with_legal_form_and_apposition_is_the_company():
    text = "The bridge reopened on Monday. Acme Corp., a Toronto company, said crews replaced 40 bolts."
    assert rows(text) == [("Acme Corp.", "organization")]
    text = (
        "The bridge reopened.\n\nPrairie Span Construction Ltd., a Winnipeg firm, said it was safe."
    )
    assert rows(text)[0][0].rstrip(".") == "Prairie Span Construction Ltd"


def test_a_job_description_is_the_person_the_narration_just_introduced():
    text = (
        "The bakery was opened in 1987 by Luis Ortega. He still bakes every morning.\n\n"
        '"Nobody wants to get up at 3 a.m. anymore," the baker said.'
    )
    assert rows(text) == [("Luis Ortega", "person")]
    text = (
        "The hardware store on Main Street closed on Friday after 60 years.\n\n"
        "For most of that time, the shop was run by Marta Kowal. She sold it in 2019.\n\n"
        '"We sold nails by the pound," the former proprietor said.'
    )
    assert rows(text) == [("Marta Kowal", "person")]


def test_an_unnamed_baker_introduced_before_stays_unnamed():
    text = (
        "A baker on Main Street opened at 4 a.m. on Monday. Luis Ortega bought bread.\n\n"
        '"Nobody wants to get up that early," the baker said.'
    )
    assert rows(text)[0][0] != "Luis Ortega"


def test_a_ledes_local_man_is_the_name_of_the_next_paragraph():
    text = (
        "A Saint John man says he waited nine hours in the emergency room.\n\n"
        'Tom Vail, 54, fell off a ladder on Saturday. "Nobody told me anything," Vail said.'
    )
    assert [s for s, _ in rows(text)] == ["Tom Vail", "Tom Vail"]
    text = (
        "A Kelowna woman says her landlord doubled her rent overnight.\n\n"
        '"I have nowhere to go," said Beth Arsenault, who has lived there for 11 years.'
    )
    assert [s for s, _ in rows(text)] == ["Beth Arsenault", "Beth Arsenault"]


def test_a_ledes_local_woman_is_not_a_man_or_an_official_named_next():
    text = (
        "A Kelowna woman says her landlord doubled her rent overnight.\n\n"
        'Tom Vail, who owns the building, said costs went up. "Taxes doubled," he said.'
    )
    assert rows(text)[0][0] == "a Kelowna woman"
    text = (
        "A Moncton man says he was turned away from the shelter.\n\n"
        "Mayor Jo Vale said the shelter is full every night."
    )
    assert rows(text)[0][0] == "a Moncton man"
    text = "Rain fell all day.\n\nA Moncton man says he was turned away.\n\nTom Vail, 54, slept outside."
    assert rows(text)[0][0] == "a Moncton man"
