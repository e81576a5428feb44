"""speed30: two exact changes that keep hostile inputs linear; the tests count work
(windows kept, quote attributes read), never time, and compare with the old logic."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes import assemble, cues, frames, phrases
from analysis.quotes.cues import Quote
from tests._quote_rows import speech_rows

# --- the cue window cache keeps only the last window --------------------------------


def _cache_sizes(monkeypatch, text):
    """Sizes of the cue window cache after each cue, and the number of windows built."""
    sizes, built = [], [0]
    cue_in_sentence, window_tokens = cues._cue_in_sentence, phrases._window_tokens

    def counted_cue(doc, cm, win_cache):
        got = cue_in_sentence(doc, cm, win_cache)
        sizes.append(len(win_cache))
        return got

    def counted_window(*args):
        built[0] += 1
        return window_tokens(*args)

    monkeypatch.setattr(cues, "_cue_in_sentence", counted_cue)
    monkeypatch.setattr(frames, "_cue_in_sentence", cues._cue_in_sentence)
    monkeypatch.setattr(cues, "_window_tokens", counted_window)
    monkeypatch.setattr(frames, "_window_tokens", cues._window_tokens)
    rows = speech_rows(text)
    return sizes, built[0], rows


def test_cue_windows_are_not_all_kept(monkeypatch):
    text = " ".join(f"Ann Roe{i} said the plan {i} would work." for i in range(40))
    sizes, built, rows = _cache_sizes(monkeypatch, text)
    assert len(sizes) == 40 and built == 40
    assert max(sizes) == 1  # (was 40: every window of the article held to its end)
    assert len(rows) == 40


def test_cues_in_one_short_sentence_still_share_their_window(monkeypatch):
    text = "Ann Roe said the plan would work and Tom Vale said it would fail."
    sizes, built, rows = _cache_sizes(monkeypatch, text)
    assert len(sizes) == 2 and built == 1
    assert ("Ann Roe", "said", "the plan would work") in rows


# --- _without_nested reads only the clauses that may hold a mixed quote ---------------


class _Counted(Quote):
    """A Quote counting reads of its ``kind`` (every quote's, per mixed quote, before)."""

    __slots__ = ()
    reads = [0]

    def __getattribute__(self, name):
        if name == "kind":
            _Counted.reads[0] += 1
        return object.__getattribute__(self, name)


def _old_without_nested(quotes, text):
    """The logic before speed30 (every quote read per mixed quote), with session 28's
    nesting rule: the reference."""
    spans = sorted((q.start, q.end) for q in quotes if q.kind != "direct" and q.cue_end <= q.start)
    if not spans:  # (one cue-first clause may sit inside a clause framed after it: nest28)
        return quotes
    starts = [s for s, _ in spans]
    reach, far = [], -1
    for _, e in spans:
        far = e if e > far else far
        reach.append(far)

    def same_speaker_outer(q):
        if q.cue_end > q.start:
            return False
        own = q.mention.lower() if q.mention else ""
        for o in quotes:
            if o is q or o.kind == "direct" or o.cue_end > o.start:
                continue
            if o.start <= q.cue_start and o.end >= q.end:
                if (
                    own in assemble._SAME_PRONOUNS
                    or o.m_start == q.m_start
                    or (o.mention or "").lower() == own
                ):
                    return True
        return False

    # session 28 (nest28): a clause must hold the row's cue as well as its span, and a
    # relayed report inside a clause whose frame follows it goes (assemble's helper)
    frame_after = sorted(
        (q for q in quotes if assemble._nest_frame_after(q, text) and q.kind != "direct"),
        key=lambda q: (q.start, q.end),
    )
    fa_starts = [q.start for q in frame_after]
    out = []
    for q in quotes:
        if q.kind != "direct" and q.cue[:9].lower() != "according":
            i = assemble.bisect.bisect_right(starts, q.cue_start)
            interrupting = (
                text[q.m_start - 2 : q.m_start] == ", " and text[q.cue_end : q.cue_end + 1] == ","
            )
            if (
                i
                and reach[i - 1] >= max(q.end, q.cue_end)
                and not interrupting
                and (q.kind == "indirect" or same_speaker_outer(q))
            ):
                continue
            if (
                not interrupting
                and frame_after
                and assemble._nest_in_frame_after(q, frame_after, fa_starts, text)
            ):
                continue
        out.append(q)
    return out


def test_mixed_quotes_read_a_bounded_number_of_clauses():
    # "Lee said A. Lee said B. ..." with a mixed quote inside each reported clause
    quotes = []
    for i in range(300):
        base = 100 * i
        quotes.append(
            _Counted(base + 9, base + 90, "indirect", "said", base + 4, base + 8, "Lee", base, 3)
        )
        quotes.append(
            _Counted(
                base + 30,
                base + 60,
                "mixed",
                "told",
                base + 20,
                base + 24,
                "Ann",
                base + 14,
                base + 17,
            )
        )
    text = " " * 30000
    _Counted.reads[0] = 0
    got = assemble._without_nested(quotes, text)
    reads = _Counted.reads[0]
    assert got == _old_without_nested(quotes, text)
    assert reads <= 4 * len(quotes)  # (the old loop: 181,200 reads)


_QUOTE = st.tuples(
    st.integers(0, 60),  # cue start
    st.integers(1, 4),  # cue length
    st.integers(-3, 20),  # span start after the cue end (negative: the cue after it)
    st.integers(1, 40),  # span length
    st.sampled_from(["direct", "indirect", "mixed"]),
    st.sampled_from(["Lee", "lee", "he", "Ann", None]),
    st.sampled_from(["said", "according to"]),
    st.integers(0, 60),  # mention start
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_QUOTE, max_size=12), st.text(alphabet=", ab", min_size=120, max_size=120))
def test_without_nested_matches_the_old_logic(specs, text):
    quotes = []
    for cs, cl, gap, length, kind, mention, cue, ms in specs:
        start = cs + cl + gap if gap >= 0 else max(0, cs - length)
        quotes.append(Quote(start, start + length, kind, cue, cs, cs + cl, mention, ms, ms + 3))
    assert assemble._without_nested(quotes, text) == _old_without_nested(quotes, text)


# --- _paragraph_person looks for its line break within its reach only ----------------


class _Text(str):
    """A text recording the length of each stretch ``rfind`` searches."""

    searched: list = []

    def rfind(self, sub, start=None, end=None):
        lo = 0 if start is None else start
        hi = len(self) if end is None else end
        _Text.searched.append(hi - lo)
        return str.rfind(self, sub, start, end)


def _paragraph_person_of(text, want):
    from analysis.quotes.antecedents import _paragraph_person
    from analysis.quotes.lexicon import lexicon
    from analysis.quotes.mentions import _ArticleNames

    t = _Text(text)
    an = _ArticleNames(t, [(0, len(t))], lexicon(), None)
    an.antecedents()

    class Q:
        m_start = start = text.rindex("she said")

    _Text.searched = []
    return _paragraph_person(an, Q, (0, "Tom Vale"), want), _Text.searched


def test_paragraph_person_still_found_after_a_line_break():
    text = (
        "Tom Vale spoke first.\n\nThe gallery clapped, prompting Judge Ann Roe to ask for "
        "silence. “Enough,” she said."
    )
    got, _ = _paragraph_person_of(text, "f")
    assert got == (text.index("Judge Ann Roe"), "Ann Roe")


def test_paragraph_person_reads_no_more_than_its_reach_of_one_long_line():
    from analysis.quotes.antecedents import _PARA_PERSON_REACH

    text = "Tom Vale spoke. " + "The rain fell. " * 3000 + "Ann Roe came. “Enough,” she said."
    got, searched = _paragraph_person_of(text, "f")
    assert got is None  # (no paragraph break: a line longer than any news paragraph)
    assert searched and max(searched) <= _PARA_PERSON_REACH + 1  # (was the whole text)
