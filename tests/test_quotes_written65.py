"""w57's rules (session 28, the fiftyseventh written batch), each checked on sentences
written for this file.

* "One of the growers, 52-year-old Tom Reid, a beekeeper from Golden, B.C., said A": a
  province's or state's abbreviation after a town in an apposition ("B.C.", "N.B.") is a
  place, never the speaker's name (apposed_speakers).
* "Chief Norma Quayle-Benn said A. ... The chief was unmoved by that argument. '"B," she
  said'": "The <title word>" opening a sentence and "the <title word> was" are the
  subject a "he"/"she" continues, as "the admiral chuckled" was (titles).
* "A lawyer who was not involved in the case, Ann Roe of Halifax, said A. '"B," she
  said'": a name set off by commas right before the cue, after a description's "who"
  clause, is the description's name (not a name inside the clause), so "she" is Ann Roe,
  not "a lawyer" (pronouns._inside_who_clause).
* "The league, in which the team has played since 1995, issued a statement saying A": a
  relative clause opened by a preposition and "which"/"whom" is skipped like a "which"
  clause, so the speaker is the league, not "a statement" (nonspeech).
* "Ann Lee, 61, was found by a neighbour near the barn, said Tom Vale, the fire chief.":
  a comma segment before the cue that opens with an auxiliary ("was", "had") is a
  predicate, so the name before it is no apposition speaker; the clause is the content
  and the speaker follows "said" (apposed_speakers).
* "said Colm Reinholt, manager of Glacier Valley Public Safety's rescue team. ... the
  manager said": a name after "of" followed by a possessive "'s" owns the unit the title
  is of; it is never the person titled so (titles._title_possessor_after).
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers(text, quote):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_dotted_province_after_town_is_not_the_speaker():
    text = (
        "One of the growers, 52-year-old Tom Reid, a beekeeper from Golden, B.C., said "
        "the hives had come through the winter."
    )
    assert _speakers(text, "the hives had come through the winter") == ["Tom Reid"]


def test_dotted_province_after_town_with_maritime_abbreviation():
    text = (
        "Among the buyers, 40-year-old Lena Voss, a baker from Sackville, N.B., said "
        "flour had cost her twice as much this year."
    )
    assert _speakers(text, "flour had cost her twice as much this year") == ["Lena Voss"]


def test_the_title_word_was_subject_is_the_titled_person():
    text = (
        "Chief Norma Quayle-Benn said the ruling was a good day.\n\n"
        'Mayor Ann Roe said the delay would cost jobs. "What do I tell them?" the mayor said.\n\n'
        "The chief was unmoved by that argument.\n\n"
        '"We have waited long enough," she said.'
    )
    assert _speakers(text, "We have waited long enough") == ["Norma Quayle-Benn"]


def test_capitalised_the_title_word_verb_opens_the_sentence():
    text = (
        "Owner Dana Pirelli-Vance said the club had lost money.\n\n"
        "Mayor Ann Roe said the city had offered help.\n\n"
        "The owner laughed at that.\n\n"
        '"Help with what?" she said.'
    )
    assert _speakers(text, "Help with what?") == ["Dana Pirelli-Vance"]


def test_name_apposed_after_who_clause_is_the_antecedent():
    text = (
        "A tax lawyer who was not involved in the appeal, Ines Halloway of Regina, said "
        "the decision was narrow.\n\n"
        '"It changes very little for most people," she said.'
    )
    assert _speakers(text, "It changes very little for most people") == ["Ines Halloway"]


def test_name_inside_who_clause_is_still_no_antecedent():
    text = (
        "A charge nurse who worked beside Ines Halloway for three years read a statement.\n\n"
        '"She never missed a shift," she said.'
    )
    assert _speakers(text, "She never missed a shift") == ["a charge nurse"]


def test_issued_a_statement_after_in_which_clause_is_the_subject():
    text = (
        "The Tamarack Curling Association, of which the club is a founding member, issued "
        "a statement saying the bonspiel was cancelled."
    )
    assert _speakers(text, "the bonspiel was cancelled") == ["the Tamarack Curling Association"]


def test_issued_a_statement_after_in_which_clause_with_in():
    text = (
        "The Prairie Softball League, in which the Hawks have played since 1988, issued a "
        "statement saying its board had approved the sale."
    )
    assert _speakers(text, "its board had approved the sale") == ["the Prairie Softball League"]


def test_name_age_predicate_then_said_name_is_content_before():
    text = "Ann Lee, 61, was found by a neighbour near the barn, said Tom Vale, the fire chief."
    assert _speakers(text, "Ann Lee, 61, was found by a neighbour near the barn") == ["Tom Vale"]


def test_name_age_description_then_said_is_still_an_apposition():
    text = "Ann Lee, 61, a nurse from Unity, said the ward was full."
    assert _speakers(text, "the ward was full") == ["Ann Lee"]


def test_the_manager_is_not_the_agency_whose_team_he_manages():
    text = (
        "The climber was found alive, said Colm Reinholt, manager of Glacier Valley "
        "Public Safety's rescue team.\n\n"
        '"We were ready for anything," the manager said.'
    )
    assert _speakers(text, "We were ready for anything") == ["Colm Reinholt"]
