"""Speech-noun frames (helper indirect28): a hyphenated modifier between the
possessor and the noun, an agent after "by"/"from" as the speaker, and a "that" that
opens a relative clause instead of the content. Sentences written for the tests."""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


def test_hyphenated_modifier_before_speech_noun():
    text = "The ad repeats Ann Roe's recent evidence-free assertion that the tax would fall on farmers."
    assert has_quote(text, "Ann Roe", "the tax would fall on farmers")


def test_hyphenated_modifier_possessor_kept():
    text = "That was an expansion of Lee's by-now-familiar claims that the mayor is unqualified."
    assert has_quote(text, "Lee", "the mayor is unqualified")


def test_agent_after_by_is_the_speaker():
    text = "The paper retracted the suggestion by a senior aide that the mayor had lied."
    assert has_quote(text, "a senior aide", "the mayor had lied")


def test_agent_after_from_is_the_speaker():
    text = "Officials dismissed warnings from scientists that the dam could fail."
    assert has_quote(text, "scientists", "the dam could fail")


def test_named_agent_after_by():
    text = "The story repeated the allegation by Politico that he invented the tale."
    rows = speech_rows(text)
    assert ("Politico", "allegation", "he invented the tale") in rows


def test_relative_clause_after_agent_is_no_content():
    assert speech_rows("There were warnings from scientists that went unheeded for years.") == []
    assert speech_rows("He rejected claims by rival groups that were never proven.") == []


def test_relative_clause_after_possessive_noun_is_no_content():
    assert speech_rows("Ann Roe's warnings that went unheeded for years were cited.") == []


def test_time_phrase_after_by_is_no_agent():
    assert speech_rows("The remarks by the time that he arrived were forgotten.") == []


def test_causative_object_is_the_speaker():
    text = "The ruling led Ann Roe to say that the court had overstepped."
    assert speech_rows(text) == [("Ann Roe", "say", "the court had overstepped")]


def test_causative_described_object():
    text = "The loss prompted the team's owner to say that the coach would stay."
    assert has_quote(text, "owner", "the coach would stay")
    assert has_quote(
        "The ruling led critics to say that the court had overstepped.",
        "critics",
        "the court had overstepped",
    )


def test_causative_needs_reported_clause():
    # an object after the cue is no report, and "led to calls" has no speaker
    assert speech_rows("The storm led the city to announce new rules.") == []
    assert speech_rows("The loss led to calls to say that the coach should go.") == []


def test_causative_object_pronoun_left_to_no_one():
    assert speech_rows("The ruling led her to declare that the nomination was hers.") == []


def test_opening_as_clause_names_the_work():
    text = "As Ann Roe wrote in her memoir, the company was nearly bankrupt by 1990."
    assert speech_rows(text) == [("Ann Roe", "wrote", "the company was nearly bankrupt by 1990")]
    text = "As the Daily Planet noted in its editorial, the senator has few friends in the capital."
    assert has_quote(text, "Daily Planet", "the senator has few friends in the capital")


def test_opening_as_time_clause_stays_no_report():
    assert speech_rows("As Ann Roe spoke on the radio, the crowd cheered.") == []
