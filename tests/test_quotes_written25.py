"""Classes found by the seventeenth, blind written news batch (session 20, issue 12:
tests/data/written_news17): a quantifier subject ("Some said", "Others said") is the
plural group the sentence before names ("Analysts were divided. Some said ..."); a long
"who" clause of the sentence's opening subject does not hand the speaker to a noun
inside it ("A paramedic who was first to reach a worker crushed under a collapsed wall
told the jury"). Every sentence here is written for the test; names and events are
fictional."""

from _quote_rows import speaker_of, speech_rows


def test_some_said_is_the_group_of_the_sentence_before():
    text = "Economists were split on the decision. Some said it came too late."
    assert speaker_of(text, "it came too late") == "economists"


def test_others_said_looks_past_some_said():
    text = (
        "Economists were split on the decision. Some said it came too late.\n\n"
        "Others said the bank had no choice."
    )
    assert speaker_of(text, "the bank had no choice") == "economists"


def test_some_said_without_a_group_before_stays_some():
    text = "The bank raised its rate on Wednesday. Some said it came too late."
    assert speaker_of(text, "it came too late") == "some"


def test_some_inside_a_sentence_is_not_given_the_group():
    text = (
        "Residents gathered at the hall. The plan drew criticism from many, including "
        "some who warned it would raise taxes."
    )
    assert speaker_of(text, "it would raise taxes") != "residents"


def test_some_said_two_paragraphs_on_is_not_given_the_group():
    text = (
        "Residents gathered at the hall.\n\nThe mayor spoke for an hour.\n\n"
        "Some said the meeting ran too long."
    )
    assert speaker_of(text, "the meeting ran too long") == "some"


def test_long_who_clause_keeps_the_subject_before_it():
    text = (
        "A nurse who was first to reach a worker crushed under a falling wall told the "
        "jury on Tuesday that the man had no pulse."
    )
    assert speaker_of(text, "the man had no pulse") == "a nurse"


def test_short_who_clause_still_keeps_the_subject():
    text = "A nurse who treated the boy told the inquest that he was awake."
    assert speaker_of(text, "he was awake") == "a nurse"


def test_who_clause_after_a_comma_is_an_apposition():
    text = (
        "Dana Price, who was first to reach the worker under the wall, told the jury he was cold."
    )
    assert speaker_of(text, "he was cold") == "Dana Price"


def test_no_row_for_the_noun_inside_the_who_clause():
    text = (
        "A driver who was the first to stop for a cyclist hit by a delivery truck told "
        "police the light was red."
    )
    rows = speech_rows(text)
    assert rows and all(s == "a driver" for s, _, _ in rows), rows


def test_insertion_before_the_last_list_item_gives_that_item_only():
    text = "Ruth Vale wrote to the mayor, to the local MP and, her children say, to the premier."
    rows = speech_rows(text)
    assert [q for _, _, q in rows] == ["to the premier"], rows


def test_insertion_after_and_without_a_list_still_keeps_both_sides():
    text = "The new bridge was, the engineer said, safe and, she added, cheaper than the old one."
    rows = speech_rows(text)
    assert any(q.startswith("The new bridge was") for _, _, q in rows), rows


def test_label_quotation_that_ends_its_paragraph_is_left_out():
    # (see test_quotes_written24: a label ending its paragraph gives no row)
    text = (
        "The deal was signed on Monday.\n\n"
        "Chief Ann Ward called the agreement “a different way of doing business.”\n\n"
        "“For 50 years, companies came and went,” she said."
    )
    assert all(q != "a different way of doing business." for _, _, q in speech_rows(text))
    assert speaker_of(text, "For 50 years, companies came and went") == "Ann Ward"


def test_label_after_an_apposition_is_the_subjects():
    text = (
        "Dr. Lena Park, a sleep specialist at the hospital who was not involved in the "
        "research, called the study “careful and large enough to take seriously.”"
    )
    assert speaker_of(text, "careful and large enough to take seriously.") == "Lena Park"


def test_label_in_a_relative_clause_is_its_subjects():
    text = (
        "Tom Hale spent a week at a fish plant to prepare for the role, an experience "
        "Hale called “humbling and extremely cold.”"
    )
    assert speaker_of(text, "humbling and extremely cold.") == "Tom Hale"


def test_label_after_what_she_called_is_hers():
    text = "Judge Ann Roe thanked the jurors for what she called “a difficult and painful duty.”"
    assert speaker_of(text, "a difficult and painful duty.") == "Ann Roe"


def test_label_participle_takes_the_clause_subject():
    text = "Mayor Dana Roe went after the council, calling the vote “a sad day for this city.”"
    assert speaker_of(text, "a sad day for this city.") == "Dana Roe"


def test_label_participle_after_a_leading_phrase_is_not_read():
    text = (
        "Speaking in Salem, New Hampshire, Dana Roe went after the council, calling the vote "
        "“a sad day for this city.”"
    )
    assert all(s != "Hampshire" for s, _, _ in speech_rows(text))


def test_label_followed_by_a_new_sentence_is_a_quote():
    text = (
        "Conservative Leader Ann Roe, who campaigned in the riding twice, called the result "
        "“a turning point for us.” She left before midnight."
    )
    assert speaker_of(text, "a turning point for us.") == "Ann Roe"


def test_relative_label_after_a_date_is_not_the_dates():
    text = (
        "Much of the anger was aimed at Lee, who Roe on Wednesday called “a disgrace to the "
        "whole league.”"
    )
    assert all(s != "Wednesday" for s, _, _ in speech_rows(text))


def test_name_in_quotation_after_called_stays_no_quote():
    text = "A group called “Friends of the Park” has formed to fight the plan."
    assert speech_rows(text) == []


def test_answer_after_a_question_frame_is_the_person_asked():
    text = (
        "Ann Roe questioned the driver for an hour.\n\n"
        "Asked by Roe who had set the fire, Tom Hale pointed at the accused.\n\n"
        "“Him. He lit it and walked away.”"
    )
    assert speaker_of(text, "Him. He lit it and walked away.") == "Tom Hale"


def test_answer_after_asked_by_reporters_is_not_the_reporters():
    text = (
        "Asked by reporters whether she would resign, Mia Lund shook her head.\n\n"
        "“I am not going anywhere, not this year.”"
    )
    assert speaker_of(text, "I am not going anywhere, not this year.") == "Mia Lund"
