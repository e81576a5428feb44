"""bug71's rules (session 37 round 2: names and types), each checked on sentences
written for this file.

* "Marie des Roches said": a person's particle surname with "des" (as with "de", "du",
  "van", "von", "de la") stays whole after a given name (``names._PARTICLES``); it was
  "Roches". French organisations opening with a listed head ("Coopérative des ...")
  stay organisations.
* "Ferme des Canneberges du Nord said" / "Boulangerie des Pins said": more French
  organisation heads (ferme, épicerie, boulangerie, clinique, musée, ...; data in
  ``resources/french_org_heads.txt``, used by ``french_org_names``) keep the whole name,
  typed an organisation; it was a person "Canneberges du Nord" / "Pins". "Ferme" or
  "Verger" as a person's surname ("Ann Ferme said") stays a person.
* "Defender Jess Okafor said" / "Deckhand Tomas Reyes-Hall said": more job words
  capitalised before a given name and surname (data: ``resources/name_role_words.txt``,
  read by ``names._NAME_ROLE_WORDS``) are no part of the name; given names of that
  shape ("Tanner") are not listed and stay.
* "Winnipeg-based Keystone Transit said": a leading hyphenated modifier ("-based",
  "-area", "-winning"), with a "the" before it, is no word of an organisation speaker's
  name (``orgs.lead_modifiers_dropped``, a coref pass); "Coca-Cola" and "Rolls-Royce"
  stay whole.
* "Divers said" / "Fishermen said" / "Growers said": a listed plural job
  (``resources/occupation_plurals.txt``) capitalised alone is a group
  (``names._stype_static``, ``roles._resolve_named``), not a person or a body; a person
  the article names in full with that surname ("Ann Divers") stays that person, and
  "Grain Growers" stays an organisation.
* "Kowalchuk maintained the contract was fair": "maintain" is a person's talk
  (``resources/person_speech_cues.txt``, read by ``speaker_types``), so a lone surname
  saying so is a person, not an organisation; a company with its suffix stays one.
* "Eleven seasonal workers at an orchard near Oliver said" / "Eleven of the workers
  said": the count stays in the speaker string: a count and an adjective before the
  head of a phrase with a preposition (``np_left._count_adjective_start``), and a count
  above one before "of the" (``np_left._count_of_the``), typed a group
  (``names._stype_static``); it was "workers at an orchard near Oliver" / "the
  workers". "One of the nurses" and "Most of the workers" are left as they were.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers(text):
    return [(s, t) for s, t in quote_rows(text, "speaker", "speaker_type")]


def test_des_particle_surname_after_a_given_name():
    text = '"We will keep the old orchard open," Marie des Roches said.'
    assert _speakers(text) == [("Marie des Roches", "person")]
    text = "Jean-Luc des Rivières said the sawmill would close before the winter."
    assert _speakers(text) == [("Jean-Luc des Rivières", "person")]


def test_other_particle_surnames_stay_whole():
    assert _speakers('"The bridge is safe," said Paul van Dusen.') == [("Paul van Dusen", "person")]
    text = '"We need more staff," Jean de la Fontaine said.'
    assert _speakers(text) == [("Jean de la Fontaine", "person")]


def test_french_cooperative_with_des_stays_an_organisation():
    text = "Coopérative des Canneberges du Nord said the harvest was late this year."
    assert _speakers(text) == [("Coopérative des Canneberges du Nord", "organization")]


def test_more_french_heads_keep_the_whole_name():
    text = '"We sold out by noon," Ferme des Canneberges du Nord said in a statement.'
    assert _speakers(text) == [("Ferme des Canneberges du Nord", "organization")]
    text = "Boulangerie des Pins said it would close its doors in March."
    assert _speakers(text) == [("Boulangerie des Pins", "organization")]
    text = '"We are full," said Clinique du Parc in a statement.'
    assert _speakers(text) == [("Clinique du Parc", "organization")]


def test_head_words_as_surnames_stay_people():
    text = "Ann Ferme said the bridge was unsafe after the flood."
    assert _speakers(text) == [("Ann Ferme", "person")]
    text = "Émilie Verger said the orchard had lost half its crop."
    assert _speakers(text) == [("Émilie Verger", "person")]


def test_job_words_before_a_given_name_are_cut():
    text = "Defender Jess Okafor said the team was ready for the final."
    assert _speakers(text) == [("Jess Okafor", "person")]
    text = '"The hold was full of water," Deckhand Tomas Reyes-Hall said.'
    assert _speakers(text) == [("Tomas Reyes-Hall", "person")]
    text = "Nurse Aline Roy said the ward was short of staff."
    assert _speakers(text) == [("Aline Roy", "person")]


def test_given_names_shaped_like_jobs_stay():
    text = "Tanner Reyes said the port had been idle since the spring."
    assert _speakers(text) == [("Tanner Reyes", "person")]
    text = "Jess Okafor, a defender, said the team was ready for the final."
    assert _speakers(text) == [("Jess Okafor", "person")]


def test_based_modifier_is_no_part_of_an_organisation_name():
    text = "Winnipeg-based Keystone Transit said it would add ten buses in the spring."
    assert _speakers(text) == [("Keystone Transit", "organization")]
    text = '"Ridership is up," the Calgary-based Prairie Sky Airlines said.'
    assert _speakers(text) == [("Prairie Sky Airlines", "organization")]


def test_hyphenated_names_stay_whole():
    text = "Rolls-Royce Holdings said it would add ten plants in the spring."
    assert _speakers(text) == [("Rolls-Royce Holdings", "organization")]
    text = "Toronto-born Ann Roe said the buses would run on time."
    assert _speakers(text) == [("Ann Roe", "person")]


def test_plural_jobs_alone_are_groups():
    assert _speakers("Divers said the wreck was in poor shape after the storm.") == [
        ("Divers", "group")
    ]
    text = '"It was the worst season in years," Fishermen said.'
    assert _speakers(text) == [("Fishermen", "group")]
    assert _speakers("Growers said the frost had killed most of the buds.") == [
        ("Growers", "group")
    ]


def test_plural_job_as_a_surname_or_a_body_stays():
    text = "Ann Divers runs the dive shop in Tobermory. Divers said the wreck was in poor shape."
    assert _speakers(text) == [("Ann Divers", "person")]
    text = "Grain Growers said the frost had killed most of the buds."
    assert _speakers(text) == [("Grain Growers", "organization")]


def test_maintained_makes_a_lone_surname_a_person():
    text = "Kowalchuk maintained the contract was fair to both sides."
    assert _speakers(text) == [("Kowalchuk", "person")]
    text = "Quillmart Ltd. maintained the contract was fair to both sides."
    assert _speakers(text) == [("Quillmart Ltd.", "organization")]


def test_count_and_adjective_stay_in_the_speaker():
    text = '"We were never paid for July," Eleven seasonal workers at an orchard near Oliver said.'
    assert _speakers(text) == [("Eleven seasonal workers at an orchard near Oliver", "group")]
    text = "Twelve night nurses at the hospital said they had not been paid."
    assert _speakers(text) == [("Twelve night nurses at the hospital", "group")]


def test_count_of_the_group_stays_in_the_speaker():
    text = "Eleven of the workers said they had not been paid for the last month."
    assert _speakers(text) == [("Eleven of the workers", "group")]
    text = '"Nobody told us," 12 of the nurses said.'
    assert _speakers(text) == [("12 of the nurses", "group")]


def test_no_count_no_change():
    text = "Most of the workers said they had not been paid for the last month."
    assert _speakers(text) == [("the workers", "group")]
    text = "Eleven workers at an orchard said they had not been paid."
    assert _speakers(text) == [("Eleven workers at an orchard", "group")]
