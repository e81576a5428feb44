"""Rows that changed on real releases when the session-12 branches were merged, each
restated in sentences written for the test (names and places are fictional): a
party-and-home apposition ("R-Millbrook") is no speaker, a reporting verb inside a
list of acts ("builds, maintains, and repairs") is no speech, and "and ..." after a
parenthetical frame continues the speech only when it holds a clause."""

import pandas as pd

import analysis


def rows(text):
    q = analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return [(r.speaker, r.quote) for r in q.itertuples()]


def test_party_and_home_apposition_is_not_the_speaker():
    text = (
        "The bill puts families first, state Sen. Orla Penhallow, R-Millbrook said, "
        "and the savings will be felt in every county."
    )
    got = rows(text)
    assert got and all(spk == "Orla Penhallow" for spk, _ in got)
    assert got[-1][1] == "and the savings will be felt in every county"


def test_party_apposition_with_closing_comma():
    text = "The plan is reckless, Rep. Bram Ostrowe, D-Kellner, said on Tuesday."
    assert [spk for spk, _ in rows(text)] == ["Bram Ostrowe"]


def test_reporting_verb_in_a_list_of_acts_is_no_speech():
    text = (
        "Quillfeather Tooling, based in Marrow Bay, Ontario, designs, builds, maintains, "
        "and repairs steel dies for carmakers."
    )
    assert rows(text) == []


def test_reporting_verb_before_and_with_an_object_still_speaks():
    # a cue followed by ", and" that is no list of single verbs stays a cue
    text = "The mayor, Ines Dolabra, maintains that the bridge is safe, and engineers agree."
    assert rows(text)[0][0] == "Ines Dolabra"


def test_and_plus_noun_phrase_after_a_parenthetical_is_no_continuation():
    text = (
        "Within 30 days, clinics must report back on their waiting lists, including "
        "staffing, intake and reporting, and other routine duties."
    )
    assert all(not q.startswith("and other") for _, q in rows(text))


def test_gerund_noun_in_a_list_is_no_cue():
    text = "Staff handle intake and reporting, and other routine duties, the manual says."
    assert all(q != "and other routine duties" for _, q in rows(text))


def test_and_plus_clause_after_a_parenthetical_still_continues():
    text = (
        "The ferry was never meant for winter, Ilse Varnum said, and the town had waited "
        "years for a larger boat."
    )
    assert rows(text) == [
        ("Ilse Varnum", "The ferry was never meant for winter"),
        ("Ilse Varnum", "and the town had waited years for a larger boat"),
    ]


def test_lowercase_role_before_a_name_after_an_inverted_cue():
    # no quotation marks: "..., said <role words> <Full Name>." ends the sentence
    for role in ("fire chief", "harbourmaster", "harbour master"):
        text = f"The ferry was never meant for winter, said {role} Ilse Varnum."
        assert rows(text) == [("Ilse Varnum", "The ferry was never meant for winter")]


def test_lowercase_role_before_a_name_before_the_cue_is_no_content():
    for role in ("fire chief", "harbour master"):
        text = f"The ferry was never meant for winter, {role} Ilse Varnum said."
        assert rows(text) == [("Ilse Varnum", "The ferry was never meant for winter")]


def test_inverted_cue_after_a_clause_still_needs_the_name_to_end_it():
    assert rows("He waved, said goodbye to Ilse Varnum and left.") == []


def test_office_or_outlet_words_before_a_full_name_are_not_the_name():
    text = (
        "Director of the Office of Harbour Safety Policy Michael Tarrow spoke on Monday.\n\n"
        "“The ferry was never meant for winter,” Director Tarrow said."
    )
    assert rows(text) == [("Michael Tarrow", "The ferry was never meant for winter")]


def test_outlet_possessive_before_a_name_is_dropped():
    text = "Maple Valley Radio’s Dana Whitlock said the ferry was late again."
    assert rows(text) == [("Dana Whitlock", "the ferry was late again")]


def test_person_asked_answers_after_a_long_subject_and_a_no_break_space():
    text = (
        "Senator Bram Sandor released his plan.\n\n"
        "Last month, The Daily Ledger’s Tom Kyle asked Sandor\u00a0whether questions about "
        "his health were fair game.\n\n"
        "“Sure it is. I am very thankful,” he said."
    )
    assert rows(text)[-1] == ("Bram Sandor", "Sure it is. I am very thankful")
