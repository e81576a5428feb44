"""bug81's rules (session 43, top speaker per article), each checked on sentences
written for this file.

* ``Dr. Vale stated:`` + ``"The board isn’t about “fair play” anymore. It’s about
  power."``: a curly pair inside a quotation opened by a straight mark is nested in
  it (``blocks._nested_pair_end``, asked by ``blocks.find_blocks``) when it closes in
  the same paragraph and the straight quotation goes on after it (its closing mark
  follows in the paragraph, or the paragraph ends open and the next one opens with a
  straight mark); the curly opening mark used to end the straight quotation, which
  lost the whole quotation and its speaker (a missed quote of the article's top
  speaker). A curly quotation after a straight one left open by mistake (``"We will
  see, Ann Roe said. “No,” Al Poe said.``) still opens a new quotation, and so does a
  curly mark right after the straight one (a paragraph wrapped in straight marks:
  ``"“A,” Roe said."``).
* ``The timing of the surge doesn't surprise pollster Dan Reed: “...”``: when the
  subject of the clause a colon closes is a thing (a determiner and lower-case words,
  its head a noun the lexicon gives no speaker type and no people noun) and a person's
  full name (a listed given name, or a title word before it) closes the clause as the
  verb's object, that person is the speaker of the quotation
  (``object_colon_names.object_colon_name``, asked by
  ``assemble._unlisted_verb_frames``); it was the thing ("The result") or no row. A
  name after a preposition ("The crowd cheered for Tom Bray:"), a people subject ("The
  crowd greeted Tom Bray:") or a subject the lexicon types ("The board told Mayor Tom
  Bray:") keeps the subject.
"""

from __future__ import annotations

from analysis.quotes.blocks import _nested_pair_end, find_blocks
from analysis.quotes.lexicon import lexicon
from analysis.quotes.object_colon_names import object_colon_name
from tests._quote_rows import has_quote, speaker_of, speech_rows


def test_nested_curly_pair_in_straight_quotation_kept():
    text = (
        "Senator Nora Vale called for a review on Monday.\n\nDr. Vale stated:\n\n"
        '"The board isn’t about “fair play” anymore. It’s about power."\n\n'
        "The board declined to comment."
    )
    assert has_quote(
        text, "Nora Vale", "The board isn’t about “fair play” anymore. It’s about power."
    )


def test_nested_curly_pair_in_quotation_carried_over_paragraphs():
    text = (
        "Senator Nora Vale called for a review on Monday.\n\nDr. Vale stated:\n\n"
        '"The board isn’t about “fair play” anymore. It’s about power.\n\n'
        '"The latest example is the parking rule."\n\nThe board declined to comment.'
    )
    rows = speech_rows(text)
    assert (
        "Nora Vale",
        "stated",
        "The board isn’t about “fair play” anymore. It’s about power.",
    ) in rows
    assert ("Nora Vale", "stated", "The latest example is the parking rule.") in rows


def test_nested_curly_pair_in_inline_quotation():
    text = '"We believe in “open doors” for everyone," Nora Vale said on Tuesday.'
    assert has_quote(text, "Nora Vale", "We believe in “open doors” for everyone")


def test_curly_quotation_after_unclosed_straight_mark_stays_new():
    # near miss: the straight quotation is never closed in its paragraph and the next
    # paragraph does not go on with it, so the curly mark opens a new quotation
    text = '"We will see, Nora Vale said. “Nobody knows,” Tom Bray added.\n\nThe vote is Friday.'
    assert _nested_pair_end(text, text.index("“"), text.index("“") + 1, '"') == -1
    assert has_quote(text, "Tom Bray", "Nobody knows")


def test_curly_pair_closing_in_next_paragraph_not_nested():
    text = '"We are about “fairness\nand more” here," Nora Vale said.'
    assert _nested_pair_end(text, text.index("“"), text.index("“") + 1, '"') == -1


def test_find_blocks_one_block_for_nested_pair():
    text = '"We believe in “open doors” for everyone," Nora Vale said.'
    blocks = find_blocks(text)
    assert len(blocks) == 1
    assert text[blocks[0][2] : blocks[0][3]] == "We believe in “open doors” for everyone,"


def test_object_name_before_colon_speaks_for_thing_subject():
    text = (
        "The result does not surprise Republican pollster Dan Reed: “History favours the underdog.”"
    )
    assert speaker_of(text, "History favours the underdog.") == "Dan Reed"


def test_object_name_before_colon_after_of_phrase_subject():
    text = "The timing of the surge doesn’t surprise pollster Nora Vale: “Late deciders broke our way.”"
    assert speaker_of(text, "Late deciders broke our way.") == "Nora Vale"


def test_name_after_preposition_keeps_subject():
    text = "The crowd cheered for Tom Bray: “Four more years!”"
    assert speaker_of(text, "Four more years!") == "The crowd"


def test_people_subject_keeps_subject():
    text = "The crowd greeted Tom Bray: “Four more years!”"
    assert speaker_of(text, "Four more years!") == "The crowd"


def test_typed_subject_keeps_subject():
    t = "The board told Mayor Tom Bray:"
    assert object_colon_name(t, (0, 9), len(t) - 1, lexicon()) is None


def test_unlisted_untitled_name_not_taken():
    t = "The result does not surprise Zorvath Quill:"
    assert object_colon_name(t, (0, 10), len(t) - 1, lexicon()) is None


def test_paragraph_wrapped_in_straight_marks_keeps_inner_quotation():
    # near miss: the curly mark right after the straight one is no nested quotation
    text = (
        "Tom Bray spoke on Monday.\n\n"
        '"“We will not back down,” Bray said before adding that he would run again."'
    )
    rows = speech_rows(text)
    assert [(sp, cue) for sp, cue, _ in rows] == [("Tom Bray", "said"), ("Tom Bray", "adding")]
    assert "We will not back down" in rows[0][2]
