"""Session 26 integration: shapes broken or left when branches met (sentences of our own)."""

import pytest

from tests._quote_rows import quote_rows


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "The road will close on May 2, the Halton Authority said in a notice to residents.",
            "The road will close on May 2",
        ),
        (
            "Runway 9 will close on April 20, the Red Pine Airport Authority said in a notice to air carriers.",
            "Runway 9 will close on April 20",
        ),
        (
            "Classes will resume Monday, the board said in a letter to parents.",
            "Classes will resume Monday",
        ),
        (
            "Classes will resume Monday, the board said in a letter to parents on Friday.",
            "Classes will resume Monday",
        ),
        (
            "The plan is dead, the board said in a letter to its members on Friday, citing costs.",
            "The plan is dead",
        ),
    ],
)
def test_a_written_notice_to_an_audience_keeps_the_statement(text, content):
    # "in a notice/letter to <lower-case audience>" ending the sentence is skipped like
    # "in a statement": the clause before is the statement
    assert quote_rows(text, "quote")[:1] == [(content,)]


def test_the_notice_after_it_is_its_issuers():
    text = (
        "Runway 9 will close on April 20, the Red Pine Airport Authority said in a notice "
        "to air carriers. The short runway will stay open, the notice said."
    )
    assert [r[0] for r in quote_rows(text, "speaker")] == ["the Red Pine Airport Authority"] * 2
