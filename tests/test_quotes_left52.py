"""left52's rules (session 27, recall of issue #12), each checked on sentences written
for this file.

* "said A should do X and ask Y to B": a bare cue verb joined by "and" to the verb of a
  modal (or an infinitive "to") inside the content is a second verb of that content, no
  new frame that ends it ("and ask", "and tell"); a past form ("and said") still is one.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


def test_bare_cue_after_modal_and_stays_in_content():
    text = (
        "The nurse said patients should bring a list of their pills and ask the "
        "pharmacist to check it."
    )
    assert has_quote(
        text,
        "nurse",
        "patients should bring a list of their pills and ask the pharmacist to check it",
    )
    assert len(speech_rows(text)) == 1


def test_bare_cue_after_modal_in_fronted_content():
    text = "Tenants must keep every receipt and tell the landlord in writing, Ann Roe said."
    assert has_quote(
        text, "Ann Roe", "Tenants must keep every receipt and tell the landlord in writing"
    )


def test_past_cue_after_infinitive_and_opens_its_own_frame():
    text = (
        "Mayor Ann Roe promised to hire forty more drivers over two years and said "
        "the buses would run all night."
    )
    assert has_quote(text, "Ann Roe", "the buses would run all night")
