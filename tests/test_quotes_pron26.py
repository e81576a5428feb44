"""Pronoun speaker rules of the pron26 branch, on sentences written for these tests."""

from __future__ import annotations

from tests._quote_rows import speaker_of


def test_he_is_never_a_plural_people_or_party_word():
    # "Canadians" (a people) is no "he"
    text = (
        "Canadians now say they admire Mr. Marsh more as a protector than as a provider.\n\n"
        "Over the years, these events have provided a chronicle of Mr. Marsh's thinking.\n\n"
        "In 2008, he complained bitterly that the treaty was a mistake."
    )
    assert speaker_of(text, "they admire Mr. Marsh more as a protector than as a provider") == (
        "Canadians"
    )
    assert speaker_of(text, "the treaty was a mistake") != "Canadians"


def test_she_is_never_a_one_word_name_written_only_after_in():
    # "Modesto" is also a given name, but the article writes it only as a place
    text = (
        "At a Thursday rally in Modesto, Dario Vell promised to cut taxes for workers.\n\n"
        "But that changed when one voter brought up immigration. "
        '"I have heard that before," she said.'
    )
    assert speaker_of(text, "I have heard that before") != "Modesto"


def test_a_surname_written_after_in_and_as_a_name_can_still_be_she():
    text = (
        "Ann Modesto runs a bakery. At a rally in Modesto, Dario Vell promised to cut "
        'taxes. "I have heard that before," she said.'
    )
    assert speaker_of(text, "I have heard that before") == "Ann Modesto"


def test_he_is_never_a_place_named_team():
    text = (
        "Vell previously helped fight tribal leader Ray Hollister, who spearheaded the "
        "campaign to change the Boston Redskins mascot because he claimed it was "
        "offensive to fans."
    )
    assert speaker_of(text, "it was offensive to fans") == "Ray Hollister"


def test_a_run_opening_with_a_capitalised_preposition_is_no_person():
    from analysis.quotes.lexicon import lexicon
    from analysis.quotes.mentions import _ArticleNames
    from analysis.quotes.usage import _never_a_person

    text = "Outside Zintor's plant, a worker named Ivo Marsh praised his job."
    an = _ArticleNames(text, [(0, len(text))], lexicon(), None)
    assert _never_a_person(an, "Outside Zintor")
    assert not _never_a_person(an, "Ivo Marsh")


def test_who_after_an_indefinite_description_in_apposition_is_the_name_before_it():
    text = (
        "He dismissed criticism from Harold Vell, a banker and former state official "
        "who has suggested that the aides were overpaid."
    )
    assert speaker_of(text, "the aides were overpaid") == "Harold Vell"
    text = (
        "He dismissed criticism from Harold Vell, a former state official who has "
        "suggested that the aides were overpaid."
    )
    assert speaker_of(text, "the aides were overpaid") == "Harold Vell"


def test_an_indefinite_description_after_asked_about_a_name_stays_itself():
    text = "Asked about Harold Vell, a spokesman said that the aides were overpaid."
    assert speaker_of(text, "the aides were overpaid") == "a spokesman"
    text = (
        "He met Harold Vell, a lawyer, and a former state official who said that the "
        "aides were overpaid."
    )
    assert speaker_of(text, "the aides were overpaid") != "Harold Vell"


def test_several_newspapers_in_a_place_are_the_speaker_not_the_place():
    text = "Six Vell newspapers in New Jersey said that he was unfit to govern."
    assert speaker_of(text, "he was unfit to govern") == "Six Vell newspapers in New Jersey"


def test_they_after_two_names_that_said_something_in_a_what_clause_is_the_two():
    text = (
        "The video contradicted what Ann Vell and Tom Roe said about the incident.\n\n"
        "They had asserted that Roe never touched the reporter."
    )
    assert speaker_of(text, "Roe never touched the reporter") == "Ann Vell and Tom Roe"


def test_they_after_two_names_in_an_object_stays_the_group_subject():
    text = "Officials met Ann Vell and Tom Roe on Monday. They said the plan was dead."
    assert speaker_of(text, "the plan was dead") == "officials"


def test_they_in_a_relative_clause_is_the_progressives_subject():
    text = "Progressives tend to favor spending projects, which they argue spur demand."
    assert speaker_of(text, "spur demand") == "progressives"
