"""Session 40 round 2 (speed60): round 1's rules made linear on hostile shapes, with
the same output (``quotes_exact --check`` IDENTICAL). Each rule:

1. ``accused_named._ChargedNames.last_before(at)`` is the last name of
   ``_CHARGED_RE.finditer(text, 0, at)`` for every ``at`` (the text's charged names are
   read once; only the stretch after the last barrier character before ``at`` is
   scanned again): "the accused" gets the last person charged before it, and stays
   "the accused" when nobody was charged.
2. ``exchange_turns._PersonsBefore.other_before(k, asked)`` is the last person speaker
   of ``quotes[:k]`` other than ``asked`` (read once, ``k`` never decreasing): an
   answer after "asked Ann Zorn" goes to the person quoted before the question, and
   stays Ann Zorn's when nobody else was quoted.
3. ``court_answers._plain_answers`` finds the rows inside an answer's line by
   ``starts`` and drops them once; ``_spans_test`` is ``any(a <= x < b)``: plain "A."
   answers that report speech are the witness's, whatever their number.
4. ``plural_names._team_matches(text, word)`` gives the matches of
   ``re.finditer(_TEAM_THE + re.escape(word) + _TEAM_AFTER, text)``, tried only at the
   "the" before each occurrence of ``word`` (``_the_starts``); ``_team_written_in``
   reads each word once per article: "Kelso Hawks" is a team when "The Hawks won"
   is written, "Kelso Falcons" is not when no "the Falcons" is; "Ordinary Canadians"
   is a group.
"""

from __future__ import annotations

import random
import re

import pandas as pd

import analysis
from analysis.quotes.accused_named import _CHARGED_RE, _ChargedNames
from analysis.quotes.court_answers import _spans_test
from analysis.quotes.exchange_turns import _PersonsBefore
from analysis.quotes.plural_names import _TEAM_AFTER, _TEAM_THE, _team_matches, _the_starts


def _rows(text):
    q = analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [text]}))
    return [(r.speaker, r.speaker_type, r.quote) for r in q.itertuples()]


def test_charged_names_match_a_scan_cut_at_every_offset():
    texts = [
        "Ann Roe was charged. Tom Vale pleaded guilty. Ed Hall was",
        "Tom Vale, 58, pleaded not guilty, Ann Roe has been convicted and Jo Fenn is charged",
        "Ann Roe-Smith’s was charged\nTom O'Vale stands trial, Ed Hall was found guilty.",
        "Ann Roe was charged Tom Vale was chargedx Ed Hall is accused of it",
        "",
    ]
    for text in texts:
        c = _ChargedNames(text)
        for at in range(-2, len(text) + 2):
            want = None
            for m in _CHARGED_RE.finditer(text, 0, at):
                want = m.group(1)
            assert c.last_before(at) == want, (text, at)


def test_accused_gets_the_last_person_charged_before_it():
    t = (
        "Tom Vale was charged with theft. “Sorry,” the accused said. "
        "Ann Roe was charged with fraud. “Sorry,” the accused said. "
    )
    assert [r[0] for r in _rows(t)] == ["Tom Vale", "Ann Roe"]
    # negative: nobody charged, pleading or convicted
    t = "Tom Vale spoke to the court. “Sorry,” the accused said. "
    assert [r[0] for r in _rows(t)] == ["the accused"]


class _Q:
    def __init__(self, speaker, stype):
        self.speaker, self.stype = speaker, stype


def test_persons_before_matches_a_walk_back():
    rng = random.Random(40)
    for _ in range(300):
        qs = [
            _Q(rng.choice(["Ann", "Jo", "Ed", None, ""]), rng.choice(["person", "group"]))
            for _ in range(rng.randint(0, 12))
        ]
        p = _PersonsBefore(qs)
        k = 0
        for _ in range(6):
            k = min(len(qs), k + rng.randint(0, 3))
            asked = rng.choice(["Ann", "Jo", "Ed"])
            want = next(
                (
                    r.speaker
                    for r in reversed(qs[:k])
                    if r.stype == "person" and r.speaker and r.speaker != asked
                ),
                None,
            )
            assert p.other_before(k, asked) == want


def test_answers_go_to_the_one_quoted_before_the_question():
    t = (
        "Jo Fenn, the guide, told the inquest that the ice was thick.\n\n"
        "“Did you check it?” asked Ann Zorn.\n\n“I checked it,” she answered.\n\n"
        "“Did you check it?” asked Ann Zorn.\n\n“I did,” she answered.\n\n"
    )
    assert [r[0] for r in _rows(t)] == ["Jo Fenn", "Ann Zorn", "Jo Fenn", "Ann Zorn", "Jo Fenn"]
    # negative: nobody else quoted, the carried answers stay the asker's
    t = "“Did you sign it?” asked Ann Zorn.\n\n“I signed it.”\n\n" * 2
    assert {r[0] for r in _rows(t)} == {"Ann Zorn"}


def test_spans_test_is_any_span_holding_x():
    rng = random.Random(41)
    for _ in range(300):
        spans = [
            (a, a + rng.randint(0, 6))
            for a in (rng.randint(0, 30) for _ in range(rng.randint(1, 6)))
        ]
        inside = _spans_test(spans)
        for x in range(-1, 40):
            assert inside(x) == any(a <= x < b for a, b in spans), (spans, x)


def test_plain_answers_reporting_speech_are_the_witness_s():
    t = "Ann Zorn testified.\n\n" + "Q. Did you go?\n\nA. The port said it was federal.\n\n" * 3
    rows = _rows(t)
    assert [r[:2] for r in rows] == [("Ann Zorn", "person")] * 3
    assert all(r[2] == "The port said it was federal." for r in rows)
    # a plain answer first (its row is added), then one that reports speech
    t = (
        "Ann Zorn testified.\n\nQ. Did you go?\n\nA. I went there twice.\n\n"
        "Q. And then?\n\nA. The port said it was federal, and the town said no. I agree."
    )
    assert [r[:2] for r in _rows(t)] == [("Ann Zorn", "person")] * 2


def test_team_matches_are_finditer_s():
    toks = ["the", "The", "Oilers", "Oilers'", "Oilers’", "Edmonton", "Big", "St.", "won", "coach"]
    toks += ["x.the", "-the", "’the", "Oilersx", "ÉOilers", "Edward", "Islanders", "bathe", "1"]
    seps = [" ", "  ", "\t", "\n", ", ", ". ", "", " \t "]
    rng = random.Random(42)
    for _ in range(3000):
        t = "".join(rng.choice(toks) + rng.choice(seps) for _ in range(rng.randint(1, 12)))
        for w in ("Oilers", "Edward Islanders", "Big Oilers"):
            pat = _TEAM_THE + re.escape(w) + _TEAM_AFTER
            want = [(m.span(), m.groups()) for m in re.finditer(pat, t)]
            assert [(m.span(), m.groups()) for m in _team_matches(t, w)] == want, (t, w)


def test_the_starts_reach_at_most_two_capitalised_words():
    t = "the Oilers; The Big Red Oilers; the A B C Oilers; xthe Oilers"
    assert _the_starts(t, "Oilers") == [0, 12]


def test_team_and_demonym_plurals_keep_their_types():
    t = "“Item,” Kelso Falcons said. The game is on. “Item,” Kelso Hawks said. The Hawks won. "
    assert [r[:2] for r in _rows(t)] == [
        ("Kelso Falcons", "person"),  # negative: no "the Falcons" written
        ("Kelso Hawks", "organization"),
    ]
    t = "“Item 1,” Ordinary Canadians said. The game is on. “Item 2,” Ordinary Canadians said."
    assert [r[:2] for r in _rows(t)] == [("Ordinary Canadians", "group")] * 2
