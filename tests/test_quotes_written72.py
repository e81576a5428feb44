"""w64's rules (session 30, the sixtyfourth written batch), each checked on sentences
written for this file.

* "The pool will close, the regional health authority said.": an unlisted head whose
  modifiers mix a listed word between unlisted ones ("regional" unlisted, "health"
  listed, "authority" unlisted) still runs back to its determiner
  (``np_left_core._mixed_modifiers_opening``; not after a past-verb head); the frame was lost and the content
  before it was no row.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows


def _speakers(text: str, quote: str) -> list[str]:
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_mixed_modifiers_before_unlisted_head_keep_the_frame():
    text = "The pool on Elm Street will close for the winter, the regional health authority said Monday."
    assert has_quote(
        text, "regional health authority", "The pool on Elm Street will close for the winter"
    )
    text = '"We are short of lifeguards," the provincial health authority said.'
    assert has_quote(text, "provincial health authority", "We are short of lifeguards")


def test_mixed_modifiers_need_a_determiner():
    # no determiner before the modifiers: no description subject is made up
    text = "The pool will close, officials at regional health authority said."
    assert not any(
        s == "regional health authority" for s, _ in quote_rows(text, "speaker", "quote")
    )
