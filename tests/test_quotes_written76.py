"""w68's rules (session 30, the sixtyeighth written batch), each checked on sentences
written for this file.

* "Roe and Lee met on Monday. The former said A, while the latter said B": "the former"
  and "the latter" are the first and the second person of the nearest pair of names
  joined by "and" before the mention, in its paragraph or the one before
  (``former_latter.resolve_former_latter``); they were the person in focus and the
  description as written.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers(text: str, quote: str) -> list[str]:
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


_PAIR_INTRO = (
    "Harriet Quellmann-Oduya runs the bakery on Main Street. Tobias Ferrand owns the "
    "hardware store across from it.\n\n"
)


def test_former_and_latter_in_one_sentence():
    text = (
        _PAIR_INTRO + "Quellmann-Oduya and Ferrand met with the council on Tuesday. The "
        "former maintained that parking was the real problem, while the latter cautioned "
        "that the new lanes would hurt trade."
    )
    assert _speakers(text, "parking was the real problem") == ["Harriet Quellmann-Oduya"]
    assert _speakers(text, "the new lanes would hurt trade") == ["Tobias Ferrand"]


def test_the_latter_first_then_the_former():
    text = (
        _PAIR_INTRO + "Ferrand and Quellmann-Oduya spoke after the vote. The latter said "
        "she would appeal, while the former insisted that the decision was fair."
    )
    assert _speakers(text, "she would appeal") == ["Harriet Quellmann-Oduya"]
    assert _speakers(text, "the decision was fair") == ["Tobias Ferrand"]


def test_the_former_alone_after_a_pair_with_full_names():
    text = (
        "Marguerite Lavoie-Sato and Desmond Achterberg are to meet on Friday. The former "
        "said she would bring the petition with her."
    )
    assert _speakers(text, "she would bring the petition with her") == ["Marguerite Lavoie-Sato"]


def test_the_former_with_no_pair_before_is_not_guessed_from_a_far_pair():
    text = (
        _PAIR_INTRO + "Quellmann-Oduya and Ferrand met on Tuesday.\n\n"
        "The council voted on Wednesday.\n\nThe street was closed for a week.\n\n"
        "The former mayor said the lanes were a mistake."
    )
    assert _speakers(text, "the lanes were a mistake") != ["Harriet Quellmann-Oduya"]
