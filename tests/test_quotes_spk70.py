"""spk70's rules (session 44, round 2: speaker phrases left over from round 1), each
checked on sentences written for this file.

* "Will Page said A" / "Will Hill says A" / "Will Page, the harbour master, said A": a
  capitalised "Will" before one capitalised word and then an inflected speech verb or an
  apposition (", " + a lower-case word or a digit) is a given name, so the run is the
  person's full name in the article's name index: a later "Page said" and "he said" are
  Will Page (``modal_given_names.modal_given_name_info``, asked by
  ``mentions._ArticleNames.__init__`` only for a run ``names._name_info0`` rejects; the
  parser takes ``modal_given=True`` for it). Near misses: "Will Trump sign the bill?"
  (no speech verb) and "Will Page say more?" (the verb's bare form: the modal) keep the
  old reading, and "May Day" stays no person.
* "Cottagers on the west side of Kettle Lake say A" / "Dairy farmers in the north end of
  Lambton County say A": a plural people noun, a region phrase (a preposition, "the",
  up to two lower-case modifiers, a region noun such as side / end / shore / part, "of")
  and a capitalised place is the people noun's phrase, not the place. Two parts: the
  noun phrase before the cue reaches back over the region phrase whatever the place's
  head word ("County", not only a lake or a glacier: ``np_left_core._geographic_prep``),
  and a capitalised plural agent noun before such a phrase is a group, not a person
  named by the place's words (``names._plural_agent_before_phrase`` with
  ``region_phrases.region_place_tail``). Near misses: "The owners of Kettle Lake Lodge"
  (no region phrase) and "Mayor Ann Roe of Kettle Lake" keep the old reading.
"""

from __future__ import annotations

from analysis.quotes.lexicon import lexicon
from analysis.quotes.mentions import _ArticleNames
from tests._quote_rows import speech_rows


def speaker_for(text, opening):
    """The speaker of the first row whose quote opens with ``opening`` (None if none)."""
    return next((s for s, _, q in speech_rows(text) if q.startswith(opening)), None)


def indexed_names(text):
    """The cleaned name runs of ``text`` in the article's name index."""
    return [" ".join(e[1]) for e in _ArticleNames(text, [], lexicon(), text).names]


# ------------------------------------------------ "Will" as a given name


def test_will_with_a_speech_verb_is_a_given_name_for_a_later_surname():
    t = (
        "The cannery in Port Alden closed on Friday.\n\nWill Garrow said the cannery "
        "had lost money for years. Ruth Ilves, the reeve, called it a blow.\n\n"
        '"We did what we could," Garrow said.'
    )
    assert speaker_for(t, "We did what we could") == "Will Garrow"


def test_will_with_an_apposition_is_a_pronoun_antecedent():
    t = (
        "Boaters packed the marina hall.\n\nWill Tamsett, who keeps the fuel dock, "
        "stood at the back. He said the fuel price had doubled since May."
    )
    assert speaker_for(t, "the fuel price") == "Will Tamsett"
    assert "Will Tamsett" in indexed_names(t)


def test_will_with_says_in_the_present():
    t = 'Will Orchard says the ferry runs late. "It always has," he says.'
    assert speaker_for(t, "It always has") == "Will Orchard"
    assert "Will Orchard" in indexed_names(t)


# ------------------------------------------------ near misses keep the old reading


def test_will_as_a_question_modal_is_no_name():
    t = "Will Hartwell sign the bylaw? Councillors said he would."
    assert not any(n.startswith("Will") for n in indexed_names(t))
    assert speaker_for(t, "he would").lower() == "councillors"


def test_will_before_a_bare_speech_verb_is_the_modal():
    t = "Will Hartwell say more? Councillors said he would."
    assert not any(n.startswith("Will") for n in indexed_names(t))


def test_may_day_is_no_speaker():
    t = "May Day parades filled Port Alden. Organizers said the crowd was the largest yet."
    assert speaker_for(t, "the crowd") == "organizers"


# ------------------------------------------------ a people noun before a region phrase


def test_plural_agent_before_a_region_of_a_named_lake_is_the_group():
    t = "Cottagers on the east side of Harrow Lake say the water has never been so low."
    assert speaker_for(t, "the water") == "Cottagers on the east side of Harrow Lake"


def test_people_noun_before_a_region_of_a_named_county_is_the_group():
    t = "Hog farmers in the south end of Tillby County say feed prices doubled this year."
    assert speaker_for(t, "feed prices") == "Hog farmers in the south end of Tillby County"


def test_region_noun_part_places_the_group():
    t = "Beekeepers in the western part of Tillby County say the winter was hard on hives."
    assert speaker_for(t, "the winter") == "Beekeepers in the western part of Tillby County"


def test_owners_of_a_named_lodge_keep_their_phrase():
    t = "The owners of Harrow Lake Lodge say the season opened late."
    assert speaker_for(t, "the season") == "the owners of Harrow Lake Lodge"


def test_titled_person_of_a_place_keeps_the_name():
    t = "Reeve Dana Kolt of Harrow Lake says the road will be paved in June."
    assert speaker_for(t, "the road") == "Dana Kolt"
