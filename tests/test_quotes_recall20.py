"""Indirect-speech classes from a sample of PolNeAR train misses and false predictions
(session 18, recall20; issue 12): the content before a frame whose tail is only a place
or occasion ("A, Lee said during a visit to the plant"), or whatever follows a dash or a
semicolon after the frame ("A, the agency said on Friday -- a blow to B"; "A, analysts
say; in 2012, B"): the content is A, never the tail.
Every sentence here is written for the test; names and events are fictional."""

from _quote_rows import has_quote, speech_rows

_LEAD = "The board met on Monday.\n\n"


def test_content_before_a_frame_that_ends_in_a_place_or_occasion():
    text = _LEAD + "The plan is dead, Lee said during a visit to the plant on Friday."
    assert speech_rows(text) == [("Lee", "said", "The plan is dead")]
    text = _LEAD + "The plan is dead, Lee said at the end of a long meeting with the farmers."
    assert speech_rows(text) == [("Lee", "said", "The plan is dead")]
    text = _LEAD + "New rules will cut costs for small farms, Kessler said during his talk."
    assert has_quote(text, "Kessler", "New rules will cut costs for small farms")


def test_a_dash_after_the_frame_opens_the_writers_comment():
    for dash in ("—", "-", "--"):
        text = _LEAD + f"The plan is dead, the agency said on Friday {dash} a blow to its backers."
        assert speech_rows(text) == [("the agency", "said", "The plan is dead")], dash


def test_a_semicolon_after_the_frame_ends_its_content():
    text = (
        _LEAD + "Tax revenue will fall next year, analysts say; in 2012, the state ran a surplus."
    )
    assert speech_rows(text) == [("analysts", "say", "Tax revenue will fall next year")]


def test_a_fronted_place_is_no_content():
    assert speech_rows(_LEAD + "In 1990, Lee spoke during a visit to the plant.") == []
    assert speech_rows(_LEAD + "At the town hall, Lee spoke on Friday.") == []


def test_a_subordinate_clause_or_a_relative_speaker_keeps_the_content_after():
    # the clause before a subordinate opening or a relative "who" is not the content
    text = _LEAD + "As the mayor spoke to the crowd, Roe responded from the stage."
    assert not any(q.startswith("As the mayor") for _, _, q in speech_rows(text))
    text = _LEAD + (
        "Sources close to the talks say the delay came from the council leaders, who "
        "have insisted on acting now."
    )
    assert not any(s == "who" or "council leaders" in s for s, _, _ in speech_rows(text))


def test_an_infinitive_or_an_of_phrase_after_the_cue_is_no_tail():
    text = _LEAD + "Though he rarely spoke on housing, Lee promised to build more homes."
    assert has_quote(text, "Lee", "to build more homes")
    text = _LEAD + "A keen gardener, Roe complained of the noise from the site."
    assert not any(q.startswith("A keen gardener") for _, _, q in speech_rows(text))
