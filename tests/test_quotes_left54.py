"""Rules of session 28's left54: false and missed rows (a result clause's "that" before
the verb's own "that", ...). All sentences are written for these tests."""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


def test_result_clause_that_is_not_the_content():
    text = (
        "Premier Dana Roy told reporters on Monday, in a session so long that two members "
        "fell asleep, that taxes would not rise."
    )
    assert has_quote(text, "Dana Roy", "taxes would not rise"), speech_rows(text)


def test_result_clause_with_such():
    text = (
        "Ann Lee said on Friday, after such a tense meeting that staff left early, that the "
        "deal was off."
    )
    assert has_quote(text, "Ann Lee", "the deal was off"), speech_rows(text)


def test_result_clause_inside_the_content_is_kept():
    text = "Ann Lee said the storm was so strong that roofs blew off, and that nobody was hurt."
    assert has_quote(
        text, "Ann Lee", "the storm was so strong that roofs blew off, and that nobody was hurt"
    ), speech_rows(text)


def test_it_went_on_to_say_is_the_statement_of_its_author():
    text = (
        "The union issued a statement on Friday. It went on to say that the mill would "
        "close in May."
    )
    assert has_quote(text, "union", "the mill would close in May"), speech_rows(text)


def test_it_went_on_to_say_after_a_report():
    text = "The report blamed the province. It went on to say that the roads were unsafe."
    assert has_quote(text, "report", "the roads were unsafe"), speech_rows(text)


def test_it_is_fair_to_say_is_no_speech():
    text = "It is fair to say that the mill would close in May."
    assert speech_rows(text) == []


def test_transcript_is_no_speaker_the_person_in_it_is():
    text = "According to a transcript of the hearing, Ann Smith said the mill would close."
    assert speech_rows(text) == [("Ann Smith", "said", "the mill would close")]


def test_inserted_transcript_source():
    text = "Ann Smith, according to a transcript of the hearing, said the mill would close."
    assert speech_rows(text) == [("Ann Smith", "said", "the mill would close")]


def test_transcript_without_a_speaker_stays_the_source():
    text = "According to a transcript of the hearing, the mill would close."
    assert has_quote(text, "transcript", "the mill would close"), speech_rows(text)


def test_report_source_is_kept():
    text = "According to the report, Ann Smith said the mill would close."
    assert has_quote(text, "report", "Ann Smith said the mill would close"), speech_rows(text)


_COURT = (
    "The trial heard from Dana Ruiz on Monday. Crown attorney Leo Park questioned her.\n\n"
    "Q. (Park): Did you see him that night?\n\n"
    "A. (Dana Ruiz): I did. He was at the bar.\n\n"
    "Q. (Park): Are you sure?\n\n"
    "A. (Ruiz) No. It was dark."
)


def test_court_answers_are_quotes_of_the_named_witness():
    rows = speech_rows(_COURT)
    assert ("Dana Ruiz", "A.", "I did. He was at the bar.") in rows, rows
    assert ("Dana Ruiz", "A.", "No. It was dark.") in rows, rows


def test_court_questions_are_no_quotes():
    quotes = [q for _, _, q in speech_rows(_COURT)]
    assert not any("sure" in q or "that night" in q for q in quotes), quotes


def test_bracketed_a_without_questions_is_no_answer():
    text = "The list had two parts.\n\nA. (Ruiz) The first part was long and dull."
    assert speech_rows(text) == []


def test_quoted_tail_after_indirect_speech_is_one_row():
    # (the written sets' gold: 13 such tails inside the indirect row, 1 split off)
    text = 'Mayor Ann Roe said the plan was dead, "and nobody here will revive it."'
    assert speech_rows(text) == [
        ("Ann Roe", "said", 'the plan was dead, "and nobody here will revive it."')
    ]


def test_writing_notes_is_an_act():
    assert speech_rows("Visitors used markers to write notes to the boxer on a banner.") == []


def test_reports_live_from_is_no_content():
    assert speech_rows("Ann Roe reports live from the field across the country.") == []
    text = "Ann Roe reported from Kyiv that the city was calm."
    assert has_quote(text, "Ann Roe", "the city was calm"), speech_rows(text)
