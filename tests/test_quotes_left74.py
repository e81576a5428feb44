"""left74's rules (session 37 round 2, rows left by round 1), each checked on sentences
written for this file.

* "It was, she insisted, the only option" (a frame inserted after a subject and a
  copula): the words after the insertion complete the copula's clause, so both sides
  are rows (``additions._copula_complement``); "the only option" was taken for a ranked
  apposition to the clause before and "It was" dropped. "Sales rose four per cent, the
  agency said, the largest increase in a decade" keeps its apposition out.
* "The ruling, he argued, ignored the evidence, and the judge, he added, was biased"
  (two inserted frames in one sentence): the second frame's left side starts after the
  ", and" / ", but" that follows the first frame, and the first frame's right side
  ends there (``additions._past_earlier_insertion``, ``_end_earlier_rows``); the second
  frame's left side ran from the sentence start. With no earlier frame ("The ruling
  ignored the evidence, and the judge, he added, was biased") the left side is kept whole.
* "The team lost again, said a player who was benched." (an inverted cue after a short
  clause): a past form ("lost", "folded") then one adverb of
  resources/clause_end_adverbs.txt before the comma is a clause, not a described
  speaker "the team lost" (``apposed_speakers._past_then_adverb``); and a noun phrase
  after the cue with a short relative clause ("who was benched", "that runs the
  hospital": no second finite verb) ending the sentence is the inverted speaker, not
  the content's subject (``np_right.relative_ends_sentence``). "A man injured there, a
  welder, said A" keeps its described speaker and "Ann Roe, the coach, said the player
  who was benched had asked for a trade" its content.
* '"...," says the province's biggest fruit growers' co-operative.' (an inverted
  description holding a plural possessive "growers'"): the head noun after the plural
  possessive belongs to the speaker phrase (``np_right.possessed_head_end`` and the
  unlisted-modifier reading of ``np_right._right_np1``, ``_plural_possessive``); it was
  "the province's" or no row. A phrase ending in the possessive itself is no head.
* "A second worker, who asked that his family name not be published, said A": the noun
  phrase after "that" inside a who-clause is no apposed speaker
  (``apposed_speakers._apposition_speaker``; "It was years ago that Oren Bask, the
  mayor, said" keeps its name), and "asked that her employer not be named" is a
  request about naming, no row (``nonspeech._NAMING_REQUEST_RE``); "The union asked
  that the employer not be named in the ruling" stays inside reported content.
* "The coach denied the claims, and some of the families who train with him said
  Thursday that A" (a lede conjunct whose subject carries a restrictive "who" clause):
  the noun phrase after ", and" / ", but" (with a partitive "some of") is the speaker
  (``subjects._conjunct_relative_subject``); there was no row. "..., and the families
  who train with him left the gym" stays no report.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _rows(text):
    return quote_rows(text, "speaker", "speaker_type", "cue", "quote")


def _said(text):
    """(speaker in lower case, quote) of every row."""
    return [(s.lower(), q) for s, q in quote_rows(text, "speaker", "quote")]


def test_copula_before_insertion_keeps_both_sides():
    assert _said("It was, she insisted, the only option.") == [
        ("she", "It was"),
        ("she", "the only option"),
    ]
    text = "The council met in Moncton on Monday. The cause is, the mayor said, the first big leak."
    assert _said(text) == [("the mayor", "The cause is"), ("the mayor", "the first big leak")]


def test_ranked_apposition_after_full_clause_stays_out():
    text = "Sales rose four per cent, the agency said, the largest increase in a decade."
    assert _said(text) == [("the agency", "Sales rose four per cent")]
    text = "Sales were up, the agency said, the largest increase in a decade."
    assert _said(text) == [("the agency", "Sales were up")]


def test_second_insertion_starts_after_and():
    text = "The ruling, he argued, ignored the evidence, and the judge, he added, was biased."
    assert _said(text) == [
        ("he", "The ruling"),
        ("he", "ignored the evidence"),
        ("he", "the judge"),
        ("he", "was biased"),
    ]
    text = "The plan, Ann Roe said, will cost more, but the mayor, she added, has no answer."
    assert _said(text) == [
        ("ann roe", "The plan"),
        ("ann roe", "will cost more"),
        ("ann roe", "the mayor"),
        ("ann roe", "has no answer"),
    ]


def test_second_insertion_without_earlier_frame_keeps_left_side():
    text = "The ruling ignored the evidence, and the judge, he added, was biased."
    assert _said(text) == [
        ("he", "The ruling ignored the evidence, and the judge"),
        ("he", "was biased"),
    ]
    text = "The plan, she said, will cost more, and the mayor has no answer."
    assert _said(text) == [
        ("she", "The plan"),
        ("she", "will cost more, and the mayor has no answer"),
    ]


def test_short_clause_then_inverted_description():
    text = "The Moose dropped a fourth game on Sunday. The team lost again, said a player who was benched."
    assert _rows(text)[-1] == ("a player", "anonymous", "said", "The team lost again")
    assert _said("The team folded again, said a teacher.") == [
        ("a teacher", "The team folded again")
    ]
    text = "The ward will close at night, said the health authority that runs the hospital."
    assert _said(text) == [("the health authority", "The ward will close at night")]
    text = "The rink is closing, said a skater who trains there."
    assert _said(text) == [("a skater", "The rink is closing")]


def test_relative_with_second_verb_is_content_and_place_participle_kept():
    text = "Ann Roe, the coach, said the player who was benched had asked for a trade."
    assert _said(text) == [("ann roe", "the player who was benched had asked for a trade")]
    text = "A man injured there, a Moncton welder, said the ramp was icy."
    assert [q for _, q in _said(text)] == ["the ramp was icy"]


def test_plural_possessive_description_after_cue():
    text = "The frost hit in May. \"We cannot pick the apples in time,\" says the province's biggest fruit growers' co-operative."
    assert _said(text)[-1] == (
        "the province's biggest fruit growers' co-operative",
        "We cannot pick the apples in time",
    )
    text = "Half the crop will rot, says the biggest fruit growers' co-operative."
    assert _said(text) == [("the biggest fruit growers' co-operative", "Half the crop will rot")]
    text = "Prices fell, says the region's dairy farmers' association, which met Monday."
    assert _said(text) == [("the region's dairy farmers' association", "Prices fell")]


def test_possessed_head_without_plural_possessive_unchanged():
    text = '"We cannot pick the apples in time," says the province\'s biggest fruit co-operative.'
    assert _said(text) == [
        ("the province's biggest fruit co-operative", "We cannot pick the apples in time")
    ]


def test_who_clause_naming_request_is_no_speaker_or_row():
    text = (
        "The plant in Trois-Rivieres closed in March. A second worker, who asked that his "
        "family name not be published, said the line was shut down twice."
    )
    assert _rows(text) == [("a second worker", "anonymous", "said", "the line was shut down twice")]
    text = "One nurse, who asked that her employer not be named, said the ward was short-staffed."
    assert _said(text) == [("one nurse", "the ward was short-staffed")]


def test_that_before_apposed_name_still_read():
    text = "It was years ago that Oren Bask, the mayor, said the rink would close."
    assert _rows(text) == [("Oren Bask", "person", "said", "the rink would close")]
    text = "The union asked that the employer not be named in the ruling, the arbitrator said."
    assert _said(text) == [
        ("the arbitrator", "The union asked that the employer not be named in the ruling")
    ]


def test_conjunct_subject_with_relative_clause():
    text = (
        "The coach denied the claims, and some of the families who train with him said "
        "Thursday that the gym was safe."
    )
    assert _said(text)[-1] == ("some of the families", "the gym was safe")
    text = "The rink reopened in May, but parents who watched the practice said the ice was soft."
    assert _said(text) == [("parents", "the ice was soft")]


def test_conjunct_subject_with_relative_clause_no_cue():
    text = "The coach denied the claims, and the families who train with him left the gym."
    assert [s for s, _ in _said(text)] == ["the coach"]
