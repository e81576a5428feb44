"""Speed rewrites of session 24 (speedp32) outside the quote rules give exactly what
the plain forms they replace give: the rule units (``segment.rule_sentences``), the
transcript label scan (``transcripts._line_labels``) and its "two marks" pre-check
(``transcripts._fewer_than_two_marks``). Each is compared with a copy of the code it
replaced, on generated texts and on sentences written for these tests."""

from __future__ import annotations

from itertools import chain

from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis import transcripts as T
from analysis.quotes import segment
from analysis.quotes.blocks import MASK, find_blocks, mask_text

PIECES = [
    "Mr.", "Dr.", "U.S.", "said", "says", "told", "Bob", "Jane", "Lee", "x", "Q", "A",
    "MS. LEE", "Lopez", "Chris Matthews", "PENCE", " ", "  ", "\t", "\n", "\n\n", "\r",
    "\x01", ".", "!", "?", ",", ":", ": ", "'", "''", "’", '"', "“", "”", "—", "Wow!",
    "Too late!", " Lang tweeted.", " he said.", "5", "é", "\u00a0", "\u2003", "\nQ", "\nQ ",
    "SMITHERS, B.C. — ", "TRURO, N.S. -- ", "OTTAWA — ", "Water rose",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def old_rule_sentences(text, masked, spans):
    """``segment.rule_sentences`` as it was before session 24 (the reference)."""
    joined: list[list[int]] = []
    n = len(text)
    spans = spans if isinstance(spans, (list, tuple)) else list(spans)
    bounds = list(chain.from_iterable(spans))
    if bounds and (min(bounds) < 0 or max(bounds) > n):
        spans = [(max(0, min(s, n)), max(0, min(e, n))) for s, e in spans]
    for s, e in spans:
        if joined:
            pe = joined[-1][1]
            if (0 < pe < n and masked[pe - 1] == MASK == masked[pe]) or (
                0 < s < n and masked[s - 1] == MASK == masked[s]
            ):
                joined[-1][1] = max(pe, e)
                continue
            if masked[pe - 1 : pe] == MASK and segment._frame_after_mark(text, masked, pe, s, e):
                joined[-1][1] = max(pe, e)
                continue
        joined.append([s, e])
    out: list[tuple[int, int]] = []
    for s, e in joined:
        pos = segment._cut_dateline(out.append, text, s, e)  # (written34's datelines)
        nl = text.find("\n", pos, e)
        while nl >= 0:
            segment._append_trimmed(out.append, text, pos, nl)
            pos = segment._cut_dateline(out.append, text, nl + 1, e)
            nl = text.find("\n", pos, e)
        segment._append_trimmed(out.append, text, pos, e)
    return out


def old_line_labels(text):
    """``transcripts._line_labels`` before session 24: the label pattern tried at
    every line start."""
    pos, n = 0, len(text)
    while pos < n:
        m = T._LABEL.match(text, pos)
        if m is not None:
            yield m
        nl = text.find("\n", pos)
        if nl < 0:
            break
        pos = nl + 1


@settings(max_examples=500, deadline=None)
@given(texts)
@example('"We won. We will go on," he said.\nNext line')
@example('"Too late!" Lang tweeted. She left.\n\n  "Yes," Bob said.  \n')
@example("''We won. We will go on,'' he said.\n  Next line  ")
def test_rule_sentences_equal_the_old_units_on_sentence_spans(text):
    masked = mask_text(text, find_blocks(text))
    spans = segment.sentence_spans(text)
    assert segment.rule_sentences(text, masked, spans) == old_rule_sentences(text, masked, spans)


@settings(max_examples=400, deadline=None)
@given(texts, st.lists(st.tuples(st.integers(-5, 80), st.integers(-5, 80)), max_size=8))
def test_rule_sentences_equal_the_old_units_on_any_spans(text, spans):
    masked = mask_text(text, find_blocks(text))
    for given_spans in (spans, sorted(spans)):
        got = segment.rule_sentences(text, masked, given_spans)
        assert got == old_rule_sentences(text, masked, given_spans)


def test_rule_sentences_join_a_quotation_and_cut_lines():
    text = '"We are ready. We will talk," Ann Roe said.\n  The talks ended.  \nNext.'
    masked = mask_text(text, find_blocks(text))
    units = segment.rule_sentences(text, masked, segment.sentence_spans(text))
    assert [text[s:e] for s, e in units] == [
        '"We are ready. We will talk," Ann Roe said.',
        "The talks ended.",
        "Next.",
    ]


def _spans(matches):
    return [(m.start(), m.end(), m.groupdict()) for m in matches]


@settings(max_examples=500, deadline=None)
@given(texts)
@example("MS. LEE: Hello.\n\nQ Why?\n\n  Q\nA: Because.\n“Q: fine")
@example('Chris Matthews: Hi.\n"Q Yes\nnone here\nPENCE:x')
def test_line_labels_equal_the_match_at_every_line_start(text):
    assert _spans(T._line_labels(text)) == _spans(old_line_labels(text))


@settings(max_examples=500, deadline=None)
@given(texts)
@example("a:b\nQ")
@example("\nQ\nQ")
@example("\nQ:")
def test_fewer_than_two_marks_equals_the_counts(text):
    assert T._fewer_than_two_marks(text) == (text.count(":") + text.count("\nQ") < 2)


def test_a_briefing_still_has_its_turns():
    text = "MS. LEE: Good afternoon.\n\nQ Thanks. One question.\n\nMS. LEE: Sure."
    assert [t[0] for t in T.find_turns(text)] == ["MS. LEE", "Q", "MS. LEE"]
    assert T.find_turns("A story: one colon only.") == []


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from("abcd"), st.integers(0, 6), st.integers(0, 1000)), max_size=40
    ),
    st.permutations("abcd"),
)
def test_turn_rows_order_equals_the_key_sort(rows, ids):
    # turn_rows' final order: (article order, start), stable (the third field tells
    # rows with equal keys apart)
    order = {aid: i for i, aid in enumerate(ids)}
    expected = sorted(rows, key=lambda r: (order[r[0]], r[1]))
    assert T._in_text_order(rows, order, 0, 1) == expected
