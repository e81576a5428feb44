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
