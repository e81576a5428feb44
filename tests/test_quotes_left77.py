"""left77's rules (session 39, PolNeAR train rows and White House misses), each checked
on sentences written for this file.

* 'her remark that "there is no money left"' / 'his claim that she "never sent a single
  message" from the account': a speech noun's clause goes on through a quotation no
  other frame has taken, to the clause break or the sentence end after it
  (``noun_quoted_clauses.quoted_clause_end`` in ``frames._noun_frames``); the clause
  ended at the quotation mark, so a clause that opened with a quotation or had fewer
  than three words before one gave no row. It stops at a quotation another speaker's
  frame took ('Lee's claim that A "is nonsense," Roe said'), and right after the
  quotation when an auxiliary, a copula, a coordinator or a relative pronoun follows it
  ('her claim that "A" is false', 'her claim that "A" and moved on').
* "some of the earliest confirmed cases", "The busiest reported day": an "-ed" cue after
  a superlative or an ordinal that follows a determiner ("the earliest", "its first",
  "the latest") and before a lower-case noun is an adjective, no speech
  (``nonspeech._ranked_before`` in ``_participle_adjective``); it was a row with "the
  earliest" as the speaker (a White House release). "The priest confirmed reports
  that ..." ("priest" is no superlative) and "The latest confirmed that ..." stay rows.
* "Her research has informed provincial policy on housing": "inform" reports only a
  clause or a quotation after its listener (``lexicon._NEEDS_THAT``); a listener and a
  clause without "that" ("informed residents the plant would close", "informed them
  they would have to leave") still is one (``idioms._listener_then_clause``); it was a
  row with "provincial policy on housing" as the content (a White House release).
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


def test_remark_that_opens_with_a_quotation():
    t = 'Ann Roe stood by her remark that "there is no money left in the fund."'
    assert has_quote(t, "Ann Roe", "there is no money left in the fund.")


def test_claim_with_a_quoted_verb_phrase_and_words_after_it():
    t = 'Critics pointed to Dale Imrie\'s claim that she "never sent a single message" from the account.'
    assert has_quote(t, "Dale Imrie", 'she "never sent a single message" from the account')


def test_warning_with_a_short_lead_before_the_quotation():
    t = 'Ann Roe repeated her warning that the fund "will be empty by March."'
    assert has_quote(t, "Ann Roe", 'the fund "will be empty by March."')


def test_quotation_then_copula_ends_the_clause():
    t = 'Ann Roe\'s claim that "every day gets better" is an insult to workers.'
    assert has_quote(t, "Ann Roe", "every day gets better")


def test_quotation_then_coordinated_verb_ends_the_clause():
    t = 'Councillors laughed at Ann Roe\'s claim that "every day gets better" and moved on.'
    assert has_quote(t, "Ann Roe", "every day gets better")
    assert not any(q.endswith("moved on") for _, _, q in speech_rows(t))


def test_quotation_taken_by_another_speaker_is_not_carried():
    t = 'Lee Vale\'s claim that taxes would rise drew a reply. "It is nonsense," Roe said.'
    rows = speech_rows(t)
    assert ("Roe", "said", "It is nonsense") in rows
    assert not any(s == "Lee Vale" and "nonsense" in q for s, _, q in rows)


def test_noun_without_that_clause_gives_no_row():
    t = 'Ann Roe made a remark that hurt her campaign: "We lost."'
    assert not any(c == "remark" for _, c, _ in speech_rows(t))


def test_superlative_before_a_participle_is_an_adjective():
    t = "Dr. Lina Okafor treated some of the earliest confirmed cases of measles in the region."
    assert not any(c == "confirmed" for _, c, _ in speech_rows(t))


def test_busiest_reported_day_is_no_report():
    assert speech_rows("The busiest reported day at the crossing was Tuesday.") == []


def test_first_reported_loss_is_no_report():
    t = "The bakery posted its first reported loss in a decade."
    assert not any(c == "reported" for _, c, _ in speech_rows(t))


def test_priest_is_no_superlative():
    t = "The priest confirmed reports that the church would close in June."
    assert has_quote(t, "The priest", "reports that the church would close in June")


def test_ranked_word_then_that_stays_a_report():
    t = "Two councillors spoke. The latest confirmed that the plant would close."
    assert any(c == "confirmed" and q == "the plant would close" for _, c, q in speech_rows(t))


def test_informed_a_policy_is_no_speech():
    assert (
        speech_rows("Dr. Lina Okafor's research has informed provincial policy on housing.") == []
    )


def test_informed_listener_that_clause_stays():
    t = "Ann Roe informed the board on Tuesday that the plant would close."
    assert has_quote(t, "Ann Roe", "the plant would close")


def test_informed_listener_bare_clause_stays():
    assert has_quote(
        "Police informed residents the plant would close.", "police", "the plant would close"
    )
    t = "Police informed them they would have to leave."
    assert has_quote(t, "police", "they would have to leave")


def test_informed_with_a_quotation_stays():
    t = 'Ann Roe informed the board: "The plant will close."'
    assert has_quote(t, "Ann Roe", "The plant will close.")
