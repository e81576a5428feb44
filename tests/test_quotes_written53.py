"""Rules added after the forty-fifth blind written set (written45, session 26): how
reporters introduce and re-mention people and organisations. Every sentence here is
written for the test."""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows, speech_rows


def _speakers_of(text, quote):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_quotation_after_content_first_indirect_is_carried():
    text = (
        "Hal Moss, a welder, lives in Elm Bay. Parts were late all winter, Moss said. "
        "“We lost three weeks of work. Nobody called us.”"
    )
    assert has_quote(text, "Hal Moss", "We lost three weeks of work. Nobody called us.")


def test_quotation_after_inverted_indirect_with_apposition_is_carried():
    text = (
        "Fares doubled over the summer, said Dr. Ann Roe, a physician at the Elm Bay "
        "clinic. “My patients skip the trip now.”"
    )
    assert has_quote(text, "Ann Roe", "My patients skip the trip now.")


def test_aside_then_quotation_keeps_rows():
    text = "Rents rose, she said, but wages did not. “Somebody has to pay for it all.”"
    assert [q for _s, _c, q in speech_rows(text)] == [
        "Rents rose",
        "but wages did not",
        "Somebody has to pay for it all.",
    ]


def test_long_relative_after_dateline_keeps_the_head():
    text = (
        "ELM BAY, N.S. — The company that runs the only bus between Elm Bay and the "
        "city says it will cut the night trips."
    )
    assert quote_rows(text, "speaker_mention", "quote") == [
        ("The company", "it will cut the night trips")
    ]


def test_whose_relative_with_quantity_object_keeps_the_head():
    text = (
        "The mill will close, and the logger whose crew would lose four of them says "
        "he will fight it."
    )
    assert quote_rows(text, "speaker_mention") == [("the logger",)]
    text = "The mill will close, and the logger whose crew would lose them says he will fight."
    assert quote_rows(text, "speaker_mention") == [("the logger",)]


def test_quantity_subject_still_speaks():
    text = "Voters were polled, and most of them said the tax was fair."
    assert quote_rows(text, "speaker_mention") == [("most of them",)]


def test_lede_description_named_in_next_narration():
    text = (
        "Pipeline splits valley\n\nELM BAY — The line will cost $2 million, and the dairy "
        "farmer whose fields would hold two of the towers says he will not sell.\n\nTom Brandt has milked "
        "cows here since 1988. He showed the map on Friday.\n\n“It goes through my "
        "barn,” Brandt said."
    )
    assert _speakers_of(text, "he will not sell") == ["Tom Brandt"]


def test_indefinite_description_named_after_the_cue():
    text = (
        "LAKETON — Road salt in the creek doubled this spring, a scientist who samples "
        "the water said.\n\nThe levels peaked near the Laketon Water Works, said Dr. Ann "
        "Kowal, a microbiologist who samples the creek for the town. “It is the worst year we "
        "have seen.”"
    )
    assert _speakers_of(text, "Road salt in the creek doubled this spring") == ["Ann Kowal"]


def test_according_to_an_owned_document_is_its_owner():
    text = (
        "The firm, Acme Wind, filed its plan in May. The farm would power 500 homes, "
        "according to the company’s application, and owners would get $18,000 a turbine."
    )
    assert [s for s, _c, _q in speech_rows(text)] == ["Acme Wind", "Acme Wind"]


def test_notice_said_is_its_issuer():
    text = (
        "Bay Ferries announced the change in a notice posted on Tuesday. The night trips "
        "will end in May, the notice said."
    )
    assert _speakers_of(text, "The night trips will end in May") == ["Bay Ferries"]


def test_age_alone_is_the_newcomer():
    text = (
        "“We test twice a week,” said Dr. Jo Vale, who runs the lab.\n\nThe method took "
        "hold in the pandemic, when labs measured the virus in sewage.\n\nThe samples "
        "start at the plant on Dock Road, where Doug Feeney has worked for 20 years. Every "
        "Monday he fills two bottles.\n\n“It smells, and you get used to it,” the "
        "62-year-old said."
    )
    assert _speakers_of(text, "It smells, and you get used to it") == ["Doug Feeney"]


def test_cao_is_the_chief_administrative_officer_named_after_the_office():
    text = (
        "The town’s chief administrative officer, Graham Pike, said the bins would come. "
        "“We will finish it this month,” the CAO said."
    )
    assert _speakers_of(text, "We will finish it this month") == ["Graham Pike"]


def test_spokesperson_for_the_provincial_department_again():
    text = (
        "A spokesperson for the provincial Department of Roads said the bridge was safe. "
        "No repairs were ordered, the spokesperson said."
    )
    (spk,) = _speakers_of(text, "No repairs were ordered")
    assert "Department of Roads" in spk


def test_lede_description_head_is_remembered():
    text = (
        "BAYVILLE — The food bank will run out of rice by Friday, its executive director "
        "says.\n\n“We have never seen it this bad,” said Mona Fiske, standing by the "
        "shelves.\n\nDonations fell this fall.\n\n“Rice is the first thing to go,” the "
        "director said."
    )
    assert _speakers_of(text, "Rice is the first thing to go") == ["Mona Fiske"]


def test_narration_head_after_a_named_sentence():
    text = (
        "For Ann Pruitt, the early boat is not a luxury. The registered nurse works days "
        "in the city.\n\n“I need that boat,” Pruitt said.\n\nRent in the city is high, "
        "according to the nurse."
    )
    assert _speakers_of(text, "Rent in the city is high") == ["Ann Pruitt"]


def test_an_unnamed_one_of_the_same_noun_stays_unnamed():
    text = (
        "BAYVILLE — Turbines will go up, and the beef farmer whose fields would hold six "
        "of them says he will not sign.\n\nWim Dykstra has raised cattle here since 1991."
        "\n\n“I am staying,” Dykstra said.\n\nOne neighbour is a grain farmer who has "
        "signed for three.\n\n“It is a pension,” the farmer said."
    )
    assert _speakers_of(text, "he will not sign") == ["Wim Dykstra"]
    assert _speakers_of(text, "It is a pension") != ["Wim Dykstra"]


def test_pronoun_after_described_opener_is_the_person_named_next():
    text = (
        "A moose walked into the yard on Monday. The school’s principal watched it from "
        "her office for an hour. She said the children stayed calm.\n\n“They were "
        "wonderful about it,” said Dana Kerrigan, who has been principal for six years."
    )
    assert _speakers_of(text, "the children stayed calm") == ["Dana Kerrigan"]


def test_pronoun_after_described_opener_needs_the_noun_again():
    text = (
        "A moose walked into the yard on Monday. The school’s principal watched it from "
        "her office for an hour. She said the children stayed calm.\n\n“They were "
        "wonderful about it,” said Dana Kerrigan, who lives next door."
    )
    assert _speakers_of(text, "the children stayed calm") != ["Dana Kerrigan"]
