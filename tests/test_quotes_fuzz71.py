"""Session 45 (fuzz71): per-quote article scans made per-article memos (same output), and
the fuzz driver's templates of the sessions 43-44 rules. Every sentence is our own.

* 'Tom Roe said he would tap again. His daughter was not so sure. "I believe her," she
  said.' repeated -- ``kin._kin_subject_before`` asked "is the relative named in
  apposition before the quote?" by a regex over the whole text before each quote, and
  the set of the surname's full names per quote; ``kin._resolve_spouse`` (via
  ``kin_subject_pronouns``) filtered every name entry of the surname per quote. Now
  ``kin_memos.kin_named_before`` (first match ends, once per article),
  ``kin_memos.surname_firsts`` / ``names_before`` (names by first place, once per article)
  and ``kin_subjects._kin_subject_family`` (by surname, once). Tests: the repeated rows,
  ``kin_named_before`` equal to the prefix scan at every cut (a cut inside
  "husband|s" too), ``names_before`` equal to the filter it replaces; negative: a
  relative named in apposition ("Her husband, Ed Vale,") still names the "he".
* 'Ray Church, a farmer, spoke. "Rain," Church said.' repeated --
  ``org_word_surnames.org_word_surname`` read every "Church" entry per mention; now once
  per article and word. Negative: "Grace Church" named keeps "Church" an organisation.
* 'Al Roe ... His father said it was over. "Not so," he said.' repeated --
  ``kin_subjects.kin_subject_speakers`` read every earlier statement per pronoun; now the
  statements of the sentence (``_quotes_mentioned_in``). Negative: "His father frowned"
  (no statement there) keeps the description "his father".
* "Ann Roe works with Tom Vale ... Both men say" after many sentences --
  ``pair_sentence_before.pair_in_sentence_before`` built the sentence-start list per
  mention and ``kin._aged_ref_not_a_person`` read the whole article per named person
  (fuzz seed 15 input 388); now ``an.ante[0]`` and a memo per name.
* "Will at daughter says own husband," (fuzz seed 16 input 1247, minimised) -- the
  capitalised modal "Will" right before the end of the tokens: ``phrase_adjuncts.
  _word_as_surname`` read the cue token past the end (IndexError, article skipped); now
  no cue token is no surname reading. Negative: "Will Page urged ..." unchanged.
* ``quotes_fuzz.make_recent`` -- the driver's generator of the sessions 43-44 rules'
  shapes: reproducible by seed, within the size cap.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pandas as pd

from analysis import extract_quotes
from analysis.quotes.kin_memos import kin_named_before, kin_named_in, names_before, surname_firsts

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import quotes_fuzz  # noqa: E402


def _rows(text):
    frame = extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert quotes_fuzz.check_frame(text, frame) == []
    return [(r.quote, r.speaker) for r in frame.itertuples()]


_KIN = 'Tom Roe said he would tap again. His daughter was not so sure. "I believe her," she said. '


def test_repeated_kin_subject_rows():
    assert (
        _rows(_KIN * 12)
        == [
            ("he would tap again", "Tom Roe"),
            ("I believe her", "His daughter"),
        ]
        * 12
    )


def test_kin_named_in_apposition_still_names_the_pronoun():
    text = _KIN + 'Her husband, Ed Vale, agreed. "Fine," he said.'
    assert _rows(text)[-1] == ("Fine", "Ed Vale")


class _An:
    def __init__(self, text):
        self.text, self.scan_memo = text, {}


def test_kin_named_before_equals_the_prefix_scan_at_every_cut():
    texts = [
        "Ann Roe spoke. Her husband, Tom, nodded. Her husbands said no.",
        "Roe, her husband said. Then his husband Bo Roe left.",
        "My husband\tAl and husbandry. Vale, their husband",
        "no kin here at all",
    ]
    for text in texts:
        an = _An(text)
        for at in range(len(text) + 1):
            assert kin_named_before(an, at, "husband") == kin_named_in(text[:at], "husband"), (
                text,
                at,
            )


def test_names_before_equals_the_entry_filter():
    rng = random.Random(5)
    given = ["Ann", "Tom", "Eva", "Bo", "Kai"]
    entries = [(rng.randrange(500), (rng.choice(given), "Roe")) for _ in range(40)]
    entries.append((7, ("Roe",)))
    an = _An("")
    keep = {"Ann", "Eva"}
    firsts = surname_firsts(an, ("roe", "test"), lambda: entries, lambda g: g.title() in keep)
    for at in range(0, 520, 3):
        want = {" ".join(e[1]) for e in entries if len(e[1]) == 2 and e[1][0] in keep and e[0] < at}
        got = names_before(firsts, at)
        assert got <= want and len(got) == min(len(want), 3)
        if len(want) <= 2:
            assert got == want


def test_repeated_org_word_surname_rows():
    unit = 'Ray Church, a farmer, spoke. "Rain {}," Church said. '
    text = "".join(unit.format(i) for i in range(15))
    assert _rows(text) == [(f"Rain {i}", "Ray Church") for i in range(15)]


def test_org_word_surname_beside_a_named_church_stays_the_word():
    text = 'Ray Church, a farmer, spoke. "Rain," Church said. Grace Church is on Main Street.'
    assert _rows(text) == [("Rain", "Church")]


def test_repeated_kin_statement_gives_the_pronoun_its_speaker():
    unit = 'Al Roe spoke. "We lost," Al Roe said. His father said it was over. "Not so," he said. '
    rows = _rows(unit * 6)
    assert (
        rows
        == [
            ("We lost", "Al Roe"),
            ("it was over", "His father"),
            ("Not so", "His father"),
        ]
        * 6
    )


def test_kin_sentence_without_statement_keeps_the_description():
    unit = 'Al Roe spoke. "We lost," Al Roe said. His father frowned. "Not so," he said. '
    assert _rows(unit * 4) == [("We lost", "Al Roe"), ("Not so", "his father")] * 4


def test_pair_in_sentence_before_after_many_sentences():
    filler = "".join(f"The {w} stays shut. " for w in ("pier", "dock", "shed") * 40)
    text = filler + "Ben Roe works with Tom Vale on the dock. Both men say it is safe."
    assert _rows(text) == [("it is safe", "Ben Roe and Tom Vale")]


def test_pair_in_sentence_before_with_a_place_named_the_stays_bare():
    # (a name the article writes after "the" is no person: one person, no pair)
    text = "The Kelso Ridge won. Ben Roe works at Kelso Ridge on the dock. Both men say it is safe."
    assert _rows(text) == [("it is safe", "both men")]


def test_make_recent_is_reproducible_and_capped():
    a = [quotes_fuzz.make_recent(random.Random(s)) for s in range(30)]
    b = [quotes_fuzz.make_recent(random.Random(s)) for s in range(30)]
    assert a == b
    assert all(len(t) <= quotes_fuzz.MAX_CHARS and label == "recent" for t, label, _ in a)
    assert all(not re.search(r"\{[A-D N]\}", t) for t, _, _ in a)


def test_modal_name_before_the_token_end_does_not_raise():
    import warnings

    text = "Will at daughter says own husband,"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        frame = extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert quotes_fuzz.check_frame(text, frame) == []


def test_modal_surname_before_a_past_cue_unchanged():
    from analysis.quotes.phrase_adjuncts import _word_as_surname

    assert _word_as_surname([(0, 4, "Will"), (5, 10, "urged")], 0, 1)
    assert not _word_as_surname([(0, 4, "Will"), (5, 8, "say")], 0, 1)
    assert not _word_as_surname([(0, 4, "Will")], 0, 1)
