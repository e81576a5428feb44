"""speed42: cheaper forms of round 1's new rules with the same results; each is compared
with the form it replaces (copied here) on sentences written here and on seeded random
text over a small vocabulary that holds many matches (deterministic)."""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

import pytest

from analysis.quotes import about_how, acronyms, apposed_subjects, idioms, reduced
from analysis.quotes.lexicon import lexicon
from tests._quote_rows import quote_rows

# --- about_how._ABOUT_HOW_RE: the verbs open with their letter, the word start after it

# the pattern about_how used before (a word boundary and the verbs as one alternation)
_PLAIN_ABOUT_HOW_RE = re.compile(
    r"\b(?P<verb>spoke|speaks|speak|speaking|talked|talks|talk|talking|boasted|boasts"
    r"|bragged|brags|joked|jokes|complained|complains|wrote|writes|reminisced)"
    r"(?:[ \t]+(?:[a-z]{3,}ly|at[ \t]+length))?[ \t]+(?:about|of)[ \t]+(?P<how>how)\b"
)

_ABOUT_TEXTS = [
    "Ann Roe spoke about how the office had been looted.",
    "She often talks about how she pushed for it, and he boasted of how it hurt her.",
    "He wrote at length about how the war ended; they complained bitterly of how long.",
    "Outspoke about how x; misspoke of how y; 3talked about how z; _joked of how w.",
    "He reminisced about howling wolves. She bragged\tabout\thow\tit went. écrites of how",
    "coasted about how; stalked about how; bespeaks of how; wrotes about how; talking of how",
]

_ABOUT_WORDS = (
    "spoke speaks speak speaking talked talks talk talking boasted boasts bragged brags "
    "joked jokes complained complains wrote writes reminisced coasted stalk about of how "
    "howl openly at length the she . , re mis 3 _ é"
).split()


def _about_spans(rx, text):
    return [(m.span(), m.span("verb"), m.span("how")) for m in rx.finditer(text)]


def test_about_how_pattern_written():
    for t in _ABOUT_TEXTS:
        assert _about_spans(about_how._ABOUT_HOW_RE, t) == _about_spans(_PLAIN_ABOUT_HOW_RE, t)
    # the cases that must not match, so the check above can fail
    assert not _about_spans(about_how._ABOUT_HOW_RE, "Outspoke about how; coasted about how")
    assert len(_about_spans(about_how._ABOUT_HOW_RE, _ABOUT_TEXTS[1])) == 2


def _about_random_text(rng):
    """A few random "<prefix><verb> [adverb] about|of how<suffix>" frames (words dropped
    or swapped at random) between random words."""
    seps = [" ", " ", " ", "\t", "  ", "", "\n"]
    parts = []
    for _ in range(rng.randint(1, 4)):
        frame = [
            rng.choice(["", "", "", "re", "mis", "3", "_", "é", "(", "-"])
            + rng.choice(_ABOUT_WORDS[:21]),
            rng.choice(["", "", "openly", "at length", "ly", "badly", "Openly"]),
            rng.choice(["about", "of", "about", "of", "on"]),
            "how" + rng.choice(["", "", "", "l", "ever", "_", "."]),
        ]
        if rng.random() < 0.2:
            frame.pop(rng.randrange(len(frame)))
        for w in frame:
            if w:
                parts.append(w)
                parts.append(rng.choice(seps[:4]) if rng.random() < 0.9 else rng.choice(seps))
        parts.append(rng.choice(_ABOUT_WORDS))
        parts.append(rng.choice(seps))
    return "".join(parts)


def test_about_how_pattern_random():
    rng = random.Random(42)
    found = 0
    for _ in range(4000):
        t = _about_random_text(rng)
        old = _about_spans(_PLAIN_ABOUT_HOW_RE, t)
        assert _about_spans(about_how._ABOUT_HOW_RE, t) == old, t
        found += len(old)
    assert found > 100


def test_about_how_rows_unchanged():
    t = "Ann Roe spoke about how the office had been looted."
    assert quote_rows(t, "speaker", "quote") == [("Ann Roe", "how the office had been looted")]


# --- reduced.reduced_court_relative: a loop instead of a generator for the participle


def _old_reduced_court_relative(toks, k, lex):
    lo = k - 9 if k > 9 else 0
    x = next(
        (i for i in range(k - 2, lo, -1) if toks[i][2] in reduced._REDUCED_COURT_PARTICIPLES), -1
    )
    if x < 2 or toks[x + 1][2] not in reduced._REDUCED_COURT_PARTICIPLES[toks[x][2]]:
        return None
    if any(not (t[2][:1].isalnum() or t[2][:1] in "$-") for t in toks[x + 2 : k]):
        return None
    head = toks[x - 1][2]
    if not (head.isalpha() and head.islower()) or not (
        head in lex.nouns or (len(head) > 4 and head.endswith(reduced._COURT_JOB_ENDINGS))
    ):
        return None
    d = x - 2
    while d >= 0 and x - 1 - d <= 4 and toks[d][2].lower() not in reduced._REDUCED_OPENERS:
        if not toks[d][2].isalpha() or toks[d][2].lower() in reduced._DETS:
            return None
        d -= 1
    if d < 0 or toks[d][2].lower() not in reduced._REDUCED_OPENERS:
        return None
    if (
        d > 0
        and toks[d - 1][2] not in reduced._REDUCED_BEFORE
        and toks[d - 1][2][0] != reduced.MASK
    ):
        return None
    return d, x


_COURT_WORDS = (
    "a an the former local adviser accountant man woman accused charged convicted "
    "sentenced arrested of with in to for fraud arson $38-million , said testified It was "
    "lie and Calgary investment contractor"
).split()


def _court_random_words(rng):
    """ "<lead> , <opener> <modifiers> <head> <participle> <preposition> <phrase> said",
    with words dropped or replaced at random."""
    ws = rng.choice([["It", "was", "a", "lie", ","], ["Later", ","], [], ["and"], ["\x00", ","]])
    ws = ws + [rng.choice(["a", "an", "the", "one", "A", "Calgary"])]
    ws += [
        rng.choice(["former", "local", "Calgary", "investment", "the", "3"])
        for _ in range(rng.randint(0, 5))
    ]
    ws.append(rng.choice(["adviser", "accountant", "man", "woman", "Roe", "contractor", "it"]))
    ws.append(rng.choice(list(reduced._REDUCED_COURT_PARTICIPLES) + ["seen"]))
    ws.append(rng.choice(["of", "with", "in", "to", "for", "on", "after", "at"]))
    ws += [
        rng.choice(["fraud", "a", "$38-million", "arson", "-", ",", "May"])
        for _ in range(rng.randint(0, 4))
    ]
    ws.append("said")
    for _ in range(rng.randint(0, 2)):
        i = rng.randrange(len(ws))
        if rng.random() < 0.5:
            del ws[i]
        else:
            ws[i] = rng.choice(_COURT_WORDS)
    return ws


def test_reduced_court_relative_random():
    lex = lexicon()
    rng = random.Random(7)
    found = 0
    for _ in range(6000):
        ws = _court_random_words(rng)
        toks = [(i, i, w) for i, w in enumerate(ws)]
        k = len(toks) - 1 if rng.random() < 0.8 else rng.randint(2, len(toks))
        old = _old_reduced_court_relative(toks, k, lex)
        assert reduced.reduced_court_relative(toks, k, lex) == old, (ws, k)
        found += old is not None
    assert found > 50


def test_reduced_court_relative_written():
    lex = lexicon()
    for s, k in [
        ("It was a lie , a former adviser accused of fraud said", 11),
        ("Later , a local man charged with arson in May testified", 10),
        ("a man accused said", 3),
        ("the accountant convicted of fraud said", 5),
    ]:
        toks = [(0, 0, w) for w in s.split()]
        got = reduced.reduced_court_relative(toks, k, lex)
        assert got == _old_reduced_court_relative(toks, k, lex)
    toks = [(0, 0, w) for w in "It was a lie , a former adviser accused of fraud said".split()]
    assert reduced.reduced_court_relative(toks, 11, lex) == (5, 8)


# --- acronyms._acronym_first_use: str.find and a boundary test, no pattern per acronym


def _old_first_use(text, acronym):
    m = re.search(r"\b" + re.escape(acronym) + r"\b", text)
    return None if m is None else m.span()


@pytest.mark.parametrize(
    "text,acr",
    [
        ("The Waterloo Tech Workers Alliance, known as WTWA, met.", "WTWA"),
        ("WTWAS and XWTWA and WTWA_ and _WTWA and 9WTWA and éWTWA, then WTWA.", "WTWA"),
        ("CFIB", "CFIB"),
        ("CFI", "CFIB"),
        ("AAA AA", "AA"),
        ("a-b AB.", "AB"),
        ("x A.B y", "A.B"),
        ("", "AB"),
        ("ÉTS and ÉT", "ÉT"),
    ],
)
def test_acronym_first_use_written(text, acr):
    assert acronyms._acronym_first_use(text, acr) == _old_first_use(text, acr)


def test_acronym_first_use_random():
    rng = random.Random(11)
    alphabet = ["A", "B", "C", "AB", "ABC", " ", " ", "_", "1", "é", "-", "\n", ".", "a", "²"]
    found = 0
    for _ in range(6000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        acr = rng.choice(["AB", "ABC", "A", "BC", "CAB"])
        old = _old_first_use(t, acr)
        assert acronyms._acronym_first_use(t, acr) == old, (t, acr)
        found += old is not None
    assert found > 200


def test_acronym_initials_name_unchanged():
    t = "The Waterloo Tech Workers Alliance, known as WTWA, met."
    assert acronyms.acronym_initials_name(t, "WTWA") == "Waterloo Tech Workers Alliance"
    t = "The Waterloo Tech Workers Alliance met. WTWA said so."
    assert acronyms.acronym_initials_name(t, "WTWA") is None


# --- idioms._contact_relative_comma: the comma after the cue is tested first


def _old_contact_relative_comma(c):
    toks, k, kend = c.toks, c.k, c.kend
    if k < 3 or kend >= len(toks) or toks[kend][2] != "," or toks[k - 3][0] != c.ss:
        return False
    noun = toks[k - 2][2]
    return (
        toks[k - 3][2] == "The"
        and toks[k - 1][2].lower() in idioms._PRONOUNS
        and noun.isalpha()
        and noun.islower()
        and noun not in idioms._CONTACT_TIME_NOUNS
        and noun not in idioms._TIME_WORDS
    )


def test_contact_relative_comma_random():
    words = "The the couple day book Dogs she he They it mentioned said , Ann Roe came .".split()
    rng = random.Random(5)
    found = 0
    for _ in range(6000):
        lead = rng.choice([[], [], ["Then"], ["Then", ","]])
        ws = lead + [
            rng.choice(["The", "The", "the", "A"]),
            rng.choice(["couple", "book", "day", "Dogs", "morning", "x3"]),
            rng.choice(["she", "he", "They", "it", "Ann"]),
            "mentioned",
            rng.choice([",", ",", ".", "Ann"]),
            "Ann",
        ]
        for _ in range(rng.randint(0, 1)):
            ws[rng.randrange(len(ws))] = rng.choice(words)
        toks = [(i * 2, i * 2 + 1, w) for i, w in enumerate(ws)]
        k = len(lead) + 3 if rng.random() < 0.8 else rng.randint(0, len(toks) - 1)
        kend = k + 1 if rng.random() < 0.8 else rng.randint(k, len(toks) + 1)
        c = SimpleNamespace(toks=toks, k=k, kend=kend, ss=rng.choice([0, 0, 2, 4]))
        old = _old_contact_relative_comma(c)
        assert idioms._contact_relative_comma(c) == old, (ws, c.k, c.kend, c.ss)
        found += old
    assert found > 20


# --- apposed_subjects: mentions longer than three characters are never "he"/"she"


def test_apposed_pronoun_gate_premise():
    rng = random.Random(3)
    chars = ["h", "e", "s", "H", "E", "S", "İ", "ẞ", "ﬀ", "Σ", " ", "x"]
    for _ in range(20000):
        m = "".join(rng.choice(chars) for _ in range(rng.randint(1, 6)))
        if len(m) > 3:
            assert apposed_subjects._APPOSED_PRONOUN_WANT.get(m.lower()) is None, m
    for m in ("He", "SHE", "she", "he"):
        assert apposed_subjects._APPOSED_PRONOUN_WANT.get(m.lower()) is not None


def test_apposed_pronoun_rows_unchanged():
    t = '"No," said Ann Lee. Her old rival, Odile Vance, was kinder. "Be kind," she wrote.'
    assert [r[0] for r in quote_rows(t, "speaker")] == ["Ann Lee", "Odile Vance"]
