"""Rules from the thirtyeighth written set (written38), each on sentences written for
the test: a surname with a lower-case particle after an inverted "said" ("said
d’Entremont", "said de Grandpré"); a cue in a relative clause ("who testified by video")
takes no content before it; "wrote most of the software" is an act; a name after
"general manager of" is the body, never the manager a "he" takes; "X, a spokesperson
for the airline," names no airline; "the spokesperson" again after "a spokesperson for
X" was quoted; "the coach" for a "teacher-coach, Name"; "An engineer ... said A" named
by '"B," said Dr. Name, who teaches engineering'."""

from __future__ import annotations

from tests._quote_rows import quote_rows


def test_said_then_elided_particle_surname():
    text = (
        "DIGBY, N.S. — Yvette d’Entremont runs boat tours from the wharf. “The season is "
        "short and every weekend counts,” said d’Entremont, who started the business in 2011."
    )
    assert quote_rows(text, "speaker", "quote") == [
        ("Yvette d’Entremont", "The season is short and every weekend counts")
    ]


def test_said_then_lower_case_particle_surname():
    text = (
        "LAVAL, Que. — Luc de Courval has sold bicycles for 30 years. “Nobody buys a "
        "bike in November,” said de Courval, a former racer."
    )
    assert quote_rows(text, "speaker") == [("Luc de Courval",)]


def test_de_facto_after_said_is_no_speaker():
    text = "Ann Roe said de facto control of the port had passed to the navy."
    assert quote_rows(text, "speaker", "quote") == [
        ("Ann Roe", "de facto control of the port had passed to the navy")
    ]


def test_relative_clause_cue_takes_no_content_before_it():
    text = (
        "KELOWNA, B.C. — “The fracture was clean,” said Dr. Omar Halabi, an orthopedic "
        "surgeon who testified by video from Vancouver."
    )
    assert quote_rows(text, "speaker", "cue", "quote") == [
        ("Omar Halabi", "said", "The fracture was clean")
    ]


def test_relative_clause_cue_keeps_content_after_it():
    text = (
        "“The fracture was clean,” said Dr. Omar Halabi, who testified that the bone "
        "had healed well."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Omar Halabi", "the bone had healed well") in rows
    assert len(rows) == 2


def test_wrote_most_of_the_software_is_no_quote():
    text = (
        "Lena Park, a student who wrote most of the drone’s software, said the team "
        "would fly it again in May."
    )
    assert quote_rows(text, "speaker", "quote") == [
        ("Lena Park", "the team would fly it again in May")
    ]


def test_he_after_the_general_manager_is_the_manager_not_the_body():
    text = (
        "Dale Fortin, general manager of Prairie Gas Services, said the outage began at "
        "noon. Coun. Rita Olsen said she had heard from 80 residents. The general manager "
        "said he regretted the delay. “We should have called people sooner,” he said."
    )
    assert [r[0] for r in quote_rows(text, "speaker")] == [
        "Dale Fortin",
        "Rita Olsen",
        "Dale Fortin",
        "Dale Fortin",
    ]


def test_spokesperson_for_the_airline_names_no_airline():
    text = (
        "Gulf Island Air will drop its Nanaimo route. Priya Sood, a spokesperson for the "
        "airline, said refunds would be automatic. Mayor Tom Lake said he was angry. "
        "Sood said the route had lost money for years. According to the airline, it will "
        "keep its other routes."
    )
    assert quote_rows(text, "speaker")[-1] == ("Gulf Island Air",)


def test_the_spokesperson_again_takes_the_first_spokespersons_speaker():
    text = (
        "The board met on Friday. Parents had raised $20,000, a spokesperson for the "
        "division said. The trustees changed their minds after that, the spokesperson said."
    )
    speakers = [r[0] for r in quote_rows(text, "speaker")]
    assert len(speakers) == 2 and speakers[0] == speakers[1]


def test_the_coach_is_the_teacher_coach_named_before():
    text = (
        "The club’s teacher-coach, Hal Brandt, said the trip was paid for. The team won "
        "in March. “Pack light,” the coach said. The chemistry teacher said the bus "
        "leaves at six."
    )
    assert [r[0] for r in quote_rows(text, "speaker")] == ["Hal Brandt"] * 3


def test_indefinite_description_named_by_who_clause_with_its_head():
    text = (
        "A geologist who has mapped the valley said the slope had moved all spring.\n\n"
        "“It will go again,” said Dr. Ines Moreau, who teaches geology at the college."
    )
    assert [r[0] for r in quote_rows(text, "speaker")] == ["Ines Moreau", "Ines Moreau"]


def test_indefinite_description_not_named_without_its_head():
    text = (
        "A geologist who has mapped the valley said the slope had moved all spring.\n\n"
        "“It will go again,” said Ines Moreau, who lives below the slope."
    )
    assert [r[0] for r in quote_rows(text, "speaker")][1] == "Ines Moreau"
    assert [r[0] for r in quote_rows(text, "speaker")][0] != "Ines Moreau"


def test_opening_subject_before_a_place_preposition_speaks():
    text = "The company behind a proposed solar farm on Crown land west of Sudbury says it has consulted widely."
    assert quote_rows(text, "speaker_mention", "quote") == [
        ("The company", "it has consulted widely")
    ]


def test_opening_subject_before_whose_speaks():
    text = "The township whose roads carry the trucks says it was never asked."
    assert quote_rows(text, "speaker_mention") == [("The township",)]


def test_the_company_is_never_a_first_nation():
    text = (
        "First Nation says it was not consulted on mine\n\n"
        "The company behind the mine says it met the law. Cedar Lake First Nation says "
        "it was handed decisions. Ridgeline Metals Inc. held an open house on Tuesday."
    )
    rows = quote_rows(text, "speaker")
    assert rows[0] != ("First Nation",)


def test_said_in_a_written_response_to_questions_splits_a_and_b():
    text = (
        "The new pump had failed twice since June, the water board said in a written "
        "response to questions on Friday, and a spare would arrive next week."
    )
    assert [r[0] for r in quote_rows(text, "quote")] == [
        "The new pump had failed twice since June",
        "and a spare would arrive next week",
    ]
