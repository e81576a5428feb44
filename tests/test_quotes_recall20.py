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


def test_an_adverbial_after_that_does_not_end_the_content():
    # "reported that during X, B": B's clause (with its own cue word) is the content
    text = _LEAD + (
        "Local media reported that during the mayor's visit to the port, the union "
        "repeated its demand for a new contract."
    )
    assert has_quote(
        text,
        "local media",
        "during the mayor's visit to the port, the union repeated its demand for a new contract",
    )


def test_a_description_with_a_capitalised_modifier_before_the_name():
    text = _LEAD + '"I do not know where he stands," said undecided Republican voter Ann Roe.'
    assert speech_rows(text) == [("Ann Roe", "said", "I do not know where he stands")]
    text = _LEAD + '"We lost," said longtime New York voter Ann Roe of Derry, before the rally.'
    assert speech_rows(text) == [("Ann Roe", "said", "We lost")]


def test_two_roles_joined_by_and_before_the_name():
    text = _LEAD + '"The firm lobbied for the club," said lobbyist and GOP strategist Al Vale.'
    assert speech_rows(text) == [("Al Vale", "said", "The firm lobbied for the club")]
    text = _LEAD + "The firm lobbied for the club, said lobbyist and strategist Al Vale, a partner."
    assert speech_rows(text) == [("Al Vale", "said", "The firm lobbied for the club")]


def test_a_hyphenated_name_after_a_role_of_a_field():
    text = _LEAD + (
        '"Thanks for coming," said master of ceremonies Omar Al-Tabchi, a teacher. '
        '"Enjoy the fair," he added.'
    )
    assert speech_rows(text) == [
        ("Omar Al-Tabchi", "said", "Thanks for coming"),
        ("Omar Al-Tabchi", "added", "Enjoy the fair"),
    ]


def test_a_possessive_after_the_cue_is_no_described_name():
    # "suggested business mogul Don Vale's refusal ...": the content, not a speaker
    text = _LEAD + (
        "Joe Lark, host of the “Morning Show,” suggested business mogul Don Vale’s refusal "
        "to apologize could cost him the race."
    )
    assert not any(s == "Don Vale" for s, _, _ in speech_rows(text))
