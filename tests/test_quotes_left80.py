"""left80's rules (session 40 round 2, rows left by round 1), each checked on sentences
written for this file.

* "A, the utility said Monday, so crews can repair the gate": "so", a short subject and
  "can"/"could" (no "not") after a frame set off inside its content open a purpose
  clause, the writer's reason for the news, not a second statement
  (``additions._purpose_clause`` in ``frame_tail_adjunct`` and
  ``_subordinate_clause_goes_on``); the row of A stays. A result clause ("..., the
  company said, so it cut its forecast") keeps its row, and "so that ..." stays no row as before.
* "Ann Roe, asked afterward what she would do, paused for a long time": an apposed
  "asked" with no agent, at most one adverb and a question word ended its question at
  the participle's closing comma; since left81 it is no cue at all
  (``nonspeech._comma_passive``), as without the adverb and as "when asked".
* "Ann Roe called out from the gallery that the vote was rigged": "called out", a
  prepositional adjunct of up to six words and "that" with a subject after it (a
  determiner, a pronoun or a name) takes that clause as its content
  (``idioms._that_after_place`` in ``_that_missing``); it gave no row. "from the
  gallery that was packed" (a relative) and "called out from work that day" (a
  demonstrative) stay no row.
* Noun clauses: "Critics said her claim that A was false" keeps one "said" row whose
  content is "her claim that A was false" (no "claim" row running on; tested, already
  so). In a subject noun clause, an "-ed" word after an adverbial clause's subject ("if
  the rain continued", "once costs stabilized") is that clause's own verb, so the main
  predicate after it ("went unheeded", "was broken") ends the content
  (``subject_noun_clauses._SUBORDINATORS``); a participle before a preposition ("if
  repairs needed on the deck") is none.
* 'Protesters carried signs. One read "Save the mill."': "One", "Another" or "It"
  opening the sentence of "read" when the last written thing named before it in the
  paragraph is a display (a sign, a placard, a banner) gives no row, as 'A sign read
  "..."' gives none (``display_texts.display_antecedent``, messages in
  ``resources/message_read_nouns.txt``); 'The letter arrived. It read "..."' keeps its row.
* "He told the story the mayor had told a year earlier": a thing told
  (resources/told_things.txt) is no listener of "tell" even before a listener noun
  (``cues.told_thing_in`` in ``sides``), a relative clause on it whose verb is "tell"
  again ends the act object (``content._TOLD_RELATIVE_RE``), and that inner "told" is
  no cue (``nonspeech.told_thing_relative``): no row, where "had told a year earlier"
  was one. "He told the mayor the bridge was unsafe" keeps its row, "The story he told
  the jury was that B" (a copula after) keeps B, and "tells the story the way she tells
  most stories" (no pronoun, name or determiner + noun subject) is unchanged.
* 'Ann Roe put it this way: "A"', 'Ann Roe said this to council: "A"': "this" (or "it
  this/that way") and up to five words with no auxiliary, closed by a colon right before
  a quotation, are no content: the quotation is (``sides._DEMONSTRATIVE_COLON_RE``); the
  content began "this way: ...". "said this was the plan: ..." (a clause) is unchanged.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


def test_purpose_clause_after_a_dated_frame_is_no_row():
    t = "The water level will drop by four metres before October, the utility said Monday, so crews can repair a gate at the dam."
    rows = speech_rows(t)
    assert rows == [
        ("the utility", "said", "The water level will drop by four metres before October")
    ]


def test_purpose_clause_with_could_after_a_named_frame():
    t = "The bridge will be closed to traffic for two weeks, Marc Tremblay said, so workers could replace the deck."
    assert [q for _, _, q in speech_rows(t)] == [
        "The bridge will be closed to traffic for two weeks"
    ]


def test_result_clause_after_a_frame_keeps_its_row():
    t = "Sales fell for a third year, the company said, so it cut its forecast."
    assert ("the company", "said", "so it cut its forecast") in speech_rows(t)


def test_apposed_asked_with_an_adverb_is_no_row():
    # (left81: an apposed "asked" with no agent is no cue, with or without one adverb,
    # as "when asked" is none; the question row named the person asked as its speaker)
    t = "Ann Roe, asked afterward what she would say to the mayor, paused for a long time."
    assert speech_rows(t) == []


def test_apposed_asked_later_where():
    t = "Marc Tremblay, asked later where the money went, shrugged and walked away."
    assert speech_rows(t) == []


def test_apposed_asked_then_said_keeps_the_said_row():
    t = "Ann Roe, asked afterward what she would say to the mayor, said she would apologize."
    assert speech_rows(t) == [("Ann Roe", "said", "she would apologize")]


def test_called_out_from_a_place_that_a_clause():
    t = "Ann Roe called out from the gallery that the vote was rigged."
    assert speech_rows(t) == [("Ann Roe", "called out", "the vote was rigged")]


def test_called_out_to_a_listener_that_a_clause():
    t = "Marc Tremblay called out to the chair that the motion was out of order."
    assert has_quote(t, "Marc Tremblay", "the motion was out of order")


def test_called_out_from_a_place_with_a_relative_or_a_demonstrative_is_no_row():
    assert speech_rows("Ann Roe called out from the gallery that was packed with farmers.") == []
    assert speech_rows("More than a third of the officers called out from work that day.") == []


def test_noun_clause_inside_a_said_content_is_one_row():
    t = "Critics said her claim that the mill was safe was false."
    assert speech_rows(t) == [("critics", "said", "her claim that the mill was safe was false")]
    t = "The opposition said the minister's assertion that wages would rise was misleading."
    assert [c for _, c, _ in speech_rows(t)] == ["said"]


def test_subject_noun_clause_with_an_ed_verb_in_an_if_clause():
    t = "Her warning that the river would flood if the rain continued went unheeded."
    assert has_quote(t, "Her", "the river would flood if the rain continued")
    t = "Her promise that rents would fall once costs stabilized was broken within a year."
    assert has_quote(t, "Her", "rents would fall once costs stabilized")


def test_subject_noun_clause_participle_before_a_preposition():
    t = "His warning that the bridge would fail if repairs needed on the deck were not done went unheeded."
    assert has_quote(t, "His", "the bridge would fail if repairs needed on the deck were not done")


def test_one_and_another_read_after_signs_give_no_row():
    t = 'Protesters carried signs. One read "Save the mill." Another read "Jobs first."'
    assert speech_rows(t) == []
    assert speech_rows('A banner hung over the stage. It read "Welcome home."') == []


def test_it_read_after_a_letter_keeps_its_row():
    t = 'The letter arrived Monday. It read "We regret to inform you."'
    assert [q for _, _, q in speech_rows(t)] == ["We regret to inform you."]


def test_told_the_story_someone_had_told_is_no_row():
    assert speech_rows("He told the story the mayor had told a year earlier.") == []
    assert speech_rows("Ann Roe told the same joke her father had told at every wedding.") == []
    assert speech_rows("He told the story that the mayor had told a year earlier.") == []


def test_told_a_listener_then_a_clause_keeps_its_row():
    t = "He told the mayor the bridge was unsafe."
    assert speech_rows(t) == [("He", "told", "the bridge was unsafe")]
    t = "The story he told the jury was that the car had been stolen."
    assert [q for _, _, q in speech_rows(t)] == ["the car had been stolen"]


def test_put_it_this_way_colon_quotation():
    t = 'Ann Roe put it this way: "The roof was rotten through."'
    assert speech_rows(t) == [("Ann Roe", "put it", "The roof was rotten through.")]
    t = 'The mayor put it this way to reporters on Monday: "We are broke."'
    assert has_quote(t, "mayor", "We are broke.")


def test_said_this_to_a_listener_colon_quotation():
    t = 'Ann Roe said this to council: "Fix the roof before winter."'
    assert speech_rows(t) == [("Ann Roe", "said", "Fix the roof before winter.")]


def test_said_this_clause_colon_is_unchanged():
    t = 'Ann Roe said this was the plan: "Fix the roof."'
    assert [q for _, _, q in speech_rows(t)] == ['this was the plan: "Fix the roof."']
