"""written22's rules (session 21), each on sentences written for the test:

* "written" right after a determiner and a noun ("on the date written beside her
  signature") is a participle that describes the noun, not a cue: it neither reports
  speech nor cuts the content of an earlier "said" short;
* "The <description>, a/an <description>, said" has the definite first noun phrase as
  its subject ("The 39-year-old, a former pilot, said" is the 39-year-old, resolved to
  the person the article described so), not the indefinite apposition;
* "Her husband, Walter," takes the family name of the nearest clause subject of the
  pronoun's gender ("Roe said she had never met Ann Lee. ... Her husband, Walter," ->
  Walter Roe), not of a woman named only inside that subject's speech;
* "house leader" / "floor leader" is an office of its own: "the leader" is not the
  house leader, and "the house leader" is not the party leader;
* "as <word> as X suggests" is a comparison, not speech ("as plentiful as the paper
  suggests"); "as many as 40 of them say" (a quantity) stays speech.
"""

from __future__ import annotations

from tests._quote_rows import speech_rows


def test_written_after_a_noun_is_no_cue_and_does_not_cut_the_content():
    text = (
        "Dana Pruitt said she had never met the candidate and had been in Portugal on "
        "the day written beside her name."
    )
    assert speech_rows(text) == [
        (
            "Dana Pruitt",
            "said",
            "she had never met the candidate and had been in Portugal on the day "
            "written beside her name",
        )
    ]


def test_written_after_an_auxiliary_stays_a_cue():
    rows = speech_rows(
        "The chief said the plan was late, and the mayor has written that it failed."
    )
    assert ("the mayor", "written", "it failed") in rows
    text = "A letter written by the chief said the board had erred."
    assert [r[2] for r in speech_rows(text)] == ["the board had erred"]


def test_definite_subject_before_an_indefinite_apposition_is_the_speaker():
    text = (
        "Astronaut Mireille Gagnon said the results mattered.\n\n"
        "The 41-year-old, a former test pilot, said she had toured the lab in 2022.\n\n"
        '"My initials are on it," she said.'
    )
    rows = speech_rows(text)
    assert [r[0] for r in rows][1:] == ["Astronaut Mireille Gagnon"] * 2


def test_name_first_apposition_unchanged():
    rows = speech_rows("Mireille Gagnon, a former test pilot, said the lab was cold.")
    assert rows == [("Mireille Gagnon", "said", "the lab was cold")]


def test_kin_takes_the_family_name_of_the_last_subject_not_a_name_in_her_speech():
    text = (
        "The complaint came from Lorna Bexley, a retired nurse. Bexley said she had never "
        "met Carol Whitfield.\n\n"
        '"That is not my signature," the 70-year-old said.\n\n'
        "Her husband, Gerald, said his name was on the list too."
    )
    rows = speech_rows(text)
    assert rows[-1] == ("Gerald Bexley", "said", "his name was on the list too")


def test_kin_after_a_plain_narrative_sentence_still_named():
    text = "Marta Osgood lost her barn in the storm.\n\nHer husband, Len, said the insurer never called."
    assert speech_rows(text) == [("Len Osgood", "said", "the insurer never called")]


def test_the_leader_is_not_the_house_leader():
    text = (
        "Liberal Leader Arlen Foss spoke to reporters.\n\n"
        "Green house leader Petra Sandoval said the government was stalling.\n\n"
        '"I spoke with the candidate last night," Foss said.\n\n'
        "The leader then said he had to get to a meeting.\n\n"
        '"They are stalling," the house leader said.'
    )
    rows = speech_rows(text)
    assert rows[2] == ("Arlen Foss", "said", "he had to get to a meeting")
    assert rows[3] == ("Petra Sandoval", "said", "They are stalling")


def test_house_speaker_is_still_the_speaker():
    text = 'House Speaker Ann Lee met the press.\n\n"We will vote," the speaker said.'
    assert speech_rows(text) == [("Ann Lee", "said", "We will vote")]


def test_as_adjective_as_a_cue_is_a_comparison():
    assert speech_rows("Few are sure the gravel is as deep as the survey suggests.") == []


def test_as_many_as_a_number_still_speaks():
    rows = speech_rows("As many as 40 of them say they will leave the town.")
    assert [r[2] for r in rows] == ["they will leave the town"]
