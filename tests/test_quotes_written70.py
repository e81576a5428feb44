"""w62's rules (session 29, the sixtysecond written batch), each checked on sentences
written for this file.

* "A, the firm said Thursday, even as engineers described the damage." / "A, Mayor Ann
  Roe said Tuesday night after council voted to fund the arena.": a subordinate clause
  of time or circumstance ("as", "even as", "after", "while", "before", "until") that ends
  the sentence after the frame, with no "that" and no comma, is the frame's tail, and the
  content is the clause before the frame (``sides._SUBORDINATE_TAIL_RE``); the subordinate
  clause was taken as the content. Not an amount ("officials said as many as 40 people
  had died": content).
* "Asked whether teachers would strike in 2030 if class sizes were not addressed, Roe
  paused. '...!' he said": a name right after a long "Asked/Pressed/Questioned ..." lead
  phrase (past the 80 characters of the short-lead check) is a clause subject although
  the phrase holds "whether" or "that" (``mentions._ASKED_LEAD_RE`` in
  ``_comma_subject``); the "he" went to the person quoted before.
* "Mayor Fitzgerald Roe and Coun. Henrietta Vale toured a centre. She said ...": the
  second of two names joined by "and" is a clause subject for its pronoun also when an
  abbreviated title stands between "and" and the name (``mentions._PAIR_AND_RE``) and
  when only the second name's gender is known (``_ArticleNames.pair_second``); "she"
  went to the first, of unknown gender, and "he" later to nobody.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows


def test_even_as_tail_after_time_word_leaves_content_before():
    text = (
        "HALIFAX — The bridge would stay closed for at least two weeks, Harbour Crossing "
        "Ltd. said Thursday, even as engineers described the damage as minor."
    )
    assert has_quote(
        text, "Harbour Crossing", "The bridge would stay closed for at least two weeks"
    )
    assert not any("engineers" in q for (q,) in quote_rows(text, "quote"))


def test_after_clause_without_comma_is_a_tail():
    text = (
        "MONCTON — The vote was about jobs, not about a private business, Mayor Dana "
        "Leclair said Tuesday night after council voted 6-5 to put $9 million toward the "
        "arena."
    )
    assert has_quote(text, "Leclair", "The vote was about jobs, not about a private business")
    assert not any("council voted" in q for (q,) in quote_rows(text, "quote"))


def test_while_clause_tail_with_a_plain_said():
    text = "The clinic will reopen in May, Olu Barnes said while touring the ward on Monday."
    assert has_quote(text, "Barnes", "The clinic will reopen in May")


def test_amount_after_said_is_still_content():
    text = "After the storm hit the town on Monday, officials said as many as 40 people had died."
    assert has_quote(text, "officials", "as many as 40 people had died")


def test_that_clause_after_the_subordinate_is_still_content():
    text = "Late on Monday, the premier said after the meeting that taxes would fall."
    assert has_quote(text, "premier", "taxes would fall")


_ASKED_BASE = (
    "The union's president, Ravi Callan-Moyo, said turnout was high.\n\n"
    "Its spokesperson, Caspar Lindmark, said in an email that a new negotiator would be "
    "chosen.\n\n{}\n\n"
    '"I am not going to threaten anybody today!" he said.'
)


def _last_speaker(text):
    return quote_rows(text, "speaker")[-1][0]


def test_long_asked_whether_lead_then_name_is_the_he():
    lead = (
        "Asked whether teachers would strike in 2030 if class complexity was not "
        "addressed, Callan-Moyo paused."
    )
    assert _last_speaker(_ASKED_BASE.format(lead)) == "Ravi Callan-Moyo"


def test_long_pressed_lead_with_that_then_name_is_the_he():
    lead = (
        "Pressed by reporters on the claim that the union had a strike fund ready for "
        "next spring, Callan-Moyo smiled."
    )
    assert _last_speaker(_ASKED_BASE.format(lead)) == "Ravi Callan-Moyo"


def test_reported_clause_before_name_is_still_no_subject():
    # the name inside a reported clause is not the clause subject: the quoted speaker stays
    lead = (
        "The spokesperson later told reporters at the legislature that, after a long night, "
        "Callan-Moyo slept."
    )
    assert _last_speaker(_ASKED_BASE.format(lead)) == "Caspar Lindmark"


_PAIR = (
    "Mayor Fitzgerald Oyelaran and Coun. Henrietta Van Loon toured a cooling centre on "
    "Tuesday. She said afterward that the centres in her ward had been full by noon.\n\n"
    'The mayor conceded that staffing was a problem. "We need volunteers," he said.'
)


def test_she_after_pair_with_title_is_the_known_woman():
    rows = quote_rows(_PAIR, "speaker", "quote")
    assert ("Henrietta Van Loon", "the centres in her ward had been full by noon") in rows


def test_he_after_pair_is_then_the_other_one():
    rows = quote_rows(_PAIR, "speaker", "quote")
    assert ("Fitzgerald Oyelaran", "We need volunteers") in rows


def test_pair_of_unknown_genders_keeps_the_first():
    text = (
        "Mayor Fitzgerald Oyelaran and Coun. Kerensa Van Loon toured a cooling centre on "
        "Tuesday. She said afterward that the centres had been full by noon."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows == [("Fitzgerald Oyelaran", "the centres had been full by noon")]
