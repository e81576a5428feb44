"""w78's rules (session 33, the seventy-eighth written batch), each checked on sentences
written for this file.

* "start-up" (the hyphenated spelling) is a company head like "startup"
  (``mentions._COMPANY_HEADS``): "The Calgary software start-up, which ..., said" after a
  company named with its legal form is that company; it was the bare description.
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
        "Marten Ridge Software Inc",
        "said",
        "the cuts would fall mostly on its sales team",
    ) in speech_rows(text)


def test_bare_start_up_after_company_is_the_company():
    text = (
        "Ostrander Labs Ltd. will open an office in Halifax, it said on Monday. The start-up "
        "said the office would hire 25 engineers by spring."
    )
    assert ("Ostrander Labs Ltd", "said", "the office would hire 25 engineers by spring") in (
        speech_rows(text)
    )
