"""bug80's rules (session 42, the largest remaining PolNeAR train speaker errors), each
checked on sentences written for this file.

* "said Marla Quenby, a Dorset lawyer and an influential Liberal member who said she
  would not vote": a second indefinite description coordinated with a first one (its
  own "a"/"an"; the first may hold a capitalised place or party word) in apposition to
  a full name, carrying a relative "who" with the cue, is that person
  (``appositions._APPOSED_WHO_RE``, ``appositions._resolve_apposed_who``); the row
  kept the description as its speaker. A description that is no apposition of a name
  ("spoke to the farmers and an influential member who said") keeps its reading.
* "the memoirs of a former Ruritanian spy chief who wrote that A" / "the workings of
  the Dellmar Development Bank, which says A": a relative "who"/"which" after an "of"
  / "from" phrase whose head is no speaker noun (no person, role, title, group,
  organisation or share word) is the object's, when the object can speak (a person
  or role noun for "who", a capitalised name for either)
  (``relative_of_objects.of_object_span``, asked by ``coref.resolve`` and
  ``coref._resolve_relative``); the row kept the whole phrase. A head that speaks or
  counts people ("the families of the victims, who", "the number of voters who")
  keeps its reading.
* "the leader sat with council chair Ann Verloe, who a week ago surprised Harrow by
  declaring she could not support his plan": an -ing cue after a preposition ("by",
  "after", ...) inside a ", who" relative clause that runs on to it (no comma, dash,
  quotation or clause opener between) is the relative's: its speaker is the "who",
  resolved like ", who said" (``relative_gerunds.relative_who_before``, asked by
  ``subjects._ing_speaker``); it was the sentence subject. A relative closed by a
  comma before the verb ("Ann Verloe, who chairs the board, surprised everyone by
  declaring") and a gerund with no relative keep the sentence subject.
"""

from __future__ import annotations

from analysis.quotes.lexicon import lexicon
from analysis.quotes.relative_of_objects import of_object_span
from tests._quote_rows import speaker_of

# ------------------------------- "NAME, a Dorset lawyer and an influential member who said"


def test_second_coordinated_description_with_article_is_the_name():
    t = (
        "''We are not sure about this,'' said Marla Quenby, a Dorset lawyer and an "
        "influential Liberal member who said she would not vote for Mr. Harrow."
    )
    assert speaker_of(t, "she would not vote for Mr. Harrow") == "Marla Quenby"


def test_second_description_with_a_after_lower_case_first_one():
    t = (
        "The council heard from Tomas Vell, a retired farmer and a former mayor who said "
        "the bridge would have to close."
    )
    assert speaker_of(t, "the bridge would have to close") == "Tomas Vell"


def test_old_reading_without_article_still_holds():
    t = "He met Al Roe, a banker and former state official who said taxes would rise."
    assert speaker_of(t, "taxes would rise") == "Al Roe"


def test_description_without_apposed_name_keeps_its_reading():
    t = (
        "Tomas Vell spoke to the Sarnet farmers and an influential Liberal member who said "
        "the road would close."
    )
    assert speaker_of(t, "the road would close") == "an influential Liberal member"


# ------------------------------- "the memoirs of a spy chief who wrote", "the workings of X, which"


def test_who_after_memoirs_of_a_person_is_that_person():
    t = (
        "Analysts have been quoting a passage from the memoirs of a former Ruritanian spy "
        "chief who wrote that forged letters were often mixed with real ones."
    )
    assert speaker_of(t, "forged letters were often mixed with real ones") == (
        "a former Ruritanian spy chief"
    )


def test_which_after_workings_of_a_named_bank_is_the_bank():
    t = (
        "The deal offers insight into the workings of the Dellmar Development Bank, which "
        "says it cannot repay the bonds."
    )
    assert speaker_of(t, "it cannot repay the bonds") == "the Dellmar Development Bank"


def test_who_after_a_comma_is_the_object_too():
    t = (
        "Critics cite the memoirs of a former Ruritanian spy chief, who wrote that forged "
        "letters were common."
    )
    assert speaker_of(t, "forged letters were common") == "a former Ruritanian spy chief"


def test_speaking_or_counting_heads_keep_the_phrase():
    lex = lexicon()
    for t in (
        "The families of the victims, who said the road should close, met the mayor.",
        "The number of voters who say the road should close has grown.",
        "A spokesman for the Dellmar Bank, who said the road should close, left.",
        "The memoirs of the war, which say the road was closed, sold well.",
    ):
        at = t.index(",") if ", who" in t or ", which" in t else t.index(" who")
        assert of_object_span(t, 0, at, lex) is None, t


def test_families_of_victims_keep_their_row():
    t = "The mayor met the families of the victims, who said the road should close."
    assert speaker_of(t, "the road should close") == "the families of the victims"


# ------------------------------------------- "NAME, who surprised him by declaring"


def test_gerund_inside_who_relative_is_the_relatives():
    t = (
        "For an hour, the Liberal leader sat face to face with council chair Ann Verloe, "
        "who just a week ago surprised Harrow by declaring she could not yet support his plan."
    )
    assert speaker_of(t, "she could not yet support his plan") == "Ann Verloe"


def test_relative_closed_before_the_verb_keeps_the_subject():
    t = (
        "The mayor met Ann Verloe, who chairs the board, and surprised everyone by declaring "
        "he could not support the plan."
    )
    assert speaker_of(t, "he could not support the plan") == "The mayor"


def test_gerund_without_relative_keeps_the_subject():
    t = "The mayor angered Ann Verloe by declaring he could not support the plan."
    assert speaker_of(t, "he could not support the plan") == "The mayor"


def test_main_clause_cue_after_a_closed_relative_keeps_the_phrase():
    t = "A co-worker of the clerk, who spoke on condition of anonymity, said the files were lost."
    assert speaker_of(t, "the files were lost") != "the clerk"
