"""The organisation path of coref ("Acme Corp. ... the company said") reads a bounded
window around each organisation it looks up, never the whole line or article: a
one-line article of many companies and "the company said" grew 5.5x for 4x the text
(``benchmarks/quotes_hostile.py``, generator ``company_said``). The tests count the
characters the path reads (never time), check the new forms against the old ones
(reference copies below), and pin the behaviour on sentences written here."""

from __future__ import annotations

import re

from _quote_rows import quote_rows
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes import antecedents, mentions, org_nearest
from analysis.quotes.lexicon import lexicon


class _Counted(str):
    """A text that counts the characters its ``find`` / ``rfind`` calls and slices
    cover (what an unbounded "\\n" search or a slice back to the line's start costs)."""

    read = 0

    def _span(self, start, end):
        lo, hi, _step = slice(start, end).indices(len(self))
        _Counted.read += max(0, hi - lo)

    def find(self, sub, start=None, end=None):
        self._span(start, end)
        return str.find(self, sub, *[a for a in (start, end) if a is not None])

    def rfind(self, sub, start=None, end=None):
        self._span(start, end)
        return str.rfind(self, sub, *[a for a in (start, end) if a is not None])

    def __getitem__(self, key):
        if isinstance(key, slice):
            self._span(key.start, key.stop)
        else:
            _Counted.read += 1
        return str.__getitem__(self, key)


def _company_article(units):
    """One line of companies, each followed by "the company said" (no line break)."""
    last = ["Korvath", "Lindqvist", "Moravec", "Nyberg", "Ostrander"]
    return "".join(
        f"{last[i % 5]} Corp. {last[(i // 5) % 5]} Inc. “Item,” the company said. "
        for i in range(units)
    )


def _reads_per_lookup(units):
    """Characters read per ``_subject_org`` lookup of "the company" in the one-line
    article of ``units`` companies (the last 50 lookups)."""
    text = _company_article(units)
    sents, at = [], 0
    for piece in text.split(". ")[:-1]:
        sents.append((at, at + len(piece) + 1))
        at += len(piece) + 2
    an = mentions._ArticleNames(_Counted(text), sents, lexicon(), None)
    spots = [i for i in range(len(text)) if text.startswith("the company said", i)][-50:]
    _Counted.read = 0
    got = {org_nearest._subject_org(an, at, "company", []) for at in spots}
    assert all(name and name.rstrip(".").endswith(("Corp", "Inc")) for name in got)
    return _Counted.read / len(spots)


def test_organisation_lookup_reads_a_bounded_window():
    # 4x and 16x the text: the same characters read per lookup (the old code sliced
    # or searched back to the line's start and forward to its end: ~the whole line)
    small, large = _reads_per_lookup(200), _reads_per_lookup(3200)
    assert large <= small * 1.1 + 50
    assert large < 2_000  # (the line is ~180,000 characters)


def test_first_line_break_found_once_per_article():
    # (``_nearest_org_at`` reads it for acronyms after the first line, once per lookup)
    text = "Fenwick Corp. said it grew.\nThe plant said it shrank."
    an = mentions._ArticleNames(text, [(0, 27), (28, len(text))], lexicon(), None)
    assert an.first_nl == text.index("\n")
    assert org_nearest._nearest_org_at(an, len(text) - 1) == (0, "Fenwick Corp")
    one_line = "Fenwick Corp. said it grew. The plant said it shrank."
    an = mentions._ArticleNames(one_line, [(0, 27), (28, len(one_line))], lexicon(), None)
    assert an.first_nl == -1


# --- the old forms, for the equivalence tests ---------------------------------------


def _old_opens_clause(an, pos):
    an.antecedents()
    if an.starts_clause(pos):
        return True
    return not an.text[an.text.rfind("\n", 0, pos) + 1 : pos].strip(" \t<")


def _old_written_org(text, pos, cw, name):
    s0 = text.find(cw[0], pos, pos + 200)
    e0 = text.find(cw[-1], max(s0, 0), pos + 200)
    if s0 < 0 or e0 < 0:
        return name
    line0 = text.rfind("\n", 0, s0) + 1
    left = text[max(line0, s0 - 120) : s0].split()
    i = len(left)
    while i > 0 and len(left) - i < 6:
        t = left[i - 1]
        if antecedents._company_word(t) and not t.endswith("."):
            i -= 1
        elif t in ("and", "&") and i >= 2 and antecedents._company_word(left[i - 2]):
            if (
                antecedents._is_company(left[i - 2])
                or left[i - 2].lower() in antecedents._ORG_KINDS
            ):
                break  # "Acme Corp and ...", "the union and ...": two organisations
            i -= 1
        else:
            break
    while i < len(left) and left[i] in ("and", "&"):
        i += 1  # (never open on a connector)
    e = e0 + len(cw[-1])
    line1 = text.find("\n", e)
    right = text[e : (line1 if line1 >= 0 else len(text))][:160].split()
    j = 0
    if cw[-1].lower() == "local" and right and right[0].rstrip(".,;:").isdigit():
        j = 1  # "Local 218"
    while j < len(right) - 1 and right[j] in ("of", "for"):
        k = j + 1
        k += right[k] == "the"
        n = 0
        while k < len(right) and n < 3 and antecedents._company_word(right[k].rstrip(".,;:")):
            n += 1
            k += 1
            if right[k - 1][-1:] in ".,;:":
                break
        if n == 0:
            break
        j = k
        if right[j - 1][-1:] in ".,;:":
            break
    words = left[i:] + text[s0:e].split() + right[:j]
    got = " ".join(words).rstrip(".,;:")
    return got if len(got.split()) > len(name.split()) else name


_PIECES = st.sampled_from(
    ["Acme", "Corp", "Workers", "Local", "and", "of", "the", "Union", "said", "<", "\n", " "]
    + ["  ", "\t", "218", ".", ",", "x" * 70, "United", "Kell", "Co", "Inc."]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=60), st.integers(0, 60), st.integers(1, 3))
def test_written_org_equals_the_old_form(pieces, k, n):
    # every name run of 1-3 words the text holds, read as written around it
    text = " ".join(pieces)
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
    if not words:
        return
    k = min(k, len(words) - 1)
    cw = tuple(w for _p, w in words[k : k + n])
    pos, name = words[k][0], " ".join(cw)
    assert antecedents._written_org(text, pos, cw, name) == _old_written_org(text, pos, cw, name)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_opens_clause_equals_the_old_form(pieces):
    text = "".join(p if p in ("\n", " ", "  ", "\t", "<") else p + " " for p in pieces)
    an = mentions._ArticleNames(text, [(0, len(text))], lexicon(), None)
    for pos, *_rest in an.names:
        assert org_nearest._opens_clause(an, pos) == _old_opens_clause(an, pos)
    for pos in range(len(text) + 1):  # (any position, not only the names')
        assert org_nearest._opens_clause(an, pos) == _old_opens_clause(an, pos)


def test_written_org_reads_the_name_as_written_near_a_line_break():
    # the words before the run on its own line only, and the number after "Local"
    t = "Bargaining went on.\nUnited Warehouse and Driver Workers Local 218 said no."
    got = antecedents._written_org(t, t.index("Workers"), ("Workers", "Local"), "Workers Local")
    assert got == "United Warehouse and Driver Workers Local 218"
    t = "They met with Ostrava\nWorkers Local 9 of the Harbour Pilots.\nIt ended."
    got = antecedents._written_org(t, t.index("Workers"), ("Workers", "Local"), "Workers Local")
    assert got == "Workers Local 9 of the Harbour Pilots"


def test_company_said_speaker_on_one_line():
    text = (
        "Tessaly Corp. said sales fell. Bramwell Inc. bought a plant in May. "
        "“We expect a recovery,” the company said."
    )
    assert ("Bramwell Inc.", "We expect a recovery") in quote_rows(text, "speaker", "quote")
