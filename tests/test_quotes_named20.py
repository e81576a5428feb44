"""Named-speaker rules of the named20 branch, on sentences written for these tests."""

from __future__ import annotations

from tests._quote_rows import quote_rows, speaker_of


def test_coordinate_clause_subject_takes_the_and_said():
    # ", and <subject> <verb> ... and said": the subject of the second clause
    text = (
        "A group of fishermen called for a strike, and the regional sailing association "
        "the Coastal League strongly denounced the plan and said it would return its grant."
    )
    assert speaker_of(text, "it would return its grant") == "Coastal League"
    text = "The mayor spoke first, but Tom Roe took the podium and said the plan would fail."
    assert speaker_of(text, "the plan would fail") == "Tom Roe"


def test_coordinate_clause_without_subject_keeps_the_sentence_subject():
    text = "Lee toured the plant, and met workers and said the plan would fail."
    assert speaker_of(text, "the plan would fail") == "Lee"
    text = "Dana Hill visited the mill on Monday and said the plan would fail."
    assert speaker_of(text, "the plan would fail") == "Dana Hill"


def test_web_address_is_one_organisation_speaker():
    rows = quote_rows(
        "Politico.com reported that the mayor would resign.", "speaker", "speaker_type"
    )
    assert rows == [("Politico.com", "organization")]
    text = "The bridge will cost $40 million, according to Factcheck.org. Ann Lee disagreed."
    assert speaker_of(text, "The bridge will cost $40 million") == "Factcheck.org"
    text = "The mayor will resign, Breitbart.com reported on Monday."
    assert speaker_of(text, "The mayor will resign") == "Breitbart.com"


def test_web_address_needs_a_known_ending():
    # "Dr." and other abbreviations stay as they were; "Politico.community" is no address
    text = "Dr. Ann Lee said the water was safe."
    assert speaker_of(text, "the water was safe") == "Ann Lee"


def test_formal_suffix_after_a_middle_initial_is_not_the_surname():
    # "Mr. Biden" and "Biden" are "Joseph R. Biden Jr.": one speaker string, not three
    text = (
        "Vice President Joseph R. Biden Jr. visited the plant on Monday. "
        '"We are back," Mr. Biden said. Biden said the plan would work. '
        '"It will," said Joseph R. Biden Jr., the vice president.'
    )
    speakers = {s for (s,) in quote_rows(text, "speaker")}
    assert speakers == {"Joseph R. Biden"}


def test_junior_after_two_words_is_another_person():
    text = (
        'Donald Trump Jr. spoke in Ohio. "We will win," Donald Trump Jr. said. '
        "Donald J. Trump said the polls were wrong."
    )
    assert speaker_of(text, "We will win") == "Donald Trump Jr."
    assert speaker_of(text, "the polls were wrong") == "Donald J. Trump"


def test_according_to_a_quoted_title_keeps_the_title_and_its_noun():
    text = 'The plan would cost $2 billion a year, according to the "Water for All" report.'
    assert speaker_of(text, "The plan would cost $2 billion a year") == 'the "Water for All" report'


def test_according_to_his_quoted_book_is_still_his():
    text = 'Ann Lee toured the dam on Monday. The dam leaks, according to her book "Cold Water."'
    assert speaker_of(text, "The dam leaks") == "Ann Lee"
