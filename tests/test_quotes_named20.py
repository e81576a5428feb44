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
