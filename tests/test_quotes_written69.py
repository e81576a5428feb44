"""w61's rules (session 29, the sixtyfirst written batch), each checked on sentences
written for this file.

* A plain "Q. ..." / "A. ..." transcript excerpt (a period after the letter, no bracketed
  name): each "A." paragraph right after a "Q." paragraph is a quote of the excerpt's
  witness, the subject of the lead-in sentence with a verb of questioning ("he was
  cross-examined by his lawyer:"; "Ann Roe, a former clerk, had been questioned under oath.
  A transcript was filed:"), resolved like that mention
  (``analysis/quotes/court_answers.py``); the answers were missed.
* "HALIFAX — The Halifax Ravens traded Ann Roe to the Kelso Falcons. ... , the team
  said": "the team" / "the club" is the team the sentence opens with as its subject when
  the last team named is that sentence's object (``teams._team_subject_of_sentence``);
  it was the object team.
* "The board's director of education, Ann Roe, who joined ... in 2018, was promoted
  twice, and took over ..., said": a described subject (a person head, its "of" phrase)
  whose apposition is a person's name (a listed given name) before the insertion is that
  name (``clauses._subject_across_insertion``); it was the description.
* "FreshWay Grocers Corp. ... FreshWay's spokesperson said ... The company said": a
  one-word short name (the first word of a company named before with its legal form) is
  a mention of that company for "the company" (``org_nearest._short_company``); it was
  the company quoted before by its own short name.
* "A, a lawyer for the plaintiffs said Monday. ... Class counsel Ann Roe said B": a lede's
  description is the first named statement's person when that mention holds a synonym of
  its head (``ledes._lede_description_named_later``; "counsel" added to the lawyer line
  of ``analysis/resources/description_synonyms.txt``); it stayed the description.
* "A, a former Calgary accountant accused of a $12-million fraud testified Tuesday": a
  described person before a past participle of the courts (accused of, charged with,
  convicted of, ...) and its phrase is the speaker phrase before the cue
  (``reduced.reduced_court_relative``); the statement was missed.
* "A, a former accountant accused of ... testified.\n\nRuth Roe, 61, who ran ..., said
  B": a lede's indefinite description is the person whose full name, new and with an age
  in apposition, opens the next paragraph (``ledes._description_named_soon_after``); it
  stayed the description (a generic head such as "adviser" is still never named so).
* "The mayor declared a state of emergency": an emergency, bankruptcy or insolvency is an
  act object of "declare" (``analysis/resources/act_objects.txt``; victory, war and a
  winner are not: PolNeAR train lost a gold row); "Roe replied within minutes": "within"
  opens no content after a cue (``lexicon._NOT_CONTENT_START``). Both were false rows.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows


def _speakers(text, quote):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


_PRONOUN_LEAD = (
    "Ann Roe has pleaded not guilty to fraud. Ben Kato, the Crown's first witness, "
    "testified last week.\n\n"
    "On Tuesday, she was cross-examined by her lawyer:\n\n"
    "Q. Did you take the money?\n\n"
    "A. No. I never touched a cent of it.\n\n"
    "Q. Then where did it go?\n\n"
    "A. Into the new warehouse. The invoices show it."
)


def test_plain_answer_is_the_pronoun_witness_quote():
    assert _speakers(_PRONOUN_LEAD, "No. I never touched a cent of it.") == ["Ann Roe"]
    assert _speakers(_PRONOUN_LEAD, "Into the new warehouse. The invoices show it.") == ["Ann Roe"]


def test_plain_questions_are_no_quotes():
    quotes = [q for _, q in quote_rows(_PRONOUN_LEAD, "speaker", "quote")]
    assert "Did you take the money?" not in quotes
    assert "Then where did it go?" not in quotes


def test_plain_answer_of_named_witness_in_apposition():
    text = (
        "The company denied the claims.\n\n"
        "In 2023, a former payroll clerk, Dana Whitlow-Perez, had been questioned under "
        "oath. A transcript was filed with the motion:\n\n"
        "Q. Who signed the cheques?\n\n"
        "A. My manager did. I only printed them."
    )
    assert _speakers(text, "My manager did. I only printed them.") == ["Dana Whitlow-Perez"]


def test_a_paragraph_without_question_before_is_no_answer():
    text = (
        "Ann Roe was questioned by the Crown on Monday.\n\n"
        "She left the courthouse quickly.\n\n"
        "A. Roe Trucking Ltd. owns the depot where the money was kept."
    )
    quotes = [q for _, q in quote_rows(text, "speaker", "quote")]
    assert not any("the depot where" in q for q in quotes)


def test_plain_excerpt_without_witness_lead_in_gives_no_answer_row():
    text = "The hearing resumed after lunch.\n\nQ. Did you sign it?\n\nA. I did, yes. Twice."
    assert _speakers(text, "I did, yes. Twice.") == []


def test_the_team_is_the_subject_team_of_the_sentence_naming_two():
    text = (
        "HALIFAX — The Halifax Ravens traded goalie Sam Roe to the Kelso Ridge Falcons "
        "on Friday.\n\n"
        "The club would get two draft picks, the team said in a statement."
    )
    assert _speakers(text, "The club would get two draft picks") == ["Halifax Ravens"]


def test_the_team_is_the_last_named_team_when_not_after_subject():
    text = (
        "Sam Roe scored twice as the Halifax Ravens beat the Kelso Ridge Falcons 4-2.\n\n"
        "The goalie would miss two weeks, the team said in a statement."
    )
    assert _speakers(text, "The goalie would miss two weeks") == ["Kelso Ridge Falcons"]


def test_described_subject_with_named_apposition_before_long_insertion():
    text = (
        "The district's director of education, Carla Mendes-Ortiz, who joined the "
        "district in 2015 as a teacher, was promoted twice, and took over as director "
        "in June, said the review would start in May."
    )
    assert _speakers(text, "the review would start in May") == ["Carla Mendes-Ortiz"]


def test_described_subject_without_named_apposition_stays_the_description():
    text = (
        "Carla Mendes-Ortiz spoke first. The district's director of education, who "
        "joined the district in 2015 as a teacher, was promoted twice, and took over "
        "in June, said the review would start in May."
    )
    assert _speakers(text, "the review would start in May") != ["Carla Mendes-Ortiz"]


def test_the_company_after_a_possessive_short_name_is_that_company():
    text = (
        "The suit names Oakfield Dairy Inc. and Brightmart Foods Corp.\n\n"
        'Oakfield said in a statement that it would fight the claim. "We did nothing '
        'wrong," the statement said.\n\n'
        "Brightmart's spokesperson, Lena Varga-Holt, said in an email that the chain "
        "was a victim of its suppliers.\n\n"
        "The company said it had co-operated with the bureau."
    )
    assert _speakers(text, "it had co-operated with the bureau") == ["Brightmart Foods Corp"]


def test_lede_lawyer_is_named_later_as_counsel():
    text = (
        "TORONTO — Shoppers could get up to $40 each, a lawyer for the plaintiffs said "
        "Monday.\n\n"
        "The judge approved the deal in a short ruling. The defendants admitted no "
        "wrongdoing.\n\n"
        "Class counsel Irene Szabo-Marsh said the website would open in June."
    )
    assert _speakers(text, "Shoppers could get up to $40 each") == ["Irene Szabo-Marsh"]


def test_lede_lawyer_is_not_named_by_an_unrelated_role():
    text = (
        "TORONTO — Shoppers could get up to $40 each, a lawyer for the plaintiffs said "
        "Monday.\n\n"
        "The judge approved the deal in a short ruling. The defendants admitted no "
        "wrongdoing.\n\n"
        "Economist Irene Szabo-Marsh said the payout was small."
    )
    assert _speakers(text, "Shoppers could get up to $40 each") != ["Irene Szabo-Marsh"]


def test_content_before_a_description_with_accused_of_phrase():
    text = (
        "CALGARY — He never took a cent from his clients, a former Calgary accountant "
        "accused of a $12-million fraud testified Tuesday."
    )
    assert has_quote(text, "accountant", "He never took a cent from his clients")


def test_content_before_a_description_charged_with():
    text = "The fire was an accident, a man charged with arson told the court on Monday."
    assert has_quote(text, "a man", "The fire was an accident")


def test_accused_frame_still_reads_its_own_content():
    text = "Ann Roe accused the mayor of hiding the report."
    assert [q for _, q in quote_rows(text, "speaker", "quote")] != []


_AGED_OPENER = (
    "CALGARY — He never took a cent from his clients, a former Calgary accountant "
    "accused of a $12-million fraud testified Tuesday.\n\n"
    "Ruth Okonkwo-Baird, 61, who ran a practice in Airdrie for two decades, until it "
    "closed, said the money had been lost in bad bets."
)


def test_lede_description_named_by_aged_name_opening_next_paragraph():
    assert _speakers(_AGED_OPENER, "He never took a cent from his clients") == [
        "Ruth Okonkwo-Baird"
    ]


def test_lede_description_not_named_by_unaged_name_with_relative_clause():
    text = _AGED_OPENER.replace(", 61,", "")
    assert _speakers(text, "He never took a cent from his clients") != ["Ruth Okonkwo-Baird"]


def test_declared_a_state_of_emergency_is_no_speech():
    text = "Mayor Tom Vale declared a state of emergency on Sunday afternoon."
    assert quote_rows(text, "speaker", "quote") == []


def test_declared_that_is_still_speech():
    text = "Mayor Tom Vale declared that the emergency was over."
    assert has_quote(text, "Tom Vale", "the emergency was over")


def test_replied_within_minutes_is_no_content():
    text = "The coach posted a thank-you note. Sam Roe replied within minutes."
    assert quote_rows(text, "speaker", "quote") == []


def test_said_within_minutes_that_keeps_the_clause():
    text = "Sam Roe said within minutes that he would stay."
    assert has_quote(text, "Sam Roe", "he would stay")
