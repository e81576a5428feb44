"""Speed gates of session 38 round 2 (speed55) give exactly what the code they replace
gives:
- ``given_names._bare_surname_said_votes``: the given names written before a bare
  surname ("Nkechi Obi ... Obi said she ...") are found once per surname and article,
  not by a scan of the whole text per "said she" / "said he" sentence (quadratic in a
  long run of "Obi said she won."); the votes are those of the old scan per sentence,
  on written texts with one surname said many times, two surnames, a surname given with
  two given names (no vote) and a listed given name (no vote); the given names of a
  surname (``_given_names_before``) are read back from each place the surname is
  written (``str.find``) instead of a pattern compiled per surname and tried at every
  character; they are the pattern's ``finditer`` names (non-overlapping: "Obi Obi Obi")
  on random texts of names, blanks, hyphens, underscores and accented letters;
- ``titles._titled_person``: whether a name is a person titled so (role, status, ranks)
  is answered once per name and article (``an.title_cache``), not once per "the judge
  said" of a long run (``_resolve_office`` walks back over up to 200 names per quote);
  the cached answer is the uncached one for every name of written articles, and a run
  of "the judge said" keeps its judge;
- ``link_lines.has_probe``: a text with more colons than twice the probes (": : : ..."
  or "::::", hostile) is read once per probe (``in``) instead of a loop over its
  colons; the answer is the substring scans' on random texts of colons and labels, and
  a link line after a run of colons is still found.
Each is checked on the hostile shape at a small size and on sentences written for these
tests (fictional names)."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import analysis
from analysis.quotes import given_names as G


def _old_bare_surname_said_votes(text, gender, votes):
    """The code before speed55: one scan of the text per "said she" sentence."""
    for m in G._BARE_SAID_RE.finditer(text):
        w = G._BARE_WORD_RE.search(text, max(0, m.start() - 40), m.start())
        if w is None:
            continue
        last = w.group(1)
        g = "f" if m.group(1) == "she" else "m"
        if G._given_reported_then_other(text, w.end(), g) and not G._own_quote_first(
            text, w.end(), last, g
        ):
            continue
        given = {
            f.group(1).lower()
            for f in re.finditer(r"\b([A-Z][a-z]+)[ \t]+" + re.escape(last) + r"\b", text)
        }
        if len(given) != 1:
            continue
        low = next(iter(given))
        if low in gender or low in G._GIVEN_STOP:
            continue
        votes.setdefault(low, set()).add(g)


TEXTS = [
    "Nkechi Obi and Tom Vale ran. " + "Obi said she won. " * 40,
    "Nkechi Obi and Tamsin Vale ran. Obi said she won. Vale said he lost. Obi said she left.",
    "Nkechi Obi and Ada Obi ran. Obi said she won. Obi said she left.",
    'Nkechi Obi ran.\nObi said she won. "No!" Obi said. "So," he said. Obi said he won.',
    "Ann Roe ran. Roe said she won. Roe said she left.",
    "Obi said she won. Obi said he won.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_bare_surname_votes_as_before(text):
    gender = {"ann": "f", "tom": "m"}
    old, new = {}, {}
    _old_bare_surname_said_votes(text, gender, old)
    G._bare_surname_said_votes(text, gender, new)
    assert new == old


def test_bare_surname_votes_values():
    v = {}
    G._bare_surname_said_votes(TEXTS[0], {"tom": "m"}, v)
    assert v == {"nkechi": {"f"}}
    v = {}
    G._bare_surname_said_votes(TEXTS[2], {}, v)
    assert v == {}  # (two given names of one surname: no vote)
    v = {}
    G._bare_surname_said_votes(TEXTS[4], {"ann": "f"}, v)
    assert v == {}  # (a listed given name)


def test_bare_said_run_keeps_its_speakers():
    text = "Nkechi Obi and Tom Vale ran.\n\n" + "“Yes,” Obi said. Obi said she won. " * 60
    out = analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [text]}))
    assert len(out) >= 60
    assert set(out.speaker) == {"Nkechi Obi"}


def _old_given_names(text, last):
    return {
        f.group(1).lower()
        for f in re.finditer(r"\b([A-Z][a-z]+)[ \t]+" + re.escape(last) + r"\b", text)
    }


_PIECES = [
    "Obi",
    "Ob",
    "Ada",
    "Bo",
    "A",
    "a",
    "ob",
    " ",
    "\t",
    "\n",
    ".",
    "-",
    "_",
    "é",
    "É",
    "1",
    "’",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=30),
    st.sampled_from(["Obi", "Ob", "Bo", "Obi-Ada", "A"]),
)
@example(["Ada", " ", "Obi", " ", "Obi", " ", "Obi"], "Obi")
@example(["Obi", "-", "Ada", " ", "Obi", "-", "Ada"], "Obi-Ada")
@example(["Ada", "\t", " ", "Obi", "_"], "Obi")
def test_given_names_before_as_regex(pieces, last):
    text = "".join(pieces)
    assert G._given_names_before(text, last) == _old_given_names(text, last)


def test_given_names_before_written():
    t = "Ada Obi met Bo Obi, Obiora Obi and Jo-Obi. Obi Obi left. Tom Obiang came."
    assert G._given_names_before(t, "Obi") == _old_given_names(t, "Obi")
    assert G._given_names_before(t, "Obi") == {"ada", "bo", "obiora", "obi"}
    assert G._given_names_before("Nobody here.", "Obi") == set()


_TITLED_TEXTS = [
    "Judge Ann Roe heard the case. Lawyer Tom Vale spoke. “Item,” the judge said. "
    "“No,” the lawyer said. Crown prosecutor Lee Grant rose. “So,” the lawyer said.",
    "Mayor Ada Obi of Shediac spoke. The mayor of Dieppe, Bo Lee, said no. "
    "“Yes,” the mayor said. President Cy Day of the club waved. “Fine,” the president said.",
]


@pytest.mark.parametrize("text", _TITLED_TEXTS)
def test_titled_person_cached_as_uncached(text):
    from analysis.quotes import titles as T
    from analysis.quotes.lexicon import lexicon
    from analysis.quotes.mentions import _ArticleNames

    an = _ArticleNames(text, [(0, len(text))], lexicon(), None)
    for role in ("judge", "lawyer", "mayor", "president", "prosecutor"):
        for status in (frozenset(), frozenset({"former"})):
            for use_ranks in (True, False):
                for pos, cw, _g, info in an.names:
                    want = T._titled_person0(an, pos, cw, info, role, status, use_ranks)
                    # (twice: the second answer comes from the cache)
                    assert T._titled_person(an, pos, cw, info, role, status, use_ranks) == want
                    assert T._titled_person(an, pos, cw, info, role, status, use_ranks) == want


def test_descriptions_run_keeps_its_speakers():
    text = "Judge Ann Roe heard the case. " + "“Item,” the judge said. " * 80
    out = analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [text]}))
    assert len(out) == 80
    assert set(out.speaker) == {"Ann Roe"}


_PROBE_PIECES = [":", "::", ": ", "Read more", "RELATED", "a", "\n", "READ MORE", "Note", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PROBE_PIECES), max_size=80))
@example([":"] * 40 + ["Read more", ":"])
@example([": "] * 40)
def test_has_probe_as_substring_scans(pieces):
    from analysis.quotes import link_lines as L
    from analysis.quotes import note_lines as N

    text = "".join(pieces)
    for probes in (L._PROBES, N._PROBES, ("Read more:",)):
        assert L.has_probe(text, probes) == any(p in text for p in probes)


def test_colon_runs_keep_link_lines():
    from analysis.quotes.link_lines import link_line_spans

    text = "Roe said no: " * 30 + "\n\nRead more: Crews say the road will reopen\n\nMore."
    assert [text[s:e].strip() for s, e in link_line_spans(text)] == [
        "Read more: Crews say the road will reopen"
    ]
    assert link_line_spans(": " * 200) == []


def test_titled_person_takes_a_set_status():
    from analysis.quotes import titles as T
    from analysis.quotes.lexicon import lexicon
    from analysis.quotes.mentions import _ArticleNames

    text = "Dr. Ann Roe spoke. Tom Vale spoke."
    an = _ArticleNames(text, [(0, 18), (19, len(text))], lexicon(), None)
    got = [T._titled_person(an, p, cw, i, "dr", set()) for p, cw, _g, i in an.names]
    assert got == [T._titled_person0(an, p, cw, i, "dr", set(), True) for p, cw, _g, i in an.names]
    assert got[0] is True and got[1] is False
