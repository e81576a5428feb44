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
  genders as the unbounded search on generated texts;
- ``pronouns._agent_newcomer_before``: whether the quotation opens its paragraph is
  read back over the spaces and opening marks before it only (``_run_start``), not to
  the last line break, so "he said" quotes in a text without line breaks are linear; the
  same answer as the old check on generated texts, and the agent rule still fires;
- ``assemble._opens_a_run``: the next paragraph's first character is found by a search,
  not by copying the rest of the text;
- ``aged_speakers._age_after_named_speaker``: "nobody was given that age before" looks
  up where the phrase first occurs (once per article, ``_given_before``) instead of
  copying the text before each quote, and the speaker's own age is checked once per
  name; a run of "the 63-year-old" quotes keeps its speakers;
- ``ledes._beyond_lede``: "more than three paragraph breaks before" is where the fourth
  "\\n\\n" ends, found once per article (``_fourth_break_end``), not a count per quote;
- ``teams._team_short_after``: the end of the sentence naming the team is sought only
  up to the quote (an end past it gave None either way).
Each is compared with the plain form on generated texts and on sentences written for
these tests (fictional names)."""

from __future__ import annotations

import re

import pandas as pd
from hypothesis import example, given, settings
from hypothesis import strategies as st

import analysis
from analysis.quotes import aged_speakers as AG
from analysis.quotes import assemble as A
from analysis.quotes import given_names as G
from analysis.quotes import ledes as L
from analysis.quotes import lower_case_orgs as O
from analysis.quotes import pronouns as P
from analysis.quotes import teams as T

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


def old_opens_paragraph(text, qs):
    """The paragraph check of ``pronouns._agent_newcomer_before`` before speed52: the
    paragraph start, or None when the quotation does not open its paragraph."""
    pstart = text.rfind("\n", 0, qs) + 1
    if text[pstart:qs].strip(' \t"“') or pstart < 2:
        return None
    return pstart


def new_opens_paragraph(text, qs):
    pstart = P._run_start(text, qs, ' \t"“')
    if pstart < 2 or text[pstart - 1] != "\n":
        return None
    return pstart


RUN_PIECES = [" ", "\t", '"', "“", "”", "\n", "\r", "a", "Ann", ".", " " * 300, "“" * 260]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(RUN_PIECES), max_size=25).map("".join), st.integers(0, 900))
@example("x\n" + " " * 600 + "“", 603)
@example("x." + " " * 600 + "“", 603)
def test_paragraph_opening_check_as_before(t, qs):
    qs = min(qs, len(t))
    assert new_opens_paragraph(t, qs) == old_opens_paragraph(t, qs)


def test_pronoun_quotes_without_line_breaks_keep_their_speakers():
    # the hostile shape of "cr_only": carriage returns, no line break, one "he said" after
    # another (each once read the whole text back to its start)
    text = "Coun. Marcus Tiller spoke to the council on Monday.\r" + "“Yes,” he said.\r" * 30
    rows = _quotes(text)
    assert len(rows) == 30 and {sp for _, sp in rows} == {"Marcus Tiller"}


def test_passive_agent_after_indented_quotation_still_named():
    text = (
        'Coun. Marcus Tiller said the vote was fair. "We followed the rules," he said.\n\n'
        "The appeal was drafted by Helen Vasquez-Orr, 58, a retired planner from Elmira.\n\n"
        '   "Did anybody read the shadow study?" she asked.'
    )
    assert ("Did anybody read the shadow study?", "Helen Vasquez-Orr") in _quotes(text)
    # negative: an agent of the other gender is no antecedent of "he"
    text2 = text.replace("she asked", "he asked")
    assert ("Did anybody read the shadow study?", "Helen Vasquez-Orr") not in _quotes(text2)


def old_opens_a_run(text, at):
    """``assemble._opens_a_run`` before speed52 (the rest of the text copied)."""
    end = text.find("\n", at)
    if end < 0:
        return False
    body = text[at:end].rstrip()
    nxt = text[end:].lstrip()
    return bool(body) and body[-1] not in '"”' and nxt[:1] in '"“'


OPEN_PIECES = ["\n", "\n\n", " ", "\t", "\u2028", "\x1c", '"', "“", "”", "A b.", "x", "\r"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(OPEN_PIECES), max_size=20).map("".join), st.integers(0, 40))
@example('"A b.\n\n"C d."', 0)
@example('"A b.\n\n  ', 0)
def test_opens_a_run_as_before(t, at):
    at = min(at, len(t))
    assert A._opens_a_run(t, at) == old_opens_a_run(t, at)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([" 34,", "34-year-old", "Ann", " ", ",", "3", "4"]), max_size=20)
       .map("".join), st.integers(0, 80))  # fmt: skip
def test_age_given_before_as_before(t, at):
    firsts: dict = {}
    for phrase in (" 34,", "34-year-old"):
        for cut in (at, at // 2, at + 5):  # (one memo, several quotes)
            assert AG._given_before(t, phrase, cut, firsts) == (phrase in t[:cut])


def test_run_of_aged_quotes_after_named_speakers():
    # many "the 63-year-old" quotes after named quotes: each once copied the text before it
    pars = [
        f'"We lost row {i}," Gaston Brassard-Leduc said.\n\n"Row {i} froze," the 63-year-old said.'
        for i in range(15)
    ]
    rows = _quotes("\n\n".join(pars))
    aged = [sp for q, sp in rows if q.startswith("Row ")]
    assert aged == ["Gaston Brassard-Leduc"] * 15
    # negative: the article gave someone else that age first
    rows2 = _quotes("Ilse Varga, 63, runs the bakery.\n\n" + "\n\n".join(pars))
    assert [sp for q, sp in rows2 if q.startswith("Row ")] != ["Gaston Brassard-Leduc"] * 15


def old_beyond_lede(text, at):
    """``ledes._beyond_lede`` before speed52 (the paragraph breaks counted per call)."""
    nl = text.find("\n", 0, at)
    if nl < 0 or text.find("\n", L._SPACE_RUN_RE.match(text, nl).end(), at) < 0:
        return False
    ps = text.rfind("\n", 0, at) + 1
    return text.count("\n\n", 0, ps) > 3 or L.long_dash_dateline(text, ps, at) is None


LEDE_PIECES = ["\n", "\n\n", "\n\n\n", " ", "WINDSOR, Ont. — ", "By Ann Roe", "A b.", "x"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(LEDE_PIECES), max_size=25).map("".join), st.integers(0, 200))
def test_beyond_lede_as_before(t, at):
    at = min(at, len(t))
    assert L._beyond_lede(t, at) == old_beyond_lede(t, at)


def old_team_short_after(an, found, team, at):
    """``teams._team_short_after`` before speed52 (its sentence end sought to the text's
    end)."""
    text = an.text
    names = {}
    for m in found:
        names.setdefault(m.group(1).split()[-1], " ".join(m.group(1).split()))
    if len(names) < 2:
        return None
    ends = [text.find(". ", found[-1].end()), text.find("\n", found[-1].end())]
    lo = min((e for e in ends if e >= 0), default=-1)
    if lo < 0 or lo >= at:
        return None
    shorts = [m for m in T._TEAM_SHORT_RE.finditer(text, lo, at) if m.group(1) in names]
    if not shorts:
        return None
    last = T._team_subject_of_sentence(text, shorts).group(1)
    return None if last == team.group(1).split()[-1] else names[last]


TEAM_PIECES = [
    "The Kelso Falcons", " beat ", "the Moose Jaw Warriors", ".", " ", ". ", "\n", "The Warriors",
    " had won", " The team said so", "the Falcons", "x",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TEAM_PIECES), max_size=20).map("".join), st.integers(0, 200))
@example("The Kelso Falcons beat the Moose Jaw Warriors. The Warriors had won. The team", 85)
@example("The Kelso Falcons beat the Moose Jaw Warriors. x", 47)
def test_team_short_after_as_before(t, at):
    class An:
        text, masked = t, None

    at = min(at, len(t))
    found = list(T._TEAM_NAME_RE.finditer(t, 0, at))
    if not found:
        return
    team = T._team_subject_of_sentence(t, found)
    assert T._team_short_after(An, found, team, at) == old_team_short_after(An, found, team, at)
