"""w51's rules (session 27, after the blind run of the fiftyfirst batch), each checked on
sentences written for this file.

* '"A," the 21-year-old said.' right after a sentence of the same paragraph that names a
  newcomer in its first words ("One of them is Jo Roe, a student ...") is the newcomer, as
  a sentence-opening "The 21-year-old said" already was, not the speaker quoted before.
* "the director said" is the person described in apposition with up to four words between
  the determiner and the role ("Ann Roe, the regional district's emergency operations
  director,"), not only three.
* "returning", "presiding", "managing" and "commanding" are title modifiers like "acting":
  "the returning officer said" is the description "the returning officer" (was the bare
  "officer", and "A, the returning officer said, up from B" lost A), and "Returning officer
  Ann Roe" is Ann Roe.
* "the plant operator said" / "the operator said" (like "the company said") is the company
  quoted just before in the same paragraph, or in the paragraph before when that speaker
  is an organisation; "Products", "Meats" and "Packers" end a company's name (an
  organisation, not a person: "Stuart Lake Forest Products").
* '"A," the decision said.' after "In a decision dated Monday, adjudicator Ann Roe found
  that ..." is Ann Roe: lower-case title words may stand between the lead phrase "In a
  <document> ...," and the name.
* "A, his widow said." (a possessed spouse noun left a description) is the one person named
  in full near it, before or in the next paragraph, with the surname of the person
  "his" names there and not of the other gender than the spouse noun (other kin nouns
  stay descriptions without an explicit tie) ('"B," Catherine
  Carmody, 84, said').
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speaker_of(text, start):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q.startswith(start)]


def test_aged_after_quote_is_the_newcomer_of_the_sentence_before():
    text = (
        "Dozens of riders waited at the stop on Monday.\n\n"
        '"The bus never comes on time," said Greta Halloran, who chairs the riders\' group. '
        "She said the route had lost two trips since May.\n\n"
        "One of them is Marcus Feeney, a cook from Elmvale who works the late shift. "
        '"I leave an hour early just in case," the 33-year-old said.'
    )
    assert _speaker_of(text, "I leave an hour") == ["Marcus Feeney"]
    assert _speaker_of(text, "The bus never") == ["Greta Halloran"]


def test_aged_after_quote_with_question_mark():
    text = (
        "Parents packed the gym on Tuesday.\n\n"
        '"We were told nothing," said Olivia Brandt, a mother of two.\n\n'
        "Another is Ken Watanabe, a welder whose son is in Grade 3. "
        '"Who decided this?" the 41-year-old said.'
    )
    assert _speaker_of(text, "Who decided") == ["Ken Watanabe"]


def test_aged_after_quote_keeps_the_speaker_when_no_one_new_is_named():
    text = (
        "Parents packed the gym on Tuesday.\n\n"
        '"We were told nothing," said Olivia Brandt, 38, a mother of two. '
        "The meeting lasted three hours. "
        '"Nobody answered us," the 38-year-old said.'
    )
    assert _speaker_of(text, "Nobody answered") == ["Olivia Brandt"]


def test_director_after_four_word_apposition():
    text = (
        "Crews worked through the night.\n\n"
        "Tobias Wren, the county's chief medical officer, said the water was safe. "
        "Rosalind Achebe, the regional district's emergency operations director, warned "
        "that roads would stay closed.\n\n"
        '"Stay home if you can," Wren said.\n\n'
        "Shelters have opened in two towns, the director said."
    )
    assert _speaker_of(text, "Shelters have opened") == ["Rosalind Achebe"]


def test_returning_officer_is_one_description():
    text = (
        "Polls closed at 8 p.m. on Monday.\n\n"
        "Returning officer Beatrix Kowal said the count would take about three hours.\n\n"
        "Turnout was 38 per cent, the returning officer said, down from 44 per cent "
        "in the general election."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Beatrix Kowal", "Turnout was 38 per cent") in rows
    assert _speaker_of(text, "down from 44") == ["Beatrix Kowal"]


def test_presiding_officer_description():
    text = (
        "The inquest resumed on Tuesday.\n\n"
        "Presiding officer Lionel Fairweather said the jury would hear from six witnesses.\n\n"
        "The hearing will end on Friday, the presiding officer said."
    )
    assert _speaker_of(text, "The hearing will end") == ["Lionel Fairweather"]


def test_plant_operator_is_company_quoted_before_in_paragraph():
    text = (
        "Cattle prices fell again in August.\n\n"
        "Halbrook Meats said it had processed 20 per cent more animals than usual. "
        "The plant has added a night shift to keep up, the plant operator said."
    )
    assert _speaker_of(text, "The plant has added") == ["Halbrook Meats"]


def test_operator_after_company_quoted_in_paragraph_before():
    text = (
        "The cannery was shut on Friday.\n\n"
        "Duncan Bay Products, which runs the cannery on the wharf, said all 90 workers "
        "had been sent home.\n\n"
        "The cannery will reopen on Monday, the operator said in a brief statement."
    )
    assert _speaker_of(text, "all 90 workers") == ["Duncan Bay Products"]
    assert _speaker_of(text, "The cannery will reopen") == ["Duncan Bay Products"]


def test_operator_person_in_apposition_stays_a_person():
    text = (
        "The ferry was late again.\n\n"
        "Clifford Moon, the terminal's operator, said the ramp had jammed. "
        "It will be fixed by Monday, the operator said."
    )
    assert _speaker_of(text, "It will be fixed") == ["Clifford Moon"]


def test_decision_said_after_titled_issuer():
    text = (
        "The tenants will keep their flat for now.\n\n"
        "In a ruling dated Monday, adjudicator Mirela Constantin found that the landlord "
        "had not served proper notice.\n\n"
        '"A landlord must follow the rules it relies on," the ruling said.'
    )
    assert _speaker_of(text, "A landlord must") == ["Mirela Constantin"]


def test_statement_said_after_lead_phrase_keeps_determiner_subjects_out():
    text = (
        "The plant closed on Friday.\n\n"
        "In a statement released Monday, the Harbour Workers Union said the closure was "
        "a shock.\n\n"
        '"We were told nothing," the statement said.'
    )
    assert _speaker_of(text, "We were told") != ["Harbour"]


def test_his_widow_is_named_next_with_his_surname():
    text = (
        "Lorne Bastarache, a boat builder who launched more than 200 dories, died on "
        "Sunday. He was 91.\n\n"
        "He worked in the shop until the week before, his widow said.\n\n"
        '"He could not sit still," Mireille Bastarache, 87, said on Tuesday.\n\n'
        "Bastarache was born in 1934 in Caraquet.\n\n"
        '"Every boat had a name before it had a hull," his widow said.'
    )
    assert _speaker_of(text, "He worked in the shop") == ["Mireille Bastarache"]
    assert _speaker_of(text, "Every boat had") == ["Mireille Bastarache"]


def test_his_son_not_given_a_woman_of_the_surname():
    text = (
        "Lorne Bastarache, a boat builder, died on Sunday. He was 91.\n\n"
        '"He could not sit still," Mireille Bastarache, 87, said on Tuesday.\n\n'
        "He never missed a launch, his son said."
    )
    assert _speaker_of(text, "He never missed") != ["Mireille Bastarache"]
