"""written42's rules (session 25), each checked on sentences written for this file.

* "A, the agency said, although B" / "A, he said, though B" / "A, she said, so B": the
  clause after the insertion goes on with the statement (not "..., he said, though he
  declined to give details", nor "..., she said, so far").
* "A, she said through an interpreter." / "A, he said through his son, who translated."
  / "A, she said over the phone.": the go-between is a tail, A the content.
* A name whose predicate opens with a role's cue introduces the person as that role:
  "Lise Roy has taught skating for 20 years ... the instructor said" is Lise Roy.
* A description of one person speaking before the article names anyone so ("a dispatcher
  who worked the night shift said A."; "The archivist, who ..., said A."; a lede's "its
  president said") is the full name the next paragraph introduces as its speaker ('"B,"
  said Ann Roe, who ...'; "Ann Roe, who ..., said"; "Board president Ann Roe said").
  Not an unnamed source ("a senior official"), not a thing ("the report"), not after
  "a nurse ..." was written for an unnamed one, not a body ("The Health Department").
"""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows


def test_although_after_insertion_goes_on():
    text = (
        "Trains on the north line were cancelled, the railway said, although buses "
        "continued to run every half hour."
    )
    assert has_quote(text, "railway", "Trains on the north line were cancelled")
    assert any("buses continued to run" in q for s, q in quote_rows(text, "speaker", "quote"))


def test_though_and_so_after_insertion_go_on():
    text = (
        "Nobody from the county has called him, Omar Pike said, though he has heard a "
        "crew may come next week.\n\n"
        "The phone line was dead, the 80-year-old said, so he walked to the neighbours "
        "in the snow."
    )
    quotes = [q for _s, q in quote_rows(text, "speaker", "quote")]
    assert any("he has heard a crew may come" in q for q in quotes)
    assert any("he walked to the neighbours" in q for q in quotes)


def test_writers_concession_stays_out():
    text = (
        "The plant will close in March, the company said, though it declined to say how "
        "many jobs would be lost.\n\n"
        "The road will reopen by Friday, Ada Quist said, so far as she knew."
    )
    quotes = [q for _s, q in quote_rows(text, "speaker", "quote")]
    assert "The plant will close in March" in quotes
    assert not any("declined" in q for q in quotes)
    assert not any("so far" in q for q in quotes)


def test_said_through_an_interpreter_keeps_the_fronted_content():
    text = (
        "Bruno Ellis spoke at the hearing on Tuesday. The river had never flooded the "
        "village in his lifetime, Ellis said through his son, who translated from "
        "Italian.\n\n"
        "The dam should never have been built, Mira Kahn said through an interpreter.\n\n"
        "The shelter was full by noon, Jo Pratt said over the phone."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Bruno Ellis", "The river had never flooded the village in his lifetime") in rows
    assert ("Mira Kahn", "The dam should never have been built") in rows
    assert ("Jo Pratt", "The shelter was full by noon") in rows
    assert not any("translated" in q for _s, q in rows)


def test_said_through_the_winter_is_still_content():
    rows = quote_rows("Ada Quist said through the winter the mill ran at half speed.", "quote")
    assert rows == [("through the winter the mill ran at half speed",)]


def test_role_predicate_introduces_the_instructor():
    text = (
        "Lise Roy has taught figure skating at the arena for 20 winters. She said she "
        "heard about the closure from a parent.\n\n"
        "“I sat in my car for an hour,” the instructor said."
    )
    assert has_quote(text, "Lise Roy", "I sat in my car for an hour")


def test_indefinite_description_named_in_next_paragraph():
    text = (
        "At the hospital, a dispatcher who worked the night shift said the power went out "
        "twice.\n\n"
        "“The generators came on, but the elevators did not,” said Greta Moller, who has "
        "worked on the ward for nine years. “We carried two patients down the stairs.”"
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Greta Moller", "the power went out twice") in rows


def test_definite_description_named_in_next_paragraph():
    text = (
        "The town hired its first full-time archivist in 2019, Mayor Tom Beck said.\n\n"
        "The archivist, who spent three years cataloguing the letters, said most of them "
        "had never been read.\n\n"
        "Odile Marchetti, who grew up above the old post office, said the letters would go "
        "online next spring."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Odile Marchetti", "most of them had never been read") in rows


def test_lede_possessive_role_named_next_with_a_lower_case_title():
    text = (
        "HALIFAX — The harbour swim was called off an hour before the start because of "
        "lightning, its organizer said.\n\n"
        "Race director Paul Verhoeven said the decision was made at 6 a.m."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0][0] == "Paul Verhoeven"


def test_unnamed_source_is_not_the_next_name():
    text = (
        "The talks collapsed on Sunday, a senior official said.\n\n"
        "“We are disappointed,” said Hana Kirby, who leads the union."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0][0] != "Hana Kirby"


def test_unnamed_teacher_and_a_body_are_not_the_next_name():
    text = (
        "A teacher at the school, who asked not to be named, said staff learned of the "
        "plan online.\n\n"
        "“We found out from Facebook,” the teacher said.\n\n"
        "The Education Department said decisions rest with the region."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Education Department", "We found out from Facebook") not in rows
    assert rows[1][0] != "Education Department"


def test_description_not_a_person_is_not_the_next_name():
    text = (
        "Customers will pay more from May, the letter said.\n\n"
        "Wanda Ostrowski, who owns the bakery next door, said she had not seen it."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0][0] != "Wanda Ostrowski"


def test_another_person_is_not_the_description():
    text = (
        "At the plant gate, a welder who has worked there for 30 years said the news came "
        "as a shock.\n\n"
        "Carl Dufresne, another welder, said he would retire early."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0][0] != "Carl Dufresne"


def test_kicker_quotation_after_a_narration_paragraph_on_a_speaker():
    text = (
        "Nadia Brill drove from Regina for the race. She said she had trained since March."
        "\n\nBrill has already entered a race in Saskatoon next month.\n\n"
        "“Maybe it will rain there. I can hope.”"
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Nadia Brill", "Maybe it will rain there. I can hope.") in rows


def test_no_kicker_for_a_name_never_quoted_or_a_paragraph_with_a_quote():
    text = (
        "Nadia Brill said she had trained since March.\n\n"
        "Tom Askew runs the race. It started in 1994.\n\n"
        "“Maybe it will rain there. I can hope.”"
    )
    rows = quote_rows(text, "speaker", "quote")
    assert not any(q.startswith("Maybe it will rain") for _s, q in rows)
