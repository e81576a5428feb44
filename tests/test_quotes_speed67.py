"""speed67's exact speed-ups (session 43), each checked against the code it replaced on
sentences written for this file, including cases where the old path finds something.

* "Lee's claim that A", "his pledge to B" (``frames._noun_frames``): each frame's
  content was tested against every quote found so far (quadratic in an article of many
  frames); ``quote_spans.QuoteSpans.overlaps`` answers from a byte map of the
  characters the quotes cover, kept in step with ``doc.quotes`` as it grows, the same
  answer as the walk (``quote_spans.overlaps_any``). A frame whose clause another frame
  already quoted ("Vale repeated his claim that A, officials said") is still skipped.
* "Tina Harder spoke. 'A,' the Harders said" (``plural_names.plural_name_type``): the
  part that reads only the article and the word (the surname's mentions in
  ``by_last``, a family, a team, a plural of people) walked every mention of the
  plural once per quote; it is ``plural_names._plural_word_type``, asked once per
  article and word (``an.scan_memo``). "Ann Sanders ... Sanders said" keeps the person.
* "Tom Vale dismissed his claim that A" (``opposed_possessors.opposed_possessor``): the
  walk back over ``persons`` for the nearest other person of the pronoun's gender
  passed every entry of the subject's own name and of the other gender, once per
  possessor; ``opposed_possessors._PersonsIndex`` skips those runs (per gender, a
  pointer to the previous entry of another name), following ``persons`` as it grows
  and is cut back (``del persons[n:]``), the same answer as the walk
  (``_last_other``). "Tom Vale repeated his claim that A" keeps Tom Vale.
* "Northwind Ltd. said" / "Acme Corp said" (``suffix_dots.dotted_form``): the two counts
  of the company name before a word, with and without the suffix's period, compiled two
  patterns per company name (most of the rule's cost on Reuters); they are
  ``suffix_dots._form_count`` (one ``str.find`` walk with the patterns' tests per
  character), the same counts as ``re.findall`` of the old patterns. A name glued to a
  word before it ("XAcme Corp") or followed by a capital ("Acme Corp. The") is no count.
"""

from __future__ import annotations

import random
import re

import pytest

from analysis.quotes import frames
from analysis.quotes.opposed_possessors import _last_other, _PersonsIndex
from analysis.quotes.plural_names import _plural_word_type, plural_name_type
from analysis.quotes.quote_spans import QuoteSpans, overlaps_any
from analysis.quotes.suffix_dots import (
    _BARE_NEXT,
    _DOTTED_NEXT,
    _bare_end,
    _dotted_end,
    _form_count,
    dotted_form,
)
from tests._quote_rows import article_names, quote_rows


class _Span:
    def __init__(self, start, end):
        self.start, self.end = start, end


# ------------------------------------------------------------------ noun frames


def test_quote_spans_answers_as_the_walk():
    rnd = random.Random(67)
    for _ in range(200):

        class Doc:
            text = "x" * 80
            quotes: list = []

        spans = QuoteSpans(Doc)
        for _step in range(120):
            r = rnd.random()
            if r < 0.02:
                del Doc.quotes[rnd.randrange(len(Doc.quotes) + 1) :]  # cut in place
            elif r < 0.04:
                Doc.quotes = list(Doc.quotes[: rnd.randrange(len(Doc.quotes) + 1)])
            elif r < 0.5:
                Doc.quotes.append(_Span(rnd.randrange(-3, 84), rnd.randrange(-3, 84)))
            else:
                a, b = rnd.randrange(-3, 84), rnd.randrange(-3, 84)
                assert spans.overlaps(a, b) == overlaps_any(Doc.quotes, a, b)


def test_quote_spans_finds_overlaps_through_the_map():
    class Doc:
        text = "x" * 200
        quotes = [_Span(i, i + 3) for i in range(0, 100, 5)]  # 20 quotes: the map

    spans = QuoteSpans(Doc)
    assert spans.overlaps(2, 4) and spans.overlaps(7, 9)
    assert not spans.overlaps(3, 5) and not spans.overlaps(100, 150)
    Doc.quotes.append(_Span(140, 141))
    assert spans.overlaps(100, 150) and not spans.overlaps(141, 150)


class _PlainSpans:
    """The test before speed67: every quote so far, counting the frames it skips."""

    skipped = 0

    def __init__(self, doc):
        self.doc = doc

    def overlaps(self, start, end):
        got = overlaps_any(self.doc.quotes, start, end)
        _PlainSpans.skipped += got
        return got


# 20 quotes first, so the byte map (not the short-list walk) answers the frames after
LEAD = "".join(f"“Item {k} is done,” Ida Moss said. " for k in range(20))
NOUN_FRAME_TEXTS = [
    # the noun frame's clause is inside the officials' quote: skipped (the walk fires)
    LEAD + "Vale repeated his claim that the levee would hold, officials said.",
    # free clauses: both noun frames are rows
    LEAD + "Ann Roe's claim that the levee would hold drew fire. Tom Vale's pledge "
    "that the mill would reopen was welcomed by the town.",
]


@pytest.mark.parametrize("text", NOUN_FRAME_TEXTS)
def test_noun_frames_give_the_rows_of_the_walk(text, monkeypatch):
    fast = quote_rows(text, "speaker", "quote")
    _PlainSpans.skipped = 0
    monkeypatch.setattr(frames, "QuoteSpans", _PlainSpans)
    assert quote_rows(text, "speaker", "quote") == fast
    assert _PlainSpans.skipped == (1 if "officials" in text else 0)


def test_noun_frame_rows():
    rows = quote_rows(NOUN_FRAME_TEXTS[1], "speaker", "quote")
    assert ("Ann Roe", "the levee would hold") in rows
    assert ("Tom Vale", "the mill would reopen") in rows
    rows = quote_rows(NOUN_FRAME_TEXTS[0], "speaker", "quote")
    assert ("officials", "Vale repeated his claim that the levee would hold") in rows
    assert not any(q == "the levee would hold" for _s, q in rows)  # (no second row)


# ------------------------------------------------------------------ plural names


def old_plural_tail(an, word):
    """``plural_name_type`` after its place test before speed67, verbatim."""
    from analysis._tokens import default_stopwords
    from analysis.quotes.plural_names import (
        _NOT_TEAMS,
        _family_named,
        _people_plural,
        _team_written,
    )

    stop = default_stopwords()
    low = word.lower()
    if low in an.lex.gender or low in an.titled_last or word in _NOT_TEAMS:
        return None
    for e in an.by_last.get(low, ()):
        if len(e[1]) > 1 or any(t not in stop for t in e[3][2]):
            return None
    if _family_named(an.text, word):
        return word, "group"
    if _team_written(an.text, word, an.lex):
        return word, "organization"
    if _people_plural(word, an.lex):
        return word, "group"
    return None


PLURAL_TEXTS = [
    "Tina Harder spoke. “Item one,” the Harders said. “Item two,” the Harders said.",
    "Ann Sanders spoke. “Item one,” Sanders said. The Oilers won. Mr. Parsons left.",
    "The Halvorsen family met. Many Islanders said the ferry was late. Albertans agreed.",
]
PLURALS = ["Harders", "Sanders", "Oilers", "Parsons", "Halvorsens", "Islanders", "Albertans"]


@pytest.mark.parametrize("text", PLURAL_TEXTS)
def test_plural_word_type_answers_as_the_old_tail(text):
    an = article_names(text)
    for word in PLURALS:
        old = old_plural_tail(an, word)
        assert _plural_word_type(an, word) == old
        start = text.find(word)
        if start >= 0 and text[start - 4 : start] != "Ann ":
            first = plural_name_type(an, word, start)
            assert plural_name_type(an, word, start) == first  # (again: from the memo)
            assert first is None or first == old


def test_the_old_tail_does_find_types():
    an = article_names(PLURAL_TEXTS[2])
    assert old_plural_tail(an, "Halvorsens") == ("Halvorsens", "group")
    assert old_plural_tail(an, "Islanders") == ("Islanders", "group")
    an = article_names(PLURAL_TEXTS[1])
    assert old_plural_tail(an, "Oilers") == ("Oilers", "organization")
    assert old_plural_tail(an, "Sanders") is None  # (the person: near miss)
    assert _plural_word_type(an, "Sanders") is None


def test_family_plural_rows():
    rows = quote_rows(PLURAL_TEXTS[0], "speaker", "speaker_type")
    assert rows == [("Harders", "group"), ("Harders", "group")]


# ------------------------------------------------------------------ opposed possessors


def test_persons_index_answers_as_the_walk():
    rnd = random.Random(43)
    for _ in range(300):
        persons, index = [], _PersonsIndex()
        for _step in range(150):
            r = rnd.random()
            if r < 0.05 and persons:
                del persons[rnd.randrange(len(persons)) :]
            elif r < 0.6:
                g = rnd.choice(["m", "f", None])
                persons.append((rnd.randrange(100), rnd.choice(["Al", "Bo", "Cy"]), g))
            else:
                ref = (rnd.randrange(110), rnd.choice(["Al", "Bo", "Cy"]))
                want = rnd.choice(["m", "f", "n"])
                assert index.last_other(persons, ref, want) == _last_other(persons, ref, want)


def test_persons_index_skips_runs_and_finds_the_other():
    persons = [(0, "Al Roe", "m")] + [(10 + k, "Tom Vale", "m") for k in range(50)]
    persons += [(100 + k, "Ann Zorn", "f") for k in range(50)]
    index = _PersonsIndex()
    assert index.last_other(persons, (200, "Tom Vale"), "m") == (0, "Al Roe")
    assert index.last_other(persons, (200, "Ann Zorn"), "f") is None
    persons.append((300, "Ida Moss", None))
    assert index.last_other(persons, (400, "Tom Vale"), "m") == (300, "Ida Moss")
    assert index.last_other(persons, (250, "Tom Vale"), "m") == (0, "Al Roe")  # (before)


OPPOSED = (
    "“We will build it,” Al Roe said. “Yes,” Tom Vale said. “No,” Tom Vale said. "
    "Tom Vale dismissed his claim that the dam leaks badly."
)


def test_opposed_possessor_rows():
    assert quote_rows(OPPOSED, "speaker", "quote")[-1] == ("Al Roe", "the dam leaks badly")
    # near miss: no opposing verb keeps the subject
    kept = OPPOSED.replace("dismissed", "repeated")
    assert quote_rows(kept, "speaker", "quote")[-1] == ("Tom Vale", "the dam leaks badly")
    # near miss: the only other person is a man; "her" stays unresolved
    her = OPPOSED.replace("Al Roe", "Ann Zorn").replace(
        "Tom Vale dismissed his", "Ann Zorn dismissed her"
    )
    assert quote_rows(her, "speaker", "quote")[-1] == ("her", "the dam leaks badly")


# ------------------------------------------------------------------ company suffixes


def old_counts(text, base):
    """``dotted_form``'s two counts before speed67, verbatim."""
    esc = re.escape(base)
    lead = r"(?<![\w&.-])"
    dotted = len(re.findall(lead + esc + _DOTTED_NEXT, text)) if base + "." in text else 0
    return dotted, len(re.findall(lead + esc + _BARE_NEXT, text))


def test_form_counts_answer_as_the_patterns():
    rnd = random.Random(2026)
    pieces = [" ", "\t", ".", ",", ";", ":", ")", "(", "'", "’", "s", "x", "Q", "7", "٣",
              "_", "&", "-", "é", "\n", "Corp", "Acme Corp", "Acme Corp.", "Co Co"]  # fmt: skip
    found = 0
    for _ in range(20000):
        base = rnd.choice(["Acme Corp", "Co Co", "Vale Ltd"])
        text = "".join(rnd.choice([*pieces, base, base + "."]) for _ in range(rnd.randrange(12)))
        dotted = _form_count(text, base, _dotted_end) if base + "." in text else 0
        assert (dotted, _form_count(text, base, _bare_end)) == old_counts(text, base)
        found += dotted
    assert found > 200  # (the counts are not all zero)


@pytest.mark.parametrize(
    ("text", "speaker", "form"),
    [
        (
            "Northwind Ltd. said it would cut jobs. Northwind Ltd. (NWL) fell.",
            "Northwind Ltd",
            "Northwind Ltd.",
        ),
        ("Acme Corp said sales fell. Acme Corp's unit, Acme Corp.", "Acme Corp.", "Acme Corp"),
        # near miss: glued ("XAcme Corp said") and capital after the period: no count
        ("XAcme Corp said so. Acme Corp. The end.", "Acme Corp", "Acme Corp"),
    ],
)
def test_dotted_form_examples(text, speaker, form):
    assert old_counts(text, speaker.rstrip(".")) == (
        _form_count(text, speaker.rstrip("."), _dotted_end),
        _form_count(text, speaker.rstrip("."), _bare_end),
    )
    assert dotted_form(text, speaker) == form
