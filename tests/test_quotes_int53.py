"""Integration fixes of session 29's merges (int53), with sentences written here.

* w59's interviewee by a surname the lead-in writes alone ("... spoke with Roe") and
  w60's interviewee named only after the turns met in one article: a date that opens a
  sentence ("On Thursday, ...") and a lead-in that says "... on Thursday" made "On
  Thursday" the interviewee; a weekday, month or function word is never a name there.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def test_date_opening_a_sentence_is_no_interviewee():
    text = (
        "On Thursday, the company cut 300 jobs at its Waterloo office.\n\n"
        "In a short interview on Thursday, a tester who was laid off described her morning.\n\n"
        "Q: How did you hear?\n\n"
        "A: A calendar invite at nine. No title. I knew.\n\n"
        "Q: What now?\n\n"
        "A: I call everyone I know.\n\n"
        "The tester, Rina Oduya-Marsh, 41, had worked there six years."
    )
    rows = quote_rows(text, "speaker", "quote")
    answers = [s for s, q in rows if q.startswith(("A calendar invite", "I call everyone"))]
    assert answers == ["Rina Oduya-Marsh", "Rina Oduya-Marsh"]


def test_surname_alone_in_the_lead_in_still_names_the_interviewee():
    text = (
        "Priyanka Lévesque-Adeyemi has run the food bank for nine years.\n\n"
        "The Ledger spoke with Lévesque-Adeyemi about the winter ahead.\n\n"
        "Q: How many families now?\n\n"
        "A: Twice what we saw in 2019.\n\n"
        "Q: And next year?\n\n"
        "A: More, I fear."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert [s for s, q in rows if q.startswith("Twice what")] == ["Priyanka Lévesque-Adeyemi"]
