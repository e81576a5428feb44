"""Rules from the thirty-first written set (written31), each on sentences written for
the test: "the Nova Scotian" is the person just quoted; "A third witness" is one
person (an ordinal, not the fraction "a third"), so the next sentence's "She is <Name>" names her; "according to the agency's own
assessments" is the agency's; "A, she said, for <gerund> ..." keeps the tail after the
insertion; "Her brother, <Name>, testified at the hearing" has no content before the
name; "asked the council for a meeting" is a request for a thing, no quote (as "asked
for a meeting")."""

from __future__ import annotations

from tests._quote_rows import quote_rows, speech_rows


def test_an_ordinal_description_is_one_person_named_by_the_next_sentence():
    text = (
        "HALIFAX — Council heard from residents until midnight.\n\n"
        "A third witness who came forward, a woman who runs a bakery on the block, said "
        "she had lost half her customers. She is Dina Farouk, and she told council she "
        "would close in March."
    )
    assert quote_rows(text, "speaker") == [("Dina Farouk",), ("Dina Farouk",)]


def test_the_fraction_a_third_of_them_stays_a_group():
    text = "Forty nurses were surveyed. A third of them said they would leave within a year."
    rows = quote_rows(text, "speaker", "quote")
    assert rows and rows[0][1] == "they would leave within a year"
    assert "Forty" not in rows[0][0]


def test_according_to_the_agencys_own_assessments_is_the_agency():
    text = (
        "Parks Canada said in a statement that the trail would stay closed. About 40 bears "
        "use the valley each summer, according to the agency’s own population assessments."
    )
    rows = speech_rows(text)
    assert ("Parks Canada", "according to", "About 40 bears use the valley each summer") in rows


def test_a_split_sentence_keeps_its_for_gerund_tail():
    text = (
        "Ann Ross spoke after the vote. The board was at fault, she said, for ignoring "
        "three years of warnings from its own engineers."
    )
    assert quote_rows(text, "speaker", "quote") == [
        ("Ann Ross", "The board was at fault"),
        ("Ann Ross", "for ignoring three years of warnings from its own engineers"),
    ]


def test_a_short_for_phrase_after_the_insertion_is_not_taken():
    text = "Ann Ross spoke after the vote. The board was at fault, she said, for years."
    assert quote_rows(text, "quote") == [("The board was at fault",)]


def test_a_possessed_appositive_subject_before_the_name_is_no_content():
    text = (
        "Mark Dion said the hearing was fair. His brother in Moncton, Paul Dion, a retired "
        "teacher, testified at the hearing."
    )
    assert quote_rows(text, "quote") == [("the hearing was fair",)]


def test_a_possessed_clause_before_the_name_is_still_content():
    text = "Paul Dion spoke last. His pension was cut in half, Paul Dion said at the hearing."
    assert quote_rows(text, "speaker", "quote") == [("Paul Dion", "His pension was cut in half")]


def test_asked_a_listener_for_a_thing_is_no_quote():
    text = (
        "The tenants’ association has asked the council for a meeting. Its president, "
        "Rita Gomes, said the rents were too high."
    )
    assert quote_rows(text, "speaker", "quote") == [("Rita Gomes", "the rents were too high")]


def test_asked_a_listener_to_act_or_whether_still_reads():
    rows = quote_rows("The union asked the province to reopen the talks.", "quote")
    assert rows == [("the province to reopen the talks",)]
    rows = quote_rows("Rita Gomes asked the mayor whether the rents would rise.", "quote")
    assert rows == [("whether the rents would rise",)]  # (the listener is no content: left31)


def test_a_regional_demonym_is_the_person_just_quoted():
    text = (
        "Maya Pelletier, 23, of Antigonish, N.S., won the trial race.\n\n"
        "Pelletier said she would keep training.\n\n"
        "“I just want a fair chance,” the Nova Scotian said."
    )
    assert quote_rows(text, "speaker") == [("Maya Pelletier",), ("Maya Pelletier",)]


def test_a_regional_demonym_far_from_anyone_quoted_stays_a_description():
    text = (
        "Maya Pelletier said she would keep training. "
        + "The committee will meet in the spring to review the results of the season. " * 9
        + "\n\n“The rules are the rules,” the Albertan said."
    )
    assert quote_rows(text, "speaker")[-1] != ("Maya Pelletier",)
