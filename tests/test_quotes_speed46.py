"""speed46: cheaper forms of session 32's checks with the same results. Each gate is
compared with the form it replaces (copied here) on sentences written here and on seeded
random text over a small vocabulary that holds many matches (deterministic)."""

from __future__ import annotations

import random

from analysis.quotes import given_names


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
