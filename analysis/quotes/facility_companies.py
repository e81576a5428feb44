"""A company the article names only as the owner of its plant: "the Cellulose Témis pulp
mill" in the lede and "Cellulose Témis reported a loss" later, so a "the company said"
with no company named otherwise is that name. This module owns only that reading: the
name before a facility noun ("mill", "plant", "smelter", ...) after "the", written again
as the subject of a sentence of its own; one such name before the mention, no place.
"""

from __future__ import annotations

import re

from .antecedents import _unquoted_before
from .lede_named_next import dateline_places
from .lexicon import LISTED_PLACES

# "the Cellulose Témis pulp mill", "the Harlan Steel plant": "the", two to four
# capitalised words, at most one lower-case modifier, a facility noun
_FACILITY_OWNER_RE = re.compile(
    r"\b[Tt]he[ \t]+((?:[A-Z][\w&’'.-]*[ \t]+){1,3}[A-Z][\w&’'.-]*)[ \t]+"
    r"(?:[a-z]{3,12}[ \t]+)?(?:mill|plant|smelter|refinery|factory|mine|sawmill|foundry"
    r"|cannery|brewery|distillery|shipyard)\b(?![’'-])"
)


def facility_company(an, at, reach=3000):
    """The one name the ``reach`` characters before ``at`` give a facility ("the
    Cellulose Témis pulp mill") that the article also writes opening a sentence of its
    own ("Cellulose Témis reported a loss ..."), for "the company said"; None when there
    is none, more than one, or the name is the dateline's place or a listed place.

    >>> import types
    >>> t = ("The line at the Norlake Fibre pulp mill restarted. Demand is up, the "
    ...      "company said. Norlake Fibre reported a loss in May.")
    >>> an = types.SimpleNamespace(text=t, masked=None)
    >>> facility_company(an, t.index("company said"))
    'Norlake Fibre'
    >>> t2 = t.replace("Norlake Fibre reported", "The mill reported")
    >>> facility_company(types.SimpleNamespace(text=t2, masked=None), 60) is None
    True
    """
    _lo, seg = _unquoted_before(an, at, reach)
    found = {m.group(1) for m in _FACILITY_OWNER_RE.finditer(seg)}
    if len(found) != 1:
        return None
    name = found.pop()
    ws = name.split()
    if name in LISTED_PLACES or set(ws) <= dateline_places(an):
        return None
    memo = getattr(an, "_facility_own", None)
    if memo is None:  # (one scan of the article per name: memoised on the article)
        memo = {}
        an._facility_own = memo
    if name not in memo:
        own = re.compile(r"(?:\A|[.!?][\"”’]?[ \t]+|\n[ \t]*)" + re.escape(name) + r"[ \t]+[a-z]")
        memo[name] = own.search(an.text) is not None
    return name if memo[name] else None
