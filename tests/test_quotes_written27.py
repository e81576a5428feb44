"""written19's rules (session 21), each on sentences written for the test:

* a deictic time phrase alone before an inserted frame ("This spring, he said, half his
  gear went deeper") is an adjunct of the clause after the frame, not content; "This
  season, he said, will be his last" (the phrase is the subject) keeps both sides;
* one to three prepositional phrases alone before a frame ("Across town, at a hotel on
  King Street, Roe conceded") hold no content;
* a habitual "would say" right after a quotation and its subject ('“Skate hard,” she
  would say') attributes the quotation; a guess ("Critics would say ...") stays none;
* "It said" after "<content>, the province said ..." is the province (the organisation
  description of a frame after its content is a referent of "it", as "The province said");
* "nurse", "paramedic", "surgeon", "medic", "clerk", "mechanic" are person nouns
  (resources/speaker_nouns.txt), so "A nurse ... said A. '...,' she said" is the nurse,
  not a woman named earlier;
* "the authority" is an organisation noun that a name ending in "Authority" fits ("The
  Halton Transit Authority said ... The authority said"), and "the <noun>" is the name
  that had "a ... <noun>" in apposition ("Port Ellery Health, a new regional authority,");
* "with a|the <role title> telling|saying ..." is an absolute frame whose subject is the
  role ("..., with a judge telling him his remorse was real").
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speaker_of, speech_rows


def test_deictic_time_phrase_before_an_inserted_frame_is_no_content():
    t = "Tom Reed farms near Unity. This spring, he said, half his fields were too wet to seed."
    assert speech_rows(t) == [("Tom Reed", "said", "half his fields were too wet to seed")]
    t = "Tom Reed farms near Unity. That winter, he said, the family ate potatoes."
    assert speech_rows(t) == [("Tom Reed", "said", "the family ate potatoes")]
    t = "Tom Reed farms near Unity. Earlier this year, he said, prices fell by half."
    assert speech_rows(t) == [("Tom Reed", "said", "prices fell by half")]


def test_time_phrase_that_is_the_subject_keeps_both_sides():
    t = "Tom Reed farms near Unity. This season, he said, will be his last."
    assert [q for _, _, q in speech_rows(t)] == ["This season", "will be his last"]
    t = "Tom Reed farms near Unity. This plan, he said, is a failure."
    assert [q for _, _, q in speech_rows(t)] == ["This plan", "is a failure"]


def test_place_phrases_alone_before_a_frame_hold_no_content():
    t = "Across town, at a hotel on King Street, Ann Roe conceded shortly after midnight."
    assert speech_rows(t) == []
    t = "Across town, at a hotel on King Street, Ann Roe said the vote was fair."
    assert speech_rows(t) == [("Ann Roe", "said", "the vote was fair")]
    t = "In Ottawa, the bill passed easily, Ann Roe said."
    assert speech_rows(t) == [("Ann Roe", "said", "In Ottawa, the bill passed easily")]


def test_habitual_would_say_after_a_quotation_attributes_it():
    t = "Ann Roe coached for 40 years. “Skate hard,” she would say to every child."
    assert speech_rows(t) == [("Ann Roe", "say", "Skate hard")]
    t = (
        "Ann Roe coached for 40 years. “Skate hard,” she would say, to a child in a "
        "snowsuit or to a teenager. “Then skate harder.”"
    )
    assert quote_rows(t, "speaker", "quote") == [
        ("Ann Roe", "Skate hard"),
        ("Ann Roe", "Then skate harder."),
    ]
    t = "Ann Roe coached for 40 years. “Skate hard,” Ann Roe would tell them."
    assert speech_rows(t) == [("Ann Roe", "tell", "Skate hard")]


def test_would_say_without_a_quotation_stays_a_guess():
    assert speech_rows("Critics would say the plan fails.") == []
    assert speech_rows("Some would say the plan fails, Ann Roe said.") == [
        ("Ann Roe", "said", "Some would say the plan fails")
    ]


def test_a_figure_or_a_lower_case_phrase_before_a_frame_is_still_content():
    t = "Her ratings (at one point as low as 19 per cent, Tom Vale says) hurt the mayor."
    assert ("Tom Vale", "says", "at one point as low as 19 per cent") in speech_rows(t)
    t = "At 19 per cent, on the lowest scale, Tom Vale said."
    assert speech_rows(t) == [("Tom Vale", "said", "At 19 per cent, on the lowest scale")]


def test_it_after_a_description_that_framed_content_before_it():
    t = (
        "The flood forced 200 people from their homes, the province said in an update. "
        "It said crews expect rain on Tuesday."
    )
    assert quote_rows(t, "speaker", "quote") == [
        ("the province", "The flood forced 200 people from their homes"),
        ("the province", "crews expect rain on Tuesday"),
    ]


def test_she_after_an_unnamed_nurse_is_the_nurse():
    t = (
        "Ann Roe, the union president, said pay was low.\n\nA nurse who asked not to be "
        "named said staff were tired.\n\n“We are short every weekend,” she said."
    )
    assert speaker_of(t, "We are short every weekend") == "a nurse"
    t = "Ann Roe said pay was low.\n\nA paramedic said crews were tired.\n\n“We wait,” she said."
    assert speaker_of(t, "We wait") == "a paramedic"


def test_the_noun_is_the_name_with_that_noun_in_apposition():
    t = (
        "Port Ellery Health, a new regional authority, will employ 900 people. The "
        "authority said the meeting would be open."
    )
    assert speech_rows(t) == [("Port Ellery Health", "said", "the meeting would be open")]
    t = "Tom Vale, a leading authority on bridges, spoke. The authority said the fee would rise."
    assert speaker_of(t, "the fee would rise") == "the authority"


def test_the_authority_is_the_authority_named_before():
    t = (
        "The Halton Transit Authority said fares would rise. The authority said the "
        "meeting would be open."
    )
    assert speaker_of(t, "the meeting would be open") == "Halton Transit Authority"


def test_with_a_role_title_and_a_speech_participle_is_an_absolute_frame():
    t = "A man was sentenced to six years, with the judge telling him his apology was sincere."
    assert speech_rows(t) == [("the judge", "telling", "his apology was sincere")]
    t = "The meeting ended with the debate raising questions that nobody answered."
    assert speech_rows(t) == []
