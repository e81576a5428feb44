"""spk71's rules (session 45, issue #12: speaker accuracy on PolNeAR train), each
checked on sentences written for this file.

* "'Thin-skinned' Vale quells critics" (a headline's quoted epithet before a surname):
  a capitalised run whose non-final word closes a quotation is read from the word after
  it (``names.quoted_epithet_cut``, asked by ``names._name_info0``), so the epithet is
  no given name and "Vale said" is the article's "Tom Vale" (or "Vale" alone), not
  "Thin-skinned' Vale". A name with an apostrophe inside a word ("O'Hanlon"), a plural
  possessive ("Sanders' aides") and a plain full name keep the old reading.
"""

from __future__ import annotations

from analysis.quotes.names import quoted_epithet_cut
from tests._quote_rows import speaker_of


def test_quoted_epithet_cut_words():
    assert quoted_epithet_cut(["Thin-skinned'", "Vale"]) == ["Vale"]
    assert quoted_epithet_cut(["‘Crooked’", "Ann", "Roe"]) == ["Ann", "Roe"]
    # near misses: an apostrophe inside a name, a plural possessive, a plain name
    assert quoted_epithet_cut(["Liam", "O'Hanlon"]) == ["Liam", "O'Hanlon"]
    assert quoted_epithet_cut(["Ann", "Roberts'", "Vale"]) == ["Ann", "Roberts'", "Vale"]
    assert quoted_epithet_cut(["Tom", "Vale"]) == ["Tom", "Vale"]


_EPITHET = (
    "'Thin-skinned' Vale quells critics with threats of lawsuits\n\n"
    "Tom Vale has long sued the people who cross him, his former aides said.\n\n"
    '"They are losers," Vale said on Monday.\n'
)


def test_headline_epithet_is_no_given_name():
    assert speaker_of(_EPITHET, "They are losers") == "Tom Vale"


def test_headline_epithet_surname_alone():
    text = (
        "'Thin-skinned' Vale quells critics with threats of lawsuits\n\n"
        "The mayor has long sued the people who cross him.\n\n"
        '"They are losers," Vale said on Monday.\n'
    )
    assert speaker_of(text, "They are losers") == "Vale"


def test_apostrophe_names_keep_their_reading():
    text = (
        "Budget talks stall\n\n"
        "Liam O'Hanlon, a budget analyst, spoke on Monday.\n\n"
        '"The numbers do not add up," O\'Hanlon said.\n'
    )
    assert speaker_of(text, "The numbers do not add up") == "Liam O'Hanlon"
