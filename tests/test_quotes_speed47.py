"""speed47: cheaper forms of session 33's checks with the same results. Each gate is
compared with the form it replaces on sentences written here and on seeded random
text over a small vocabulary that holds many matches (deterministic)."""

from __future__ import annotations

import bisect
import random

from analysis.quotes import (
    according_records,
    apposed_speakers,
    content,
    np_left_core,
    np_right,
    reported_frames,
)
from analysis.quotes.cues import Quote
from analysis.quotes.lexicon import lexicon
from tests._quote_rows import speech_rows


def _random_text(rng, words, n_lo=3, n_hi=30):
    seps = [" ", " ", " ", " ", "\t", "  ", "", ", ", ". ", "\n", ": ", "; "]
    return "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(n_lo, n_hi)))


# --- content._lead_subordinate_match: the colon lead-in only tried when a colon is there

_LEAD_TEXTS = [
    "When Lee said it, others left",
    "Update: When Lee said the vote was lost",
    "Update:  when Lee said",
    "Weeks after Lee said A",
    "Just two days before the mayor announced",
    "Update; when Lee said",
    "Two notes: Less than a week after Roe said",
    "The update: since then, Roe said",
    "\n  Because the board said",
    "Lee said: because",
]

_LEAD_WORDS = (
    "When when After after before Before If Although since Since Unless Weeks weeks days "
    "two a few just Just less than week month Update Lee Roe said announced the vote \x01"
).split()


def _lead_cases():
    rng = random.Random(47)
    for t in _LEAD_TEXTS:
        yield t, 0, len(t)
    for _ in range(4000):
        t = _random_text(rng, _LEAD_WORDS)
        lo = rng.randint(0, len(t))
        yield t, lo, rng.randint(lo, len(t))


def test_lead_subordinate_match_same_as_full_pattern():
    for t, lo, hi in _lead_cases():
        fast = content._lead_subordinate_match(t, lo, hi)
        full = content._LEAD_SUBORDINATE_RE.match(t, lo, hi)
        assert (fast and fast.span()) == (full and full.span()), (t, lo, hi)


def test_lead_subordinate_clause_still_ends_content():
    # the cue's content ends at the clause's comma; the main clause is none of its
    for text in (
        "Update: When Ann Roe said the plan failed, the board met.",
        "When Ann Roe said the plan failed, the board met.",
    ):
        assert speech_rows(text) == [("Ann Roe", "said", "the plan failed")], text


# --- apposed_speakers._of_titled_name: a name at the end and a title word first


def _plain_of_titled_name(toks, a, b, lex):
    n = b
    while n > a and toks[n - 1][2][:1].isupper():
        n -= 1
    words = [toks[x][2] for x in range(a, n)]
    if n == b or not 3 <= len(words) <= 7 or "of" not in words[1:-1]:
        return -1
    k = words.index("of")
    if not all(w.replace("-", "").isalpha() and w.islower() for w in words):
        return -1
    if not all(w in lex.titles for w in words[:k]) or apposed_speakers._has_predicate(toks, a, n):
        return -1
    return n


_TITLED_TEXTS = [
    "director general of rail safety Ann Roe",
    "deputy minister of health Ann Roe",
    "fans of the team Ann Roe",
    "of director of health Ann Roe",
    "director of Ann Roe",
    "chief-executive of the fund Bo Lee",
]

_TITLED_WORDS = (
    "director general deputy minister chief-executive of of the health rail safety fans "
    "team rose Ann Roe Bo Lee-Day , . vice president"
).split()


def _toks(words):
    return [(i, i + 1, w) for i, w in enumerate(words)]


def test_of_titled_name_same_as_plain_form():
    lex = lexicon()
    rng = random.Random(4701)
    cases = [t.split() for t in _TITLED_TEXTS]
    cases += [[rng.choice(_TITLED_WORDS) for _ in range(rng.randint(1, 10))] for _ in range(6000)]
    hits = 0
    for ws in cases:
        toks = _toks(ws)
        for a in range(len(ws)):
            for b in range(a + 1, len(ws) + 1):
                got = apposed_speakers._of_titled_name(toks, a, b, lex)
                assert got == _plain_of_titled_name(toks, a, b, lex), (ws, a, b)
                hits += got > a
    assert hits > 50


# --- np_right.possessed_head_end: a lower-case word right after the phrase first


def _plain_possessed_head_end(toks, np_):
    n = len(toks)
    j = np_[1]
    if j >= n:
        return 0
    p = j - 1
    while p > np_[0] and p > j - 3 and np_right._lower_word(toks[p][2]):
        p -= 1
    if not toks[p][2].endswith(("'s", "’s")):
        return 0
    e = j
    while e < n and e - p <= 3 and np_right._lower_word(toks[e][2]):
        if toks[e][2] in np_right._NOT_ROLE or toks[e][2] in np_right._TIME_WORDS:
            return 0
        e += 1
    return e if e > j and (e == n or toks[e][2] in np_right._POSSESSED_HEAD_STOPS) else 0


_POSSESSED_WORDS = (
    "said the orchestra's band’s principal cello concertmaster , who . Friday friday "
    "long-serving Roe's Ann ( — today"
).split()


def test_possessed_head_end_same_as_plain_form():
    rng = random.Random(4702)
    cases = ["said the orchestra's principal cello , who".split()]
    cases += [[rng.choice(_POSSESSED_WORDS) for _ in range(rng.randint(1, 9))] for _ in range(6000)]
    hits = 0
    for ws in cases:
        toks = _toks(ws)
        for a in range(len(ws)):
            for b in range(a + 1, len(ws) + 1):
                got = np_right.possessed_head_end(toks, (a, b))
                assert got == _plain_possessed_head_end(toks, (a, b)), (ws, a, b)
                hits += got > 0
    assert hits > 50


# --- according_records.trailing_records_give_way: the filed-record test before the map


def _plain_trailing_records_give_way(quotes):
    acc = [q for q in quotes if q.cue[:9].lower() == "according" and q.cue_start >= q.end]
    if not acc:
        return quotes
    inner_at = {
        q.m_start: q
        for q in quotes
        if q.kind == "indirect" and q.cue[:9].lower() != "according" and q.cue_end <= q.start
    }
    drop = set()
    for o in acc:
        q = inner_at.get(o.start)
        if (
            q is not None
            and q.end <= o.end
            and not q.cue.endswith("ing")
            and q.cue_start - q.m_end <= 40
            and o.mention
            and according_records._filed_record_head(o.mention)
        ):
            drop.add(id(o))
    return quotes if not drop else [q for q in quotes if id(q) not in drop]


_RECORD_CUES = ["according to", "According to", "argue", "said", "arguing", "ACCORDING"]
_RECORD_MENTIONS = [
    "court documents",
    "a summary filed with the court",
    "her lawyer",
    "Ann Roe",
    "",
    "a transcript of the hearing",
]


def _random_quotes(rng):
    out = []
    for _ in range(rng.randint(0, 6)):
        s = rng.randint(0, 6)
        e = s + rng.randint(0, 6)
        cs = rng.randint(0, 14)
        ms = rng.choice([rng.randint(0, 14), s, 0])
        out.append(
            Quote(
                s,
                e,
                rng.choice(["indirect", "direct", "mixed"]),
                rng.choice(_RECORD_CUES),
                cs,
                cs + rng.randint(0, 3),
                rng.choice(_RECORD_MENTIONS),
                ms,
                ms + rng.randint(0, 50),
            )
        )
    return out


def test_trailing_records_give_way_same_as_plain_form():
    rng = random.Random(4703)
    drops = 0
    for _ in range(20000):
        quotes = _random_quotes(rng)
        got = according_records.trailing_records_give_way(quotes)
        want = _plain_trailing_records_give_way(quotes)
        assert [id(q) for q in got] == [id(q) for q in want]
        drops += len(got) < len(quotes)
    assert drops > 5


# --- np_left_core._left_np0: the stop-word set tested before _opening_stop_word

_STOP_WORDS = "But but And returning Returning officer acting chair The the Ann Roe so".split()


def test_opening_stop_word_only_for_stop_words():
    # the gate in _left_np0 skips _opening_stop_word for a word outside the set: it
    # must then be False (the cheap test implies nothing is lost)
    lex = lexicon()
    rng = random.Random(4704)
    seen = 0
    for _ in range(3000):
        toks = _toks([rng.choice(_STOP_WORDS) for _ in range(rng.randint(1, 6))])
        for j in range(len(toks)):
            if np_left_core._opening_stop_word(toks, j, lex):
                assert toks[j][2].lower() in np_left_core._SENT_START_STOP
                seen += 1
    assert seen > 50


def test_left_np_drops_opening_conjunction_keeps_title_modifier():
    toks = _toks("But Ann Roe".split())
    assert np_left_core._left_np0(toks, 3, lexicon()) == (1, 3)
    toks = _toks("returning officer Ann Roe".split())
    assert np_left_core._left_np0(toks, 4, lexicon())[0] == 0


# --- reported_frames.cut_at_content_first_frames: a list sorted in place by attrgetter


def _plain_cut_at_content_first_frames(quotes, text):
    firsts = sorted(
        (
            q
            for q in quotes
            if q.m_start is not None and q.cue_start >= q.end and q.m_start >= q.end
        ),
        key=lambda q: q.start,
    )
    if not firsts:
        return quotes
    starts = [o.start for o in firsts]
    for q in quotes:
        if q.kind == "direct" or q.cue_end > q.start:
            continue
        i = bisect.bisect_right(starts, q.cue_start)
        for o in firsts[max(0, i - 3) : i]:
            if (
                o is not q
                and o.start <= q.start < o.end < q.end
                and o.m_start < q.end
                and text[o.end : o.m_start].strip(" \t") == ","
            ):
                end = o.end
                while end > q.start and text[end - 1] in " ,;\t":
                    end -= 1
                if end > q.start:
                    q.end = end
                break
    return quotes


def _row_fields(quotes):
    return [(q.start, q.end, q.kind, q.cue, q.cue_start, q.cue_end, q.m_start) for q in quotes]


def test_cut_at_content_first_frames_same_as_plain_form():
    rng = random.Random(4705)
    text = "Most members said yes, the union said, and more; the board said , no ."
    cuts = 0
    for _ in range(20000):
        spec = []
        for _ in range(rng.randint(0, 6)):
            s = rng.randint(0, 40)
            e = s + rng.randint(0, 30)
            cs = rng.randint(0, 60)
            ms = rng.choice([None, rng.randint(0, 60), e + 2])
            spec.append((s, e, rng.choice(["indirect", "direct", "mixed"]), cs, ms))

        def rows(spec=spec):
            return [
                Quote(s, e, k, "said", cs, cs + 4, "x", ms, None if ms is None else ms + 3)
                for s, e, k, cs, ms in spec
            ]

        fast = reported_frames.cut_at_content_first_frames(rows(), text)
        plain = _plain_cut_at_content_first_frames(rows(), text)
        assert _row_fields(fast) == _row_fields(plain), spec
        cuts += _row_fields(fast) != _row_fields(rows())
    assert cuts > 20


# --- frames._verb_cue_frames: prev_tok is lower-cased already; roles: the length first


def test_lower_never_shortens_and_is_idempotent():
    # (the "the witness" gate: a text lower-casing to 11 characters has 11 characters;
    # the "having" gate: a lower-cased token needs no second lower())
    for i in range(0x30000):
        ch = chr(i)
        low = ch.lower()
        assert len(low) >= 1 and low.lower() == low, hex(i)


def test_having_lead_and_witness_still_read():
    for lead in ("Having", "Having already"):
        text = f"{lead} announced that the plan had failed, Ann Roe left the room."
        assert speech_rows(text) == [("Ann Roe", "announced", "the plan had failed")]
    text = "Ann Roe told the committee the bridge was sound. The witness said it was unsafe."
    assert ("Ann Roe", "said", "it was unsafe") in speech_rows(text)
