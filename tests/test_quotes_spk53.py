"""spk53: speakers left by session 35 (sentences written for these tests).

1. A bare office noun that marks a sex ("the chairman", "the chairwoman": kin._noun_sex)
   never varies a clause subject of the other sex (role_titles._of_noun_sex on the
   subject paths of ``_resolve_role``): "Ruth Dalby said A. The chairman said B" keeps
   "The chairman"; a man titled "chairman" long before stays the chairman when a woman
   speaks in between; "the chair" (no sex) still varies Dalby, and when two people chair
   boards, the one introduced with that office ("NAME, chair of ...") is the chair.
"""

from __future__ import annotations

from tests._quote_rows import speaker_of

# --- 1. a sex-marked office noun ---------------------------------------------------------------


def test_chairman_after_woman_stays_description():
    text = "Ruth Dalby said the rink would close in May. The chairman said the board would meet."
    assert speaker_of(text, "the board would meet") == "The chairman"


def test_alderman_after_woman_stays_description():
    text = "Ruth Dalby said the rink would close in May. The alderman said the board would meet."
    assert speaker_of(text, "the board would meet") == "The alderman"


def test_chairman_after_man_is_that_man():
    text = "Tom Venn said the rink would close in May. The chairman said the board would meet."
    assert speaker_of(text, "the board would meet") == "Tom Venn"


def test_chairwoman_after_woman_is_that_woman():
    text = "Ruth Dalby said the rink would close in May. The chairwoman said the board would meet."
    assert speaker_of(text, "the board would meet") == "Ruth Dalby"


def test_chair_without_sex_varies_the_woman():
    text = "Ruth Dalby said the rink would close in May. The chair said the board would meet."
    assert speaker_of(text, "the board would meet") == "Ruth Dalby"


_PAD = " ".join(["The meeting ran for three hours and residents lined the hall to speak."] * 16)


def test_titled_chairman_not_a_woman_subject_between():
    text = (
        f"Board chairman Tom Venn said the rink would close.\n\n{_PAD}\n\n"
        "Ruth Dalby spoke next. The chairman said fees would rise."
    )
    assert speaker_of(text, "fees would rise") == "Tom Venn"


def test_titled_chair_varied_by_recent_subject_of_either_sex():
    text = (
        f"Board chair Tom Venn said the rink would close.\n\n{_PAD}\n\n"
        "Ruth Dalby spoke next. The chairwoman said fees would rise."
    )
    assert speaker_of(text, "fees would rise") == "Ruth Dalby"


def test_two_chairs_the_one_introduced_with_the_office():
    text = (
        "Ruth Dalby, chair of the library board, said the branch would open in May. Tom Venn, "
        "who also sits on the parks board, said the budget was tight. The chair said the "
        "board would meet again."
    )
    assert speaker_of(text, "the board would meet again") == "Ruth Dalby"


def test_two_chairs_named_with_board_the_one_of_that_board():
    text = (
        "Tom Venn, the chair of the parks board, said the rink would close. Ruth Dalby, chair "
        "of the library board, said the branch would open. The chair of the parks board said "
        "fees would rise."
    )
    assert speaker_of(text, "fees would rise") == "Tom Venn"
