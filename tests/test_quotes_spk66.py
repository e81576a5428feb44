"""spk66's rules (session 42 round 2, speakers left by round 1), each checked on
sentences written for this file.

* "The photo is courtesy of Ann Roe, a retired teacher. She said A" / "The award went
  to Tom Vale. He said A" / '"A," he said' after it: the one person named after a
  preposition or verb in a sentence whose subject is a thing, right before the pronoun,
  when the gender fits (``oblique_persons.oblique_person_before``, asked by
  ``pronouns._resolve_pronoun``); a person or pronoun as that sentence's subject ("Mark
  Lyle thanked Tom Vale.", "He praised Tom Vale."), a person noun as its subject ("The
  mayor gave the award to Tom Vale."), the other gender, or speech in that sentence keep
  the older subject speaker.
* "the 19-year-old said" is the person the article gave that age only when it gave it to
  exactly one person: "Ann Roe, 19, and Tom Vale, 19," or "Ann Roe, a 19-year-old
  student, and Tom Vale, a 19-year-old welder," keep the noun (``kin._two_aged`` in
  ``kin._resolve_aged``; the apposed same age "NAME, a 19-year-old" in
  ``kin._resolve_unaged``'s own-age test); one person given the age twice ("Ann Roe,
  19, ... Roe, 19,") is still that person. (A job given to two people keeps the older
  decision of tests/test_quotes_desc15.py: the later link wins.)
* "Ann Church said" / "Tom Bank said" / "Ann Court said": a listed given name of known
  sex (no virtue or saint's name such as "Grace", "Hope", "Mark") before a surname that
  is a listed organisation word (Church, Court, Bank, House) is a person, typed so by
  ``surname_org_words.surname_org_person`` (asked by ``quotes.names._stype_static`` and
  ``speaker_types._name_type_of``); "Grace Church", "Hope House", "Supreme Court",
  "Royal Bank" stay organisations.
* Surnames that are common words (pinned, no code change): "Baker said" after "Ann
  Baker" is Ann Baker; lower-case "the baker said" stays the noun; sentence-opening
  "Young people said" is no person.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speech_rows


def speaker_for(text, opening):
    """The speaker of the first row whose quote opens with ``opening`` (None if none)."""
    return next((s for s, _, q in speech_rows(text) if q.startswith(opening)), None)


_COACH = "Coach Mark Lyle handed out the prizes on Friday. "
_MAYOR = "Mayor Dana Kell opened the gallery on Monday. "


# --- rule 1: the oblique person right before a pronoun -----------------------------


def test_courtesy_of_a_named_woman_then_she():
    t = _MAYOR + "The photo is courtesy of Ann Roe, a retired teacher. She said the lake was low."
    assert speaker_for(t, "the lake") == "Ann Roe"


def test_award_went_to_a_named_man_then_he():
    t = _COACH + "The award went to Tom Vale. He said the team had earned it."
    assert speaker_for(t, "the team") == "Tom Vale"


def test_apposition_with_a_number_after_the_oblique_name():
    t = _COACH + "The top award went to Tom Vale, a grade 12 student. He said the team earned it."
    assert speaker_for(t, "the team") == "Tom Vale"


def test_passive_agent_then_she():
    t = "Dana Kell spoke on Monday. The report was written by Ann Roe. She said the lake was low."
    assert speaker_for(t, "the lake") == "Ann Roe"


def test_oblique_name_then_quotation_closed_by_he():
    t = _COACH + 'The money went to Tom Vale.\n\n"We earned it," he said.'
    assert speaker_for(t, "We earned") == "Tom Vale"


def test_person_subject_keeps_the_older_reading():
    t = "Mark Lyle thanked Tom Vale on Friday. He said the team had earned it."
    assert speaker_for(t, "the team") == "Mark Lyle"


def test_pronoun_subject_keeps_the_older_reading():
    t = "Coach Mark Lyle spoke Friday. He praised Tom Vale. He said the team had earned it."
    assert speaker_for(t, "the team") == "Mark Lyle"


def test_person_noun_subject_keeps_the_older_reading():
    t = "Mark Lyle spoke Friday. The official gave the award to Tom Vale. He said it was fair."
    assert speaker_for(t, "it was") == "Mark Lyle"


def test_other_gender_keeps_the_older_reading():
    t = _MAYOR + "The photo is courtesy of Tom Vale. She said the lake was low."
    assert speaker_for(t, "the lake") == "Dana Kell"


def test_speech_in_the_sentence_keeps_the_older_reading():
    t = _COACH + "The award went to Tom Vale, a teacher who said thanks. He said it was fair."
    assert speaker_for(t, "it was") == "Mark Lyle"


# --- rule 2: an age or job given to exactly one person -----------------------------


def test_age_given_to_one_person_is_that_person():
    t = "Ann Roe, 19, was hurt in the crash on Monday. The 19-year-old said the road was icy."
    assert speaker_for(t, "the road") == "Ann Roe"


def test_age_given_twice_to_one_person_is_still_that_person():
    t = "Ann Roe, 19, was hurt. Roe, 19, said nothing. Later the 19-year-old said the road was icy."
    assert speaker_for(t, "the road") == "Ann Roe"


def test_age_given_to_two_people_stays_the_noun():
    t = "Ann Roe, 19, and Tom Vale, 19, were hurt. The 19-year-old said the road was icy."
    assert speaker_for(t, "the road") == "The 19-year-old"


def test_apposed_age_given_to_two_people_stays_the_noun():
    t = (
        "Ann Roe, a 19-year-old student, and Tom Vale, a 19-year-old welder, were hurt. "
        "The 19-year-old said the road was icy."
    )
    assert speaker_for(t, "the road") == "The 19-year-old"


def test_job_given_to_one_person_is_that_person():
    t = "Ann Roe, a winemaker from Kelowna, lost her crop. The winemaker said the frost came early."
    assert speaker_for(t, "the frost") == "Ann Roe"


def test_job_given_to_nobody_stays_the_noun():
    t = "Ann Roe lost her crop. The winemaker said the frost came early."
    assert speaker_for(t, "the frost") == "The winemaker"


# --- pinned: surnames that are common words -----------------------------------------


def test_common_word_surname_alone_is_the_named_person():
    t = "Ann Baker runs the shop on Main Street. Baker said sales had doubled."
    assert speaker_for(t, "sales") == "Ann Baker"
    t = "Tom Young coaches the team. Young said the rink was too cold."
    assert speaker_for(t, "the rink") == "Tom Young"


def test_lower_case_common_noun_stays_the_noun():
    t = "Ann Baker runs the shop on Main Street. The baker said sales had doubled."
    assert speaker_for(t, "sales") == "The baker"


def test_sentence_opening_adjective_is_no_person():
    t = "Tom Young coaches the team. Young people said the rink was too cold."
    assert speaker_for(t, "the rink") == "Young people"


# --- rule 3: a surname that is a listed organisation word ---------------------------


def _types(text):
    return [(s, t) for s, t in quote_rows(text, "speaker", "speaker_type")]


def test_given_name_before_an_organisation_word_surname_is_a_person():
    assert _types("Ann Church said the roof leaked.") == [("Ann Church", "person")]
    assert _types("Tom Bank said rates would rise.") == [("Tom Bank", "person")]
    assert _types("Ann Court said the roof leaked.") == [("Ann Court", "person")]


def test_institution_names_stay_organisations():
    assert _types("Grace Church said the roof would be fixed.")[0][1] == "organization"
    assert _types("Hope House said beds were full.")[0][1] == "organization"
    assert _types("Supreme Court said the roof leaked.")[0][1] == "organization"
    assert _types("Royal Bank said rates would rise.")[0][1] == "organization"


def test_honorific_before_an_organisation_word_keeps_the_speaker_string():
    assert _types("Mr. Church said the roof would be fixed.")[0][0] == "Mr. Church"
