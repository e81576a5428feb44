"""Defects noticed and left in sessions 15-17 (issue #12), fixed in session 18 with
general rules; every article here is fictional and written for the test."""

from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from _quote_rows import has_quote, quote_rows, speaker_of, speech_rows  # noqa: E402

from analysis.gender import first_name_gender  # noqa: E402

# ---------------------------------------------------------------- headlines


def test_bare_headline_statement_is_no_quote():
    text = (
        "Harbour rink will close for a year, mayor says\n\n"
        "PORT ELLIS, N.S. — The town's only rink will close for repairs in April, "
        'Mayor Ada Quill said Monday. "The roof is done," Quill said.'
    )
    quotes = [q for _, _, q in speech_rows(text)]
    assert "Harbour rink will close for a year" not in quotes
    assert "The roof is done" in quotes
    assert has_quote(text, "Ada Quill", "The town's only rink will close for repairs in April")


def test_bare_headline_with_verb_first_is_no_quote():
    text = (
        "Nurses warn of long waits at Selvane emergency room\n\n"
        "Patients waited up to 20 hours for a bed last week, the nurses' union said."
    )
    rows = speech_rows(text)
    assert all("long waits" not in q for _, _, q in rows), rows
    assert any(q.startswith("Patients waited") for _, _, q in rows), rows


def test_bare_headline_colon_is_no_quote():
    text = (
        "Late rally: Gulls stun Herons 3-2 in overtime\n\n"
        'The Gulls scored twice in the third period. "We never quit," coach Ivo Marr said.'
    )
    rows = speech_rows(text)
    assert [q for _, _, q in rows] == ["We never quit"], rows


def test_bare_headline_ending_with_a_quoted_word_is_no_quote():
    text = (
        "Gull Rail profit slips, CEO says outlook \u2018cautious\u2019\n\n"
        "CALGARY \u2014 Gull Rail Corp. reported lower profit on Tuesday. "
        "Chief executive Ann Roe said the outlook was cautious."
    )
    rows = speech_rows(text)
    assert [q for _, _, q in rows] == ["the outlook was cautious"], rows


def test_headline_ending_with_a_period_is_left_to_the_rules():
    # an archive's headline closed by a period is still read (PolNeAR keeps these)
    text = "Roe says the tax will fall.\n\nAnn Roe spoke in Selvane on Monday."
    assert has_quote(text, "Roe", "the tax will fall")


def test_single_line_article_is_no_headline():
    assert has_quote("Ann Roe said the tax will fall", "Ann Roe", "the tax will fall")


# ---------------------------------------------------------------- "because" after the attribution


def test_reason_after_trailing_attribution_is_the_speakers():
    text = (
        "Ann Roe, 9, collects socks for the shelter. Wool socks are better than cotton, "
        "she said, because they stay warm even when they get wet."
    )
    assert speaker_of(text, "because they stay warm even when they get wet") == "Ann Roe"
    assert speaker_of(text, "Wool socks are better than cotton") == "Ann Roe"


def test_reason_after_direct_quote_attribution_is_one_statement():
    text = '"The budget will pass," Mara Lee said Tuesday, because the opposition lacks the votes.'
    rows = quote_rows(text, "speaker", "quote", "statement_id")
    assert [(s, q) for s, q, _ in rows] == [
        ("Mara Lee", "The budget will pass"),
        ("Mara Lee", "because the opposition lacks the votes"),
    ]
    assert rows[0][2] == rows[1][2]


def test_reason_inside_indirect_speech_runs_through():
    text = "Mara Lee said the budget would pass because the opposition lacked the votes."
    assert has_quote(
        text, "Mara Lee", "the budget would pass because the opposition lacked the votes"
    )


def test_because_of_after_attribution_is_no_speech():
    text = '"We will win," Mara Lee said, because of the rain.'
    assert [q for _, _, q in speech_rows(text)] == ["We will win"]


def test_though_she_added_gives_the_second_half():
    text = '"We will win," Mara Lee said, though she added that the margin would be close.'
    assert has_quote(text, "Mara Lee", "the margin would be close")


# ---------------------------------------------------------------- posts on social media


def test_posted_on_a_site_that_is_speech():
    for text in (
        "Mara Lee posted on Twitter that the vote was rigged.",
        "Mara Lee posted to Facebook that the vote was rigged.",
        "Mara Lee posted on social media Tuesday that the vote was rigged.",
        "Mara Lee posted on her Instagram account that the vote was rigged.",
    ):
        assert has_quote(text, "Mara Lee", "the vote was rigged"), text


def test_posted_figures_are_no_speech():
    for text in (
        "Acme Corp posted a 0.9 pct decline in first-quarter profit.",
        "The Gulls posted a 12-3 record at home.",
        "Ann Roe posted bail on Friday.",
    ):
        assert speech_rows(text) == [], text


def test_statement_posted_on_a_site_is_skipped_before_the_content():
    text = "Mara Lee said in a statement posted on X that she was recovering well."
    assert has_quote(text, "Mara Lee", "she was recovering well")
    text = "Mara Lee wrote to Facebook that she was recovering well."
    assert has_quote(text, "Mara Lee", "she was recovering well")


# ---------------------------------------------------------------- "the MP from Ajax"


def test_mp_from_riding_is_never_the_riding():
    text = "The MP from Ajax said the transit plan was overdue."
    assert speaker_of(text, "the transit plan was overdue") == "the MP from Ajax"


def test_mp_for_riding_is_the_mp_named_before():
    text = (
        "Liberal MP Priya Sandhu spoke first at the town hall. "
        "The MP for Ajax said the transit plan was overdue."
    )
    assert speaker_of(text, "the transit plan was overdue") == "Priya Sandhu"
    text = 'Liberal MP Priya Sandhu spoke first. "It is overdue," the MP from Ajax said.'
    assert speaker_of(text, "It is overdue") == "Priya Sandhu"


def test_person_from_place_unresolved_is_the_description():
    text = "Jane Roe coaches the team. The coach from Moncton said the players were tired."
    assert speaker_of(text, "the players were tired") == "the coach from Moncton"
    text = "Tom Reyes is a councillor. The councillor from Ward 5 said the vote was close."
    assert speaker_of(text, "the vote was close") == "the councillor from Ward 5"


def test_senator_from_state_named_with_it_is_that_senator():
    text = (
        "Sen. Ann Roe of Maine voted against the bill on Tuesday. "
        "Later, the senator from Maine said the bill was rushed."
    )
    assert speaker_of(text, "the bill was rushed") == "Ann Roe"


# ---------------------------------------------------------------- given names


def test_given_names_of_many_origins_have_a_gender():
    for name, g in (
        ("Greta", "f"),
        ("Ravi", "m"),
        ("Pooja", "f"),
        ("Youssef", "m"),
        ("Layla", "f"),
        ("Xiaoming", "m"),
        ("Mei", "f"),
        ("Émile", "m"),
        ("Océane", "f"),
        ("Elisapee", "f"),
    ):
        assert first_name_gender(name) == g, name


def test_pronoun_skips_a_person_of_the_other_gender():
    text = "Ravi Patel presented the audit. She said the results were clear."
    assert speaker_of(text, "the results were clear") != "Ravi Patel"
    text = (
        "The mayor, who appointed Greta Lund last year, spoke first. Lund presented "
        "the audit. He said the results were clear."
    )
    assert speaker_of(text, "the results were clear") != "Greta Lund"
    text = 'Pooja Rao met Tom Vale on Monday, and Vale praised the plan. "It works," she said.'
    assert speaker_of(text, "It works") == "Pooja Rao"


# ---------------------------------------------------------------- groups


def test_group_after_two_named_people_stays_a_group():
    for lead in (
        "Ana Ruiz and Tom Becker founded the firm in 2010. The founders",
        "Ana Ruiz and Tom Becker studied the data. The researchers",
        "Ana Ruiz and Tom Becker studied the data. The two",
    ):
        text = lead + " said the trend was real."
        s = speaker_of(text, "the trend was real")
        assert s not in ("Ana Ruiz", "Tom Becker"), (text, s)
        types = quote_rows(text, "speaker_type")
        assert types == [("group",)], (text, types)
