"""left73's rules (session 37, rows left by session 36), each checked on sentences
written for this file.

* 'Said a player who asked not to be named: "..."' (a sentence-opening inverted cue, an
  unlisted common noun after a determiner, then a "who" clause with no comma): the
  relative pronoun ends the speaker phrase (``np_right._RELATIVE_OPENERS``), so the
  speaker is "a player" (anonymous) and the "who" clause is skipped up to its colon or
  comma; it was "who" (a colon frame) or "a player who spoke". 'Said Smith: "..."' and
  'Said the coach: "..."' keep their speakers.
* "Divers say A, and the owner, Marc Leduc, said B" (or ", but ... says B"): the first
  content ends before ", and" even when it stopped before the later frame's apposed
  name, so the new clause's name and speech verb are looked for past its end
  (``speaker_clause_cuts._PAST_END``; ", but" opens such a clause too); A ran on
  through "and the owner, Marc Leduc". A name followed by a verb of no speech ("wants it
  raised") stays content.
* "mentioning the new album is nearly done", "revealed her coach had quit", "maintained
  the contract was fair": "mention", "reveal" and "maintain" (which need "that" before a
  clause) take a clause without "that" when a determiner, one to three lower-case words
  (no preposition or pronoun) and a finite auxiliary or modal follow
  (``idioms.bare_clause_next``); they were no rows (a PolNeAR train miss class).
  "mentioned the album on Friday", "maintained the lead she had built" and "a man
  charged the day before was released" stay no report.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _rows(text):
    return quote_rows(text, "speaker", "speaker_type", "cue", "quote")


def _said(text):
    """(speaker in lower case, quote) of every row."""
    return [(s.lower(), q) for s, q in quote_rows(text, "speaker", "quote")]


def test_opening_said_description_with_who_clause_and_colon():
    text = (
        "The Moose lost again on Sunday. Said a player who asked not to be named: "
        '"We were never told about the trade."'
    )
    assert _rows(text) == [("a player", "anonymous", "Said", "We were never told about the trade.")]


def test_opening_said_who_clause_variants():
    for clause in (
        "who requested anonymity",
        "who spoke on condition of anonymity",
        "who declined to be named",
        "who asked that his name not be used",
    ):
        text = f'The plant in Amherst closed Friday. Said a welder {clause}: "Nobody called us."'
        assert _rows(text) == [("a welder", "anonymous", "Said", "Nobody called us.")], clause


def test_opening_said_who_clause_then_comma_or_plain_content():
    text = 'Said a player who asked not to be named, "The dressing room is split."'
    assert _rows(text) == [("a player", "anonymous", "Said", "The dressing room is split.")]
    text = (
        "The mill shut down. Said a millwright who asked not to be named: the shift was cancelled."
    )
    assert _rows(text) == [("a millwright", "anonymous", "Said", "the shift was cancelled")]


def test_opening_said_listed_noun_who_clause_unchanged():
    text = (
        "The school closed early. Said one parent who did not want her name used: "
        '"Nobody called us."'
    )
    assert _rows(text) == [("one parent", "anonymous", "Said", "Nobody called us.")]


def test_opening_said_name_or_title_without_clause_unchanged():
    text = 'The Moose lost again on Sunday. Said Kowalchuk: "We were never told."'
    assert _rows(text) == [("Kowalchuk", "person", "Said", "We were never told.")]
    text = 'Said the player: "We were never told."'
    assert [r[0] for r in _rows(text)] == ["the player"]


def test_reported_description_with_who_clause_is_content_not_speaker():
    text = "The coach said a player who missed practice would be benched."
    assert quote_rows(text, "speaker", "quote") == [
        ("The coach", "a player who missed practice would be benched")
    ]


def test_lede_say_then_and_apposed_owner_said():
    text = "Divers say the wreck is intact, and the owner, Marc Leduc, said he will raise it."
    assert _said(text) == [
        ("divers", "the wreck is intact"),
        ("marc leduc", "he will raise it"),
    ]


def test_lede_say_then_but_apposed_minister_told():
    text = (
        "Fishermen say the stocks are falling, but the fisheries minister, Paul Caron, "
        "told reporters the quotas will stay."
    )
    assert _said(text) == [
        ("fishermen", "the stocks are falling"),
        ("paul caron", "the quotas will stay"),
    ]
    text = (
        "Residents say the water is unsafe, and the mayor, Anne Poirier, said the town "
        "will test it again."
    )
    assert _said(text) == [
        ("residents", "the water is unsafe"),
        ("anne poirier", "the town will test it again"),
    ]


def test_and_apposed_name_with_other_verb_stays_content():
    text = "Divers say the wreck is intact, and the owner, Marc Leduc, wants it raised."
    assert _said(text) == [
        ("divers", "the wreck is intact, and the owner, Marc Leduc, wants it raised")
    ]


def test_lede_according_to_record_keeps_whole_sentence():
    text = (
        "Most shoppers say they would buy local, but local goods are often too costly, "
        "according to the survey."
    )
    rows = _said(text)
    assert (
        "the survey",
        "Most shoppers say they would buy local, but local goods are often too costly",
    ) in rows, rows


def test_lede_non_speech_lead_verb_not_split():
    text = (
        "A Moncton bakery is recalling two lots of rye bread after tests found traces of "
        "glass, and customers should return the loaves, the health agency said Thursday."
    )
    rows = _said(text)
    assert not any(s.endswith("bakery") for s, _ in rows), rows


def test_mention_reveal_maintain_with_bare_clause():
    text = "The singer posted a photo of the studio, mentioning the new album is nearly done."
    assert _said(text) == [("the singer", "the new album is nearly done")]
    text = "The skater revealed her coach had quit the week before the trials."
    assert _said(text) == [("the skater", "her coach had quit the week before the trials")]
    text = "Kowalchuk maintained the contract was fair."
    assert [q for _, q in _said(text)] == ["the contract was fair"]


def test_mention_reveal_maintain_object_stays_no_report():
    for text in (
        "The singer mentioned the album on Friday.",
        "The company revealed the new logo at a news conference.",
        "She maintained the lead she had built in the first period.",
        "A man charged the day before was released without bail.",
    ):
        assert _said(text) == [], text
