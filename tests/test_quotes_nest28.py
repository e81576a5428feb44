"""Nested reported clauses (nest28): a relayed report inside a speaker's statement
("His wife had told him A, he said" / "Lee said his wife had told him A") is one row,
the outer speaker's, whether the outer cue comes before or after the clause; the
outer row is never dropped because an inner clause ends where it ends. Sentences
written for these tests."""

from tests._quote_rows import has_quote, quote_rows, speech_rows

_BEFORE = "Omar Reyes runs the farm. He was tired, Reyes said, and he would look for work. "


def test_outer_row_kept_after_an_earlier_cue_first_row():
    text = _BEFORE + "His wife had told him she would not move, he said."
    assert has_quote(text, "Omar Reyes", "His wife had told him she would not move")


def test_outer_row_kept_with_an_apposition_inside():
    text = _BEFORE + "His wife, a teacher, had told him she would not move, he said."
    assert has_quote(text, "Omar Reyes", "His wife, a teacher, had told him she would not move")


def test_relayed_row_inside_a_content_first_statement_is_no_row_of_its_own():
    text = "Omar Reyes runs the farm. His wife had told him she would not move, he said."
    assert [s for s, _, _ in speech_rows(text)] == ["Omar Reyes"]


def test_relayed_row_inside_a_content_first_statement_after_another_row():
    text = _BEFORE + "The bank had told him the loan was safe, he said."
    rows = speech_rows(text)
    assert not any(c == "told" for _, c, _ in rows), rows
    assert has_quote(text, "Omar Reyes", "The bank had told him the loan was safe")


def test_relayed_row_inside_a_cue_first_statement_is_no_row_of_its_own():
    text = "Omar Reyes said his wife had told him she would not move."
    assert quote_rows(text, "speaker", "cue") == [("Omar Reyes", "said")]


def test_named_speaker_told_inside_a_content_first_frame_is_the_row():
    # (not a relayed past perfect: Lind's statement is a row, Obi's frame its source)
    text = "Jane Obi said the clinic was full. Her doctor, Dr. Ann Lind, told Obi the shot was safe, Obi said."
    assert has_quote(text, "Ann Lind", "the shot was safe")
    assert has_quote(text, "Jane Obi", "Her doctor, Dr. Ann Lind, told Obi the shot was safe")


def test_statement_reported_by_a_paper_stays_the_speakers():
    text = "Ann Roe said it was late. Mayor Tom Hale said the bridge would close, the Gazette reported."
    assert has_quote(text, "Tom Hale", "the bridge would close")


def test_relayed_past_perfect_with_an_adverb():
    text = _BEFORE + "The bank had repeatedly told him the loan was safe, he said."
    assert has_quote(text, "Omar Reyes", "The bank had repeatedly told him the loan was safe")


def test_a_claim_denied_is_no_outer_statement():
    text = "Ann Roe said it was late. Lee said that the city had cut the fund in half, a claim the mayor denied."
    assert has_quote(text, "Lee", "the city had cut the fund in half")


def test_told_inside_said_still_nested_with_two_statements():
    text = "Omar Reyes said he had told his son not to panic. Ann Roe said it was late."
    assert quote_rows(text, "speaker", "cue") == [("Omar Reyes", "said"), ("Ann Roe", "said")]


def test_interrupting_frame_inside_a_clause_is_kept():
    text = "Ann Roe said the plan, Lee said, would fail."
    assert any(s == "Lee" for s, _, _ in speech_rows(text))


def test_a_figure_disputed_frame_is_no_row_over_a_statement():
    text = "Ann Roe said it was late. The premier said wait lists fell by 18 per cent, a figure his rivals dispute."
    assert [c for _, c, _ in speech_rows(text)] == ["said", "said"]


def test_say_inside_a_content_first_statement_is_its_speakers_words():
    text = "Ann Roe said it was late. The plan has a new roster that drivers say leaves them no rest, the union said."
    rows = speech_rows(text)
    assert not any(c == "say" for _, c, _ in rows), rows
