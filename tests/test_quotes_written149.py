"""w141's rules (session 44 round 1, the hundred-and-forty-first written batch), each
checked on sentences written for this file.

* "Asked how long the club could last, NAME said, pausing, that A": a manner set off by
  commas between the verb and "that" (a participle, "pausing", "smiling", or "after a
  (long) pause / moment / silence") is skipped like "said, however, that"
  (``cues._POST_SKIP_ITEMS``), and a gap that closes on "that" after such an insertion
  is no inserted frame, so the "that" clause is the content over the clause before the
  frame (``sides._INSERTION_THEN_THAT_RE`` in ``_choose_side``); it was no row at all, or
  the "Asked ..." clause. A participle after the frame with no "that" ("A, NAME said,
  pausing, before she left") keeps the content before the frame.
* "Apple growers along the south shore of Georgian Bay say A": a group placed by a
  region of a named feature ("along / on / at the <south> shore / side / end of NAME")
  is the group, not the feature: the preposition before "the <region> of" is the
  group's place preposition (``np_left_core._region_of_prep`` in ``_geographic_prep``),
  and "along" places a group like "near" (``np_left_core._GEO_PREPS``,
  ``names._PLACE_POST_PREPS``); it was the feature ("Georgian Bay"). A person named
  before the phrase ("NAME, who lives on the south shore of X, said") keeps the person.
* 'NAME cautioned that A, but described the museum as "B"': a verb of naming after "but"
  inside an indirect row is coordinated with the row's speech verb like one after "and"
  (``formats._AND_LABEL_RE``, read by ``formats._coordinated_label``): the row keeps A and
  B becomes the speaker's quotation; it was one row running over the label. A person as
  the label's object ("but called him "B"") or a new subject ("but the council called it
  "B"") leaves the one row.
"""

from __future__ import annotations

from analysis.quotes.np_left_core import _region_of_prep
from tests._quote_rows import speaker_of, speech_rows

# ------------------------------------------------ "NAME said, pausing, that A"


def test_participle_between_commas_then_that():
    t = (
        "Ann Roe-Tessier runs the curling club in Elmvale. Roe-Tessier said, pausing, that "
        "she would give the club two more winters."
    )
    assert [q for _, _, q in speech_rows(t)] == ["she would give the club two more winters"]


def test_asked_clause_then_participle_then_that():
    t = (
        "Ann Roe-Tessier runs the curling club in Elmvale. Asked how long the club could "
        "stay open with so few members, Roe-Tessier said, smiling, that she would give it "
        "two more winters."
    )
    rows = speech_rows(t)
    assert [q for _, _, q in rows] == ["she would give it two more winters"]
    assert rows[0][0] == "Ann Roe-Tessier"


def test_after_a_long_pause_then_that():
    t = (
        "Asked whether the Elmvale club would merge with the one in Wasaga Beach, Dale "
        "Pruitt-Ocampo told reporters, after a long pause, that the members would vote in May."
    )
    assert ("Dale Pruitt-Ocampo", "told", "the members would vote in May") in speech_rows(t)


def test_participle_without_that_keeps_the_clause_before():
    # near miss: no "that" after the insertion, the content is the clause before the frame
    t = (
        "The curling club will close in the spring and the hall will be sold, Ann "
        "Roe-Tessier said, pausing, before she locked the door."
    )
    assert [q for _, _, q in speech_rows(t)] == [
        "The curling club will close in the spring and the hall will be sold"
    ]


def test_participle_then_direct_quote_unchanged():
    t = '"We are fine," Ann Roe-Tessier said, smiling, as she swept the ice.'
    assert [(s, q) for s, _, q in speech_rows(t)] == [("Ann Roe-Tessier", "We are fine")]


# ------------------------------------- "growers along the south shore of Georgian Bay say"


def test_region_of_a_feature_places_the_group():
    t = "Apple growers along the south shore of Nottawasaga Bay say they cannot find pickers."
    assert speaker_of(t, "they cannot find pickers") == (
        "Apple growers along the south shore of Nottawasaga Bay"
    )


def test_far_side_of_a_river_places_the_farmers():
    t = "Farmers on the far side of the Pickerel River said the bridge had been shut for weeks."
    assert speaker_of(t, "the bridge had been shut for weeks").startswith("Farmers")


def test_along_places_a_group_like_near():
    t = "Residents along Wolseley Creek say the culvert floods every spring."
    assert speaker_of(t, "the culvert floods every spring") == "Residents along Wolseley Creek"


def test_person_before_a_region_phrase_keeps_the_person():
    # near miss: a named person who lives on the shore is the speaker, not a group
    t = (
        "Ann Roe-Tessier, who lives on the east side of Nottawasaga Bay, said the water "
        "was the lowest she could remember."
    )
    assert speaker_of(t, "the water was the lowest she could remember") == "Ann Roe-Tessier"


def test_region_of_prep_needs_a_region_noun():
    toks = [(0, 0, w) for w in "growers along the old road of Nottawasaga Bay".split()]
    assert _region_of_prep(toks, 5) == 5  # "road" is no region of a feature
    toks = [(0, 0, w) for w in "growers along the south shore of Nottawasaga Bay".split()]
    assert _region_of_prep(toks, 5) == 1


# ------------------------------------ 'warned that A, but described the museum as "B"'


def test_but_described_as_is_a_second_row():
    t = (
        "Dale Pruitt-Ocampo warned that the arena roof would cost more than planned, but "
        'described the museum as "the one place in Elmvale that people drive two hours to see."'
    )
    rows = [(s, q) for s, _, q in speech_rows(t)]
    assert ("Dale Pruitt-Ocampo", "the arena roof would cost more than planned") in rows
    assert (
        "Dale Pruitt-Ocampo",
        "the one place in Elmvale that people drive two hours to see.",
    ) in rows


def test_but_called_the_plan_is_a_second_row():
    t = (
        "Dale Pruitt-Ocampo said the arena roof would cost more but called the plan "
        '"the best of a bad lot for Elmvale."'
    )
    assert [q for _, _, q in speech_rows(t)] == [
        "the arena roof would cost more",
        "the best of a bad lot for Elmvale.",
    ]


def test_but_called_him_stays_one_row():
    # near miss: a label of a person after "but" is no coordinated label of the matter
    t = (
        "Dale Pruitt-Ocampo said the arena roof would cost more, but called him "
        '"the best of a bad lot for Elmvale."'
    )
    assert len(speech_rows(t)) == 1


def test_but_with_a_new_subject_stays_one_row():
    t = (
        "Dale Pruitt-Ocampo said the arena roof would cost more, but the council called it "
        '"the best of a bad lot for Elmvale."'
    )
    assert len(speech_rows(t)) == 1
