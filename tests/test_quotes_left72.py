"""left72's rules (session 36 round 2, rows left by round 1), each checked on sentences
written for this file.

1. "According to their coach, Mila Brandt, A" (the leading form): the content is A, not
   "Mila Brandt, A" (already right on base 9c8e9e31: asserted here, with the plain
   "According to Dana Orr, A" and an unapposed "According to their coach Mila Brandt, A").
2. A sentence-opening inverted "Said one player, who asked not to be named because talks
   continue: A" / "Said one player, who asked not to be named, A": the "who" clause on
   the speaker, closed by a comma or a colon, is no content
   (``sides._OPENING_WHO_ASIDE_RE``, as ``_WHO_ASIDE_RE`` for "A, said Ann Roe, who knew
   him, B"); the content started at "who". The speaker stays "one player".
3. "A, said one player, in her second season, asked about the schedule." /
   "A, said another teammate, who ...": a counting determiner (one, another, two,
   several ...) and a relation or player noun (resources/pair_person_nouns.txt: player,
   teammate, neighbour ...) inverted before a comma names a speaker
   (``clauses._names_a_speaker``); there was no row. "The report, released in June, said
   one thing, and ..." (no person noun) keeps "one thing" an object.
4. "NAME said one player, asked to move after three weeks, had missed his family": the
   reported subject (a determiner and one to three words) and its comma right before a
   past-participle cue whose insertion closes with a comma and a finite verb
   (had/was/would ...) is a reduced participle insertion: the content goes on after it
   (``sides._SUBJECT_COMMA_RE`` and ``_FINITE_AFTER_INSERTION_RE`` in
   ``sides._continues_clause``); it was cut to "one player". "said one player, asked
   about the delay." (no finite verb after) keeps the cut; the quotation form
   ('"...," said one player, asked to move ..., who had ...') stays one player's.
5. "A truck driver stopped at a service station near Dryden, who gave his name only as
   Raymond, said": a determiner, lower-case words ending in a person noun, then a
   participle and a preposition (a reduced relative), before a comma and a "who" clause,
   is the speaker's description (``apposed_speakers._participle_described`` in
   ``_apposition_speaker``); the name-only clause then names him. There was no row.
   "The bus stopped at a gas station near Dryden, who knows why, said the driver" (no
   person noun) keeps "the driver".
6. "A, the company said Monday, which means B": the "which" tail stays a second row of
   the same speaker (no change: the written gold splits "A, she said, which B" into two
   spans, batches 34, 44 and 51 READMEs), asserted here.
7. "She said she did not know anything was wrong until a man knocked on her door and
   told her to get her coat": a subordinate clause (until / when / after / before /
   because / once) with its own subject and past verb, then "and" (no comma) right before
   a directive "told X to" is that subject's second verb inside the content
   (``sides._SUBORDINATE_CONJUNCT_RE`` in ``sides._continues_clause``, as the perfect
   conjunct "had closed the lake and told members not to"); there was a row "to get her
   coat" of the woman. "..., and told the crew to go home" (a comma) and "said A and told
   workers to go home" (no subordinate clause) keep the speaker's own second row.
   "Asked by the tribunal member, Adjudicator NAME, whether A, he said B": the apposed
   name is the asker's, the question row's content is "whether A" (batch 53 keeps
   indirect-question rows; ``sides._asked_by_name_end``); it was the name.
"""

from __future__ import annotations

from tests._quote_rows import speech_rows


def _pairs(text):
    return [(s, q) for s, _, q in speech_rows(text)]


# --- 1. "According to <description>, NAME, A" ----------------------------------------------


def test_according_to_description_name_content_starts_after_name():
    text = "According to their coach, Mila Brandt, the paddlers were ready for the regatta."
    assert _pairs(text) == [("Mila Brandt", "the paddlers were ready for the regatta")]


def test_according_to_chief_name_content():
    text = "According to the fire chief, Dana Orr, the blaze started in the kitchen."
    assert _pairs(text) == [("Dana Orr", "the blaze started in the kitchen")]


def test_according_to_name_only_content():
    text = "According to Dana Orr, the blaze started in the kitchen."
    assert _pairs(text) == [("Dana Orr", "the blaze started in the kitchen")]


# --- 2. sentence-opening "Said NP, who ...:" ------------------------------------------------


def test_opening_said_who_clause_colon_is_no_content():
    text = (
        "The trade stunned the dressing room.\n\nSaid one player, who asked not to be named "
        'because talks continue: "We did not see it coming at all."'
    )
    assert ("one player", "We did not see it coming at all.") in _pairs(text)
    assert not any(q.startswith("who") for _, q in _pairs(text))


def test_opening_said_who_clause_comma_then_indirect():
    text = "Said one veteran, who asked not to be named, the trade was a shock to everyone."
    assert _pairs(text) == [("one veteran", "the trade was a shock to everyone")]


def test_opening_said_short_colon_unchanged():
    text = 'Said one player, who asked not to be named: "Nobody told us a thing."'
    assert _pairs(text) == [("one player", "Nobody told us a thing.")]


def test_inverted_mid_sentence_without_who_keeps_content():
    text = "The rink will close in May, said the coach, and the team will move to Kenora."
    assert ("the coach", "The rink will close in May") in _pairs(text)


# --- 6. "A, the company said Monday, which means B" -----------------------------------------


def test_which_tail_after_dated_insertion_is_second_row():
    text = (
        "The plant will close in March, the company said Monday, which means 200 jobs will "
        "be lost in the town."
    )
    assert _pairs(text) == [
        ("the company", "The plant will close in March"),
        ("the company", "which means 200 jobs will be lost in the town"),
    ]


# --- 3. "A, said one player, <insertion>" --------------------------------------------------


def test_inverted_one_player_before_insertion_is_speaker():
    text = (
        "The team will play anyone, said one player, in her second season, asked about the "
        "schedule."
    )
    assert ("one player", "The team will play anyone") in _pairs(text)


def test_inverted_another_teammate_before_who_is_speaker():
    text = "The ice was the worst all year, said another teammate, who has played here for years."
    assert _pairs(text) == [("another teammate", "The ice was the worst all year")]


def test_inverted_one_thing_stays_object():
    text = "The report, released in June, said one thing, and the minister said another."
    assert not any(s == "one thing" for s, _ in _pairs(text))


# --- 4. "said one player, asked to ..., had B" ---------------------------------------------


def test_participle_insertion_then_finite_verb_goes_on():
    text = (
        "Not every placement works. Halvorsen-Pike said one player, asked to move after three "
        "weeks, had missed his family in Brandon."
    )
    assert (
        "Halvorsen-Pike",
        "one player, asked to move after three weeks, had missed his family in Brandon",
    ) in _pairs(text)


def test_participle_insertion_then_was_goes_on():
    text = "Coach Dana Orr said the goalie, told to rest for a week, was back on the ice Monday."
    assert (
        "Dana Orr",
        "the goalie, told to rest for a week, was back on the ice Monday",
    ) in _pairs(text) or (
        "Coach Dana Orr",
        "the goalie, told to rest for a week, was back on the ice Monday",
    ) in _pairs(text)


def test_participle_insertion_without_finite_verb_keeps_cut():
    text = "Dana Orr said one player, asked about the delay."
    assert not any("asked about the delay" in q for _, q in _pairs(text))


def test_quotation_then_participle_insertion_one_row():
    text = (
        '"I wanted to go home," said one player, asked to move after three weeks, who had '
        "missed his family."
    )
    assert _pairs(text) == [("one player", "I wanted to go home")]


# --- 5. "A truck driver stopped at ..., who gave his name only as NAME, said" --------------


def test_participle_described_driver_then_name_only():
    text = (
        "A truck driver stopped at a service station near Dryden, who gave his name only as "
        'Raymond, said "The highway has been closed since noon."'
    )
    assert _pairs(text) == [("Raymond", "The highway has been closed since noon.")]


def test_participle_described_woman_standing_then_name_only():
    text = (
        "A woman standing outside the rink in Selkirk, who gave her name only as Marie, said "
        "the arena should stay open."
    )
    assert _pairs(text) == [("Marie", "the arena should stay open")]


def test_participle_after_non_person_is_no_speaker():
    text = "The bus stopped at a gas station near Dryden, who knows why, said the driver."
    assert [s for s, _ in _pairs(text)] == ["the driver"]


# --- 7. "until a man knocked ... and told her to"; "Asked by X, NAME, whether A" ------------


def test_told_inside_subordinate_clause_is_content():
    text = (
        "Another angler, Rhea Dunmore, 61, was fishing alone. She said she did not know "
        "anything was wrong until a man knocked on her door and told her to get her coat."
    )
    rows = _pairs(text)
    assert len(rows) == 1
    assert rows[0][1].endswith("and told her to get her coat")


def test_told_after_when_clause_is_content():
    text = "Tom Reid said the shift was quiet until the foreman walked in and told everyone to go home."
    assert _pairs(text) == [
        ("Tom Reid", "the shift was quiet until the foreman walked in and told everyone to go home")
    ]


def test_told_after_comma_stays_second_row():
    text = "Tom Reid said the shift was quiet, and told the crew to go home."
    assert [c for _, c, _ in speech_rows(text)] == ["said", "told"]


def test_told_after_plain_conjunct_stays_second_row():
    text = "Tom Reid said the plant was closed and told workers to go home."
    assert [c for _, c, _ in speech_rows(text)] == ["said", "told"]


def test_asked_by_apposed_name_question_content():
    text = (
        "Asked by the tribunal member, Adjudicator Lena Voss, whether the lease was signed, "
        "Tom Reid said it was."
    )
    assert _pairs(text) == [
        ("Adjudicator Lena Voss", "whether the lease was signed"),
        ("Tom Reid", "it was"),
    ]


def test_asked_by_plain_agent_unchanged():
    text = "Asked by reporters whether the lease was signed, Tom Reid said it was."
    assert _pairs(text) == [("reporters", "whether the lease was signed"), ("Tom Reid", "it was")]
