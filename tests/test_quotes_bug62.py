"""Splitter, mention-index and nested-report bugs noticed in session 31 (bug62).
Sentences written for this test."""

from tests._quote_rows import speech_rows


def test_pm_ends_the_reporting_sentence():
    rows = speech_rows(
        "The yes side won in all three towns, the returning officer said shortly after "
        "10 p.m. Turnout was 71 per cent."
    )
    assert rows == [("the returning officer", "said", "The yes side won in all three towns")]


def test_pm_ends_the_content():
    rows = speech_rows(
        "Ann Roe said the count ended shortly after 10 p.m. Turnout was 71 per cent."
    )
    assert rows == [("Ann Roe", "said", "the count ended shortly after 10 p.m")]


def test_pm_before_a_weekday_stays_in_the_content():
    rows = speech_rows("Ann Roe said the meeting would start at 7 p.m. Tuesday in the arena.")
    assert rows == [("Ann Roe", "said", "the meeting would start at 7 p.m. Tuesday in the arena")]


def test_am_before_a_time_zone_stays_in_the_content():
    rows = speech_rows("Tom Vale said polls close at 8 a.m. ET in the east.")
    assert rows == [("Tom Vale", "said", "polls close at 8 a.m. ET in the east")]


def _index_words(text):
    from analysis.quotes.lexicon import lexicon
    from analysis.quotes.mentions import _ArticleNames

    an = _ArticleNames(text, [(0, len(text))], lexicon(), None)
    return [" ".join(cw) for _, cw, _, _ in an.names]


def test_contractions_opening_a_sentence_are_no_names():
    text = (
        "Ann Roe runs the bakery. I've never baked bread, she wrote. We're closing. "
        "They’ll stay. Don't worry. Let's go. I’m tired. It'll pass. That'll do. Tom Vale left."
    )
    assert _index_words(text) == ["Ann Roe", "Tom Vale"]


def test_contraction_before_a_name_is_dropped_from_the_name():
    assert _index_words("I'm Ann Roe, and I run the bakery.") == ["Ann Roe"]
    assert _index_words("I've Tom Vale to thank.") == ["Tom Vale"]


def test_names_with_an_apostrophe_stay_names():
    assert _index_words("Ann O'Neill met Tom D’Amato.") == ["Ann O'Neill", "Tom D’Amato"]


def test_report_in_a_relative_clause_stays_in_the_content():
    rows = speech_rows(
        "Ann Roe said the audit, which the ministry reported in May, found no fraud."
    )
    assert rows == [
        ("Ann Roe", "said", "the audit, which the ministry reported in May, found no fraud")
    ]


def test_report_in_a_whom_clause_stays_in_the_content():
    rows = speech_rows("Tom Vale said the clerk, whom the mayor told about the deal, had resigned.")
    assert rows == [
        ("Tom Vale", "said", "the clerk, whom the mayor told about the deal, had resigned")
    ]


def test_relative_clause_without_a_closing_verb_still_ends_the_content():
    # the relative clause ends the sentence: the nested statement is a row of its own
    rows = speech_rows("Ann Roe said she met the mayor, who told her the plan would fail.")
    assert ("the mayor", "told", "the plan would fail") in rows


def test_relative_statement_with_its_own_content_is_left_alone():
    # ", who told her A," has content of its own: PolNeAR counts such statements
    rows = speech_rows("Ann Roe said the nurses, who told her they were tired, had quit.")
    assert ("the nurses", "told", "they were tired") in rows
