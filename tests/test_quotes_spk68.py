"""spk68's rules (session 43 round 2, speaker phrases left over from round 1), each
checked on sentences written for this file.

* "The two men patching the roof say A" / "Three women running the shelter said A": a
  count above one before the plural head of a reduced relative opens the phrase (after
  "the" or alone), so the speaker is the whole described group, not the participle's
  object ("the roof") (``reduced._plural_count``, asked by
  ``reduced.reduced_relative_start``); "the two men patching it up say A": a particle
  after the participle's object pronoun ("it up") stays in the phrase
  (``reduced._reduced_object_start``); "two of the men patching the roof said A": a
  partitive's count and "of" open the phrase too. A count inside the reported clause ("The storm
  wrecked two sheds sheltering the goats, Ann Roe said") keeps the named speaker.
* "A, the provincial minister responsible for coastal ferries said Monday": a plural
  field noun that is not a listed noun, after "responsible for" (and up to two
  modifiers), is read as the field, so ``np_left._widened_np`` reaches
  ``responsible_heads.responsible_for_head`` and the minister speaks
  (``np_left_core._left_np0``); "the factors responsible for delays said" (no person
  noun before "responsible") stays no row.
* "Tom Roe works with Ben Vale, a welder. Both men say A": a "both men" / "both women"
  / "the two men" mention opening the sentence right after one of its paragraph that
  names exactly two people (outside quotations), neither of the other sex, is that pair
  (``pair_sentence_before.pair_in_sentence_before``, the last reading of
  ``pair_mentions.resolve_pair_mention``). A sentence naming one person, a woman before
  "Both men", or a paragraph break in between keeps "both men".
* "Her colleague, a nurse from Lodi who asked not to be named, said A": a possessed
  relation of work or place (colleague, co-worker, friend, neighbour ...) set off by an
  indefinite person noun (with a place phrase, before "who" or a comma) is that
  description, as the short "His colleague, a nurse, said" already was
  (``relation_apposed_jobs.resolve_relation_apposed_job``, next to last in
  ``roles._DESCRIPTION_RESOLVERS``, for a mention opening with his / her / their). Kin ("Her husband, a retired millwright, said"
  with the couple named) and a relation named in apposition ("Her colleague, Tom Vale,
  said") keep their readings; an apposition that is no person noun keeps the mention.
"""

from __future__ import annotations

from tests._quote_rows import speech_rows


def speaker_for(text, opening):
    """The speaker of the first row whose quote opens with ``opening`` (None if none)."""
    return next((s for s, _, q in speech_rows(text) if q.startswith(opening)), None)


# ------------------------------------------------ counted plural before a reduced relative


def test_two_men_patching_the_roof_are_the_speaker():
    t = "The two men patching the roof say the storm was the worst in years."
    assert speaker_for(t, "the storm") == "the two men patching the roof"


def test_three_women_running_the_shelter_without_the():
    t = "Three women running the shelter said the beds were full by noon."
    assert speaker_for(t, "the beds") == "three women running the shelter"


def test_counted_group_after_a_clause_with_a_particle():
    t = (
        "The old statue is wrapped in tarps this fall, and the two men patching it up "
        "say the paint is in rough shape."
    )
    assert speaker_for(t, "the paint") == "the two men patching it up"


def test_count_inside_the_reported_clause_keeps_the_named_speaker():
    # near miss: the counted plural does not open a clause before the cue
    t = "The storm wrecked two sheds sheltering the goats, Ann Roe-Tessier said."
    assert speech_rows(t) == [
        ("Ann Roe-Tessier", "said", "The storm wrecked two sheds sheltering the goats")
    ]


def test_partitive_count_before_a_reduced_relative():
    t = "In the end, two of the men patching the roof said the storm was the worst in years."
    assert speaker_for(t, "the storm") == "two of the men patching the roof"


def test_partitive_of_a_non_count_keeps_the_named_speaker():
    # near miss: "The end of the men ..." is no partitive of people
    t = "The end of the men patching the roof said nothing, Ann Roe-Tessier said."
    assert speaker_for(t, "The end") == "Ann Roe-Tessier"


def test_uncounted_plural_unchanged():
    t = "The men patching the roof say the storm was the worst in years."
    assert speaker_for(t, "the storm") == "the men patching the roof"


# ---------------------------------------------------- "responsible for <plural field>"


def test_minister_responsible_for_plural_field_speaks():
    t = (
        "The Dunmore crossing is safe, the provincial minister responsible for coastal "
        "ferries said Monday."
    )
    assert speech_rows(t) == [("the provincial minister", "said", "The Dunmore crossing is safe")]


def test_minister_responsible_for_plural_field_direct_quote():
    t = '"The Dunmore crossing is safe," the minister responsible for ferries said.'
    assert speaker_for(t, "The Dunmore") == "the minister"


def test_no_person_before_responsible_stays_no_row():
    # near miss: "factors" is no speaker noun
    t = "The Dunmore crossing is slow, the factors responsible for delays said."
    assert speech_rows(t) == []


# ----------------------------------------------------- "both men" after a named pair


def test_both_men_after_a_sentence_naming_two():
    t = (
        "Dale Orrin-Maddox says the statue is sound. Orrin-Maddox works with Arno "
        "Kelso-Brandt, a welder who has fixed signs in towns across Northern Ontario. "
        "Both men say the builders did solid work."
    )
    assert speaker_for(t, "the builders") == "Dale Orrin-Maddox and Arno Kelso-Brandt"


def test_both_men_after_a_quotation_keep_the_plural():
    # near miss: the sentence before is a quotation of one man
    t = (
        "Dale Orrin-Maddox says the statue is sound. Tom Kelso-Brandt agreed. "
        '"It is fine," he said. Both men say the builders did solid work.'
    )
    assert speaker_for(t, "the builders") == "both men"


def test_both_men_after_a_woman_and_a_man_keep_the_plural():
    t = "Ann Orrin-Maddox works with Arno Kelso-Brandt on the dock. Both men say the builders did solid work."
    assert speaker_for(t, "the builders") == "both men"


def test_both_men_after_a_paragraph_break_keep_the_plural():
    t = (
        "Dale Orrin-Maddox works with Arno Kelso-Brandt on the dock.\n\n"
        "Both men say the builders did solid work."
    )
    assert speaker_for(t, "the builders") == "both men"


# ------------------------------------------ "Her colleague, a nurse ... who ..., said"


def test_colleague_apposed_nurse_with_who_clause():
    t = (
        "Ann Roe-Tessier runs the clinic in Lodi. Her colleague, a nurse from Quebec City "
        "who asked not to be named, said the clinic was short of staff."
    )
    assert speaker_for(t, "the clinic") == "a nurse from Quebec City"


def test_neighbour_apposed_teacher():
    t = "Ann Roe-Tessier lives on the hill. Her neighbour, a retired teacher, said the road was icy."
    assert speaker_for(t, "the road") == "a retired teacher"


def test_colleague_named_in_apposition_keeps_the_name():
    t = "Ann Roe-Tessier runs the clinic. Her colleague, Tom Vale, said the clinic was short of staff."
    assert speaker_for(t, "the clinic") == "Tom Vale"


def test_kin_named_before_keeps_the_name():
    # near miss: kin are the kin rules' ("Her husband" is Walt Roe)
    t = (
        "Walt Roe and Deb Roe own the house. Her husband, a retired millwright, said the "
        "garage was too small."
    )
    assert speaker_for(t, "the garage") == "Walt Roe"


def test_relation_with_no_person_apposition_keeps_the_mention():
    t = "Ann Roe-Tessier runs the clinic. Her colleague, a big help, said the clinic was short of staff."
    assert speaker_for(t, "the clinic") != "a big help"
