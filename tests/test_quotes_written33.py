"""written25's rules (session 22), each on sentences written for the test:

* "the elder/younger <Surname>" opening its clause (or after a lead phrase and a comma)
  is a clause subject: a later "he said" and a later "His son, Luc," go to that family;
* "his father" / "her mother" said after "His son, Luc," / "Her daughter, Mia," is the
  parent the article introduced the child by (the last person quoted is the child);
"""

from __future__ import annotations

from tests._quote_rows import quote_rows

FAMILY = (
    "Paul Tremblay has driven a bus for 30 years, and his son drives one too. On "
    "Monday, both heard that the depot would close.\n\n"
    "The depot manager, Omar Haddad, read the notice. He said the company would pay "
    "severance.\n\n"
    "The elder Tremblay, 58, said he had expected the news since spring.\n\n"
    '"My father drove here," he said.\n\n'
    "His son, Luc, 29, said he and his wife had just bought a house.\n\n"
    "His father said he was too old to start again.\n\n"
    "The union president, Carl Nadeau, said the union would ask for early retirement.\n\n"
    "Asked what he would tell his grandson, the elder Tremblay took a long time to "
    "answer.\n\n"
    '"I will tell him his grandpa drove a bus," he said.'
)


def _speakers(text):
    return {q: s for s, q in quote_rows(text, "speaker", "quote")}


def test_the_elder_surname_is_a_subject_for_kin_and_pronouns():
    got = _speakers(FAMILY)
    assert got["he and his wife had just bought a house"] == "Luc Tremblay"
    assert got["I will tell him his grandpa drove a bus"] == "Paul Tremblay"


def test_his_father_after_his_son_is_the_parent():
    got = _speakers(FAMILY)
    assert got["he was too old to start again"] == "Paul Tremblay"


def test_his_father_without_a_child_introduced_stays_a_description():
    text = (
        "Luc Tremblay, 29, said he had bought a house.\n\n"
        "His father said he was too old to start again."
    )
    assert _speakers(text)["he was too old to start again"] != "Luc Tremblay"


def test_the_elder_in_mid_clause_is_no_subject():
    text = (
        "Paul Tremblay and Omar Haddad met on Monday. Haddad said he liked the elder "
        'Tremblay a great deal.\n\n"We go back years," he said.'
    )
    assert _speakers(text)["We go back years"] == "Omar Haddad"


def test_according_to_a_norm_after_the_verb_is_no_source():
    text = (
        "Ron Baker said the mill would pay severance according to the collective "
        "agreement and would hire counsellors. The agency said the samples were shipped "
        "according to international standards."
    )
    rows = quote_rows(text, "speaker", "cue", "quote")
    assert [r for r in rows if r[1] == "according to"] == []
    assert rows[0][0] == "Ron Baker"


def test_according_to_a_document_after_a_comma_stays_a_source():
    text = "Each worker will get $5,000, according to the agreement."
    assert quote_rows(text, "speaker", "cue") == [("the agreement", "according to")]


def test_according_to_an_organisation_without_a_comma_stays_a_source():
    text = "Prices rose 4 per cent according to Statistics Canada."
    assert quote_rows(text, "speaker", "cue") == [("Statistics Canada", "according to")]


def test_the_centres_statement_is_the_centre_named_before():
    text = (
        "The Halifax Regional Health Centre said on Wednesday that the clinic would "
        "close. The centre said the move was temporary.\n\n"
        '"Patients will be called," the centre\'s statement said.'
    )
    got = _speakers(text)
    assert got["the move was temporary"] == "Halifax Regional Health Centre"
    assert got["Patients will be called"] == "Halifax Regional Health Centre"


def test_the_company_after_a_name_described_as_a_company():
    text = (
        "Northern Tern Shipping, a Montreal-based company that runs six voyages a year, "
        "said in a statement that its ships slowed near towns. The company said it would "
        "welcome a meeting."
    )
    assert _speakers(text)["it would welcome a meeting"] == "Northern Tern Shipping"


def test_the_company_after_a_name_described_otherwise_stays():
    text = (
        "Northern Tern Shipping, a name few people know, was sold in May. The company "
        "said it would welcome a meeting."
    )
    assert _speakers(text)["it would welcome a meeting"] == "the company"


def test_she_gave_her_name_as_names_the_speaker_and_her_later_she():
    text = (
        "The last word went to a woman of about 80 who had waited at the microphone. She "
        "gave her name as Edith and said she had taken the boat every week.\n\n"
        '"I was never the only one on it," she said.'
    )
    got = _speakers(text)
    assert got["she had taken the boat every week"] == "Edith"
    assert got["I was never the only one on it"] == "Edith"


def test_she_gave_a_speech_is_no_name():
    text = "Ann Roe spoke first. She gave her speech and said taxes would fall."
    assert _speakers(text)["taxes would fall"] == "Ann Roe"


def test_told_the_room_that_skips_the_listener():
    rows = quote_rows("Jo Roe told the room that she would stay.", "speaker", "quote")
    assert rows == [("Jo Roe", "she would stay")]


def test_the_release_said_is_the_company_that_announced_in_a_news_release():
    text = (
        "Harwood Timber Products announced the closure in a news release on Monday. The "
        "release said the mill had lost money for three years.\n\n"
        '"This was a difficult decision," the release said.'
    )
    got = _speakers(text)
    assert got["the mill had lost money for three years"] == "Harwood Timber Products"
    assert got["This was a difficult decision"] == "Harwood Timber Products"


def test_the_release_said_without_an_issuer_stays_the_document():
    text = '"This was a difficult decision," the release said.'
    assert _speakers(text)["This was a difficult decision"] == "the release"


def test_the_response_said_is_the_author_of_the_written_response():
    text = (
        "In a written response included in the report, the retailer said the cameras "
        'had cut thefts.\n\n"We disagree with the findings," the response said.'
    )
    got = _speakers(text)
    assert got["We disagree with the findings"] == got["the cameras had cut thefts"]
    assert got["We disagree with the findings"] != "the response"


def test_the_lawyer_is_the_one_introduced_as_her_lawyer():
    text = (
        "Nadia Frey did not speak. In a statement read outside the office of her lawyer, "
        "Marc-André Thibodeau, she said she would appeal.\n\n"
        'Thibodeau said the sample was mishandled. "There is a gap of 19 hours," the '
        "lawyer said."
    )
    assert _speakers(text)["There is a gap of 19 hours"] == "Marc-André Thibodeau"
