"""desc26: description and pronoun speakers (sentences written for these tests)."""

from __future__ import annotations

from tests._quote_rows import speech_rows

_LEDE = (
    "Driver jailed for crash\n\n"
    "TORONTO — A man who killed a cyclist was sentenced Thursday to five years, with a judge"
    " telling him his apology was sincere but came too late.\n\n"
    "Tom Vale, 41, pleaded guilty in May.\n\n"
)


def _speaker_of(text, quote):
    return [s for s, _c, q in speech_rows(text) if q == quote]


def test_lede_description_takes_the_one_person_titled_so_later():
    text = (
        _LEDE + "In her decision, Superior Court Justice Ann Roe said the crash was no accident.\n"
    )
    assert _speaker_of(text, "his apology was sincere but came too late") == ["Ann Roe"]


def test_lede_description_with_the_same_title_later():
    text = (
        "Council rejects plan\n\nA plan to close the library was rejected Monday, a councillor"
        " said.\n\nThe vote was 7-4.\n\nCouncillor Mia Dube said the library would stay open.\n"
    )
    assert _speaker_of(text, "A plan to close the library was rejected Monday") == ["Mia Dube"]


def test_lede_description_left_alone_when_two_are_titled_so():
    text = (
        _LEDE + "Justice Ann Roe said the crash was no accident. Justice Lia Moss, hearing a"
        " second case, said the courts were busy.\n"
    )
    assert _speaker_of(text, "his apology was sincere but came too late") == ["a judge"]


def test_description_after_the_lede_is_not_named_from_a_later_title():
    text = (
        "Driver jailed\n\nTom Vale, 41, pleaded guilty in May.\n\nHe was jailed, with a judge"
        " telling him his apology came too late.\n\nJustice Ann Roe said the crash was no"
        " accident.\n"
    )
    assert _speaker_of(text, "his apology came too late") == ["a judge"]


def test_deputy_title_later_is_someone_else():
    text = (
        "Council rejects plan\n\nA plan to close the library was rejected Monday, a mayor"
        " said.\n\nThe vote was 7-4.\n\nDeputy Mayor Mia Dube said the library would stay open.\n"
    )
    assert _speaker_of(text, "A plan to close the library was rejected Monday") == ["a mayor"]
