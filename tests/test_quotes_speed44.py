"""speed44: cheaper forms of session 30's checks with the same results. Each gate is
compared with the form it replaces (copied here), or the premise it rests on is checked,
on sentences written here and on seeded random text over a small vocabulary that holds
many matches (deterministic)."""

from __future__ import annotations

import random
import re

from analysis.quotes import additions, adjunct_relatives, cues, relative_appositions, sides
from analysis.quotes.antecedents import _CAP_NAME_WORD
from analysis.quotes.court_answers import answers_share_witness_speaker
from analysis.quotes.named_appositions import _owned_description
from tests._quote_rows import quote_rows


def _random_text(rng, words, n_lo=3, n_hi=40):
    seps = [" ", " ", " ", " ", "\t", "  ", "", ", ", ". ", "\n"]
    return "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(n_lo, n_hi)))


# --- relative_appositions._RELATIVE_APPOSED_RE: "t" first, its word start after it

_PLAIN_RELATIVE_APPOSED_RE = re.compile(
    r"(?<![\w'’])[Tt]he[ \t]+((?:[a-z][a-z-]*[ \t]+){0,2}[a-z][a-z-]*)[ \t]+"
    r"(?:the|his|her|their|its)[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+){1,6},[ \t]+"
    r"((?:" + _CAP_NAME_WORD + r"[ \t]+){1,2}" + _CAP_NAME_WORD + r")[ \t]*,"
)

_RELATIVE_TEXTS = [
    "The rookie defenceman the Jets called up in January, Tom Vale, had two goals.",
    "the top scout her club hired in May, Ann Roe, left. xThe top scout the club hired, Al Bo,",
    "’The new coach their board named last week, Ed Lo, spoke. 'The old coach its team cut, Bo Li,",
    "Tthe new coach the board named, Ed Lo, and _The aide the mayor hired in June, Mo Ray,",
]

_RELATIVE_WORDS = (
    "The the The xThe 'The ’The _The Tthe rookie top new scout defenceman coach his her "
    "their its team club called hired named up in May Jets Tom Vale Ann Roe Lee , said"
).split()


def _relative_random_text(rng):
    """Random words around a few "<prefix>The <words> <det> <words>, <Name> <Name>,"
    frames, a part dropped or doubled at random."""
    sep = lambda: rng.choice((" ", " ", "\t", "  ", ""))  # noqa: E731
    parts = []
    for _ in range(rng.randint(1, 3)):
        frame = [
            rng.choice(("", "", "x", "'", "’", "_", "(", "T", "3"))
            + rng.choice(("The", "the", "THE")),
            *(rng.choice(("rookie", "top", "new", "Scout")) for _ in range(rng.randint(0, 3))),
            rng.choice(("scout", "coach", "defenceman")),
            rng.choice(("the", "his", "her", "their", "its", "a")),
            *(
                rng.choice(("Jets", "club", "called", "up", "in", "May"))
                for _ in range(rng.randint(1, 8))
            ),
        ]
        tail = (
            rng.choice((",", ",", ""))
            + sep()
            + " ".join(
                rng.choice(("Tom", "Vale", "Ann", "Roe", "lee")) for _ in range(rng.randint(1, 4))
            )
            + rng.choice((",", " ,", ".", ""))
        )
        parts.append(sep().join(frame) + tail)
        parts.append(_random_text(rng, _RELATIVE_WORDS, 0, 5))
    return " ".join(parts)


def _relative_spans(rx, text):
    return [(m.span(), m.span(1), m.span(2)) for m in rx.finditer(text)]


def test_relative_apposed_pattern_same_matches():
    new = relative_appositions._RELATIVE_APPOSED_RE
    for t in _RELATIVE_TEXTS:
        assert _relative_spans(new, t) == _relative_spans(_PLAIN_RELATIVE_APPOSED_RE, t)
    assert len(_relative_spans(new, _RELATIVE_TEXTS[0])) == 1
    assert len(_relative_spans(new, _RELATIVE_TEXTS[1])) == 1  # not after "x"
    rng = random.Random(44)
    hits = 0
    for _ in range(6000):
        t = _relative_random_text(rng)
        got = _relative_spans(new, t)
        assert got == _relative_spans(_PLAIN_RELATIVE_APPOSED_RE, t), t
        hits += len(got)
    assert hits > 50


def test_relative_apposed_rows():
    t = (
        "The rookie defenceman the Jets called up in January, Tom Vale, had two goals. "
        "Defenceman Nils Ekberg was hurt.\n\n"
        '"It felt great," the rookie defenceman said.'
    )
    assert quote_rows(t, "speaker") == [("Tom Vale",)]


# --- named_appositions: the distance and " named " tests before the owned description


def _named_gate_old(mention, dist, seg):
    owned = mention[:1].isupper() and any(w.endswith(("'s", "’s")) for w in mention.split()[:-1])
    if mention[:1] not in "tTaA" and not owned or not 0 < dist <= 160:
        return False
    return " named " in seg


def _named_gate_new(mention, dist, seg):
    if not 0 < dist <= 160:
        return False
    if " named " not in seg:
        return False
    return not (mention[:1] not in "tTaA" and not _owned_description(mention))


def test_named_apposition_gate_same():
    rng = random.Random(7)
    words = "the The a A Kestrel Mill's mill’s oldest worker Roe's he She tom x".split()
    segs = [", a nurse named Ann Roe, ", ", a nurse, ", " named", "", ", Ann Roe, "]
    seen = set()
    for _ in range(20000):
        mention = " ".join(rng.choice(words) for _ in range(rng.randint(1, 4)))
        dist, seg = rng.choice((-5, 0, 1, 80, 160, 161, 300)), rng.choice(segs)
        got = _named_gate_new(mention, dist, seg)
        assert got == _named_gate_old(mention, dist, seg), (mention, dist, seg)
        seen.add(got)
    assert seen == {True, False}


def test_named_apposition_rows():
    t = (
        "Kestrel Mill's oldest worker, a 63-year-old millwright named Ann Roe, said the "
        "mill would close."
    )
    assert quote_rows(t, "speaker") == [("Ann Roe",)]


# --- former_latter: only a mention of 10 characters can lower-case to one of the two


def test_former_latter_length_premise():
    # ``str.lower`` changes the length of one character only, and that one ("İ")
    # lower-cases to "i" and a combining dot, which neither mention holds
    longer = [c for c in map(chr, range(0x110000)) if len(c.lower()) != 1]
    assert longer == ["\u0130"]
    rng = random.Random(3)
    for _ in range(3000):
        base = rng.choice(("the former", "the latter", "THE FORMER", "tHe LaTtEr"))
        s = "".join(ch.upper() if rng.random() < 0.5 else ch for ch in base)
        s += rng.choice(("", "", "\u0130", "s", " "))
        assert (s.lower() in ("the former", "the latter")) == (
            len(s) == 10 and s.lower() in ("the former", "the latter")
        )


def test_former_latter_rows():
    t = (
        "Ann Roe chairs the board. Bo Lee runs the bank.\n\nRoe and Lee met. "
        "The former said rates would rise, while the latter said they would not."
    )
    assert [s for (s,) in quote_rows(t, "speaker")] == ["Ann Roe", "Bo Lee"]


# --- court_answers: a list's ``in`` for the "A." cue test


class _Q:
    def __init__(self, cue, speaker, mention, at):
        self.cue, self.speaker, self.stype = cue, speaker, "person"
        self.mention, self.m_start, self.m_end = mention, at, at + 2


def test_answers_share_witness_gate():
    rng = random.Random(5)
    for _ in range(500):
        qs = [
            _Q(rng.choice(("A.", "said", "answered", None)), "Al Roe", "he", rng.randint(0, 3))
            for _ in range(rng.randint(0, 5))
        ]
        before = [(q.speaker, q.stype) for q in qs]
        answers_share_witness_speaker(qs)
        if not any(q.cue == "A." for q in qs):
            assert [(q.speaker, q.stype) for q in qs] == before


# --- adjunct_relatives.relative_content_start: each helper's own first test inline


def _relative_content_start_old(masked, skip, pos, se):
    if skip:
        pos = adjunct_relatives.adjunct_relative_end(masked, skip.end(), se)
    return adjunct_relatives.document_relative_start(masked, pos, se)


_RELATIVE_FRAMES = (
    " at a meeting that ran late that ",
    " in a report that also criticized the force, ",
    " in a report that was released Tuesday that ",
    "\tat a briefing that, ",
    " during the news conference that later ",
    " on Monday in a statement that affected ",
    " ",
)


def test_relative_content_start_same():
    rng = random.Random(11)
    words = (
        "said told reporters on Tuesday at in a the report meeting that ran late also "
        "criticized was taxes rise during news conference , . Monday"
    ).split()
    moved = 0
    for _ in range(3000):
        t = rng.choice(("said", "told reporters", "wrote")) + rng.choice(_RELATIVE_FRAMES)
        t += _random_text(rng, words, 0, 8)
        for pos in range(len(t) + 1):
            skip = cues._POST_SKIP.match(t, pos, len(t)) if rng.random() < 0.7 else None
            got = adjunct_relatives.relative_content_start(t, skip, pos, len(t))
            assert got == _relative_content_start_old(t, skip, pos, len(t)), (t, pos)
            moved += got != (skip.end() if skip else pos)
    assert moved > 20
    t = "said in a report that also criticized the force."
    assert adjunct_relatives.relative_content_start(t, None, 4, len(t)) == len(t)


# --- additions._conj_opens_other_frame: the first word by ``search`` before ``findall``


def test_first_word_search_is_findall_first():
    rng = random.Random(13)
    words = "and but And , the mayor said \x01\x01 it 3 _x é".split()
    for _ in range(4000):
        t = _random_text(rng, words, 0, 10)
        lo = rng.randint(0, len(t))
        hi = min(len(t), lo + rng.randint(0, 80))
        m = additions._WORDS_RE.search(t, lo, hi)
        pw = additions._WORDS_RE.findall(t, lo, hi)
        assert (m.group() if m else None) == (pw[0] if pw else None)


def test_conj_other_frame_rows():
    t = "In Halifax, the mayor said, and Tom Vale said taxes would rise."
    assert ("Tom Vale", "taxes would rise") in quote_rows(t, "speaker", "quote")


# --- sides._continues_clause: the passive-aux ending before the regex


def test_passive_aux_premise():
    rng = random.Random(17)
    words = (
        "Lee the grant worth $5,000 , has have had been was were is are will be promised".split()
    )
    hits = 0
    for _ in range(6000):
        seg = _random_text(rng, words, 1, 16) + rng.choice(
            ("", ", was ", " 3, has been  ", ", will be\t", ", is", ", were ", ", are\t ")
        )
        m = sides._APPOSED_SUBJECT_PASSIVE_RE.search(seg, max(0, len(seg) - 140))
        if m is not None:
            hits += 1
            assert seg.rstrip(" \t").endswith(sides._PASSIVE_AUX_WORDS), seg
    assert hits > 20
