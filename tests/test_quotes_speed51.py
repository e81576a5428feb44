"""speed51: a cheaper form of a check with the same results, on sentences written here
and on seeded random text over a small vocabulary that holds many matches
(deterministic).

* ``relative_appositions.resolve_relative_apposed`` searches for the head noun followed
  by a determiner ("defenceman the", ``_HEAD_THEN_DET``) before it runs the apposition
  regex over the 4,000 characters before each "the <words>" mention: every apposition
  match for that head holds that text, so the results are the same; on text with many
  "the judge said" mentions and no apposition the regex no longer runs per mention.
"""

from __future__ import annotations

import random
import re

from analysis.quotes.relative_appositions import _HEAD_THEN_DET, _RELATIVE_APPOSED_RE
from tests._quote_rows import quote_rows


def _random_text(rng):
    """Random words around "The <words> <det> <words>, <Name> <Name>," frames, a part
    dropped or changed at random, separators spaces, tabs or none."""
    sep = lambda: rng.choice((" ", " ", "\t", "  ", ""))  # noqa: E731
    parts = []
    for _ in range(rng.randint(1, 3)):
        parts += [
            rng.choice(("The", "the", "xThe", "said")),
            *(rng.choice(("rookie", "top", "new")) for _ in range(rng.randint(0, 3))),
            rng.choice(("scout", "coach", "judge", "co-chair")),
            rng.choice(("the", "his", "her", "their", "its", "a", "")),
            *(rng.choice(("Jets", "club", "hired", "up", "in")) for _ in range(rng.randint(1, 8))),
        ]
        parts[-1] += rng.choice((",", ",", ""))
        parts += [rng.choice(("Tom", "Ann", "Lee")), rng.choice(("Vale", "Roe", "Bo")) + ","]
    return "".join(w + sep() for w in parts if w)


def test_guard_holds_every_apposition_match():
    rng = random.Random(51)
    hits = 0
    for _ in range(20000):
        t = _random_text(rng)
        for m in _RELATIVE_APPOSED_RE.finditer(t):
            head = m.group(1).split()[-1]
            assert re.search(re.escape(head) + _HEAD_THEN_DET, t), t
            hits += 1
    assert hits > 50


def test_guard_rejects_head_without_determiner():
    seg = "Ann Roe, a judge, spoke. “Item,” the judge said.\n\n"
    assert not re.search(re.escape("judge") + _HEAD_THEN_DET, seg * 20)
    assert re.search(re.escape("scout") + _HEAD_THEN_DET, "The top scout\tthe club hired")


def test_relative_apposed_rows_same():
    t = (
        "The veteran goalie the Oilers signed in March, Pia Marchetti, made 30 saves. "
        "Goalie Lars Dunmore watched from the bench.\n\n"
        '"We held on," the veteran goalie said.'
    )
    assert quote_rows(t, "speaker") == [("Pia Marchetti",)]


def test_no_apposition_stays_description():
    t = (
        "The veteran goalie, who the Oilers signed in March, made 30 saves. "
        "Goalie Lars Dunmore watched from the bench.\n\n"
        '"We held on," the veteran goalie said.'
    )
    assert quote_rows(t, "speaker") != [("Pia Marchetti",)]
    assert len(quote_rows(t, "speaker")) == 1
