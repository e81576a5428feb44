"""left81's rules (session 41 round 1, rows left by session 40), each checked on
sentences written for this file.

* 'Ann Roe summed it up: "A."' as an article's first line (or a later "Name: Title"
  line): a headline colon frame whose content is one quotation is that quotation
  without its marks, as every direct row (``assemble._headline_line``); the row kept
  the marks. 'Ann Roe put it this way: "A"' (left80) is unchanged.
* "She told them this: A", "told staff the following: A": "this", "the following" or
  "it this way", at most "much" and one prepositional phrase of up to four words ("to
  council", "in a letter"), closed by a colon before a clause is no content: the
  content starts after the colon (``sides._DEMONSTRATIVE_CLAUSE_COLON_RE`` in
  ``_past_demonstrative_colon``). "told them this week that A" keeps A, "said this was
  the plan: ..." (an auxiliary) and "said this plan: ..." (a noun) are unchanged.
"""

from __future__ import annotations

from tests._quote_rows import speech_rows


def test_headline_colon_quotation_loses_its_marks():
    t = 'Ann Roe summed it up: "We are done with this council."'
    assert speech_rows(t) == [("Ann Roe", ":", "We are done with this council.")]


def test_headline_name_colon_quotation_loses_its_marks():
    t = 'Tremblay: "The bridge will not reopen this year."\nThe council met on Monday.'
    assert speech_rows(t) == [("Tremblay", ":", "The bridge will not reopen this year.")]


def test_summed_it_up_in_the_body_is_the_quotation():
    t = 'Council votes to close the mill\nAnn Roe summed it up: "We are done with this council."'
    assert speech_rows(t) == [("Ann Roe", ":", "We are done with this council.")]


def test_put_it_this_way_is_the_quotation():
    t = 'The mayor put it this way: "We cannot pay for a new arena."'
    assert speech_rows(t) == [("The mayor", "put it", "We cannot pay for a new arena.")]


def test_told_them_this_colon_starts_after_the_colon():
    t = "She told them this: the plant will close in June."
    assert speech_rows(t) == [("She", "told", "the plant will close in June")]


def test_the_following_colon_starts_after_the_colon():
    t = "The manager told staff the following: the plant will close in June."
    assert [q for _, _, q in speech_rows(t)] == ["the plant will close in June"]


def test_the_following_in_a_letter_colon():
    t = "The minister wrote the following in a letter: the ferry service will end in May."
    assert [q for _, _, q in speech_rows(t)] == ["the ferry service will end in May"]


def test_told_them_this_week_that_keeps_its_clause():
    t = "She told them this week that the plant will close."
    assert speech_rows(t) == [("She", "told", "the plant will close")]


def test_this_was_the_plan_colon_is_unchanged():
    t = "Ann Roe said this was the plan: close the plant and sell the land."
    assert [q for _, _, q in speech_rows(t)] == [
        "this was the plan: close the plant and sell the land"
    ]
