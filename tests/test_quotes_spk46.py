"""spk46 (session 33 round 1): speaker rules for errors left by session 32, on sentences
written for these tests.

- descriptions._same_description_again + office_holders.office_holder_key: "The auditor
  general's office said" is the person the article's "the auditor general" named, also
  when only the later description pass names her; a holder never named stays the office.
- "journal", "publication", "tabloid" are organisation nouns (resources/speaker_nouns.txt) and
  "journal" / "magazine" organisation heads (ledes._ORG_HEADS): a lede's "the journal said"
  is no "Dr. NAME" who opens the next paragraph, and "the journal" is the one named before.
- pronouns._resolve_pronoun + apposed_paragraphs.name_given_in_who_clause: '"...," she said'
  after "A fan who gave her name only as Taryn had ..." / "A nurse who asked that only her
  first name be used, Dana, ..." is that name, when the possessive has the pronoun's gender.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows

# --- "the <holder>'s office" after the later pass named "the <holder>" ------------------

_AUDIT = (
    "Audit faults ferry deal\n\nHALIFAX — The ferry contract cost taxpayers $40 million more "
    "than planned, the province's auditor general said Tuesday.\n\nMiriam Castellano-Hunt "
    "tabled her report in the legislature. She said the department ignored warnings.\n\n"
    "The auditor general's office said the review took eight months.\n"
)


def test_holder_office_after_lede_holder_named_next():
    rows = quote_rows(_AUDIT, "speaker", "quote")
    assert ("Miriam Castellano-Hunt", "the review took eight months") in rows


def test_holder_office_never_named_stays_the_office():
    text = (
        "Ferry deal\n\nHALIFAX — The ferry contract cost $40 million more than planned, a "
        "report found.\n\nThe premier's office said the review took eight months.\n"
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("the premier's office", "the review took eight months") in rows


# --- a publication that speaks in the lede is not the doctor named next ------------------

_RETRACTED = (
    "Paper retracted\n\nBOSTON — A university lab has retracted a paper on sleep and "
    "memory, the {head} said Friday.\n\nDr. Helena Voss-Amari, who led the study, said the "
    "error was found by a graduate student.\n"
)


def test_lede_journal_is_not_the_doctor_named_next():
    rows = quote_rows(_RETRACTED.format(head="journal"), "speaker", "quote")
    assert ("the journal", "A university lab has retracted a paper on sleep and memory") in rows


def test_lede_medical_journal_is_not_the_doctor_named_next():
    rows = quote_rows(_RETRACTED.format(head="medical journal"), "speaker", "quote")
    assert (
        "Helena Voss-Amari",
        "A university lab has retracted a paper on sleep and memory",
    ) not in rows


def test_the_journal_is_the_journal_named_before():
    text = (
        "The paper was flawed, the journal Sleep Letters said Monday. The journal said a "
        "correction would follow."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Sleep Letters", "a correction would follow") in rows


def test_the_magazine_is_the_review_named_before():
    text = (
        "The Prairie Farm Review said on Monday that the survey was flawed. The magazine "
        "said a correction would follow."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Prairie Farm Review", "a correction would follow") in rows


def test_the_newspaper_still_stays_itself():
    rows = quote_rows(_RETRACTED.format(head="newspaper"), "speaker", "quote")
    assert ("the newspaper", "A university lab has retracted a paper on sleep and memory") in rows


# --- a description that gave only her name is that name for the "she" after it ----------

_FANS = (
    "Concert cancelled\n\nMONTREAL — Hundreds of fans waited outside the arena on Friday.\n\n"
    'A fan who {clause} had driven from Quebec City. "I\'m heartbroken," {pron} said.\n'
)


def test_she_after_fan_who_gave_her_name_only_as():
    text = _FANS.format(clause="gave her name only as Taryn", pron="she")
    assert quote_rows(text, "speaker", "quote") == [("Taryn", "I'm heartbroken")]


def test_he_after_fan_who_gave_his_name_only_as():
    text = _FANS.format(clause="gave his name only as Marcel", pron="he")
    assert quote_rows(text, "speaker", "quote") == [("Marcel", "I'm heartbroken")]


def test_she_after_nurse_who_asked_only_first_name_be_used():
    text = (
        "Clinic closes\n\nTORONTO — The clinic closed on Friday.\n\nA nurse who asked that "
        'only her first name be used, Dana, read a statement to the crowd. "We did our '
        'best," she said.\n'
    )
    assert quote_rows(text, "speaker", "quote") == [("Dana", "We did our best")]


def test_she_after_a_man_named_only_is_not_his_name():
    text = _FANS.format(clause="gave his name only as Marcel", pron="she")
    assert ("Marcel", "I'm heartbroken") not in quote_rows(text, "speaker", "quote")


# --- he/she: an organisation named at the start of the sentence before is no "he" -------


def test_he_after_organisation_crew_sentence_is_the_man_quoted_before():
    # ("Prairie Link" is no person: the article writes "link" in lower case too)
    text = (
        "Fibre delayed\n\nBRANDON, Man. — Rural families are still waiting for fibre under a "
        "$40-million project funded by Ottawa and Prairie Link Communications, a regional "
        "telecom.\n\nIn a written response to questions, Prairie Link said about 900 homes "
        "had been connected.\n\nTomas Verhoeven said the family had waited three years.\n\n"
        "A Prairie Link crew was laying conduit near the farm last week. He said he stopped "
        "his truck to ask when they would link his lane.\n"
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Tomas Verhoeven", "he stopped his truck to ask when they would link his lane") in rows


# --- he/she: a subject description with an aged name in apposition ----------------------


def test_apposed_subject_with_age_before_name_is_found():
    # (the rows come right in such short texts by other paths; 365-like articles, where
    # a team read as a person was quoted last, need the apposed subject itself)
    from analysis.quotes.appositions import _apposed_name_subject_before
    from analysis.quotes.lexicon import lexicon
    from analysis.quotes.mentions import _ArticleNames

    t = (
        "The team's current captain, 19-year-old Dario Weatherby-Kane, was nine then. "
        "He said every new player is taken to the curve."
    )
    cut = t.index("He said")

    class Q:
        m_start = start = cut

    an = _ArticleNames(t, [(0, cut - 1), (cut, len(t))], lexicon(), None)
    assert _apposed_name_subject_before(an, Q, "m") == (t.index("Dario"), "Dario Weatherby-Kane")


# --- a possessed description after the cue keeps its unlisted head -----------------------


def test_possessed_description_after_cue_keeps_its_head():
    text = (
        '"We never once went dark," said the orchestra\'s concertmaster, who has been with '
        "it since 1991."
    )
    assert quote_rows(text, "speaker_mention") == [("the orchestra's concertmaster",)]


def test_possessed_description_after_cue_keeps_two_words():
    text = (
        '"We never once went dark," said the orchestra\'s principal cello, who has been '
        "with it since 1991."
    )
    assert quote_rows(text, "speaker_mention") == [("the orchestra's principal cello",)]


def test_possessed_description_does_not_take_content():
    text = "Ann Roe said the company's shares would rise."
    assert quote_rows(text, "speaker", "quote") == [("Ann Roe", "the company's shares would rise")]


# --- a possessed description named in the next paragraph's apposition --------------------

_LOCKOUT = (
    "Lockout drags on\n\nKELOWNA, B.C. — The symphony has cancelled its spring season.\n\n"
    "Ana Ruiz-Pell, a violinist, said the players were tired.\n\n"
    '"We never once went dark for a whole spring," said the orchestra\'s {desc}, who has '
    'been with it since 1991. "This is about who is in charge."\n\n'
    "The {appos}, Dmitri Vasquez-Lund, said he expected to retire next year.\n"
)


def test_principal_cello_named_as_the_cellist_next():
    text = _LOCKOUT.format(desc="principal cello", appos="cellist")
    rows = quote_rows(text, "speaker", "quote")
    assert ("Dmitri Vasquez-Lund", "We never once went dark for a whole spring") in rows
    assert ("Dmitri Vasquez-Lund", "This is about who is in charge.") in rows


def test_possessed_concertmaster_named_as_the_concertmaster_next():
    text = _LOCKOUT.format(desc="concertmaster", appos="concertmaster")
    rows = quote_rows(text, "speaker", "quote")
    assert ("Dmitri Vasquez-Lund", "We never once went dark for a whole spring") in rows


def test_principal_cello_not_named_by_another_instrument():
    text = _LOCKOUT.format(desc="principal cello", appos="violist")
    rows = quote_rows(text, "speaker", "quote")
    assert ("Dmitri Vasquez-Lund", "We never once went dark for a whole spring") not in rows


# --- a lede's testifying description named two paragraphs on ---------------------------

_INQUIRY = (
    "Engineer tells inquiry she flagged dam cracks\n\nPRINCE GEORGE, B.C. — A civil engineer "
    "who inspected the Willow Creek dam in 2022 told a public inquiry Tuesday that she "
    "warned in writing that the spillway was cracked.\n\nThe dam failed in April, flooding "
    "40 homes. The inquiry, led by retired judge Paul Ostrander, sits until June.\n\n"
    "Ingrid Solberg-Maas, a partner at {firm}, spent most of the day in the witness chair. "
    "She testified that her firm had been hired for a routine review.\n\n"
    '"It was meant as a warning," the engineer said.\n'
)


def test_lede_witness_named_by_apposition_two_paragraphs_on():
    rows = quote_rows(_INQUIRY.format(firm="an engineering firm in Kamloops"), "speaker", "quote")
    assert ("Ingrid Solberg-Maas", "It was meant as a warning") in rows
    assert any(s == "Ingrid Solberg-Maas" and q.startswith("she warned") for s, q in rows)


def test_lede_witness_not_named_by_an_apposition_of_another_trade():
    rows = quote_rows(_INQUIRY.format(firm="a law firm in Kamloops"), "speaker", "quote")
    assert ("Ingrid Solberg-Maas", "It was meant as a warning") not in rows


# --- "a support team lead" is a person, whom the "she said" after her continues ---------


def test_team_lead_is_a_person_the_she_continues():
    text = (
        "Layoffs hit app maker\n\nHALIFAX — Tidewell Apps cut 40 jobs on Tuesday, chief "
        "executive Marguerite Lyle-Oduya said.\n\nStaff who kept their jobs were shaken. "
        "One of them, a support team lead who asked not to be named because she feared "
        "losing her job, "
        "said most of her team had been cut.\n\n"
        '"They told us the company is stronger now," she said.\n'
    )
    rows = quote_rows(text, "speaker", "speaker_type", "quote")
    assert ("a support team lead", "anonymous", "most of her team had been cut") in rows
    assert ("a support team lead", "anonymous", "They told us the company is stronger now") in rows
