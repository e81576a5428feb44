"""left26's rules (session 21), each on sentences written for the test:

* "the company" / "the firm" is the organisation the article introduced as a company
  without a legal form in its name ("landlord Ashbury Residential", "the company,
  Ashbury Residential,", "Ashbury Residential, which owns the buildings,");
* "..., and the company that owns the buildings says" reads the clause's subject, not
  the relative's object (as at the sentence's opening);
* "the city's transit agency said": unlisted noun modifiers after a determiner or a
  possessive stay in the speaker's phrase;
* 'remembers her as “...”', 'described him as “...”' are labels of the subject;
* "added an assist, and the crowd of 10,500 ..." and "wrote the first line of her
  novel" are acts, not speech;
* a cue inside a relative on the opening subject ("The hacker who revealed that A was
  sentenced") has content up to the sentence's own verb.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speaker_of, speech_rows


def test_the_company_is_an_organisation_introduced_as_one_without_a_legal_form():
    t = (
        "Tenants say the heat has been off for weeks. Their landlord Pellham Homes has "
        "not fixed the boilers.\n\n“Repairs are under way,” the company said in an email."
    )
    assert speaker_of(t, "Repairs are under way") == "Pellham Homes"
    t = (
        "The heat is off. The company, Pellham Homes, has owned the towers since 2019.\n\n"
        "“Repairs are under way,” the firm said."
    )
    assert speaker_of(t, "Repairs are under way") == "Pellham Homes"
    t = (
        "The heat is off. Pellham Homes, which owns the towers, did not respond.\n\n"
        "“Repairs are under way,” the company said."
    )
    assert speaker_of(t, "Repairs are under way") == "Pellham Homes"
    t = "Concert promoter Bright Hollow Live cancelled the show.\n\n“We regret it deeply,” the company said."
    assert speaker_of(t, "We regret it deeply") == "Bright Hollow Live"


def test_the_company_stays_a_description_for_a_person():
    t = "Developer Tom Vale bought the lot.\n\n“We will build soon,” the company said."
    assert speaker_of(t, "We will build soon") == "the company"


def test_a_subject_relative_after_and_reads_the_clause_subject():
    t = "Drivers walked out Monday, and the company that owns the buses says service will resume."
    assert speech_rows(t) == [("the company", "says", "service will resume")]
    t = "Drivers walked out Monday, but the woman who runs the depot said service would resume."
    assert speech_rows(t) == [("the woman", "said", "service would resume")]
    t = "Drivers walked out, and workers who saw the crash said the driver braked."
    assert speech_rows(t) == [("workers", "said", "the driver braked")]


def test_unlisted_modifiers_after_a_possessive_stay_in_the_speaker_phrase():
    t = "Fares will rise in March, the city's transit agency said Tuesday."
    assert speech_rows(t) == [("the city's transit agency", "said", "Fares will rise in March")]
    t = "Fares will rise in March, the town’s water agency said."
    assert speech_rows(t) == [("the town’s water agency", "said", "Fares will rise in March")]


def test_a_label_after_remember_or_describe_as_is_the_subjects():
    t = "Ann Roe died in May. Her sister remembers her as “the kindest person in town.”"
    assert quote_rows(t, "speaker", "quote") == [("Her sister", "the kindest person in town.")]
    t = "Tom Vale described the budget as “a disaster for renters” and left."
    assert quote_rows(t, "speaker", "quote") == [("Tom Vale", "a disaster for renters")]


def test_a_passive_description_is_no_label():
    assert speech_rows("He was described as “a quiet, careful man.”") == []
    assert speech_rows("She is best remembered as “the voice of the valley.”") == []


def test_sports_points_and_lines_of_a_novel_are_acts():
    assert speech_rows("Tom Vale added an assist, and the crowd of 10,500 had gone quiet.") == []
    assert speech_rows("Ann Brophy wrote the first line of her new novel on a bus ticket.") == []
    assert speech_rows("Ann Brophy wrote the opening chapter in a cafe.") == []
    t = "Lee added that the crowd of 10,500 had gone quiet."
    assert speech_rows(t) == [("Lee", "added", "the crowd of 10,500 had gone quiet")]


def test_content_in_a_relative_on_the_opening_subject_stops_at_the_main_verb():
    t = "The hacker who revealed that the bank had been breached was sentenced Tuesday."
    assert speech_rows(t) == [("The hacker", "revealed", "the bank had been breached")]
    t = "The engineer who warned that the bridge was unsafe said Monday she had been ignored."
    assert speech_rows(t) == [
        ("The engineer", "warned", "the bridge was unsafe"),
        ("The engineer", "said", "she had been ignored"),
    ]
    t = "The aide who said the plan would fail has resigned."
    assert speech_rows(t) == [("the aide", "said", "the plan would fail")]


def test_an_agency_in_the_lede_is_the_one_named_in_the_next_paragraph():
    t = (
        "Eleven people were hurt when a train left the track, the city's transit agency "
        "said.\n\nThe Port Lake Transit Commission, which runs the line, closed two stations."
    )
    assert speech_rows(t) == [
        (
            "Port Lake Transit Commission",
            "said",
            "Eleven people were hurt when a train left the track",
        )
    ]


def test_a_description_later_in_the_article_is_not_read_forward():
    t = (
        "Police closed the road.\n\nRiders waited for hours.\n\n"
        "Service will resume Friday, the agency said.\n\n"
        "The Port Lake Transit Commission, which runs the line, closed two stations."
    )
    assert speech_rows(t) == [("the agency", "said", "Service will resume Friday")]
    t = (
        "Service will resume Friday, the company said.\n\n"
        "Analysts at the Harbour Research Group expect delays."
    )
    assert speech_rows(t) == [("the company", "said", "Service will resume Friday")]


def test_a_description_with_its_own_determiner_keeps_the_phrase_short():
    t = "She asked supervisors to name it, a request the board said it would consider."
    assert ("the board", "said", "it would consider") in speech_rows(t)


def test_an_ordinal_kin_noun_gives_the_child_the_family_name():
    t = "Olga Marchuk died Sunday at 88.\n\nHer youngest, Bohdan, said she never missed a dinner."
    assert speech_rows(t) == [("Bohdan Marchuk", "said", "she never missed a dinner")]
    t = "Olga Marchuk died Sunday at 88.\n\n“She never missed a dinner,” her eldest, Bohdan, said."
    assert speech_rows(t) == [("Bohdan Marchuk", "said", "She never missed a dinner")]
    t = "Olga Marchuk died Sunday.\n\nHis youngest son, Bohdan, said she never missed a dinner."
    assert speech_rows(t) == [("Bohdan", "said", "she never missed a dinner")]  # no man named


def test_a_fronted_for_phrase_makes_its_person_the_topic_of_he():
    t = (
        "Harvik Sandhu was on the second car when it tipped.\n\n"
        "Tomás Reyes, the lead investigator, told reporters that his team would examine the "
        "wheels. He said a report could take weeks.\n\n"
        "For riders like Sandhu, the cause matters less than the commute. He would take the "
        "bus for a while, he said."
    )
    assert speaker_of(t, "He would take the bus for a while") == "Harvik Sandhu"
    t = (
        "Ann Sandhu was on the second car when it tipped.\n\n"
        "Tom Reyes, the lead investigator, told reporters that his team would examine the "
        "wheels.\n\nFor riders like Sandhu, the cause matters less. He would wait, he said."
    )
    assert speaker_of(t, "He would wait") == "Tom Reyes"  # (Sandhu is a woman)


def test_the_agency_may_be_named_two_paragraphs_later():
    t = (
        "Eleven people were hurt when a train left the track, the city's transit agency "
        "said.\n\nNone of the injuries was serious.\n\n"
        "The Port Lake Transit Commission closed two stations."
    )
    assert speech_rows(t)[0][0] == "Port Lake Transit Commission"


def test_no_cut_past_a_verb_the_rule_does_not_read():
    t = "The hacker who revealed that the company cheated customers was sentenced Tuesday."
    assert speech_rows(t) == [("The hacker", "revealed", "the company cheated customers")]
    t = "A majority of those who said their top issue was jobs backed Lee, but that group was small."
    got = speech_rows(t)
    assert got and got[0][2].endswith("that group was small")  # (no cut at "was")
