"""written21's rules (session 21), each on sentences written for the test:

* a one-word name followed by an apposition whose head is a kind of company ("Staylo,
  the largest of the rental platforms in the province, said", "Vantrel, a Halifax
  insurer, said") is an organisation, so a later "the company said" is it; a person's
  apposition that only mentions a company ("Oakes, a company director,") is not;
* "the executive" is a role noun (role_cues.txt): a person introduced as "a
  vice-president at ..." or "chief executive of ..." is "the executive" after;
* "announced his retirement" is an act, not speech (act_objects.txt), while
  "announced that his retirement would ..." stays speech;
* a relative clause on an asked or answered question tells which question ("asked his
  father a question that nobody could hear"): no speech.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows, speaker_of, speech_rows


def test_company_apposition_makes_a_one_word_name_an_organisation():
    t = (
        "Staylo, the largest of the rental platforms in the province, said in a statement "
        "that it supports registration rules. The company said a licence cap would push "
        "rentals underground."
    )
    assert speaker_of(t, "a licence cap would push rentals underground") == "Staylo"
    assert ("Staylo", "organization") in quote_rows(t, "speaker", "speaker_type")
    t = (
        "Vantrel, a Halifax insurer, said premiums would rise. The company said "
        "flood maps had changed."
    )
    assert speaker_of(t, "flood maps had changed") == "Vantrel"


def test_a_person_whose_apposition_mentions_a_company_stays_a_person():
    t = "Oakes, a company director, said she supports the rules."
    assert quote_rows(t, "speaker", "speaker_type") == [("Oakes", "person")]
    t = "Oakes, the founder of the firm, said she supports the rules."
    assert quote_rows(t, "speaker", "speaker_type") == [("Oakes", "person")]


def test_the_executive_is_the_vice_president_named_before():
    t = (
        "Kenneth Aldous, a vice-president at Harbourline Mutual, said the company had not "
        "cancelled any home policies.\n\n"
        "“I know how that sounds,” the executive said. “But it is a certainty.”"
    )
    assert speaker_of(t, "I know how that sounds") == "Kenneth Aldous"
    assert speaker_of(t, "But it is a certainty.") == "Kenneth Aldous"


def test_announced_his_retirement_is_no_speech():
    t = (
        "Marc Roy announced his retirement Monday at the team’s practice rink, ending "
        "a career that took him through five teams."
    )
    assert speech_rows(t) == []
    t = "Marc Roy announced that his retirement would begin in June."
    assert has_quote(t, "Roy", "his retirement would begin in June")


def test_a_question_with_a_relative_clause_is_no_speech():
    t = "Later, Roy’s son asked his father a question from the front row that nobody could hear."
    assert speech_rows(t) == []
    t = "Lee asked the minister a question that she refused to answer."
    assert speech_rows(t) == []
    t = "Lee asked the panel one question: who will pay for the new rink?"
    assert [c for _, c, _ in speech_rows(t)] == ["asked"]
    t = "Lee asked that the question be put to a vote."
    assert has_quote(t, "Lee", "the question be put to a vote")
