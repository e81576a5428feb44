"""Sports teams named before "the team" (``team_named_before``): a description "the
team" / "the club" stands for the team the article last named by its full name, a
capitalised "the <Place> <Plural>" run ("the Harbourton Valley Otters"), as "the
company" stands for the company named before (``org_nearest``)."""

from __future__ import annotations

import re

from .blocks import MASK
from .lexicon import _lines

# "the Kelso Ridge Falcons", "The Halifax Ravens": "the", one to three capitalised
# words, then a capitalised plural; never a name going on ("the Falcons' coach",
# "the United States of ...")
_TEAM_NAME_RE = re.compile(
    r"(?<![\w'’-])[Tt]he[ \t]+((?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][a-z]+s)\b"
    r"(?![ \t]+of\b|['’-])"
)

# last words of such a run that are no team's (events, parties, countries, places)
_TEAM_NOT_LAST = frozenset(_lines("team_name_nonteams.txt")) | frozenset(
    w for w in _lines("geographic_heads.txt") if w.endswith("s")
)

# the descriptions of a team
TEAM_DESCRIPTIONS = frozenset(("the team", "the club"))


def team_named_before(an, at, reach=3000):
    """The full name of the sports team named last before ``at`` outside quotations
    (``an``: the article's analysis, its ``text`` and ``masked``), or None.

    >>> class _A:
    ...     text = masked = "The Kelso Ridge Falcons won. The team said so."
    >>> team_named_before(_A(), 29)
    'Kelso Ridge Falcons'
    """
    text = an.text
    lo = max(0, at - reach)
    found = None
    for m in _TEAM_NAME_RE.finditer(text, lo, at):
        name = m.group(1)
        if name.rsplit(None, 1)[-1] in _TEAM_NOT_LAST:
            continue
        if an.masked is not None and an.masked[m.start(1)] == MASK:
            continue  # (named inside a quotation)
        found = " ".join(name.split())
    return found
