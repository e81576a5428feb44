"""w53's rules (session 27, the fiftythird written batch), each checked on sentences
written for this file.

* "The columnist learned the news on Monday." then a bare quotation paragraph: a
  narration paragraph that opens with a determiner or function word ("The", "Her",
  "But") names nobody, so it is no anchor for the quotation (the speaker was "The").
* '"A.\\n\\n"B," Ann Roe said.': an unclosed quotation paragraph chained to the next
  paragraph's attributed quotation is that speaker's too (one quotation over two
  paragraphs, the attribution only in the second).
* "The Millers issued a statement saying A. '"B," the statement said.'": a statement
  that an earlier quote's sentence says its speaker issued or released is that
  speaker's ("the statement", "The statement also said" -> the Millers).
* "The deputy minister, who sat in the gallery, ... A, the deputy minister said." and
  paragraphs later "The deputy minister, Ann Roe, is expected to ...": a description
  no title rule resolved is the person a later apposition repeating its words names,
  not the last person quoted before it (module ``description_appositions``).
* "The Beacon-Star did not apply, Tom Roe said." then "A, she said.": a name the article
  writes only after "the" ("The Carrot River Beacon-Star", "The Beacon-Star"), with no
  title ("the Rev.") or possessive in between, is never "he" or "she".
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


def test_determiner_narration_paragraph_is_no_speaker():
    text = (
        "The mill will close, the owner said Friday.\n\n"
        "The foreman heard about it on the radio.\n\n"
        '"Forty years of sawdust. That is a long time."'
    )
    assert all(s != "The" for s, _, _ in speech_rows(text))


def test_quotation_over_two_paragraphs_attributed_in_second():
    text = (
        "The retired coach heard the news at breakfast.\n\n"
        '"I drove that bus for 19 seasons. I knew every pothole.\n\n'
        '"Now they tell me it is gone," Harriet Vandermeer said on Sunday.'
    )
    assert has_quote(
        text, "Harriet Vandermeer", "I drove that bus for 19 seasons. I knew every pothole."
    )
    assert has_quote(text, "Harriet Vandermeer", "Now they tell me it is gone")


def test_two_paragraph_quotation_after_lede_attribution_keeps_its_speaker():
    text = (
        "TOWN — The rink will be torn down, the mayor said Thursday.\n\n"
        "The longtime caretaker whose family built the rink learned of it on Monday.\n\n"
        '"My father poured that ice in 1958. I poured it every winter since.\n\n'
        '"I suppose somebody had to stop," Gus Pellerin-Ward said.'
    )
    rows = speech_rows(text)
    assert all(s != "The" for s, _, _ in rows)
    assert has_quote(
        text,
        "Gus Pellerin-Ward",
        "My father poured that ice in 1958. I poured it every winter since.",
    )


def test_issued_statement_then_the_statement_said():
    text = (
        "The Lakeview Otters issued a statement saying the club would honour the "
        "players in March.\n\n"
        '"They wore our colours with pride," the statement said.\n\n'
        "The statement also said a bursary had been created."
    )
    assert has_quote(text, "Lakeview Otters", "They wore our colours with pride")
    assert has_quote(text, "Lakeview Otters", "a bursary had been created")


def test_released_a_statement_then_the_statement_said():
    text = (
        "Harrow Freight Lines released a statement saying it regretted the delays. "
        '"We are adding drivers this week," the statement said.'
    )
    assert has_quote(text, "Harrow Freight Lines", "We are adding drivers this week")


def test_title_only_speaker_named_in_later_apposition():
    text = (
        "Opposition critic Harriet Quist-Abara said the figures were stale.\n\n"
        "The associate deputy minister, who sat in the gallery, later spoke to "
        "reporters. About 4,000 patients are waiting, the associate deputy minister "
        "said.\n\n"
        '"We expect the list to shrink by June," the associate deputy minister said.\n\n'
        "The committee meets again next week.\n\n"
        "The associate deputy minister, Rosaline Van der Hoek, will appear before it."
    )
    assert has_quote(text, "Rosaline Van der Hoek", "About 4,000 patients are waiting")
    assert has_quote(text, "Rosaline Van der Hoek", "We expect the list to shrink by June")


def test_description_without_later_apposition_keeps_old_reading():
    text = (
        "Opposition critic Harriet Quist-Abara spoke first.\n\n"
        '"We expect the list to shrink by June," the deputy minister said.\n\n'
        "The minister, Paul Oduya, was away."
    )
    assert not has_quote(text, "Paul Oduya", "We expect the list to shrink by June")


def test_name_written_only_after_the_is_never_she():
    text = (
        "TOWN — The Millbrook Gazette-Herald will print its last issue on Friday, its "
        "owner said.\n\n"
        "Columnist Wilhelmina Oyelaran-Shaw said she would keep writing.\n\n"
        "The Gazette-Herald did not apply for the grant, Gordon Reinholt said.\n\n"
        "Her last column will be about the flood of 1950, she said."
    )
    rows = speech_rows(text)
    assert not any(
        s == "Millbrook Gazette-Herald" and q.startswith("Her last column") for s, _, q in rows
    )
    assert has_quote(
        text, "Wilhelmina Oyelaran-Shaw", "Her last column will be about the flood of 1950"
    )
