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


def test_with_tail_after_said_with_bare_plural_and_participle():
    text = "The bridge would reopen in March, the city said, with crews working through the winter."
    assert speech_rows(text) == [
        ("the city", "said", "The bridge would reopen in March"),
        ("the city", "said", "with crews working through the winter"),
    ]


def test_with_tail_after_said_with_another_not_a_bare_count():
    text = "The fire was held at the ridge, the chief said, with another crew of 20 on its way from the coast."
    assert (
        "the chief",
        "said",
        "with another crew of 20 on its way from the coast",
    ) in speech_rows(text)
    text = "Power was back in most streets, the utility said, with 40 homes still dark on Friday."
    assert [q for _s, _c, q in speech_rows(text)] == ["Power was back in most streets"]


def test_with_regard_is_no_tail():
    text = "The vote was close, Roe said, with regard to the plan."
    assert [q for _s, _c, q in speech_rows(text)] == ["The vote was close"]


def test_passive_quoted_as_saying():
    text = "Ann Roe was quoted as saying the bridge would reopen in March, but that the lane would wait."
    assert speech_rows(text) == [
        ("Ann Roe", "saying", "the bridge would reopen in March, but that the lane would wait")
    ]


def test_passive_quoted_by_paper_and_apposed_name():
    text = (
        "The ferry operator has been quoted by a trade journal as saying the route would stay open."
    )
    assert speech_rows(text) == [("The ferry operator", "saying", "the route would stay open")]
    text = "In the release, the board chair, Ann Roe-Vale, was quoted as saying the fees had brought 30 staff."
    assert speech_rows(text) == [("Ann Roe-Vale", "saying", "the fees had brought 30 staff")]


def test_according_to_then_leaving_tail():
    text = "The depot would close on Fridays, according to Ann Roe, leaving drivers to find another yard."
    assert speech_rows(text) == [
        ("Ann Roe", "according to", "The depot would close on Fridays"),
        ("Ann Roe", "according to", "leaving drivers to find another yard"),
    ]


def test_according_to_then_with_absolute_tail():
    text = "The depot would close on Fridays, according to the union, with the last buses leaving at noon."
    assert ("the union", "according to", "with the last buses leaving at noon") in speech_rows(text)


def test_first_part_before_said_on_social_media_and():
    text = "The pool will reopen in June, the club said in a post on social media, and the slide will follow in July."
    assert speech_rows(text) == [
        ("the club", "said", "The pool will reopen in June"),
        ("the club", "said", "and the slide will follow in July"),
    ]


def test_first_part_before_said_on_a_platform_but():
    text = "The pool will reopen in June, the club said on Facebook, but the slide will stay shut."
    assert ("the club", "said", "The pool will reopen in June") in speech_rows(text)


def test_first_part_before_a_place_phrase_without_determiner():
    text = "The pool will reopen in June, Ann Roe said in a post on community boards, and the slide will follow."
    assert ("Ann Roe", "said", "The pool will reopen in June") in speech_rows(text)


_QA = (
    "Q&A: Librarian Helen Quill on leaks, shelves and moving day\n\n"
    "Helen Quill has run the Brandt Street library for eleven years, and she will move its "
    "collection to a new branch next month. The 58-year-old spoke with reporter Idris Vann "
    "by phone this week. The interview has been edited.\n\n"
    "Q: Why move the collection now?\n\n"
    "A: The old building leaks every spring. We lost two shelves of local history last year.\n\n"
    "We could not keep patching it, and the council finally agreed with us.\n\n"
    "Q: What happens to the old site?\n\n"
    "A: It will become a daycare. The street has wanted one for a long time.\n\n"
    'The city council, in a motion last week, called the plan "overdue and welcome." '
    "The daycare opens in September.\n\n"
    "Q: Will you miss it?\n\n"
    "A: Every day. I learned to read in that building."
)


def test_answer_goes_on_in_a_paragraph_without_a_label():
    rows = [(s, q) for s, k, q in quote_rows(_QA, "speaker", "kind", "quote") if k == "turn"]
    assert (
        "Helen Quill",
        "We could not keep patching it, and the council finally agreed with us.",
    ) in rows
    assert (
        "Helen Quill",
        "The old building leaks every spring. We lost two shelves of local history last year.",
    ) in rows


def test_narration_after_an_answer_is_no_answer():
    quotes = [q for k, q in quote_rows(_QA, "kind", "quote") if k == "turn"]
    assert "It will become a daycare. The street has wanted one for a long time." in quotes
    assert not any("daycare opens" in q for q in quotes)


def test_said_afterward_after_a_writers_comment():
    text = (
        '"They spent $80,000 on new chairs," she said, a claim the board disputes. '
        "The figure included repairs required by the fire code, a board spokesperson said afterward."
    )
    assert (
        "a board spokesperson",
        "said",
        "The figure included repairs required by the fire code",
    ) in speech_rows(text)


def test_said_later_inserted_keeps_both_parts():
    text = "The hall will close, the mayor said later, and the pool will follow."
    assert speech_rows(text) == [
        ("the mayor", "said", "The hall will close"),
        ("the mayor", "said", "and the pool will follow"),
    ]


def test_said_in_an_interview_with_reporters_keeps_the_content_before():
    text = "The rink will stay open all winter, the coach said in an interview with reporters."
    assert speech_rows(text) == [("the coach", "said", "The rink will stay open all winter")]
    text = "The rink will stay open, the coach said in an interview with local media, and the pool will close."
    assert ("the coach", "said", "The rink will stay open") in speech_rows(text)


def test_friend_of_years_apposed_to_a_name_is_no_content():
    text = "The band will tour again, his friend of 20 years, Tom Vasko, said."
    assert speech_rows(text) == [("Tom Vasko", "said", "The band will tour again")]
