"""spk69's rules (session 44, speaker errors that remain), each checked on sentences
written for this file.

* "Tom Vale, 99, joined the navy. ... Ben Roe said A. The 99-year-old has strong opinions about
  that. He said B": a bare age ("The <age>-year-old", up to two lower-case words, then a
  lower-case verb) opening the sentence right before the pronoun's (same paragraph or
  the one before, no name between) is the person the article gave that age, so "he"
  is Tom Vale, not the named subject before (``aged_subject_pronouns.aged_subject_before``,
  asked by ``pronouns._resolve_pronoun`` when ``_role_subject_before`` finds no role).
  Near misses: a name between the age and the pronoun, an age given to nobody, an age of
  the other sex, and an age given to two people keep the old reading.
* "Lakers win title / By Anna Vale / TORONTO — Goaltender Mia Roe had stopped 41 shots
  ..., and when it did, she said, she did not see it": the names of a byline line near
  the top ("By" and a name of two to four capitalised words, a second writer after
  "and", an outlet after a comma, nothing else on the line) are left out of the
  article's name index, so the writer is never an antecedent or a speaker
  (``bylines.byline_span``, read by ``mentions._ArticleNames.__init__``). A sentence
  opening with "By" ("By Thursday afternoon, Ann Roe had signed ...") is no byline.
* "Tom Roe and his daughter, Ann Roe, ... Tom Roe said A. His daughter was less
  certain. The findings were on the table. '"B," she said'": "His / Her / Their <kin
  noun>" and a verb opening one of the two sentences before the pronoun's (same
  paragraph or the one before), the kin noun of the pronoun's sex, and no name between
  except as a possessor ("Lise Page's findings"), is resolved as a "his daughter said"
  mention at that place; when that names a person, the pronoun is that person
  (``kin_subject_pronouns.kin_subject_pronoun``, asked by
  ``roles._resolve_mention_words`` after ``_resolve_pronoun`` for he/she, with
  ``roles._resolve_mention`` passed in). Near misses: a kin noun of the other sex, a
  name as a subject between, and a relative the article never names keep the old
  reading.
"""

from __future__ import annotations

from tests._quote_rows import speech_rows


def speaker_for(text, opening):
    """The speaker of the first row whose quote opens with ``opening`` (None if none)."""
    return next((s for s, _, q in speech_rows(text) if q.startswith(opening)), None)


_VETERAN = (
    "Tom Vale, 99, joined the navy in 1944. Ben Roe runs the local branch of the legion.\n\n"
    '"He is the last one," Roe said. Roe said the branch had lost members.\n\n'
)


# ------------------------------------------------ a bare age as the subject before


def test_aged_subject_before_he_is_the_person_of_that_age():
    t = (
        _VETERAN
        + "The 99-year-old has strong opinions about that. He said the young ones had it harder."
    )
    assert speaker_for(t, "the young ones") == "Tom Vale"


def test_aged_subject_with_a_job_word_before_she():
    t = (
        "Mira Dale, 44, left Homs in 2015. Lise Page, who runs the program, met her at the "
        "airport.\n\nPage said the family had waited two years. The 44-year-old electrician "
        "worked nights before the war. She said she hopes to work again by spring."
    )
    assert speaker_for(t, "she hopes") == "Mira Dale"


def test_aged_subject_before_a_content_first_quote():
    t = _VETERAN + 'The 99-year-old shrugged at that. "We had it easy," he said.'
    assert speaker_for(t, "We had it easy") == "Tom Vale"


# ------------------------------------------------ near misses keep the old reading


def test_name_between_the_age_and_the_pronoun_keeps_the_named_subject():
    t = _VETERAN + "The 99-year-old has strong opinions about that. Later, Roe said he was tired."
    assert speaker_for(t, "he was tired") == "Ben Roe"


def test_age_given_to_nobody_keeps_the_named_subject():
    t = (
        "Tom Vale joined the navy in 1944. Ben Roe runs the local branch of the legion.\n\n"
        '"He is the last one," Roe said. The 99-year-old has strong opinions about that. '
        "He said the young ones had it harder."
    )
    assert speaker_for(t, "the young ones") == "Ben Roe"


def test_age_of_the_other_sex_keeps_the_named_subject():
    t = (
        "Ann Vale, 99, joined the navy in 1944. Ben Roe runs the local branch of the "
        'legion.\n\n"She is the last one," Roe said. The 99-year-old has strong opinions about that. '
        "He said the young ones had it harder."
    )
    assert speaker_for(t, "the young ones") == "Ben Roe"


def test_age_given_to_two_people_keeps_the_named_subject():
    t = (
        "Tom Vale, 99, and Al Fry, 99, joined the navy in 1944. Ben Roe runs the branch.\n\n"
        '"They are the last ones," Roe said. The 99-year-old has strong opinions about that. '
        "He said the young ones had it harder."
    )
    assert speaker_for(t, "the young ones") == "Ben Roe"


# ------------------------------------------------ bylines are no antecedents


_BYLINE = (
    "Harbour Kings win title as Roe stops 41 shots\n\nBy Anna Vale\n\nTORONTO — "
    "Goaltender Mia Roe had stopped 41 shots by the time the puck finally went in, and "
    'when it did, she said, she did not see it.\n\n"I heard it," Roe said.'
)


def test_byline_writer_is_no_antecedent():
    assert speaker_for(_BYLINE, "she did not see it") == "Mia Roe"


def test_byline_with_two_writers_and_an_outlet_is_no_speaker():
    t = _BYLINE.replace("By Anna Vale", "By Anna Vale and Tom Dale, The Harbour Press")
    assert {s for s, _, _ in speech_rows(t)} == {"Mia Roe"}


def test_sentence_opening_with_by_keeps_its_subject():
    t = (
        "Ferry deal signed\n\nBy Thursday afternoon, Ann Roe had signed the lease. "
        "She said the terms were fair."
    )
    assert speaker_for(t, "the terms") == "Ann Roe"


# ------------------------------------------------ a possessed relative as the subject before


_SHACK = (
    "Tom Roe and his daughter, Ann Roe, run the sugar shack on the hill.\n\n"
    'At the shack, Tom Roe said he would tap again. "We will tap in February," he said.\n\n'
)


def test_kin_subject_before_she_is_the_named_daughter():
    t = _SHACK + (
        "His daughter was not so sure. Lise Page's findings were on the table.\n\n"
        '"I believe her," she said.'
    )
    assert speaker_for(t, "I believe her") == "Ann Roe"


def test_kin_subject_two_sentences_before_the_quote():
    t = (
        "Mira Dale and her mother, Ruth Dale, wait for the visa. Mira Dale said the "
        "family had waited two years.\n\nHer mother smiled at that. Lise Page's letter "
        'was on the table.\n\n"We wait, and we pray," she said.'
    )
    assert speaker_for(t, "We wait") == "Ruth Dale"


def test_kin_noun_of_the_other_sex_keeps_the_old_reading():
    t = (
        _SHACK
        + 'His son was not so sure. The findings were on the table.\n\n"I believe her," he said.'
    )
    assert speaker_for(t, "I believe her") == "Tom Roe"


def test_name_as_subject_between_keeps_that_name():
    t = _SHACK + (
        'His daughter was not so sure. Lise Page shook her head.\n\n"I believe her," she said.'
    )
    assert speaker_for(t, "I believe her") == "Lise Page"


def test_relative_never_named_keeps_the_description():
    t = (
        "Tom Roe and his son, Al Roe, run the shack.\n\nAt the shack, Tom Roe said he "
        'would tap again. "We will tap in February," he said.\n\nHis daughter was less '
        'certain.\n\n"I believe her," she said.'
    )
    assert speaker_for(t, "I believe her") == "His daughter"
