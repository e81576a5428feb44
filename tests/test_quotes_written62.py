"""w54's rules (session 27, the fiftyfourth written batch), each checked on sentences
written for this file.

* "The Lakeshore Federation of Small Bakers (LFSB) said A. ... LFSB said B.": a speaker
  that is a bare acronym is the organisation the article spelled out before "(LFSB)"
  (the capitalised words' initials, "of"/"and"/"the" skipped, spell the letters).
* "A, challenger Ann Roe told a packed community hall on Tuesday night.": a hall, an
  auditorium, a gymnasium or a congregation after "told" (with up to three words before
  it) is the listener, so the content is the clause before, not the hall.
* 'The coach conceded that A was "small," and said she had told them to relax.': the
  "she had told" inside what the coach said is no frame whose content is the sentence
  before it (a content-before row whose speaker and cue lie inside the content of
  another row, whose cue sits between them, is dropped).
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers(text, quote):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_acronym_speaker_is_the_spelled_out_name():
    text = (
        "The Lakeshore Federation of Small Bakers (LFSB) said flour prices had doubled. "
        "LFSB said in a news release on Friday that three bakeries had closed."
    )
    assert _speakers(text, "three bakeries had closed") == ["Lakeshore Federation of Small Bakers"]


def test_acronym_speaker_with_and_inside_the_name():
    text = (
        "Officials at the Tamarack Valley Water and Sewer Board (TVWSB) met on Monday.\n\n"
        '"The pipes are older than the town hall," TVWSB said in a statement.'
    )
    assert _speakers(text, "The pipes are older than the town hall") == [
        "Tamarack Valley Water and Sewer Board"
    ]


def test_acronym_whose_letters_do_not_match_keeps_the_letters():
    text = (
        "The Lakeshore Federation of Small Bakers (LSB) said flour prices had doubled. "
        "LSB said in a news release on Friday that three bakeries had closed."
    )
    assert _speakers(text, "three bakeries had closed") == ["LSB"]


def test_acronym_never_spelled_out_keeps_the_letters():
    text = "The LFSB said in a news release on Friday that three bakeries had closed."
    assert [s.lower() for s in _speakers(text, "three bakeries had closed")] == ["the lfsb"]


def test_acronym_with_the_before_it():
    text = (
        "The Lakeshore Federation of Small Bakers (LFSB) was founded in 1988. "
        "The LFSB said in a news release on Friday that three bakeries had closed."
    )
    assert _speakers(text, "three bakeries had closed") == ["Lakeshore Federation of Small Bakers"]


def test_told_a_packed_hall_is_a_listener():
    text = "Bus fares will fall next spring, challenger Ann Roe told a packed community hall on Tuesday."
    rows = quote_rows(text, "speaker", "quote")
    assert rows == [("Ann Roe", "Bus fares will fall next spring")]


def test_told_a_crowded_auditorium_that():
    text = "Ann Roe told a crowded school auditorium that bus fares would fall next spring."
    assert quote_rows(text, "speaker", "quote") == [("Ann Roe", "bus fares would fall next spring")]


def test_told_a_congregation_before_the_content():
    text = "The church roof will be fixed by Easter, the pastor told the congregation on Sunday."
    quotes = [q for _, q in quote_rows(text, "speaker", "quote")]
    assert quotes == ["The church roof will be fixed by Easter"]


def test_frame_inside_reported_clause_takes_no_content_before():
    text = (
        'The coach conceded that the short program had been "tight and timid," and said '
        "she had told them to relax."
    )
    rows = quote_rows(text, "speaker", "cue", "quote")
    assert [r[1] for r in rows] == ["conceded", "said"]
    assert rows[1][2] == "she had told them to relax"


def test_relayed_report_before_its_frame_stays():
    text = "Her doctor told her the pills were safe, Ann Roe said."
    rows = quote_rows(text, "speaker", "quote")
    assert ("Ann Roe", "Her doctor told her the pills were safe") in rows
