"""left81's rules (session 41 round 1, rows left by session 40), each checked on
sentences written for this file.

* 'Ann Roe summed it up: "A."' as an article's first line (or a later "Name: Title"
  line): a headline colon frame whose content is one quotation is that quotation
  without its marks, as every direct row (``assemble._headline_line``); the row kept
  the marks. 'Ann Roe put it this way: "A"' (left80) is unchanged.
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
