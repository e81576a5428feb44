"""left86's rules (session 44: rows left over from session 43), each checked on sentences
written for this file.

* "Ann Roe said nothing new in the previous reports": a noun-like cue in "-s"
  ("reports", "claims") after a lower-case word is a noun when that word is an adjective
  ("-ous", "-less": "previous", "countless") or a plural that cannot agree with an "-s"
  verb ("the officials reports") (``plural_cue_subjects.plural_subject_before``, asked by
  ``nonspeech._not_a_speech_verb``); it was a content-first row "Ann Roe said nothing new
  in". "officials note that A", "the press reports that A", "A, Ann Roe reports" keep
  their rows.
* "Ray Church, a farmer, ... Church said A": a lone capitalised organisation word
  ("Church", "Court", "Bank") that is the surname of a person the article names in full
  (a given name of known sex, no "Grace"/"Hope" of a church or shelter) is that person
  (``org_word_surnames.org_word_surname``, asked by ``roles._resolve_mention_words`` and
  ``roles._resolve_named``); it was the organisation "Church" / "court". "Grace Church
  ... Church said", an article that also names "St. Mark's Church", and "the church said"
  keep the old reading. (Surnames that are common nouns or places but no organisation
  words, "Young", "Page", "Hill", "Ferry", "Bay", already took the full name.)
* "A, the town's tourism office said": a city's, town's or county's *office* is the office
  as written (written_news135's decision), no longer the municipality
  (``org_subjects._MUNICIPAL_UNIT_RE``); its *department* or *division* still speaks as the
  municipality (written_news69's binding decision: "The city's recreation department
  said" is the city).
* "Q: Did you sign it?" as an article's first line (an interview's question, no
  interviewer named, no "A:" turn after it) is no headline frame of a speaker "Q"
  (``assemble._headline_line``): questions are no quotes in the written guidelines, and
  PolNeAR train's three Q&A articles annotate no "Q" source (28 "Q" lines: 15 hold
  attributions of their own words, "you think", none with the source "Q"). "A:" answers
  stay the interviewee's; a briefing's "Q" turns stay the reporter's
  (``transcripts.add_turns``); "Roe: Did you sign it?" keeps its row.
* "The work, according to Ann Roe, will finish in May" stays two rows of one statement
  (the engine's convention, PolNeAR's discontinuous content; tests/test_quotes_recall22.py):
  checked here so that a change to it is a decision, not an accident.
"""

from __future__ import annotations

from analysis.quotes.org_subjects import municipal_unit_mention
from analysis.quotes.plural_cue_subjects import plural_subject_before
from tests._quote_rows import quote_rows, speech_rows

# ------------------------------------------------ "in the previous reports": a noun


def test_adjective_before_reports_is_no_cue():
    assert speech_rows("Ann Roe said nothing new in the previous reports.") == []
    assert speech_rows("Tom Bell found little of use in various claims.") == []
    assert speech_rows("Jo Kade saw nothing new in countless reports from the mill.") == []


def test_previous_reports_leave_the_next_row_alone():
    rows = speech_rows(
        "Ann Roe said nothing new in the previous reports. The ferry will run twice a day, "
        "Tom Bell said."
    )
    assert rows == [("Tom Bell", "said", "The ferry will run twice a day")]


def test_reports_as_a_verb_keep_their_rows():
    assert speech_rows("The ferry will run twice a day, Ann Roe reports.") == [
        ("Ann Roe", "reports", "The ferry will run twice a day")
    ]
    assert speech_rows("Ann Roe reports that the ferry will run twice a day.") == [
        ("Ann Roe", "reports", "the ferry will run twice a day")
    ]
    assert speech_rows("The press reports that the ferry will run twice a day.") == [
        ("The press", "reports", "the ferry will run twice a day")
    ]


def test_plural_subject_of_a_plain_cue_keeps_its_row():
    rows = speech_rows("Local officials note that the ferry will run twice a day.")
    assert rows == [("Local officials", "note", "the ferry will run twice a day")]


def test_plural_subject_word():
    assert plural_subject_before("officials", "note")
    assert plural_subject_before("press", "reports")
    assert not plural_subject_before("previous", "reports")
    assert not plural_subject_before("officials", "reports")
    assert not plural_subject_before("countless", "claims")


# ---------------------------------------- "Ray Church ... Church said": the person


def test_church_surname_is_the_person_named_in_full():
    t = (
        "Ray Church, a dairy farmer near Elmvale, lost his barn in the fire. Church said "
        "the insurer had not called back."
    )
    assert quote_rows(t, "speaker", "speaker_type") == [("Ray Church", "person")]


def test_court_surname_after_a_quotation_is_the_person():
    t = 'Lena Court runs the feed store. "We will reopen in June," said Court.'
    assert quote_rows(t, "speaker", "quote") == [("Lena Court", "We will reopen in June")]


def test_bank_surname_is_the_person():
    t = "Omar Bank sells seed potatoes. Bank said the frost came early."
    assert quote_rows(t, "speaker", "quote") == [("Omar Bank", "the frost came early")]


def test_church_named_for_a_virtue_stays_the_church():
    t = "Grace Church held a vigil on Sunday. Church said the roof would be fixed."
    assert quote_rows(t, "speaker", "speaker_type") == [("Church", "organization")]


def test_church_surname_next_to_a_church_name_stays_as_written():
    t = "Ray Church spoke at St. Mark's Church. Church said the roof leaks."
    assert [s for s, _ in quote_rows(t, "speaker", "quote")] == ["Church"]


def test_lower_case_church_is_no_person():
    t = "Ray Church lost his barn. The church said repairs would start in May."
    assert quote_rows(t, "speaker", "quote") == [("The church", "repairs would start in May")]


def test_common_noun_surnames_take_the_full_name():
    for given, word in (("Ann", "Young"), ("Tom", "Page"), ("Ann", "Hill"), ("Tom", "Ferry")):
        t = f"{given} {word}, a nurse in Elmvale, was there. {word} said the ward was full."
        assert quote_rows(t, "speaker") == [(f"{given} {word}",)], word


# ------------------------------------------ "the town's tourism office said": the office


def test_town_tourism_office_is_the_office():
    t = "Visitors rose by 12 per cent, the town's tourism office said."
    assert quote_rows(t, "speaker", "quote") == [
        ("the town's tourism office", "Visitors rose by 12 per cent")
    ]


def test_according_to_the_city_budget_office_is_the_office():
    t = "The Town of Elmvale met on Monday. Fees will rise, according to the town's budget office."
    assert quote_rows(t, "speaker", "quote") == [("the town's budget office", "Fees will rise")]


def test_town_department_still_speaks_as_the_town():
    t = (
        "The Town of Elmvale will close its pool.\n\nThe town's public works department said "
        "the pump had failed."
    )
    assert quote_rows(t, "speaker", "quote") == [("Town of Elmvale", "the pump had failed")]


def test_municipal_unit_heads():
    assert municipal_unit_mention("the town's tourism office") is None
    assert municipal_unit_mention("The county's roads division") == "The county"


# ------------------------------------------------------- "Q: Did you sign it?": no row


def test_lone_question_line_is_no_row():
    assert speech_rows("Q: Did you sign the lease?") == []
    assert speech_rows("Q: Did you sign the lease? A: No.") == []


def test_named_colon_headline_keeps_its_row():
    rows = quote_rows("Roe: Did you sign the lease?", "speaker_mention", "quote")
    assert rows == [("Roe", "Did you sign the lease?")]


def test_answer_after_a_question_is_the_interviewees():
    t = "Q: Did you sign the lease?\n\nA: No, I never did."
    assert quote_rows(t, "speaker", "quote") == [("interviewee", "No, I never did.")]


def test_briefing_question_turn_stays_the_reporters():
    t = (
        "MS. LEE: Good afternoon.\n\nQ: Thanks. One question: will you sign it?\n\n"
        "MS. LEE: Sure, I will."
    )
    assert ("reporter", "Thanks. One question: will you sign it?") in quote_rows(
        t, "speaker", "quote"
    )


# ------------------------------------------ "The work, according to X, will ...": one row


def test_subject_and_predicate_around_according_to_are_one_statement():
    t = "The work, according to Ann Roe, will finish in May."
    rows = quote_rows(t, "quote", "statement_id")
    assert [q for q, _ in rows] == ["The work", "will finish in May"]
    assert len({sid for _, sid in rows}) == 1


def test_clause_before_according_to_keeps_both_rows():
    t = "Most surgeries have resumed, according to the hospital, though two clinics wait."
    assert [q for _, _, q in speech_rows(t)] == [
        "Most surgeries have resumed",
        "though two clinics wait",
    ]
