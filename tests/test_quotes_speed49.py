"""Speed gate of session 34 round 1 (speed49), output unchanged.

Rules covered:
- ``party_candidates.party_candidate_person`` builds and compiles a pattern per
  mention; a cheap test (the party word and a candidate role word in the window before
  the mention) runs first. A "the <Party> candidate" introduced before still resolves;
  a party description with no candidate role word before it ("The Harbour Post said")
  stays as written, now without compiling anything.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis import extract_quotes
from analysis.quotes import party_candidates


def _speakers(text):
    return extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))["speaker"].tolist()


def test_candidate_still_resolved_after_gate():
    t = (
        "The Green candidate, Marisol Thibodeau-Kerr, placed second in the riding. "
        "The Green told reporters that the campaign had doubled its volunteers."
    )
    assert _speakers(t) == ["Marisol Thibodeau-Kerr"]


def test_no_role_word_compiles_nothing(monkeypatch):
    calls = []
    real = re.compile

    def counting(*a, **k):
        calls.append(a[0])
        return real(*a, **k)

    monkeypatch.setattr(party_candidates.re, "compile", counting)
    t = (
        "Ferris Lund of the Harbour Post wrote about the ferry schedule. "
        "The Harbour Post said the route would close in the winter months."
    )
    _speakers(t)
    assert not [c for c in calls if isinstance(c, str) and "Harbour" in c]
