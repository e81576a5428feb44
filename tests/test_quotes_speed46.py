"""speed46: cheaper forms of session 32's checks with the same results. Each gate is
compared with the form it replaces (copied here) on sentences written here and on seeded
random text over a small vocabulary that holds many matches (deterministic)."""

from __future__ import annotations

import random

from analysis.quotes import given_names
from tests._quote_rows import quote_rows


def _random_text(rng, words, n_lo=3, n_hi=40):
    seps = [" ", " ", " ", " ", "\t", "  ", "", ", ", ". ", "\n"]
    return "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(n_lo, n_hi)))


# --- given_names._given_job_noun_votes: a literal "man" scan, the "wo" looked back for


def _plain_job_noun_votes(text, votes):
    for m in given_names._GIVEN_MAN_RE.finditer(text):
        j = s = m.start()
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        if s - j < 2 or not text[j].islower():
            continue
        votes.setdefault(m.group("given").lower(), set()).add("f" if m.group("wo") else "m")


_JOB_TEXTS = [
    "retired fisherman Lorne Roe and Truman Capote Lee spoke.",
    "board chairwoman Ifeoma Obi said the chairman Ifeoma Obi was away.",
    "the woman Ann Roe and the man Bo Lee and Woman Cy Day.",
    "a spokeswoman Mary-Jo Roe-Lee and a congressman\tAl Bo and a Lwoman Bo Roe.",
    "The fisherman Ann Lwoman Bob Roe; the fisherman Ann Lwo man Bob Roe.",
    "chairwoman  Ed Lo, businessman Ed Lo.",
]

_JOB_WORDS = (
    "fisherman chairwoman woman man Truman wo wowoman Lwo Lw oman Ann Roe Lee Bo Mary-Jo "
    "Ed Lo spokeswoman the a said Xy xy"
).split()


def _job_cases():
    rng = random.Random(46)
    yield from _JOB_TEXTS
    for _ in range(3000):
        yield _random_text(rng, _JOB_WORDS)


def test_job_noun_votes_same_as_plain_form():
    for text in _job_cases():
        fast, plain = {}, {}
        given_names._given_job_noun_votes(text, fast)
        _plain_job_noun_votes(text, plain)
        assert fast == plain, text


def test_job_noun_votes_written_sentences():
    v = {}
    given_names._given_job_noun_votes("the spokeswoman Brianne Kowalczyk said so", v)
    assert v == {"brianne": {"f"}}
    v = {}
    given_names._given_job_noun_votes("the fisherman Ann Lwoman Bob Roe", v)
    assert v == {"ann": {"m"}}


# --- nonspeech._negated_cue: the modal-report checks asked only of a negated cue


def _plain_negated_cue(c):
    from analysis.quotes import nonspeech as ns

    if ns.modal_said_only(c) or ns.modal_future_report(c):
        return False
    if c.prev_tok == "only" and c.prev2 in ns._ONLY_NEGATORS:
        return c.prev2 != "not"
    return ns._negated(c) or (
        c.prev2 in ns._NOT_TO and ns._skips_before_cue(c.prev_tok) and not ns._hearsay(c)
    )


_NEGATED_TEXTS = [
    "Ann Roe would say only that talks continue. Bo Lee would only say that the plan fails.",
    "The union will argue at a hearing in March that the deal is void, Cy Day said.",
    "Ed Lo did not say that the vote failed. Critics would say the plan fails.",
    "Mo Ray is reported to have said that prices rise. Al Bo wants to say that they fell.",
    "Jo Kim not only said that taxes rise but also told reporters that fees fall.",
    "Will said the bridge closes. Lee did say the bridge closes. They will tell you that it works.",
    "Ida Fox will only tell reporters that the mill reopens. She never said that it closed.",
]


def test_negated_cue_same_as_plain_form(monkeypatch):
    import pandas as pd

    import analysis
    from analysis.quotes import nonspeech

    fast = nonspeech._negated_cue
    seen = []

    def both(c):
        got = fast(c)
        seen.append((got, _plain_negated_cue(c)))
        return got

    monkeypatch.setattr(nonspeech, "_negated_cue", both)
    texts = list(_NEGATED_TEXTS)
    rng = random.Random(46)
    words = [w for t in _NEGATED_TEXTS for w in t.replace(".", " .").split()]
    texts += [_random_text(rng, words, 5, 30) for _ in range(150)]
    df = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": texts})
    analysis.extract_quotes(df)
    assert seen and all(a == b for a, b in seen)
    assert any(a for a, _ in seen) and any(not a for a, _ in seen)


# --- conjoined_cues: the gap before a cue searched only when it holds a comma


def test_conjoined_gap_needs_a_comma():
    from analysis.quotes.conjoined_cues import _CONJOINED_GAP_RE

    rng = random.Random(46)
    pieces = [",", " ", "\t", "and", "but", "x", "an", "d", "b"]
    for _ in range(4000):
        gap = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))[-8:]
        if "," not in gap:
            assert _CONJOINED_GAP_RE.search(gap) is None, gap


def test_conjoined_cue_written_sentence():
    t = (
        "Ann Roe acknowledged that the board could have done better, and said a "
        "meeting would be held in June."
    )
    assert quote_rows(t, "speaker") == [("Ann Roe",), ("Ann Roe",)]
