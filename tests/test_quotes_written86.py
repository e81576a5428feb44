"""w78's rules (session 33, the seventy-eighth written batch), each checked on sentences
written for this file.

* "start-up" (the hyphenated spelling) is a company head like "startup"
  (``mentions._COMPANY_HEADS``): "The Calgary software start-up, which ..., said" after a
  company named with its legal form is that company; it was the bare description.
* "A, the society said in a notice posted on its website, and B" / "... in a letter sent
  to employees on Friday, but B": a participle on the frame's document before ", and" /
  ", but" belongs to the frame (``additions._PAREN_POST_RE``: "posted/published/shared
  on/to its ... website/page"; ``sides._INSERTED_FRAME_PLACE_RE``: a document participle
  with a preposition: "sent to", "slipped under", "delivered to"), so both sides are the
  statement; A was missed, or the participle
  phrase was taken as content.
* "The foundation reported raising $610,000 last year": "report" / "post" / "record" with
  a result gerund and an amount (raising, collecting, selling, generating, netting,
  shipping) is no speech (``content._RESULT_GERUND_RE``, beside the indefinite object "reported a
  loss"); it was a row. "reported seeing smoke" stays speech.
"""

from __future__ import annotations

from tests._quote_rows import speech_rows


def test_hyphenated_start_up_is_the_company_named_before():
    text = (
        "CALGARY — Marten Ridge Software Inc. is cutting 60 jobs, the company said Friday.\n\n"
        "The Calgary software start-up, which was founded in a garage in 2017, said in an "
        "email to staff that the cuts would fall mostly on its sales team."
    )
    assert (
        "Marten Ridge Software Inc.",
        "said",
        "the cuts would fall mostly on its sales team",
    ) in speech_rows(text)


def test_bare_start_up_after_company_is_the_company():
    text = (
        "Ostrander Labs Ltd. will open an office in Halifax, it said on Monday. The start-up "
        "said the office would hire 25 engineers by spring."
    )
    assert ("Ostrander Labs Ltd.", "said", "the office would hire 25 engineers by spring") in (
        speech_rows(text)
    )


def test_inserted_frame_with_statement_posted_on_website_keeps_both_sides():
    # the frame's document is "posted on its website" before ", and B"
    # (additions._PAREN_POST_RE)
    text = (
        "The pool closure is temporary, the Brookfield Recreation Society said in a notice "
        "posted on its website, and the outdoor rink will stay open."
    )
    rows = speech_rows(text)
    assert ("the Brookfield Recreation Society", "said", "The pool closure is temporary") in rows
    assert any(q.endswith("the outdoor rink will stay open") for _, _, q in rows)


def test_inserted_frame_with_letter_sent_to_staff_keeps_both_sides():
    # the participle "sent to employees on Friday" is the frame's, not content
    # (sides._INSERTED_FRAME_PLACE_RE)
    text = (
        "The bakery will close in June, the owners said in a letter sent to employees on "
        "Friday, but the catering business will carry on."
    )
    rows = speech_rows(text)
    assert ("the owners", "said", "The bakery will close in June") in rows
    assert ("the owners", "said", "but the catering business will carry on") in rows


def test_statement_posted_to_facebook_page_is_frame():
    text = (
        "Fares will rise in May, the Tidewater Transit Commission said in a statement posted to "
        "its Facebook page, but the monthly pass will not change."
    )
    rows = speech_rows(text)
    assert ("the Tidewater Transit Commission", "said", "Fares will rise in May") in rows


def test_reported_raising_an_amount_is_no_speech():
    text = "The Lakehead Arts Foundation reported raising $415,000 at its spring gala last year."
    assert speech_rows(text) == []


def test_reported_selling_units_is_no_speech_but_reported_seeing_is():
    assert speech_rows("The brewery reported selling 12,000 cases in its first summer.") == []
    rows = speech_rows("Two neighbours reported seeing smoke from the barn before midnight.")
    assert [q for _, _, q in rows] == ["seeing smoke from the barn before midnight"]


def test_inserted_frame_with_notice_slipped_under_doors_keeps_both_sides():
    text = (
        "Rents will rise in July, the tenants' co-operative said in a notice slipped under "
        "every door, and the laundry room will close for repairs."
    )
    rows = speech_rows(text)
    assert any(q == "Rents will rise in July" for _, _, q in rows)
    assert any(q.endswith("the laundry room will close for repairs") for _, _, q in rows)
    assert not any(q.startswith("slipped") for _, _, q in rows)
