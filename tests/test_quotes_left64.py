"""Rows left by session 32 (left64): sentences written for these tests."""

from tests._quote_rows import speech_rows


def test_not_only_said_speaker_is_the_subject():
    rows = speech_rows(
        "The harbour master not only said that the pier was unsafe but also that "
        "the ferry would stop."
    )
    assert rows == [
        ("The harbour master", "said", "the pier was unsafe but also that the ferry would stop")
    ]


def test_not_only_said_then_but_also_said():
    rows = speech_rows(
        "Ann Roe not only said the library was closing but also said the pool would stay open."
    )
    assert rows == [
        ("Ann Roe", "said", "the library was closing"),
        ("Ann Roe", "said", "the pool would stay open"),
    ]


def test_not_only_with_a_second_cue():
    rows = speech_rows(
        "Critics not only argued that the levy was unfair, but also warned that it would fail."
    )
    assert ("critics", "argued", "the levy was unfair") in [(s.lower(), c, q) for s, c, q in rows]
    assert any(c == "warned" and q == "it would fail" for _, c, q in rows)


def test_plain_negation_stays_no_row():
    assert speech_rows("The coach did not say that the team would move.") == []


def test_trailing_filed_record_gives_way_to_the_clause_speaker():
    rows = speech_rows(
        "Tom Vale will argue that the lease was never signed, according to a summary "
        "filed with the tribunal."
    )
    assert rows == [("Tom Vale", "argue", "the lease was never signed")]


def test_trailing_court_documents_give_way():
    rows = speech_rows(
        "The landlord claimed that the tenants owed two months of rent, according to court documents."
    )
    assert rows == [("The landlord", "claimed", "the tenants owed two months of rent")]


def test_trailing_person_source_stays():
    rows = speech_rows(
        "Tom Vale will argue that the lease was never signed, according to his lawyer."
    )
    assert rows == [
        ("his lawyer", "according to", "Tom Vale will argue that the lease was never signed")
    ]


def test_trailing_record_without_inner_speaker_stays():
    # (w120: "according to court documents" is a court record and gives no row, as the
    # written guidelines' "a document as the source is no quote"; a summary filed with
    # the court keeps this test's point: no inner speaker, the record's row stays)
    rows = speech_rows("The lease was never signed, according to a summary filed with the court.")
    assert rows == [
        ("a summary filed with the court", "according to", "The lease was never signed")
    ]


def test_and_would_cue_stays_in_the_reported_clause():
    rows = speech_rows(
        "The growers' co-op issued a statement saying its members were worried and would "
        "ask the county for a new road."
    )
    assert rows == [
        (
            "the growers' co-op",
            "saying",
            "its members were worried and would ask the county for a new road",
        )
    ]


def test_and_would_cue_after_said():
    rows = speech_rows("Tom Vale said he was disappointed and would urge the board to reconsider.")
    assert rows == [
        ("Tom Vale", "said", "he was disappointed and would urge the board to reconsider")
    ]


def test_and_past_cue_is_the_speakers_next_verb():
    rows = speech_rows("Tom Vale said the ferry was late and urged the board to add a sailing.")
    assert ("Tom Vale", "said", "the ferry was late") in rows


def test_ranked_apposition_after_the_frame_is_no_second_row():
    text = (
        "Water rates will climb 11 per cent in April, the utility that serves the valley "
        "said Thursday, the steepest rise in 20 years."
    )
    assert speech_rows(text) == [
        ("the utility", "said", "Water rates will climb 11 per cent in April")
    ]


def test_first_since_apposition_after_the_frame_is_no_second_row():
    text = "Ticket sales fell by a third, Ann Roe said, the first drop since the arena opened."
    assert speech_rows(text) == [("Ann Roe", "said", "Ticket sales fell by a third")]


def test_ranked_subject_of_a_clause_after_the_frame_is_still_content():
    text = "Ticket sales fell by a third, Ann Roe said, the last shows sold out anyway."
    assert len(speech_rows(text)) == 2


def test_asked_by_listener_about_a_topic_is_no_row_of_the_listener():
    text = "Tom Vale, asked by reporters about the layoffs, sighed that the plant had no orders."
    assert not any(s == "reporters" for s, _, _ in speech_rows(text))


def test_asked_by_a_listener_about_a_topic_then_a_quotation():
    text = 'Tom Vale, asked by a reporter about the layoffs, laughed: "We will hire again."'
    assert speech_rows(text) == [("Tom Vale", ":", "We will hire again.")]


def test_apposed_asked_whether_ends_at_the_participles_comma():
    text = "Tom Vale, asked by reporters whether the plant would close, smiled and left the room."
    assert speech_rows(text) == [("reporters", "asked", "whether the plant would close")]


def test_fronted_asked_whether_stays_a_question_row():
    text = "Tom Vale was asked by reporters whether the plant would close."
    assert speech_rows(text) == [("reporters", "asked", "whether the plant would close")]


def test_span_of_time_after_opens_a_subordinate_clause():
    text = "Weeks after the mayor said the bridge was sound, engineers closed it."
    assert speech_rows(text) == [("the mayor", "said", "the bridge was sound")]


def test_two_days_before_opens_a_subordinate_clause():
    text = "Two days before Ann Roe said she would step down, the board met in private."
    assert speech_rows(text) == [("Ann Roe", "said", "she would step down")]


def test_time_subordinate_clause_after_a_colon():
    text = "The record is clear: months after the mayor said the bridge was sound, it failed."
    assert speech_rows(text) == [("the mayor", "said", "the bridge was sound")]


def test_time_phrase_then_comma_is_no_subordinate_clause():
    text = "Days after the vote, Ann Roe said the bridge was sound."
    assert speech_rows(text) == [("Ann Roe", "said", "the bridge was sound")]


def test_having_said_that_opens_the_sentence_speaker_after_comma():
    text = "Having said that the ferry was safe, the harbour master walked out of the meeting."
    assert speech_rows(text) == [("the harbour master", "said", "the ferry was safe")]


def test_after_having_argued_that():
    text = "After having argued that the levy was unfair, Tom Vale voted for it."
    assert speech_rows(text) == [("Tom Vale", "argued", "the levy was unfair")]


def test_having_been_told_is_no_statement_of_the_subject():
    assert speech_rows("Having been told that the ferry was safe, Tom Vale boarded it.") == []


def test_document_obtained_by_an_outlet_speaks():
    text = "A memo from the parks board obtained by the Gazette warns that two pools will close."
    assert speech_rows(text) == [("a memo from the parks board", "warns", "two pools will close")]


def test_document_seen_by_an_outlet_speaks():
    text = "An email seen by the Gazette says the arena will open late."
    assert speech_rows(text) == [("an email", "says", "the arena will open late")]


def test_person_interviewed_by_an_outlet_stays_the_speaker():
    text = "Tom Vale, interviewed by the Gazette, warns that two pools will close."
    assert speech_rows(text) == [("Tom Vale", "warns", "two pools will close")]


def test_and_said_inside_a_when_clause_takes_the_clause_subject():
    text = "The crowd cheered when Tom Vale held up the trophy and said it belonged to the town."
    assert speech_rows(text) == [("Tom Vale", "said", "it belonged to the town")]


def test_and_said_inside_a_when_clause_with_a_thing_subject_stays_the_main_subject():
    text = "Fans cheered when the ferry docked and said the crossing had been rough."
    assert speech_rows(text) == [("fans", "said", "the crossing had been rough")]


def test_told_host_and_name_is_the_listener():
    text = "Ann Roe told radio host Tom Vale she expected the bylaw to pass."
    assert speech_rows(text) == [("Ann Roe", "told", "she expected the bylaw to pass")]


def test_told_reporters_then_a_name_keeps_the_name_in_the_content():
    text = "Ann Roe told reporters Tom Vale had misread the bylaw."
    assert speech_rows(text) == [("Ann Roe", "told", "Tom Vale had misread the bylaw")]


def test_unclosed_apposition_after_a_parenthetical_keeps_the_name():
    text = "Ann Roe (Green), a critic of the bylaw told reporters she would vote against it."
    assert speech_rows(text) == [("Ann Roe", "told", "she would vote against it")]


def test_infinitive_content_of_a_contact_relative_ends_before_the_main_verb():
    text = "The bridge Ann Roe vowed to rebuild is still closed to trucks."
    assert speech_rows(text) == [("Ann Roe", "vowed", "to rebuild")]


def test_infinitive_content_with_its_object_runs_on():
    text = "Ann Roe vowed to rebuild the bridge before the spring thaw."
    assert speech_rows(text) == [
        ("Ann Roe", "vowed", "to rebuild the bridge before the spring thaw")
    ]
