"""Rules of session 28's left54: false and missed rows (a result clause's "that" before
the verb's own "that", ...). All sentences are written for these tests."""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


def test_result_clause_that_is_not_the_content():
    text = (
        "Premier Dana Roy told reporters on Monday, in a session so long that two members "
        "fell asleep, that taxes would not rise."
    )
    assert has_quote(text, "Dana Roy", "taxes would not rise"), speech_rows(text)


def test_result_clause_with_such():
    text = (
        "Ann Lee said on Friday, after such a tense meeting that staff left early, that the "
        "deal was off."
    )
    assert has_quote(text, "Ann Lee", "the deal was off"), speech_rows(text)


def test_result_clause_inside_the_content_is_kept():
    text = "Ann Lee said the storm was so strong that roofs blew off, and that nobody was hurt."
    assert has_quote(
        text, "Ann Lee", "the storm was so strong that roofs blew off, and that nobody was hurt"
    ), speech_rows(text)
