"""Rows missed by the blind sets of session 27 (left53): how long a relation has
lasted in the speaker's description ("her friend of 20 years said"), ..."""

from tests._quote_rows import quote_rows, speech_rows


def test_friend_of_years_before_cue_is_the_speaker():
    text = 'Nell Garrow ran the ferry for decades. "She never missed a crossing," her friend of 20 years said.'
    assert ("her friend of 20 years", "She never missed a crossing") in quote_rows(
        text, "speaker", "quote"
    )


def test_bandmate_and_neighbour_of_years():
    text = '"He tuned every drum himself," his bandmate of thirty years said.'
    assert quote_rows(text, "speaker") == [("his bandmate of thirty years",)]
    text = '"The hedge was always trimmed," a neighbour of 40 years says.'
    assert quote_rows(text, "speaker") == [("a neighbour of 40 years",)]


def test_friend_of_years_after_cue_keeps_the_years():
    text = '"The shop will close," said her friend of many years.'
    assert speech_rows(text) == [("her friend of many years", "said", "The shop will close")]


def test_name_of_years_is_no_description():
    text = '"The shop will close," Pell Varner of 20 years said.'
    assert all("20 years" not in s for (s,) in quote_rows(text, "speaker"))
