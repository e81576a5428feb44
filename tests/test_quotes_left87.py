"""left87's rules (session 44 round 2, leftovers of round 1), each checked on sentences
written for this file.

* '"A," Łukasz Nowak said.' ... "Nowak said": a name may open with a capital of Latin
  Extended-A/B ("Łukasz", "Šárka", "Željko", "İlker", "Čestmír"), one shared class
  (``lexicon.NAME_CAPITALS``, built from ``str.isupper``) read by the name scan
  (``names._NAME_SEQ_RE``): the lone surname and a "she" after the full name read as
  that person, as they do for "Lukasz Nowak". A word with such a capital inside
  ("AŁA") opens no name.
* "Tom Court ... Court said ... The court said A": a lower-case "the court"/"the
  church"/"the bank" after a person named Court/Church/Bank (a listed given name, and
  the surname written alone or after a title: ``person_named_bodies.person_named_like``,
  asked by ``org_nearest._nearest_org_at`` and ``antecedents._named_description``) is
  the institution (the phrase as written), never the person. A body named like a
  person ("Victoria Bank", never written as a lone "Bank") keeps its reading.
* "Whatever the critics say, A, NAME said.": a concessive "Whatever X say(s)," / "No
  matter what X say(s)," opener names no speaker (``sides._mention_at``): no row of
  "Whatever the critics"; NAME's row stays. "The critics say A, NAME said" keeps its
  row of the critics.
* "Ann Roe spoke to the Star.\n\nQ: Did you sign it?\n\nAnn Roe: No.": one "Q:"
  question right before one answer under a speaker's label, not quoted, is an
  exchange (``transcripts._question_then_named_answer``, asked by ``find_turns``):
  the answer is the named person's row. A "Q:" line that asks nothing ("Q: What is
  new.") before a label, or a heading label, stays no transcript.
"""

from __future__ import annotations

from analysis.quotes.lexicon import NAME_CAPITALS, lexicon
from analysis.quotes.mentions import _ArticleNames
from analysis.quotes.person_named_bodies import person_named_like
from tests._quote_rows import quote_rows


def _speakers(text):
    return [(s, q) for s, q in quote_rows(text, "speaker", "quote")]


def test_name_capitals_cover_latin_extended():
    for c in "ŁŠŽİČŘĆŐ":
        assert c in NAME_CAPITALS
    for c in "łšžıčř":
        assert c not in NAME_CAPITALS


def test_polish_surname_alone_reads_full_name():
    text = '"We will build the dam," Łukasz Nowak said on Friday.\n\nNowak said the plan was ready.'
    assert ("Łukasz Nowak", "the plan was ready") in _speakers(text)


def test_surname_before_after_apposition():
    text = 'Łukasz Nowak, the harbour master, spoke on Monday. "It is too late," Nowak said.'
    assert _speakers(text) == [("Łukasz Nowak", "It is too late")]


def test_she_after_czech_name():
    text = 'Šárka Novotná arrived early at the hall. "We are ready," she said.'
    assert _speakers(text) == [("Šárka Novotná", "We are ready")]


def test_other_extended_capitals_read_whole():
    assert _speakers('"The bridge is open," Željko Kovač said.') == [
        ("Željko Kovač", "The bridge is open")
    ]
    assert _speakers('"It works," İlker Demir told reporters.') == [("İlker Demir", "It works")]
    assert _speakers('"Never again," Čestmír Řezníček said on Monday.') == [
        ("Čestmír Řezníček", "Never again")
    ]


def test_ascii_name_unchanged():
    text = '"We will build the dam," Lukasz Nowak said on Friday.\n\nNowak said the plan was ready.'
    assert ("Lukasz Nowak", "the plan was ready") in _speakers(text)


def _an(text):
    return _ArticleNames(text, [(0, len(text))], lexicon(), None)


def test_person_named_like_needs_lone_surname():
    t = 'Tom Court filed the suit. "Yes," Court said. The court agreed.'
    assert person_named_like(_an(t), 0, ("Tom", "Court"))
    t = "Staff at Victoria Bank met. The bank agreed. The Bank opened."
    assert not person_named_like(_an(t), 9, ("Victoria", "Bank"))


def test_the_court_after_person_named_court():
    text = (
        'Tom Court filed the suit in May. "I want a hearing," Court said.\n\n'
        "The court said the claim was too late."
    )
    rows = _speakers(text)
    assert ("Tom Court", "I want a hearing") in rows
    assert ("the court", "the claim was too late") in rows


def test_the_bank_after_person_named_bank():
    text = (
        "Bob Bank filed the suit on Monday. Bank said he would wait.\n\n"
        "The bank said the loan was late."
    )
    assert ("the bank", "the loan was late") in _speakers(text)


def test_bank_named_like_person_keeps_reading():
    text = "Staff at Victoria Bank met on Monday.\n\nThe bank said the loan was late."
    assert _speakers(text) == [("Victoria Bank", "the loan was late")]


def test_whatever_opener_is_no_speaker():
    rows = quote_rows(
        "Whatever the critics say, the plan works, Mayor Ann Roe said.", "speaker", "quote"
    )
    assert rows == [("Ann Roe", "Whatever the critics say, the plan works")]
    rows = quote_rows("Whatever the board says, we will build it, Ann Roe said.", "speaker")
    assert rows == [("Ann Roe",)]


def test_plain_subject_say_keeps_row():
    rows = quote_rows("The critics say the plan works, Ann Roe said.", "speaker", "quote")
    assert ("the critics", "the plan works") in rows


def test_named_answer_after_question():
    text = "Ann Roe spoke to the Star.\n\nQ: Did you sign it?\n\nAnn Roe: No."
    assert ("Ann Roe", "No.") in quote_rows(text, "speaker", "quote")
    text = "Ann Roe spoke to the Star.\n\nQ: Did you sign it?\n\nRoe: No, I never saw it."
    assert ("Ann Roe", "No, I never saw it.") in quote_rows(text, "speaker", "quote")


def test_no_question_no_exchange():
    assert quote_rows("Q: What is new.\n\nAnn Roe: No.", "speaker") == []
    assert quote_rows("Q: Is the dam safe?\n\nFact: The dam was inspected.", "speaker") == []
