"""w93's rules (session 35, the ninety-third written batch), each checked on sentences
written for this file.

* A plain "Q. ..." / "A. ..." excerpt announced by "an (edited excerpt of an) interview
  with NAME" (or "a conversation with NAME"): each "A." answer right after a "Q."
  question is a quote of NAME, resolved like any mention
  (``court_answers._answer_witness``); before, only a lead-in with a verb of questioning
  a witness ("was cross-examined", "testified") was read, and the answers were missed.
  A row found inside such a "Q." question ("Q. The nurses say you ignored them.") is the
  interviewer's words and is dropped (``court_answers._plain_answers``).
* '"A," he says — stopping to run a thumb along the grain — "B."' (or the insertion set
  off by commas): the second quotation, opened right after a participle insertion
  after the first quotation's frame, is the same speaker's
  (``interrupted_quotations``); it was missed. An insertion with a speech verb or a
  sentence end, or a quotation inside it, is left alone.
* "A, a group of neighbours told city council's community services committee on Monday":
  a listener owned by a two-word owner without a determiner ("city council's") with up to
  two modifiers before its head ("community services committee") is the whole listener
  (``cues._OWNED_LISTENER_RE``); before, the content was "'s community services committee
  on Monday" and the lede's content before the frame was missed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._quote_rows import has_quote, quote_rows, speaker_of_start
from tests._written_bench import ids_before as _ids_before
from tests._written_bench import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA93 = ROOT / "tests" / "data" / "written_news93"


@pytest.fixture(scope="module")
def bench():
    return load_benchmark()


# ------------------------------------------------- "an interview with NAME" + Q./A.


def _interview(lead_in: str) -> str:
    return (
        "The hospital's chief of staff, Dr. Mireille Okafor-Strand, said the new wing would "
        "open in May.\n\n"
        f"{lead_in}\n\n"
        "Q. The nurses say you ignored them.\n\n"
        "A. We met the nurses six times. I listened every time.\n\n"
        "Q. Will the wing open on time?\n\n"
        "A. It will, unless the contractor tells me otherwise."
    )


def test_plain_answers_after_interview_with_name():
    text = _interview("What follows is an edited excerpt of an interview with Okafor-Strand.")
    assert speaker_of_start(text, "We met the nurses") == "Mireille Okafor-Strand"
    assert speaker_of_start(text, "It will, unless") == "Mireille Okafor-Strand"


def test_plain_answers_after_conversation_with_titled_name():
    text = _interview("Below is a condensed version of a conversation with Dr. Okafor-Strand.")
    assert has_quote(
        text, "Mireille Okafor-Strand", "We met the nurses six times. I listened every time."
    )


def test_question_line_gives_no_row():
    text = _interview("What follows is an edited excerpt of an interview with Okafor-Strand.")
    rows = [t for (t,) in quote_rows(text, "quote")]
    assert not any("ignored them" in t for t in rows)


def test_no_answers_without_an_interview_lead_in():
    # a lead-in that names no interviewee and no witness: the answers stay unread
    text = _interview("The hospital also posted answers to common questions on its website.")
    rows = [t for (t,) in quote_rows(text, "quote")]
    assert not any("We met the nurses" in t for t in rows)


# ------------------------------------------- '"A," he says — <participle phrase> — "B."'


def test_dash_interrupted_quotation_is_the_same_speakers():
    text = (
        "Ottoline Varga-Mensah has repaired fishing nets in Petty Harbour for 30 years. "
        '"A net is like a sentence," Varga-Mensah says — pausing to pull a knot tight — '
        '"because one bad word and the whole thing comes apart."'
    )
    assert speaker_of_start(text, "because one bad word") == "Ottoline Varga-Mensah"


def test_comma_interrupted_quotation_is_the_same_speakers():
    text = (
        "Coach Benedikt Orlowski-Nwosu watched the replay twice. "
        '"We had them," he said, shaking his head slowly, "and then we simply stopped skating."'
    )
    assert speaker_of_start(text, "and then we simply") == "Benedikt Orlowski-Nwosu"


def test_insertion_with_another_speaker_is_not_joined():
    text = (
        '"We had them," Coach Benedikt Orlowski-Nwosu said, prompting his assistant, '
        'Marisol Tran-Whitby, to reply, "Not for long enough."'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Benedikt Orlowski-Nwosu", "Not for long enough.") not in rows


def test_insertion_with_a_speech_verb_is_not_a_gesture():
    from analysis.quotes.interrupted_quotations import _INSERTION_RE, _SPEECH_IN_RE

    m = _INSERTION_RE.match(" — turning to the mayor, who replied — ")
    assert m is not None and _SPEECH_IN_RE.search(m.group("ins"))
    assert _INSERTION_RE.match(" — pausing. Then ") is None  # a sentence end


# ------------------------------------------ "told city council's community services committee"


def test_two_word_owner_listener_keeps_the_content_before():
    text = (
        "Short-term rentals have emptied whole blocks of the Glebe, a group of tenants told "
        "city council's planning committee on Tuesday."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows == [
        ("a group of tenants", "Short-term rentals have emptied whole blocks of the Glebe")
    ]


def test_two_word_owner_listener_with_curly_apostrophe_then_that():
    text = (
        "A group of shop owners told city council’s community services committee on Monday "
        "that parking fees had cut their sales by a fifth."
    )
    rows = quote_rows(text, "quote")
    assert rows == [("parking fees had cut their sales by a fifth",)]


def test_owner_without_listener_head_is_content():
    # "the city's housing officials would ..." : no listener noun, the clause is the content
    text = "The mayor told reporters the city’s housing officials would be paid on Friday."
    rows = [q for (q,) in quote_rows(text, "quote")]
    assert rows == ["the city’s housing officials would be paid on Friday"]


# ------------------------------------------------------------------ the set itself


def test_ninetythird_batch_gold_offsets_are_valid(bench):
    arts = bench.load(DATA93)
    assert len(arts) >= 6
    assert bench.validate(arts) == []
    assert sum(len(g) for _, _, g in arts) >= 170
    earlier = _ids_before(bench, DATA93)
    assert not {a[0] for a in arts} & earlier


def test_ninetythird_batch_scores_hold(bench):
    # blind P 0.961 R 0.972 F1 0.966 speaker 0.988 (176 gold); after w93's rules higher
    res = bench.score(bench.load(DATA93))
    assert res["p"] >= 0.96
    assert res["r"] >= 0.98
    assert res["f1"] >= 0.972
    assert res["speaker"] >= 0.98
