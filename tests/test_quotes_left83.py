"""left83's rules (session 42, rows left over from session 41), each checked on
sentences written for this file.

* "Tom Vale wondered aloud whether the ferry would run" / "wondered if A" / "wonders
  why A": an indirect question after "wonder" (and an optional "aloud") is no speech
  (the decision in force), so no row (``wondered_questions.wondered_question`` in
  ``nonspeech._not_a_speech_verb``); it was a row of Tom Vale. "Tom Vale asked
  whether A" keeps its row, and a quotation framed by "wondered" ('"Is it safe?" Tom
  Vale wondered.', 'Tom Vale wondered aloud: "..."') stays a quote.
* "Sam Ford spoke. Tom Vale dismissed his assertion that A" / "rejected her claim that
  A" / "brushed aside his suggestion that A": the pronoun possessor of a speech noun
  right after a verb of opposing it is never that verb's named subject; it takes the
  person of its gender named before the subject (a quoted speaker or a clause
  subject), or stays "his" (``opposed_possessors.opposed_possessor`` in
  ``pronouns._resolve_pronoun``); the row named Tom Vale. "Tom Vale repeated his
  claim that A" (no opposing verb) keeps Tom Vale; "disputed the union's suggestion
  that A" keeps the union. PolNeAR train has no pronoun case of the shape: its gold
  makes the opposing verb the cue, the whole "Exxon's accusation that A" its content
  and the subject its Source (no row for the possessor); the project reads the clause
  as the possessor's speech, as the brief asks.
* "Tom Vale rejected the decision's suggestion that A": a speech noun whose possessor
  cannot speak ("the decision", "the move", "the idea": junk heads) is no one's row;
  the speaker search no longer falls back to the sentence subject before the
  possessor (``thing_possessors.possessed_speech_noun`` in ``coref._speaker_phrase``);
  it was a row of Tom Vale. "the union's suggestion" and "the report's claim" keep
  their rows, and "But Tom Vale's most explosive claim is that A" keeps Tom Vale (a
  name inside the phrase).
* 'Tom Vale called the plans to open a plant in Halifax "an absolute disgrace," and
  threatened to sue': a verb of naming ("called", "dubbed", "branded", "labelled")
  whose object runs six to eleven words (no comma, not opening with a particle:
  "called on", "called for") before the quotation is a label of the subject's, as a
  short object is (``formats._LABEL_LONG_RE`` in ``formats.label_quotations``); there
  was no row (PolNeAR train "called" misses: one of them). 'called on the council to
  adopt the plan "as soon as it can"', 'called for a full inquiry ... "as soon as
  possible"' and 'A band called Sophistafunk got the crowd to cheer for "..."' stay no rows.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speech_rows

_LEAD = "The council met on Monday.\n"


def _rows(text):
    return quote_rows(_LEAD + text, "speaker", "speaker_mention", "kind", "quote")


def test_wondered_aloud_whether_is_no_row():
    assert _rows("Tom Vale wondered aloud whether the ferry would run in March.") == []


def test_wondered_if_and_wonders_why_are_no_rows():
    assert _rows("Ann Roe wondered if the ferry would run in March.") == []
    assert _rows("Ann Roe wonders why the ferry stopped running in March.") == []


def test_asked_whether_keeps_its_row():
    rows = _rows("Tom Vale asked whether the ferry would run in March.")
    assert rows == [("Tom Vale", "Tom Vale", "indirect", "whether the ferry would run in March")]


def test_quotation_framed_by_wondered_stays():
    assert speech_rows(_LEAD + '"Will the ferry run?" Tom Vale wondered.') == [
        ("Tom Vale", "wondered", "Will the ferry run?")
    ]
    rows = _rows('Ann Roe wondered aloud: "Will the ferry run in March?"')
    assert rows == [("Ann Roe", "Ann Roe", "direct", "Will the ferry run in March?")]


def _possessor_rows(text):
    return quote_rows(_LEAD + text, "speaker", "speaker_mention", "cue", "quote")


def test_dismissed_his_assertion_takes_the_man_named_before():
    t = "Sam Ford spoke on Monday. Tom Vale dismissed his assertion that the dam leaks."
    assert _possessor_rows(t) == [("Sam Ford", "his", "assertion", "the dam leaks")]


def test_rejected_claim_after_a_quoted_speaker_and_an_apposition():
    t = (
        '"The dam is safe," Sam Ford said. Tom Vale, the mayor, flatly rejected his claim '
        "that the dam was safe."
    )
    assert _possessor_rows(t)[1] == ("Sam Ford", "his", "claim", "the dam was safe")


def test_brushed_aside_skips_the_subject_named_twice():
    t = (
        "Tom Vale spoke on Monday. Sam Ford was there. Tom Vale brushed aside his "
        "suggestion that the dam leaks."
    )
    assert _possessor_rows(t) == [("Sam Ford", "his", "suggestion", "the dam leaks")]


def test_dismissed_his_assertion_with_no_one_before_stays_his():
    t = "Tom Vale dismissed his assertion that the dam leaks."
    assert _possessor_rows(t) == [("his", "his", "assertion", "the dam leaks")]


def test_rejected_her_claim_still_takes_the_woman():
    t = "Ann Roe spoke on Monday. Tom Vale rejected her claim that the dam leaks."
    assert _possessor_rows(t) == [("Ann Roe", "her", "claim", "the dam leaks")]


def test_repeated_his_claim_keeps_the_subject():
    t = "Sam Ford spoke on Monday. Tom Vale repeated his claim that the dam leaks."
    assert _possessor_rows(t) == [("Tom Vale", "his", "claim", "the dam leaks")]


def test_disputed_the_unions_suggestion_keeps_the_union():
    t = "Tom Vale disputed the union's suggestion that wages had fallen."
    assert _possessor_rows(t) == [("the union", "the union", "suggestion", "wages had fallen")]


def test_opposed_subject_reads_the_verb():
    from analysis.quotes.opposed_possessors import opposed_subject

    t = "Tom Vale took issue with his claim that the dam leaks."
    assert opposed_subject(t, 0, t.index("his"))
    t = "Tom Vale defended his claim that the dam leaks."
    assert not opposed_subject(t, 0, t.index("his"))


def test_thing_possessor_is_no_row():
    assert (
        _possessor_rows("Tom Vale rejected the decision's suggestion that wages had fallen.") == []
    )
    assert _possessor_rows("Tom Vale rejected the move's suggestion that wages had fallen.") == []


def test_speaking_possessor_keeps_its_row():
    t = "Tom Vale rejected the report's claim that wages had fallen."
    assert _possessor_rows(t) == [("the report", "the report", "claim", "wages had fallen")]


def test_name_inside_the_possessor_phrase_keeps_its_row():
    t = "But Tom Vale's most explosive claim is that wages had fallen."
    assert _possessor_rows(t) == [("Tom Vale", "Tom Vale", "claim", "wages had fallen")]


def test_called_a_long_object_a_quoted_label():
    t = (
        "Tom Vale called the plans to open a plant in Halifax \u201can absolute disgrace,\u201d "
        "and threatened to sue."
    )
    assert _possessor_rows(t) == [("Tom Vale", "Tom Vale", "called", "an absolute disgrace")]


def test_called_on_and_called_for_stay_no_label():
    t = 'Tom Vale called on the town council to adopt the plan "as soon as it can."'
    assert _possessor_rows(t) == []
    t = 'The group called for a full public inquiry into the deal at the port "as soon as possible."'
    assert _possessor_rows(t) == []


def test_naming_participle_with_a_long_tail_is_no_label():
    t = 'A warm-up band called Sophistafunk got the crowd to cheer for "President Ann Roe." Many cheered.'
    assert _possessor_rows(t) == []
