"""Speed gates of session 36 round 2 (speed52) give exactly what the code they replace
gives:
- ``lower_case_orgs._NameIndex``: the names ending in the echoed words are scanned
  once per article, and each "The coast guard said" looks back only to the last
  character no name can hold (a comma, a quotation mark, a line break), so a run of
  such quotes is linear; ``_named_before`` agrees with the old whole-prefix scan on
  generated texts, and a run of echoes keeps its speakers;
- ``given_names._given_pronoun_gender``: the search for the next ". " stops at the
  400-character cap of the window, so paragraphs with no ". " (each sentence ends its
  line) no longer scan the rest of the article once per sentence-leading name; the same
  genders as the unbounded search on generated texts.
Each is compared with the plain form on generated texts and on sentences written for
these tests (fictional names)."""

from __future__ import annotations

import re

import pandas as pd
from hypothesis import example, given, settings
from hypothesis import strategies as st

import analysis
from analysis.quotes import given_names as G
from analysis.quotes import lower_case_orgs as O

PIECES = [
    "Coast", "Guard", "coast", "guard", "The", "the", "Canadian", "Nova", "Scotia", "A",
    "An", "said", "x", "é", "3", " ", " ", "\t", "\n", ".", ",", "“", "”", "'", "’", "-",
    "Fire", "Department", "fire", "department", "(", ":", "Ann Roe",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
WORDS = st.sampled_from([["coast", "guard"], ["fire", "department"], ["nova", "coast", "guard"]])


def old_named_before(text, words, before):
    """``lower_case_orgs._named_before`` before speed52 (the reference): the whole
    text before ``before`` scanned for each quote."""
    caps = [w[:1].upper() + w[1:] for w in words]
    if before <= 0 or text.find(caps[-1], 0, before) < 0:
        return None
    tail = r"[ \t]+".join(re.escape(w) for w in caps)
    rx = re.compile(
        r"(?<![\w'’.-])((?:"
        + O._CAP_WORD
        + r"[ \t]+){0,3}?"
        + tail
        + r")(?![\w'’-])(?![ \t]+[A-Z])"
    )
    found = None
    for m in rx.finditer(text, 0, before):
        found = m.group(1)
    if found is None:
        return None
    lead = found.split()
    while lead and lead[0] in ("The", "A", "An"):
        lead = lead[1:]
    return " ".join(lead) or None


@settings(max_examples=600, deadline=None)
@given(texts, WORDS, st.integers(-3, 200))
@example("for the Canadian Coast Guard, The coast guard said", ["coast", "guard"], 30)
@example("Canadian Coast Guard\nCoast Guard Fire", ["coast", "guard"], 30)
@example("The Coast Guard", ["coast", "guard"], 0)
def test_named_before_as_before(t, words, before):
    assert O._named_before(t, words, before) == old_named_before(t, words, before)


@settings(max_examples=300, deadline=None)
@given(texts, WORDS, st.lists(st.integers(-3, 200), max_size=8))
def test_one_index_many_quotes_as_before(t, words, befores):
    # one index per article serves every quote, in any order
    index = O._NameIndex(t, words, {})
    for before in befores:
        assert index.last(before) == old_named_before(t, words, before)


def _quotes(text):
    arts = pd.DataFrame({"article_id": ["t"], "text": [text]})
    out = analysis.extract_quotes(arts)
    return list(zip(out.quote, out.speaker, strict=True))


def test_run_of_lower_case_echoes_keeps_the_name():
    # the hostile shape of session 35 at a small size: many "The coast guard said"
    head = "Boats of the Atlantic Coast Guard left Halifax harbour on Monday.\n\n"
    run = "".join(f"“Crew {i} is safe,” The coast guard said. " for i in range(40))
    rows = _quotes(head + run)
    echoed = [sp for q, sp in rows if q.startswith("Crew ")]
    assert len(echoed) == 40 and set(echoed) == {"Atlantic Coast Guard"}
    # negative: no capitalised name ends in "coast guard", so no organisation is given
    rows2 = _quotes("Boats left Halifax harbour on Monday.\n\n" + run)
    assert all(sp != "Atlantic Coast Guard" for _, sp in rows2)


def test_later_name_wins_within_the_same_sentence():
    t = (
        "The Pacific Coast Guard and the Arctic Coast Guard searched the bay.\n\n"
        "“We found nothing,” the coast guard said on Tuesday."
    )
    assert ("We found nothing", "Arctic Coast Guard") in _quotes(t)


def old_given_pronoun_gender(text, end):
    """``given_names._given_pronoun_gender`` before speed52 (unbounded ". " search)."""
    stop = end
    for _ in range(2):
        nxt = text.find(". ", stop + 1)
        stop = len(text) if nxt < 0 else nxt + 1
        if stop - end > 400:
            stop = end + 400
            break
    window = G._GIVEN_QUOTE_RE.split(text[end:stop], 1)[0]
    m = G._GIVEN_PRONOUN_RE.search(window)
    if m is None:
        return None
    if G._GIVEN_OTHER_RE.search(window, 0, m.start()) is not None:
        return None
    return "f" if m.group(1) else "m"


GIVEN_PIECES = [
    "Ada Roe", " spoke", ". ", ".", "\n\n", " he", " she", " said", "“Yes,”", " x" * 40,
    " Tom Vale", " her", " it", "a" * 150, " ",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(GIVEN_PIECES), max_size=30).map("".join), st.integers(0, 900))
@example("Ada Roe spoke" + " x" * 199 + ". she said", 7)
@example("Ada Roe spoke" + " x" * 200 + ". she said", 7)
@example("Ada Roe spoke" + " x" * 193 + ". she said", 7)
def test_given_pronoun_gender_as_before(t, end):
    end = min(end, len(t))
    assert G._given_pronoun_gender(t, end) == old_given_pronoun_gender(t, end)


def test_names_then_pronoun_paragraphs_keep_their_genders():
    # the hostile shape "Name spoke.\n\nHe nodded.\n\n“Yes,” he said.\n\n" (no ". ")
    people = [("Adaeze", "Obi", "She"), ("Ifeoma", "Roe", "She"), ("Chidi", "Vale", "He")]
    text = "".join(
        f"{g} {s} spoke.\n\n{p} nodded.\n\n“Yes,” {p.lower()} said.\n\n" for g, s, p in people * 5
    )
    found = G.article_given_genders(text, {})
    assert found == {"adaeze": "f", "ifeoma": "f", "chidi": "m"}
    # negative: another capitalised pair before the pronoun genders nobody
    text2 = "Adaeze Obi spoke.\n\nTom Vale nodded and she left.\n\n"
    assert "adaeze" not in G.article_given_genders(text2, {})
