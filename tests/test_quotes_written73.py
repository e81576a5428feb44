"""w65's rules (session 30, the sixtyfifth written batch), each checked on sentences
written for this file.

* "Jo Ruiz, 36, issued a statement saying ...": an age set off by commas between the
  name and the verb that issued the document is skipped
  (``nonspeech._issued_age_token``); the speaker was "36".
* "The campaign issued a statement after the debate saying ...": "after/following/
  before/during the <noun>" may stand between the document and the cue
  (``nonspeech._issued_event_gap``); it was no row.
* "The losing skip, two-time champion Ann Roe, conceded that ...": a hyphenated
  lower-case modifier ("two-time", "long-time") counts among the role words before a
  name after a comma (``np_left._role_word_alpha``); the speaker was the description.
* "The moderator, veteran broadcaster Ann Roe, warned ... '...,' the moderator said":
  up to three lower-case role words may stand between the apposition's comma and the
  name a later bare description echoes (``wordscan.APPOSED_ROLE_WORDS`` in
  ``appositions._resolve_apposed``; no function word among them, so "The mayor, who
  lives in Ottawa," names nobody); it was "the moderator".
* "A, the foreperson told a packed courtroom Friday, ending B": a listener ("a packed
  courtroom", "reporters") and a day between the "tell" cue and a comma before a
  participle adjunct leave the content before the frame (``sides._DATED_LISTENER_RE``;
  "courtroom" is a listener in ``cues._LISTENERS``); the row was the participle phrase.
* "A, Acme Inc. said in a filing Monday, B": "in a filing" / "in a submission" is an
  adverbial of the frame (``cues._POST_SKIP_ITEMS``); the row was "in a filing Monday, B".
* "reported a profit of $22 million, a figure that riders raised" and "announced a
  $1.2-million renovation and has since leased it": an apposed ", a <noun> that" clause
  and the subject's next predicate ("and has since ...") close the object noun phrase
  (``content._CLOSING_RELATIVE_RE``, ``content._SECOND_PREDICATE_RE``), so their clause
  words make no speech; both were false rows.
* "One of them, a software developer who asked not to be named, said": the indefinite
  description in apposition to a partitive subject is the speaker
  (``clauses._partitive_description``); it was "one of them".
* 'Vale shrugged. "..."' / 'Vale declined to respond to the accusation. "..."': a
  one-sentence lead-in of a gesture (or, in a lead-in only, of a refusal to answer)
  that opens the quotation's own paragraph hands the quotation to its subject, as a
  one-sentence gesture paragraph before it does (``formats._gesture_lead_in``,
  ``formats._DECLINED_TAIL_RE``); it went to the speaker of the paragraph before.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows


def _speakers(text: str, quote: str) -> list[str]:
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_age_between_name_and_issued_statement_is_skipped():
    text = (
        "The bakery's owner, Hester Quigley-Amadi, 58, issued a statement saying "
        "the ovens would be fixed by spring."
    )
    assert _speakers(text, "the ovens would be fixed by spring") == ["Hester Quigley-Amadi"]


def test_age_after_bare_name_before_issued_statement():
    text = "Tobin Farrow-Eze, 44, issued a statement saying he would not run again."
    assert _speakers(text, "he would not run again") == ["Tobin Farrow-Eze"]


def test_statement_after_an_event_before_saying():
    text = (
        "The mayor's office issued a statement after the vote saying the budget "
        "would be balanced next year."
    )
    assert has_quote(text, "office", "the budget would be balanced next year")


def test_statement_following_the_game_before_saying():
    text = "The league issued a statement following the game saying no player was hurt."
    assert has_quote(text, "league", "no player was hurt")


def test_hyphenated_role_word_before_apposed_name():
    text = (
        "The losing pitcher, two-time all-star Delphine Arkwright-Obi, conceded that "
        "her curveball had not been sharp."
    )
    assert _speakers(text, "her curveball had not been sharp") == ["Delphine Arkwright-Obi"]


def test_long_time_role_word_before_apposed_name_said():
    text = "The coach, long-time assistant Bram Kowalczyk-Ames, said the team was tired."
    assert _speakers(text, "the team was tired") == ["Bram Kowalczyk-Ames"]


def test_description_with_role_words_before_apposed_name_is_echoed():
    text = (
        "The referee, retired schoolteacher Odile Varga-Nkemelu, warned both benches "
        "that she would hand out penalties.\n\n"
        '"Sit down, please," the referee said.'
    )
    assert _speakers(text, "Sit down, please") == ["Odile Varga-Nkemelu"]


def test_relative_clause_after_the_description_names_nobody():
    text = (
        "The referee, who lives in Sudbury, warned both benches that she would hand out "
        "penalties.\n\n"
        '"Sit down, please," the referee said.'
    )
    assert _speakers(text, "Sit down, please") != ["Sudbury"]


def test_told_a_courtroom_on_a_day_then_participle_keeps_the_content_before():
    text = (
        "The defendant is not guilty on all counts, the clerk told a crowded courtroom "
        "Tuesday, ending a trial that lasted four months."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows == [("the clerk", "The defendant is not guilty on all counts")]


def test_told_reporters_on_a_day_then_participle_keeps_the_content_before():
    text = (
        "The strike is over, the union leader told reporters Sunday, ending three weeks "
        "of picket lines at the port."
    )
    assert [q for _, q in quote_rows(text, "speaker", "quote")] == ["The strike is over"]


def test_told_reporters_then_adding_keeps_both_rows():
    text = (
        "The strike is over, the union leader told reporters Sunday, adding that the "
        "workers would vote on the deal next week."
    )
    quotes = [q for _, q in quote_rows(text, "speaker", "quote")]
    assert "The strike is over" in quotes
    assert "the workers would vote on the deal next week" in quotes


def test_said_in_a_filing_is_no_content():
    text = (
        "The company can no longer pay its lenders, Brightwater Looms Inc. said in a "
        "filing Monday, three years after it opened its first mill."
    )
    assert quote_rows(text, "quote") == [("The company can no longer pay its lenders",)]


def test_amount_object_then_apposed_figure_that_is_no_speech():
    text = (
        "The ferry operator reported a loss of $9 million for the season, a number that "
        "angered island residents."
    )
    assert quote_rows(text, "quote") == []


def test_amount_object_then_second_predicate_is_no_speech():
    text = (
        "The landlord announced a $3-million upgrade in March and has since raised the "
        "rent on every unit."
    )
    assert quote_rows(text, "quote") == []


def test_announced_then_said_keeps_the_said_clause():
    text = "The landlord announced a $3-million upgrade in March and said the rents would not rise."
    assert quote_rows(text, "quote") == [("the rents would not rise",)]


def test_partitive_subject_with_described_apposition_and_who_clause():
    text = (
        "Dozens of cooks lost their jobs on Monday. One of them, a pastry chef who asked "
        "not to be named, said the kitchen closed without warning."
    )
    assert _speakers(text, "the kitchen closed without warning") == ["a pastry chef"]


def test_partitive_subject_with_described_apposition():
    text = "One of them, a line cook, said the kitchen closed without warning."
    assert _speakers(text, "the kitchen closed without warning") == ["a line cook"]


def test_partitive_subject_alone_stays():
    text = "One of them said the kitchen closed without warning."
    assert _speakers(text, "the kitchen closed without warning") == ["one of them"]


_EARLIER = (
    "Defence lawyer Orla Venkataraman-Doyle said the evidence was thin.\n\n"
    '"We will appeal this verdict," Venkataraman-Doyle said.\n\n'
)


def test_gesture_lead_in_in_the_quotation_paragraph():
    text = (
        _EARLIER + 'Prosecutor Idris Halloran-Mbeki shrugged. "The jury heard it all and decided."'
    )
    assert _speakers(text, "The jury heard it all and decided.") == ["Idris Halloran-Mbeki"]


def test_refusal_lead_in_in_the_quotation_paragraph():
    text = (
        _EARLIER
        + "Prosecutor Idris Halloran-Mbeki said the verdict was fair.\n\n"
        + "Halloran-Mbeki declined to respond to the accusation. "
        + '"The jury heard it all and decided."'
    )
    assert _speakers(text, "The jury heard it all and decided.") == ["Idris Halloran-Mbeki"]


def test_quotation_paragraph_with_its_own_frame_is_unchanged():
    text = _EARLIER + 'Halloran-Mbeki shrugged. "The jury decided," Venkataraman-Doyle said.'
    assert _speakers(text, "The jury decided") == ["Orla Venkataraman-Doyle"]
