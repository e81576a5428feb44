"""Classes found by the eleventh, blind written news batch (session 17 round 2, issue 12:
tests/data/written_news11): a person whose hyphenated given name the list lacks
("Mei-Ling Castellanos") and whose surname ends like a plural group ("-nos") is a person,
and "she" after the sentence that introduces her is her; "she" after a paragraph that
introduces a new person ("Next came X, who ...", "The first parent to speak was X,
whose ...", "She was followed by a student, X, who ...") when the quotation opens the
next paragraph; "According to X, an economist at Y, B" (the description is no content);
"A, the hospital said Thursday, two weeks after the attack" (a time adjunct, no second
half); "A, it said in an email, and B" (both halves); "A, it said in a statement, calling
it ..." (A); "A because, he says, B" (B only); "He said A, according to his own count"
(one row); "wrote it down" is no speech ("claimed responsibility for" stays speech, as
PolNeAR annotates it: tests/test_quotes_pr10.py).
Every sentence here is written for the test; names and events are fictional."""

from _quote_rows import quote_rows, speaker_of_start


def _speakers(text):
    return [s for (s,) in quote_rows(text, "speaker")]


def test_hyphenated_given_name_with_a_plural_looking_surname_is_a_person():
    text = (
        "Dr. Wendy Harrow, who studies floods at a college, says towns recover slowly.\n\n"
        "“It takes years,” Harrow says.\n\n"
        "The bakery, at least, is open. Mei-Ling Castellanos reopened it in March in a "
        "rented trailer.\n\n"
        "“I had a line out the door,” she recalls."
    )
    assert speaker_of_start(text, "I had a line out the door") == "Mei-Ling Castellanos"


def test_a_demonym_before_a_group_word_stays_a_group():
    text = (
        "Principal Martha Quill said the vote was close.\n\n"
        "French-Canadian Catholics packed the hall. “We are not leaving,” she said."
    )
    assert speaker_of_start(text, "We are not leaving") == "Martha Quill"


def test_she_after_a_paragraph_that_ends_with_a_new_person_whose():
    text = (
        "Principal Martha Quill said the school would stay open.\n\n"
        "“We are not closing,” Quill said.\n\n"
        "The first parent to reach the microphone was Janet Pruitt, whose son attends "
        "the school.\n\n"
        "“You keep saying numbers,” she said."
    )
    assert speaker_of_start(text, "You keep saying numbers") == "Janet Pruitt"


def test_she_after_a_paragraph_followed_by_a_student_who():
    text = (
        "Principal Martha Quill said the school would stay open.\n\n"
        "“We are not closing,” she said.\n\n"
        "She was followed by a student, Orla Fennimore, who read a letter signed by 50 "
        "students.\n\n"
        "“We are asking you to listen,” she read."
    )
    assert speaker_of_start(text, "We are asking you to listen") == "Orla Fennimore"


def test_next_came_a_person_at_the_end_of_the_paragraph():
    text = (
        "Coun. Dora Lisk said the budget was too small.\n\n"
        "“We need more buses,” Lisk said.\n\n"
        "Next came Gemma Ostrowski.\n\n"
        "“I drive a bus,” she said. “Nobody asked me.”"
    )
    assert speaker_of_start(text, "I drive a bus") == "Gemma Ostrowski"


def test_the_earlier_speaker_keeps_she_when_the_new_person_is_the_subject_of_nothing():
    text = (
        "Coun. Dora Lisk said the budget was too small.\n\n"
        "“We need more buses,” Lisk said.\n\n"
        "The plan was drafted by a consultant from Regina.\n\n"
        "“It is not enough,” she said."
    )
    assert speaker_of_start(text, "It is not enough") == "Dora Lisk"


def test_according_to_a_name_and_a_description_the_content_follows_it():
    text = (
        "According to Claire Vautour, a senior economist at Acadia Bank, the new rate "
        "could add $9,000 to the price of a home."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows == [("Claire Vautour", "the new rate could add $9,000 to the price of a home")]


def test_according_to_police_a_description_of_someone_else_is_content():
    text = "According to police, the driver, a 34-year-old man, was taken to hospital."
    rows = quote_rows(text, "quote")
    assert rows == [("the driver, a 34-year-old man, was taken to hospital",)]


def test_according_to_a_name_before_a_relative_clause_keeps_it():
    text = "According to Ann Roe, the mayor, who was re-elected, will resign."
    assert quote_rows(text, "quote") == [("the mayor, who was re-elected, will resign",)]


def test_a_time_distance_after_an_inserted_frame_is_no_second_half():
    text = (
        "The records of 2,000 patients were copied, the clinic said Thursday, more than "
        "three weeks after the attack forced it to close."
    )
    assert quote_rows(text, "quote") == [("The records of 2,000 patients were copied",)]


def test_a_real_second_half_after_an_inserted_frame_is_kept():
    text = "The records were copied, the clinic said Thursday, and some of them were posted online."
    quotes = [q for (q,) in quote_rows(text, "quote")]
    assert "The records were copied" in quotes
    assert any(q.endswith("some of them were posted online") for q in quotes)


def test_wrote_it_down_is_no_speech():
    text = "The superintendent smiled and wrote it down. Then she wrote down the number."
    assert quote_rows(text, "quote") == []


def test_claimed_that_is_still_speech():
    text = "A group calling itself Greyfin claimed that it had stolen the files."
    assert _speakers(text) == ["Greyfin"]


def test_according_to_his_own_count_after_his_report_is_no_second_row():
    text = (
        "Dr. Amos Teller studies hospital security. He said clinics had reported at least "
        "nine attacks since 2023, according to his own count of public filings."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows == [("Amos Teller", "clinics had reported at least nine attacks since 2023")]


def test_according_to_her_own_account_alone_is_still_a_quote():
    text = "According to her own account, Ann Roe walked home alone that night."
    assert len(quote_rows(text, "quote")) == 1


def test_both_halves_around_said_in_an_email():
    text = (
        "The money has gone to debris removal, the ministry said in an email, and a "
        "further $12 million has been set aside for a fire hall."
    )
    quotes = [q for (q,) in quote_rows(text, "quote")]
    assert "The money has gone to debris removal" in quotes
    assert any("set aside for a fire hall" in q for q in quotes)


def test_content_before_said_in_a_statement_calling_it():
    text = (
        "Teachers were told not to speak, according to the union. The union has filed a "
        "grievance over the order, it said in a statement, calling it “a gag order.”"
    )
    assert speaker_of_start(text, "The union has filed a grievance") == "the union"


def test_an_insertion_right_after_because_opens_the_content():
    text = (
        "Her father keeps the trophies in a closet because, he says, she will not let "
        "him show them."
    )
    assert quote_rows(text, "quote") == [("she will not let him show them",)]


def test_an_insertion_before_because_keeps_the_text_before():
    text = "The mill closed, he says, because the orders stopped."
    # (and the reason after the attribution is his too: session 18, test_quotes_left20)
    assert quote_rows(text, "quote") == [("The mill closed",), ("because the orders stopped",)]
