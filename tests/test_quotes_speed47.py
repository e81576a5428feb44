"""speed47: cheaper forms of session 33's checks with the same results. Each gate is
compared with the form it replaces on sentences written here and on seeded random
text over a small vocabulary that holds many matches (deterministic)."""

from __future__ import annotations

import random

from analysis.quotes import content
from tests._quote_rows import quote_rows


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
        assert not any("board met" in r["quote"] for r in quote_rows(text)), text
