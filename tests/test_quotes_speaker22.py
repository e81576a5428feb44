"""Speaker rules of the speaker22 branch, on sentences written for these tests."""

from __future__ import annotations

from analysis.quotes.names import parse_person_name
from tests._quote_rows import quote_rows, speaker_of


def _speaker_with(text, words):
    """The speaker of the first row whose quote contains ``words``."""
    hits = [s for s, q in quote_rows(text, "speaker", "quote") if words in q]
    assert hits, quote_rows(text, "speaker", "quote")
    return hits[0]


def test_outlet_owner_after_the_is_left_out_of_the_name():
    # "The <Outlet>'s <Given> <Surname>": the outlet's person, not "Times Maria Lopez"
    text = "The Times’s Maria Lopez said the plan would fail."
    assert speaker_of(text, "the plan would fail") == "Maria Lopez"
    text = "The Globe's Peter Vance said the council would vote again."
    assert speaker_of(text, "the council would vote again") == "Peter Vance"
    assert parse_person_name("The Times’s Maria Lopez")[0] == ("Maria", "Lopez")
    assert parse_person_name("the Daily Vell’s Tom Harlow")[0] == ("Tom", "Harlow")


def test_possessive_inside_a_name_stays_without_an_owner_pattern():
    # no given name after the possessive: no owner ("Children's Hospital")
    assert parse_person_name("The Children's Hospital")[0] != ("Hospital",)
    assert parse_person_name("Mr. Roe")[0] == ("Roe",)


_FILLER = " The weather was cold and the roads were closed for most of the week." * 16


def test_office_noun_goes_to_the_subject_just_named_over_a_distant_titled_person():
    # "the senator" right after "Dunne defends ...": Dunne, not the senator titled
    # many paragraphs before
    text = (
        "Sen. John Hale toured the plant in March." + _FILLER + "\n\nMark Dunne defends "
        'his record in a new ad on local TV: "We cut taxes," the senator says.'
    )
    assert _speaker_with(text, "We cut taxes") == "Mark Dunne"
    text = (
        "Gov. Ann Price opened the fair." + _FILLER + "\n\nTom Reyes walked into the hall "
        'to loud cheers. "We will win this," the governor said.'
    )
    assert _speaker_with(text, "We will win this") == "Tom Reyes"


def test_office_noun_keeps_the_titled_person_when_named_close_or_another_person_between():
    text = 'Sen. John Hale spoke first. Mark Dunne nodded. "We cut taxes," the senator said.'
    assert _speaker_with(text, "We cut taxes") == "John Hale"
    text = (
        "Sen. John Hale toured the plant." + _FILLER + "\n\nMark Dunne met Tom Reyes on "
        'Monday. "We cut taxes," the senator said.'
    )
    assert _speaker_with(text, "We cut taxes") == "John Hale"


def test_office_noun_with_a_modifier_keeps_the_titled_person():
    # "the Mexican president" is the president titled so, not the subject just named
    text = (
        "President Luis Ortega met the visitors in March." + _FILLER + "\n\nIn the capital, "
        "Mark Dunne endured a lecture from the Mexican president, who said that trade "
        "had been good for both countries."
    )
    assert _speaker_with(text, "trade had been good for both countries") == "Luis Ortega"


def test_plural_possessive_owner_is_left_out_of_the_name():
    # "Reuters' Tom Lee", "The Times' Maria Lopez": the outlet's person
    assert speaker_of('"It will close," Reuters\' Tom Lee said.', "It will close") == "Tom Lee"
    text = "The Times' Maria Lopez said the bridge would close."
    assert speaker_of(text, "the bridge would close") == "Maria Lopez"
    text = "CTV News’ Anna Roe said the bridge would close."
    assert speaker_of(text, "the bridge would close") == "Anna Roe"
    assert parse_person_name("Reuters' Tom Lee")[0] == ("Tom", "Lee")
    # no apostrophe: the words stay ("Chris Jones")
    assert parse_person_name("Chris Jones")[0] == ("Chris", "Jones")


def test_relative_known_by_a_given_name_takes_the_possessed_surname():
    # "Dale's wife, Marta," -> Marta Dale, as speaker of her words and of "she"
    text = "Tom Dale spoke on Monday. Dale's wife, Marta, said the town would grow."
    assert speaker_of(text, "the town would grow") == "Marta Dale"
    text = (
        "Tom Dale spoke on Monday. Dale’s wife, Marta, spoke on Tuesday. "
        "She said the town would grow."
    )
    assert speaker_of(text, "the town would grow") == "Marta Dale"


def test_relative_given_name_needs_a_named_person_with_that_surname():
    # no full name with the surname "Dale": the given name stays
    text = "Dale's wife, Marta, said the town would grow."
    assert speaker_of(text, "the town would grow") == "Marta"


def test_headline_lead_words_before_a_surname_do_not_hide_the_full_name():
    # the headline's "Republican Donor Vance" is no full name: "Vance" is Peter Vance
    text = (
        "Republican Donor Vance and Lee May be Aligning on Trade.\n\n"
        "Top party donor Peter Vance met the candidates on Friday. The donor was pleased. "
        "Vance said he liked the candidates."
    )
    assert speaker_of(text, "he liked the candidates") == "Peter Vance"
    text = (
        "Liberal Oscar-winner Dunne not sure about the race.\n\n"
        'Actress Mara Dunne is not sure she can vote. "They are passionate," Dunne told a '
        "radio station."
    )
    assert speaker_of(text, "They are passionate") == "Mara Dunne"


def test_two_full_names_with_one_surname_stay_apart():
    text = (
        "Jeb Dale spoke first. George Dale spoke next. George Dale spoke again. "
        "Dale said the vote was close."
    )
    assert speaker_of(text, "the vote was close") == "George Dale"


def test_sentence_opener_before_a_surname_takes_the_full_name():
    # "Even Rendell said" after "Ed Rendell": Ed Rendell, not "Rendell"
    text = (
        '"Roads cost money," said Ed Nolet, a former governor. Even Nolet said the plan would fail.'
    )
    assert speaker_of(text, "the plan would fail") == "Ed Nolet"
    assert speaker_of("Even Nolet said the plan would fail.", "the plan would fail") == "Nolet"


def test_s_apostrophe_possessive_is_indexed_under_the_surname():
    # "Todd Starnes' podcast" names Todd Starnes: a later "Starnes" is he
    text = "Carson spoke on Todd Starnes' podcast. Starnes said the plan would fail."
    assert speaker_of(text, "the plan would fail") == "Todd Starnes"
