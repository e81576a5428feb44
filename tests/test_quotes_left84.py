"""left84's rules (session 42 round 2, rows left over from round 1), each checked on
sentences written for this file.

* "Tom Vale suggested that A" / "recommended that A" / "urged that A" keep their rows
  (cues already). "proposed that A" was tried as a cue (commit 7015d47d) and reverted:
  PolNeAR annotates it, but the benchmark's SPEECH_LEMMAS drops "propose", so each
  row counts as a false positive (dev -1, train -3); see the left84 report.
* "According to two parents who asked not to be named, A" / "Two parents who asked not
  to be named said A": a count ("two", "12", "several") before a restrictive "who" whose
  clause holds a reporting verb ("asked") opens the speaker's noun phrase, like "a nurse
  who asked not to be named" (``sides._WHO_HEAD_RE`` in ``sides._mention_at``); the
  "according to" frame had no row at all. "Tom Vale said two parents who asked for a
  meeting were told to wait" stays Tom Vale's one row.
* "According to two parents, the coach shouted at the players for several minutes and
  kicked a can": "shouted at" / "yelled at" a target with no quotation, colon or "that"
  clause in the sentence is an act: ``shouted_targets.without_shouts_at`` drops the cue
  at the start of ``frames._verb_cue_frames``, so it is no frame and the "according to"
  clause runs through it: the parents' row, not the coach's "at the players ...".
  '"Get out," the coach shouted at the players', 'shouted at them: "Run."' and
  "shouted at the referee that the goal was offside" stay the shouter's rows.
* "Tom Vale dismissed her assertion that every load went where the permit said it should
  go, saying B": a frame in a free relative ("where NP said ...", no comma before
  "where", no "that" after the cue) inside another statement's reported clause (after
  an earlier cue or a speech noun with "that", in the same sentence) is no frame
  (``free_relative_frames.free_relative_frame`` in ``frames._verb_cue_frames``): the
  possessor keeps the whole clause and "saying B" is Tom Vale's, not the permit's (also
  after a verb frame: "Ann Roe said the trucks were parked where the bylaw says they can
  be, adding that B"). "The loads went where the permit said they should go" (no outer
  statement), "..., where she also promised to B" (a relative after a comma) and "when
  Ann Roe shot back that B" keep their rows.
* '"A," said Ann Roe, who predicted about one-third of the vote will be cast early': the
  content of a relative "who" cue after a quotation's frame follows the cue even when it
  opens like an adjunct ("about", "at least"): the quotation before belongs to "said"
  (``sides._choose_side``, its last fallback asks ``sides._block_then_adjunct``); there was
  no row (PolNeAR train: one such miss). '"A," said Ann Roe, who spoke at the meeting in
  Orillia' stays one row.
* 'Tom Vale said the senators are "non-entities in the chamber," but he gave the mayor a
  back-handed compliment: "She never quits."': a mixed content after the cue ends where
  a second clause of the frame's own subject starts after the quotation's comma (",\" but
  he gave"), as an indirect content already did (``content._own_clause_cut``, now also
  for mixed contents in ``content._frame_content``; ``_COMMA_QUOTE_END_RE`` reads the
  comma inside the closing quotation mark); the colon quotation is a row of its own.
  'Ann Roe said Tom Vale is "a good friend," and he will vote for her budget' (the
  content's own subject) and 'Reid said the plan was "a mess, and he knew it," and voted
  no' (inside the quotation) keep the whole content.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows

_LEAD = "The council met on Monday.\n"


def _rows(text):
    return quote_rows(_LEAD + text, "speaker", "kind", "quote")


def test_suggested_recommended_urged_that_keep_their_rows():
    for verb in ("suggested", "recommended", "urged"):
        assert _rows(f"Tom Vale {verb} that the town build a second arena.") == [
            ("Tom Vale", "indirect", "the town build a second arena")
        ]


def test_according_to_a_count_who_asked_not_to_be_named():
    t = "According to two parents who asked not to be named, the bus was late every day."
    assert _rows(t) == [("two parents", "indirect", "the bus was late every day")]
    t = "Several nurses who asked not to be identified said the ward was short of staff."
    assert _rows(t) == [("several nurses", "indirect", "the ward was short of staff")]


def test_a_count_who_asked_inside_a_content_is_no_speaker():
    t = "Tom Vale said two parents who asked for a meeting were told to wait."
    assert _rows(t) == [
        ("Tom Vale", "indirect", "two parents who asked for a meeting were told to wait")
    ]


def test_shouted_at_inside_an_according_to_clause_is_the_sources_row():
    t = (
        "According to two parents who were in the hallway, the coach shouted at the players "
        "for several minutes and kicked a garbage can across the room."
    )
    assert _rows(t) == [
        (
            "two parents who were in the hallway",
            "indirect",
            "the coach shouted at the players for several minutes and kicked a garbage can "
            "across the room",
        )
    ]
    t = "According to two parents, the coach yelled at the referee."
    assert _rows(t) == [("two parents", "indirect", "the coach yelled at the referee")]


def test_shouted_at_a_target_alone_is_no_row():
    assert _rows("The crowd shouted at the mayor as she left the hall.") == []


def test_shouts_with_words_of_their_own_keep_their_rows():
    assert _rows('"Get out," the coach shouted at the players.') == [
        ("the coach", "direct", "Get out")
    ]
    assert _rows('The coach shouted at the players: "Run."') == [("The coach", "direct", "Run.")]
    assert _rows("Fans shouted at the referee that the goal was offside.") == [
        ("fans", "indirect", "the goal was offside")
    ]


def _named_rows(text):
    return quote_rows("Ann Roe spoke first.\n" + text, "speaker", "quote")


def test_where_the_permit_said_inside_her_assertion_is_hers():
    t = (
        "Tom Vale dismissed her assertion that every load went where the permit said it "
        "should go, saying he had photographs of the barge."
    )
    assert _named_rows(t) == [
        ("Ann Roe", "every load went where the permit said it should go"),
        ("Tom Vale", "he had photographs of the barge"),
    ]


def test_where_the_bylaw_says_inside_a_verb_frame_then_adding():
    t = (
        "Ann Roe said the trucks were parked where the bylaw says they can be, adding that "
        "she had photographs."
    )
    assert _named_rows(t) == [
        ("Ann Roe", "the trucks were parked where the bylaw says they can be"),
        ("Ann Roe", "she had photographs"),
    ]


def test_where_said_with_no_outer_statement_keeps_its_row():
    assert _rows("The loads went where the permit said they should go.") == [
        ("the permit", "indirect", "they should go")
    ]


def test_relative_after_a_comma_and_when_clauses_keep_their_rows():
    t = "Tom Vale spoke at a rally in Orillia, where he also promised to cut taxes."
    assert _named_rows(t) == [("Tom Vale", "to cut taxes")]
    t = (
        "Tom Vale was trying to ask a question about the ferry when Ann Roe shot back that he "
        "had not been called on."
    )
    assert _named_rows(t) == [("Ann Roe", "he had not been called on")]


def test_relative_who_after_a_quotation_frame_reports_what_follows():
    t = (
        '"We chase every absentee request," said Ann Roe, who predicted about one-third of '
        "the vote will be cast early."
    )
    assert _rows(t) == [
        ("Ann Roe", "direct", "We chase every absentee request"),
        ("Ann Roe", "indirect", "about one-third of the vote will be cast early"),
    ]


def test_relative_who_with_only_an_adjunct_after_it_adds_no_row():
    t = '"We chase every absentee request," said Ann Roe, who spoke at the meeting in Orillia.'
    assert _rows(t) == [("Ann Roe", "direct", "We chase every absentee request")]


def test_mixed_content_ends_before_the_speakers_own_second_clause():
    t = (
        'Tom Vale said the senators are "non-entities in the chamber," but he gave the mayor '
        'a back-handed compliment: "She never quits."'
    )
    assert _rows(t) == [
        ("Tom Vale", "mixed", 'the senators are "non-entities in the chamber,"'),
        ("Tom Vale", "direct", "She never quits."),
    ]


def test_mixed_content_of_another_subject_or_inside_the_quotation_stays_whole():
    t = 'Ann Roe said Tom Vale is "a good friend," and he will vote for her budget.'
    assert _rows(t) == [
        ("Ann Roe", "mixed", 'Tom Vale is "a good friend," and he will vote for her budget')
    ]
    t = 'Tom Vale said the plan was "a mess, and he knew it," and voted no.'
    assert _rows(t) == [
        ("Tom Vale", "mixed", 'the plan was "a mess, and he knew it," and voted no')
    ]
