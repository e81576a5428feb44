"""Speaker errors left on the written sets (issue #12), fixed in session 17 round 2
with general rules; every article here is fictional and written for the test."""

from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from _quote_rows import speaker_of  # noqa: E402


def test_nickname_between_given_name_and_surname_is_that_person():
    text = (
        "The boat's skipper, Morwen \u201cSkip\u201d Tallow, a 61-year-old from Port Ellis, "
        "came ashore at noon. Skip, as the whole wharf calls him, said he would sail again "
        'on Friday. "The sea owes me a good week," he said.'
    )
    assert speaker_of(text, "he would sail again on Friday") == "Morwen Tallow"
    assert speaker_of(text, "The sea owes me a good week") == "Morwen Tallow"


def test_nickname_with_straight_quotes_is_that_person():
    text = 'Coach Bertram "Bert" Vasko smiled. "We earned it," Bert said.'
    assert speaker_of(text, "We earned it") == "Bertram Vasko"


def test_nickname_of_one_person_leaves_another_speaker_alone():
    text = (
        'Bertram "Bert" Vasko coaches the Gulls. Nell Ardo, his assistant, said the drills '
        'worked. "Bert never sleeps," Ardo said.'
    )
    assert speaker_of(text, "the drills worked") == "Nell Ardo"
    assert speaker_of(text, "Bert never sleeps") == "Nell Ardo"


def test_quoted_title_case_headline_word_is_no_nickname():
    # a quoted word between capitals of a title-case headline names no one
    text = (
        'Mayor Says "Enough" About Late Buses\n\nMayor Dana Krill said the buses were late. '
        '"Enough is enough," Krill said.'
    )
    assert speaker_of(text, "Enough is enough") == "Dana Krill"


def test_name_everyone_calls_the_person_is_that_person():
    text = (
        "Her neighbour \u2014 Rosalind Ferrier-Quay, 81, who everyone calls Granny Ro \u2014 "
        'still bakes for the hall. "Nobody leaves hungry," Granny Ro said.'
    )
    assert speaker_of(text, "Nobody leaves hungry") == "Rosalind Ferrier-Quay"


def test_name_known_as_is_that_person():
    text = (
        "The shop belongs to Augustin Pellerin, known as Gus, who opened it in 1988. "
        '"I sell nails and gossip," Gus said.'
    )
    assert speaker_of(text, "I sell nails and gossip") == "Augustin Pellerin"


def test_known_as_after_a_non_name_is_no_alias():
    text = (
        "The spring primaries, known as Super Week, start on Monday. "
        '"We are ready," Lena Strand said.'
    )
    assert speaker_of(text, "We are ready") == "Lena Strand"


def test_her_husband_named_mid_sentence_is_the_kin_subject():
    text = (
        "Lena Ruiz, her husband, Tomas Ekberg, and their twins reached Thornbury in June. "
        "A neighbour, Paul Dray, lent them a car. "
        '"He fixed our heater too," Dray said. "That took an hour." '
        'Ruiz laughed. "We are home now," she said.\n\n'
        "Her husband nodded.\n\n"
        '"Mostly home," he said.'
    )
    assert speaker_of(text, "Mostly home") == "Tomas Ekberg"


def test_her_husband_never_named_is_the_description_not_the_last_quoted():
    # spk36 (issue #12 task item 2): the kin subject sentence, never named, gives the
    # pronoun the description, not the person quoted last ("We owe him": not Dray)
    text = (
        "A neighbour, Paul Dray, lent Lena Ruiz a car. "
        '"It was nothing," Dray said. Her husband nodded. "We owe him," he said.'
    )
    assert speaker_of(text, "We owe him") == "her husband"


def test_he_after_a_person_of_an_organisation_described_by_who():
    text = (
        'Defence lawyer Otto Grune said the search was unlawful. "Nothing was found," '
        "Grune said.\n\n"
        "Later, the jury heard from Sgt. Ilya Brandt of Westmere Regional Police, who "
        "reached the flat first. He testified that the door was already open."
    )
    assert speaker_of(text, "the door was already open") == "Ilya Brandt"


def test_she_skips_a_man_of_an_organisation_described_by_who():
    text = (
        'Crown lawyer Ada Voss said the search was lawful. "It was by the book," '
        "Voss said.\n\n"
        "Later, the jury heard from Sgt. Thomas Brandt of Westmere Regional Police, who "
        "reached the flat first. She said the door was already open."
    )
    assert speaker_of(text, "the door was already open") == "Ada Voss"


def test_pronoun_in_a_new_paragraph_is_the_one_person_it_names():
    text = (
        'Carla Benning said the game was fair. "We called it straight," Benning said.\n\n'
        "Drivers stuck in the traffic honked, prompting Helen Olsberg to open the lot. "
        '"Let them park for free," she said.'
    )
    assert speaker_of(text, "Let them park for free") == "Helen Olsberg"


def test_pronoun_whose_paragraph_continues_the_speaker_stays():
    text = (
        'Greta Olsberg said the lot was full. "We tried," Olsberg said.\n\n'
        "She later met Mayor Ada Kern at the hall. "
        '"It went well," she said.'
    )
    assert speaker_of(text, "It went well") == "Greta Olsberg"


def test_pronoun_after_a_described_subject_skips_the_person_it_mentions():
    text = (
        'Greta Olsberg said the lot was full. "We tried," Olsberg said.\n\n'
        "The former mayor also criticized Councillor Ada Kern for the delay. "
        '"It was avoidable," she said.'
    )
    assert speaker_of(text, "It was avoidable") == "Greta Olsberg"


def test_he_after_a_friend_described_after_a_place_phrase():
    text = (
        'Defence lawyer Otto Grune said his client would appeal. "We are not done," '
        "Grune said.\n\n"
        "Outside the courthouse, a friend of the victim who had attended every hearing "
        "held a sign. He said the sentence was too light."
    )
    assert speaker_of(text, "the sentence was too light") == "a friend of the victim"


def test_place_phrase_before_a_named_subject_is_no_description():
    text = (
        'Crown lawyer Ada Voss said the case was strong. "We proved it," Voss said.\n\n'
        "Outside the courthouse, Otto Grune held a sign. He said the sentence was too light."
    )
    assert speaker_of(text, "the sentence was too light") == "Otto Grune"


def test_titled_full_name_with_a_plural_looking_surname_is_a_person():
    text = (
        "The Harbour Gulls beat the Prairie Owls 2-1 on Saturday. "
        '"We got lucky," Gulls striker Omar Fenwick said.\n\n'
        "Owls head coach Ravindu Marcellinos was blunt after the game. He said his team "
        'had stopped playing too early. "We were flat," Marcellinos said.'
    )
    assert speaker_of(text, "his team had stopped playing too early") == "Ravindu Marcellinos"


def test_plural_group_word_without_a_title_stays_a_group():
    text = (
        "Young Latinos turned out in large numbers. "
        '"We count," Omar Fenwick said. He said turnout had doubled.'
    )
    assert speaker_of(text, "turnout had doubled") == "Omar Fenwick"


def test_described_speaker_yields_to_the_person_a_new_paragraph_names():
    text = (
        "Outside the hall, a woman who said she lived nearby held a sign. "
        '"Fix the road," she said.\n\n'
        "The crowd cheered when the verdict was read, prompting Judge Helen Ostrova to ask "
        'for silence. "This is a courtroom," she said.'
    )
    assert speaker_of(text, "Fix the road") == "a woman"
    assert speaker_of(text, "This is a courtroom") == "Helen Ostrova"


def test_described_speaker_goes_on_in_a_new_paragraph_naming_no_one():
    text = (
        "Outside the hall, a woman who said she lived nearby held a sign. "
        '"Fix the road," she said.\n\n'
        'The crowd cheered. "Then fix the bridge," she said.'
    )
    assert speaker_of(text, "Then fix the bridge") == "a woman"
