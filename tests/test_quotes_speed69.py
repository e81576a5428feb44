"""Speed gate of session 44 round 2 (speed69) gives exactly what the code it replaces
gives:
- ``mentions._name_matches`` (read by ``mentions._ArticleNames.__init__``): the names of
  a byline line ("Dam plan shelved / By Nora Quill / ELMFORD — ...": Nora Quill, the
  writer, is no antecedent) are left out of the name index by a start-position test that
  now runs only in an article with a byline (``bylines.byline_span``), not once per
  capitalised run of every article; the same matches as the old per-match test
  (``_old_name_matches`` below) on generated texts with and without bylines, and the
  byline writer is still no speaker ("she said" after a byline: the person named in the
  text, not the writer), while a "By" sentence ("By Friday noon, Nora Quill had ...")
  keeps its subject.
Sentences written for these tests (fictional names and places)."""

from __future__ import annotations

import random

from analysis.quotes.bylines import byline_span
from analysis.quotes.mentions import _NAME_SEQ_RE, _name_matches
from tests._quote_rows import speech_rows


def _old_name_matches(text):
    """The loop head before speed69: every match, and a position test per match."""
    byline = byline_span(text) or (-1, -1)
    return [m for m in _NAME_SEQ_RE.finditer(text) if not byline[0] <= m.start() < byline[1]]


def _spans(matches):
    return [(m.start(), m.end(), m.group()) for m in matches]


def speaker_for(text, opening):
    """The speaker of the first row whose quote opens with ``opening`` (None if none)."""
    return next((s for s, _, q in speech_rows(text) if q.startswith(opening)), None)


_HEADS = ["Dam plan shelved", "Elmford Rovers lose", "Council votes", ""]
_BYLINES = [
    "By Nora Quill",
    "By Nora Quill and Bram Oster",
    "By Nora Quill, The Elmford Ledger",
    "By Friday noon, Nora Quill had signed it.",
    "By July 2031",
    "",
]
_BODY = [
    "ELMFORD — Engineer Lise Varga said the dam would hold.",
    '"It will hold," Varga said.',
    "Mayor Ott Brandvold and Councillor Ines Pahl met on Monday.",
    "She said the plan was too costly.",
    "The Elmford Water Board, which runs it, said nothing.",
]


def test_name_matches_agree_with_the_old_test_on_generated_texts():
    rng = random.Random(69)
    fired = plain = 0
    for _ in range(300):
        parts = [rng.choice(_HEADS), rng.choice(_BYLINES)]
        parts += rng.sample(_BODY, rng.randint(1, len(_BODY)))
        sep = rng.choice(["\n\n", "\n", " "])
        text = sep.join(p for p in parts if p)
        old, new = _spans(_old_name_matches(text)), _spans(_name_matches(text))
        assert new == old, text
        if byline_span(text) is None:
            plain += 1
        elif len(old) < len(_spans(_NAME_SEQ_RE.finditer(text))):
            fired += 1  # (the slow path left a byline name out)
    assert fired > 20 and plain > 20


def test_byline_names_are_left_out_and_the_rest_kept():
    t = "Dam plan shelved\n\nBy Nora Quill\n\nELMFORD — Engineer Lise Varga spoke."
    got = [m.group() for m in _name_matches(t)]
    assert "Nora Quill" not in got and "Engineer Lise Varga" in got
    assert _spans(_name_matches(t)) == _spans(_old_name_matches(t))


def test_byline_writer_is_no_speaker_after_the_gate():
    t = (
        "Dam plan shelved\n\nBy Nora Quill\n\nELMFORD — Engineer Lise Varga had read the "
        "report twice before the vote, and when it came, she said, she voted no.\n\n"
        '"It was too costly," Varga said.'
    )
    assert speaker_for(t, "she voted no") == "Lise Varga"


def test_by_sentence_is_no_byline_and_keeps_its_subject():
    t = (
        "Dam plan shelved\n\nBy Friday noon, Nora Quill had signed the lease. "
        "She said the terms were fair."
    )
    assert byline_span(t) is None
    assert "Nora Quill" in [m.group() for m in _name_matches(t)]
    assert speaker_for(t, "the terms") == "Nora Quill"
