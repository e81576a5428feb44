"""Rules of helper left55 (session 28), on sentences written for these tests."""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows, speech_rows


# --------------------------------------------------------------- dash-announced quotes
def test_possessed_message_before_dash_is_the_owners_quote():
    t = (
        "Nurse Ana Lopez spoke at the rally. "
        'Her message to the province was short — "We need nurses, not promises."'
    )
    assert quote_rows(t, "speaker", "kind", "quote") == [
        ("Ana Lopez", "direct", "We need nurses, not promises.")
    ]


def test_possessed_reply_before_en_dash_resolves_like_a_pronoun():
    t = 'Tom Reed spoke first. Ana Lopez was angry. His reply was short – "Not yet."'
    assert has_quote(t, "Tom Reed", "Not yet.")


def test_dash_after_other_subjects_stays_no_row():
    assert speech_rows('Mayor Tom Reed took questions. The reply was blunt — "No."') == []
    assert speech_rows('Tom Reed sold his boat. His boat had a name — "Blue Moon."') == []


def test_dash_quote_inside_the_sentence_stays_no_row():
    t = 'Tom Reed spoke first. His final verdict — "Not yet." — came late.'
    assert speech_rows(t) == []


# ------------------------------------------------ "confirmed the call": an act object
def test_confirmed_event_noun_object_is_no_row():
    assert speech_rows("Jane Smith confirmed the call.") == []
    assert speech_rows("In a statement, the firm confirmed the layoffs on Friday.") == []
    assert speech_rows("The office later confirmed the figure.") == []


def test_confirmed_clause_without_that_stays_speech():
    assert has_quote(
        "Jane Smith confirmed the call came from Ohio.", "Jane Smith", "the call came from Ohio"
    )
    assert has_quote(
        "Jane Smith confirmed the meeting had ended early.",
        "Jane Smith",
        "the meeting had ended early",
    )
    assert has_quote(
        "Jane Smith confirmed that the meeting took place.",
        "Jane Smith",
        "the meeting took place",
    )


# ------------------------------------------- adverbials before the content's "that"
def test_reported_live_that_skips_live():
    assert has_quote(
        "The station reported live that the mill would close.", "station", "the mill would close"
    )


def test_relative_clause_in_the_adverbial_is_not_the_content():
    assert has_quote(
        "Ann Roe said at a meeting that ran late that the mill would close.",
        "Ann Roe",
        "the mill would close",
    )
    assert has_quote(
        "Ann Roe said during a meeting that dragged on so long that two aides left, "
        "that the mill would close.",
        "Ann Roe",
        "the mill would close",
    )


def test_adverbial_that_without_relative_verb_is_unchanged():
    assert has_quote(
        "Ann Roe said at the meeting that the mill would close.", "Ann Roe", "the mill would close"
    )


# ------------------------------------------- a record introducing an exchange
def test_transcript_introducing_an_exchange_is_no_row():
    t = (
        "Ann Roe testified on Monday.\n\n"
        "According to a transcript of the hearing, Roe was questioned by her lawyer:\n\n"
        "Q. Where were you that night?\n\nA. At home."
    )
    assert not any("transcript" in s for s, _, _ in speech_rows(t))


def test_transcript_with_a_framed_quote_keeps_the_speaker():
    t = 'According to a transcript, the judge told Ann Roe: "Sit down."'
    assert has_quote(t, "judge", "Sit down.")


def test_transcript_content_without_colon_keeps_the_record_row():
    t = "According to a transcript, the mill would close."
    assert has_quote(t, "transcript", "the mill would close")


# ------------------------------------------- "made the claim that A"
def test_made_the_speech_noun_that_is_speech_of_the_subject():
    assert has_quote("Ann Roe made the claim that taxes would rise.", "Ann Roe", "taxes would rise")
    assert has_quote(
        "The mayor made the point that the bridge was unsafe.",
        "mayor",
        "the bridge was unsafe",
    )


def test_made_a_noun_with_a_relative_clause_is_no_speech():
    assert speech_rows("Ann Roe made the comments that angered the crowd.") == []
    assert speech_rows("Ann Roe made the cake that won the fair.") == []
