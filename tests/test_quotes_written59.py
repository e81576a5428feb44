"""w51's rules (session 27, after the blind run of the fiftyfirst batch), each checked on
sentences written for this file.

* '"A," the 21-year-old said.' right after a sentence of the same paragraph that names a
  newcomer in its first words ("One of them is Jo Roe, a student ...") is the newcomer, as
  a sentence-opening "The 21-year-old said" already was, not the speaker quoted before.
* "the director said" is the person described in apposition with up to four words between
  the determiner and the role ("Ann Roe, the regional district's emergency operations
  director,"), not only three.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speaker_of(text, start):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q.startswith(start)]


def test_aged_after_quote_is_the_newcomer_of_the_sentence_before():
    text = (
        "Dozens of riders waited at the stop on Monday.\n\n"
        '"The bus never comes on time," said Greta Halloran, who chairs the riders\' group. '
        "She said the route had lost two trips since May.\n\n"
        "One of them is Marcus Feeney, a cook from Elmvale who works the late shift. "
        '"I leave an hour early just in case," the 33-year-old said.'
    )
    assert _speaker_of(text, "I leave an hour") == ["Marcus Feeney"]
    assert _speaker_of(text, "The bus never") == ["Greta Halloran"]


def test_aged_after_quote_with_question_mark():
    text = (
        "Parents packed the gym on Tuesday.\n\n"
        '"We were told nothing," said Olivia Brandt, a mother of two.\n\n'
        "Another is Ken Watanabe, a welder whose son is in Grade 3. "
        '"Who decided this?" the 41-year-old said.'
    )
    assert _speaker_of(text, "Who decided") == ["Ken Watanabe"]


def test_aged_after_quote_keeps_the_speaker_when_no_one_new_is_named():
    text = (
        "Parents packed the gym on Tuesday.\n\n"
        '"We were told nothing," said Olivia Brandt, 38, a mother of two. '
        "The meeting lasted three hours. "
        '"Nobody answered us," the 38-year-old said.'
    )
    assert _speaker_of(text, "Nobody answered") == ["Olivia Brandt"]


def test_director_after_four_word_apposition():
    text = (
        "Crews worked through the night.\n\n"
        "Tobias Wren, the county's chief medical officer, said the water was safe. "
        "Rosalind Achebe, the regional district's emergency operations director, warned "
        "that roads would stay closed.\n\n"
        '"Stay home if you can," Wren said.\n\n'
        "Shelters have opened in two towns, the director said."
    )
    assert _speaker_of(text, "Shelters have opened") == ["Rosalind Achebe"]
