"""nons28: a reported figure is no speech, a time adverbial is no content, and the
subject of "X found that A, and wrote that B" is X (sentences written for the test)."""

from __future__ import annotations

import pytest

from tests._quote_rows import has_quote, speech_rows


@pytest.mark.parametrize(
    "text",
    [
        "The transit agency reported ridership of 41,000 on the first weekend.",
        "The league reported attendance of 12,000 at the final.",
        "The county reported turnout of 58 per cent in the runoff.",
        "The college reported enrollment of about 9,500 this fall.",
        "The ferry line reported ridership up sharply over the summer.",
    ],
)
def test_reported_figure_is_not_speech(text):
    assert speech_rows(text) == []


def test_reported_figure_then_that_clause_is_still_speech():
    text = "The agency reported that ridership had doubled over the winter."
    assert has_quote(text, "agency", "ridership had doubled over the winter")


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Tina Olsen shot back a few hours later.",
        "The governor responded hours later.",
        "Senator Ned Pike fired back two days later.",
        "The coach responded the next day.",
        "Senator Ned Pike fired back on Tuesday.",
    ],
)
def test_time_adverbial_is_not_content(text):
    assert speech_rows(text) == []


def test_speaker_of_coordinated_wrote_after_found_that():
    text = (
        "Justice Mara Quill found that the company had breached its duty, "
        "and wrote that the permit was void."
    )
    rows = [r for r in speech_rows(text) if r[1] == "wrote"]
    assert rows and all("Quill" in s for s, _, _ in rows)


def test_announced_investment_amount_gives_no_row():
    assert speech_rows("The council announced a $12-million investment in the harbor.") == []
