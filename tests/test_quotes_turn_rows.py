"""extract_quotes merges the speaker turns of transcripts into its rows before it
builds its frame (analysis.transcripts.turn_rows); the frame must be exactly the
one analysis.transcripts.add_turns gives on the frame without turns: same rows,
order, ids, statement ids and dtypes. Articles written for the tests."""

import pandas as pd
import pytest

import analysis.quotes as quotes_pkg
from analysis import extract_quotes
from analysis.transcripts import add_turns

BRIEFING = (
    "Press Secretary Ann Lee spoke on Monday. President Ada Vance was travelling.\n\n"
    "MS. LEE: Good afternoon. I said on Friday that the plan works.\n\n"
    'Q Mr. Hale told reporters, "It is late." Do you agree, Ann?\n\n'
    'MS. LEE: No. The President said the plan was "on time," and I agree with her.\n\n'
    "Q Thank you.\n\n"
    "MS. LEE: Thanks, everybody."
)
INTERVIEW = (
    "Tom Reyes, the mayor of Eastfield, talked to us about the bridge.\n\n"
    "STAR: Why did you close it?\n\n"
    'REYES: I was told it was unsafe. "We had no choice," my engineer said.\n\n'
    "STAR: Will it reopen?\n\n"
    "REYES: We hope so, by June."
)
NEWS = (
    '"The bridge will reopen in June," Mayor Tom Reyes said on Tuesday. '
    "He added that the repairs would cost less than planned.\n\n"
    'Council member Lia Park disagreed. "That is too optimistic," she said.'
)
EMPTY_BRIEFING = "MS. LEE: Hello.\n\nQ Why?\n\nMS. LEE: Because.\n\nQ Thanks."


def _frame_then_add_turns(arts, monkeypatch):
    """The old way: the extractor's frame without turns, then add_turns on it."""
    with monkeypatch.context() as m:
        m.setattr(quotes_pkg, "turn_rows", lambda rows, *a: (rows, False))
        plain = extract_quotes(arts)
    ids = arts["article_id"].astype(str).tolist()
    texts = arts["text"].tolist()
    starts = {}
    for aid, text in zip(ids, texts, strict=True):
        sents = quotes_pkg._own_sentences(text)
        starts[aid] = (sents[0], sents[2])
    return add_turns(plain, ids, texts, starts)


@pytest.mark.parametrize(
    "ids, texts",
    [
        (["a", "b", "c"], [NEWS, BRIEFING, INTERVIEW]),
        (["b", "a"], [BRIEFING, NEWS]),
        (["x"], [EMPTY_BRIEFING]),
        (["n"], [NEWS]),
        (["t", "u"], [INTERVIEW, EMPTY_BRIEFING]),
        (["z", "y", "x"], [BRIEFING, INTERVIEW, BRIEFING]),
    ],
)
def test_turn_rows_equal_add_turns_on_the_frame(ids, texts, monkeypatch):
    arts = pd.DataFrame({"article_id": ids, "text": texts})
    want = _frame_then_add_turns(arts, monkeypatch)
    got = extract_quotes(arts)
    pd.testing.assert_frame_equal(got, want, check_exact=True)
    assert list(got.dtypes) == list(want.dtypes)


def test_turn_rows_give_turns_and_renumber():
    arts = pd.DataFrame({"article_id": ["n", "b"], "text": [NEWS, BRIEFING]})
    q = extract_quotes(arts)
    b = q[q["article_id"] == "b"]
    assert (b["kind"] == "turn").sum() >= 5
    assert b["quote_id"].tolist() == [f"b:{k}" for k in range(len(b))]
    assert b["start"].is_monotonic_increasing
    assert set(b["statement_id"]) <= set(b["quote_id"])
    assert q["article_id"].tolist() == sorted(q["article_id"], key=["n", "b"].index)
