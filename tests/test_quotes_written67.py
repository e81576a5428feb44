"""w59's rules (session 29, the fiftyninth written batch), each checked on sentences
written for this file.

* A question-and-answer interview whose lead-in names its interviewee by surname alone
  ("The Gazette spoke with Lévesque-Roy about ...") gives the "A:" answers to the full
  name written before ("chair Priyanka Lévesque-Roy said") even when the given name is
  not a listed one (``transcripts._lead_in_surname_alone``), and a name's words may carry
  accented Latin letters (``transcripts._CAP_WORD``: "Lévesque"); the answers went to
  another full name with a listed given name ("Harlan Oduya").
* "Université Saint-Laurent ... The university said A": a French name that opens with its
  head noun (Université, Collège, Hôpital, Ministère, Syndicat, ...) is the organisation
  "the <head>" refers to (``org_nearest._FRENCH_ORG_HEADS``,
  ``analysis/resources/french_org_heads.txt``); the speaker stayed "the university".
* "The couple she mentioned, Tom and Ida Roe, were there": a cue inside a relative clause
  without "that" opening its sentence ("The", a lower-case noun that is no time noun, a
  pronoun subject, the cue, a comma) reports nothing (``idioms._contact_relative_comma``);
  the apposition and predicate after the comma were a row.
* "The Thunder Bay Ironjacks will move ..., the summer-collegiate baseball club said": a
  team description with lower-case modifiers ("the baseball club", "the junior hockey
  team") is the team named before, as "the club" / "the team" were
  (``teams.is_team_description``); the speaker stayed the description.
* "Marine biologist Tom Nakashima said A ... '"B," the scientist said'": a lower-case job
  title before a name that opens its sentence introduces the person as one of the role
  cues (resources/role_cues.txt: "biologist" for "the scientist"), as a preposed
  apposition with a comma did (``role_titles._OPENING_TITLE_RE``); the speaker stayed
  "the scientist".
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speech_rows


def _speakers(text, quote):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


_QA = (
    '"We have no stock," pharmacy chair Priyanka Lévesque-Roy said.\n\n'
    "A newspaper quoted the firm's owner, Harlan Oduya, as saying that supplies would "
    "return.\n\n"
    "The Gazette spoke with Lévesque-Roy about the shortage. The interview has been "
    "edited.\n\n"
    "Q: How are you coping?\n\n"
    "A: I call the wholesaler every morning and I order what I can.\n\n"
    "Q: Is anyone hoarding?\n\n"
    "A: No. We are only allowed small orders, so there is nothing to hoard."
)


def test_qa_answers_go_to_the_interviewee_the_lead_in_names_by_surname():
    quote = "I call the wholesaler every morning and I order what I can."
    assert _speakers(_QA, quote) == ["Priyanka Lévesque-Roy"]
    assert _speakers(
        _QA, "No. We are only allowed small orders, so there is nothing to hoard."
    ) == ["Priyanka Lévesque-Roy"]


def test_qa_answers_with_an_unlisted_given_name_and_a_plain_surname():
    text = _QA.replace("Lévesque-Roy", "Mbatha")
    assert _speakers(text, "I call the wholesaler every morning and I order what I can.") == [
        "Priyanka Mbatha"
    ]


def test_qa_lead_in_outlet_name_is_no_interviewee():
    # "The Gazette" before "spoke" is the outlet; "Press" after "Canadian" is no surname
    text = _QA.replace("The Gazette spoke with Lévesque-Roy", "The Canadian Press spoke with her")
    speakers = _speakers(text, "I call the wholesaler every morning and I order what I can.")
    assert speakers and "Canadian Press" not in speakers[0]


def test_french_university_name_is_the_university():
    text = (
        "About 900 teaching assistants at Université Saint-Laurent walked out Monday.\n\n"
        "The university said in a statement that it had made a fair offer. It said exams "
        "would go ahead."
    )
    assert _speakers(text, "it had made a fair offer") == ["Université Saint-Laurent"]
    assert _speakers(text, "exams would go ahead") == ["Université Saint-Laurent"]


def test_french_hospital_name_is_the_hospital():
    text = (
        "Nurses at Hôpital Sainte-Odile in Quebec City held a vigil Friday.\n\n"
        "The hospital said in a statement that no surgeries had been cancelled."
    )
    assert _speakers(text, "no surgeries had been cancelled") == ["Hôpital Sainte-Odile"]


def test_english_university_name_still_the_university():
    text = (
        "About 900 teaching assistants at Northgate University walked out Monday.\n\n"
        "The university said in a statement that it had made a fair offer."
    )
    assert _speakers(text, "it had made a fair offer") == ["Northgate University"]


def test_contact_relative_with_comma_is_no_speech():
    text = (
        "Ann Lee said her parents met at the rink. The couple she mentioned, Tom and Ida "
        "Roe, were in the stands on Friday."
    )
    assert not any(c == "mentioned" for _, c, _ in speech_rows(text))
    text = "Ann Lee spoke at length. The story she told, a tale of two ferries, sold out."
    assert not any(c == "told" for _, c, _ in speech_rows(text))


def test_time_noun_before_she_said_comma_still_speech():
    text = "Ann Lee lost her job in May. The day she said, we all cried at the news."
    assert ("Ann Lee", "said", "we all cried at the news") in speech_rows(text)


def test_modified_team_description_is_the_team_named_before():
    text = (
        "The Kelso Ridge Falcons will play their last season in Kelso next summer, the "
        "summer-collegiate baseball club said Friday."
    )
    quote = "The Kelso Ridge Falcons will play their last season in Kelso next summer"
    assert _speakers(text, quote) == ["Kelso Ridge Falcons"]
    text = (
        "The Harbourton Otters beat Moncton 4-2 on Friday. The junior hockey team said "
        "it would retire the captain's number."
    )
    assert _speakers(text, "it would retire the captain's number") == ["Harbourton Otters"]


def test_modified_club_without_a_team_named_stays_itself():
    text = "Ann Roe joined a golf club in May. The golf club said she had paid her dues."
    assert _speakers(text, "she had paid her dues") == ["The golf club"]


def test_title_before_name_introduces_the_role():
    text = (
        "Marine biologist Tom Nakashima said the signs of decline were real. He warned "
        "that the water was warming.\n\n"
        '"The lobster goes where the water suits it," the scientist said.'
    )
    assert _speakers(text, "The lobster goes where the water suits it") == ["Tom Nakashima"]


def test_title_before_name_needs_a_cue_of_the_role():
    text = (
        "Harbour master Tom Nakashima said the signs of decline were real.\n\n"
        '"The lobster goes where the water suits it," the scientist said.'
    )
    assert _speakers(text, "The lobster goes where the water suits it") == ["the scientist"]
