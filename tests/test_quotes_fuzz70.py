"""fuzz70's findings (session 44 round 2: fuzzing the merged round 1 with
benchmarks/quotes_fuzz.py and a targeted list of round 1's triggers), each checked on
sentences written for this file.

* The driver's "frame_context" check (``benchmarks/quotes_fuzz.check_input``,
  ``_shared_transcripts``): two transcripts in one frame share their labels' full names
  by design ("MS. ROE: ..." in one, "Ann Roe, ... Q: ... A: ..." in another: the label reads
  "Ann Roe" in the frame, "Ms. Roe" alone; ``transcripts._transcripts``' corpus of names, as
  "THE PRESIDENT" takes the other transcripts' surname), so such articles are not
  compared alone; a transcript next to a plain article, and plain articles, still are.
* ``formats._dash_quote`` -- '"We will strike if we must."  — transit  director  Ann  Roe'
  (runs of spaces between the words of a titled name after a dash): the credit is Ann
  Roe, the mention "Ann  Roe" as written (the words were looked up single-spaced: a
  ValueError skipped the article). Single-spaced names keep their reading.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from analysis import extract_quotes

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import quotes_fuzz  # noqa: E402

_LABEL_ONLY = "MS. ROE: We open on Friday.\n\nSEN. MARSH: Not before May.\n\nMS. ROE: Then May."
_NAMED = "Ann Roe, who runs the bakery, took questions.\nQ: Will you open?\nA: I will."


def _speakers(texts):
    ids = [f"a{i}" for i in range(len(texts))]
    f = extract_quotes(pd.DataFrame({"article_id": ids, "text": texts}))
    return f[f.article_id == "a0"]["speaker"].tolist()


def test_transcripts_share_names_across_a_frame():
    # the engine's corpus rule the check must allow: the label is read from the other
    assert _speakers([_LABEL_ONLY, _NAMED])[0] == "Ann Roe"
    assert _speakers([_LABEL_ONLY])[0] == "Ms. Roe"


def test_frame_of_two_transcripts_is_no_frame_context_failure():
    fails, _, _ = quotes_fuzz.check_input([_LABEL_ONLY, _NAMED])
    assert fails == []
    assert quotes_fuzz._shared_transcripts([_LABEL_ONLY, _NAMED]) == {0, 1}


def test_transcript_next_to_a_plain_article_is_still_compared():
    plain = 'Ann Roe runs the bakery. "We open on Friday," she said.'
    assert quotes_fuzz._shared_transcripts([_LABEL_ONLY, plain]) == set()
    assert quotes_fuzz._shared_transcripts([plain, plain]) == set()
    fails, _, _ = quotes_fuzz.check_input([_LABEL_ONLY, plain, plain])
    assert fails == []


# --- formats._dash_quote: a titled name after a dash, its words spaced by runs ------------


def _dash_rows(text):
    from analysis.quotes.assemble import extract

    return [(text[q.start : q.end], q.speaker, text[q.m_start : q.m_end]) for q in extract(text)[0]]


def test_dash_credit_with_runs_of_spaces_in_the_titled_name():
    # found by seed 11 (a "spaces" mutation): ValueError, the article was skipped
    t = '"We will strike if we must."  — transit  director  Ann  Roe'
    assert _dash_rows(t) == [("We will strike if we must.", "Ann Roe", "Ann  Roe")]
    t = '"We will strike if we must." — transit\tdirector Ann\xa0Roe'
    assert _dash_rows(t) == [("We will strike if we must.", "Ann Roe", "Ann\xa0Roe")]


def test_dash_credit_single_spaced_unchanged():
    t = '"We will strike if we must." — transit director Ann Roe'
    assert _dash_rows(t) == [("We will strike if we must.", "Ann Roe", "Ann Roe")]
