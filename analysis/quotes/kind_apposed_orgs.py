"""A body named with an indefinite apposition of its kind ("neighbours have formed the
North Ruckle Holdouts, a loose group of about a dozen households"; "the Lakeview
Stewards, an informal coalition of cottagers"): the referent of a later "the group" /
"the coalition" that no other rule filled, though the name holds no word of that kind.
Owns only that reading (asked by ``orgs._resolve_org`` for a two-word "the <kind>", and by
``roles`` through ``apposed_kind_body`` for a kind noun that is no organisation head:
"the Rivers Group, a network of farm families ... the network said").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import _lines

# what may follow the kind noun in the apposition: its post-modifier or the end
_AFTER_KIND = (
    r"(?=[ \t]+(?:of|that|which|who|formed|founded|representing|with|for|in|based)\b|[ \t]*[,.;])"
)

# the apposition's opening (", a" / ", an"; a scan for a literal comma): without one
# and the kind noun after it in reach, the full pattern (tried at every capital) is not run
_APPOSED_A = r",[ \t]+an?[ \t]+"


def kind_apposed_org(an, at, kind, reach=3000):
    """The last capitalised name before ``at`` (within ``reach``) set off by ", a/an
    <up to three words> ``kind``", None when there is none.

    >>> class _A:
    ...     text = "Owners formed the Ruckle Holdouts, a loose group of ten households. "
    >>> kind_apposed_org(_A(), 68, "group")
    'Ruckle Holdouts'
    >>> _A.text = "Ann Roe, a group leader at the plant, spoke. "
    >>> kind_apposed_org(_A(), 45, "group") is None
    True
    >>> _A.text = "Ann Roe, a spokesperson for the airline, spoke. "
    >>> kind_apposed_org(_A(), 48, "airline") is None
    True
    """
    text = an.text
    lo = max(0, at - reach)
    if f" {kind}" not in text[lo:at]:
        return None
    opening = re.compile(_APPOSED_A + r"(?:[a-z][\w’'\-]*[ \t]+){0,3}?" + re.escape(kind))
    if opening.search(text, lo, at) is None:
        return None  # (no ", a ... <kind>" in reach: the full pattern cannot match)
    rx = re.compile(
        r"(?<![\w’'\-])((?:[A-Z][\w’'&.\-]*[ \t]+){1,5}[A-Z][\w’'&\-]*),[ \t]+(?:a|an)[ \t]+"
        r"(?:(?!(?:for|of|the|at|with|in|on|to|by|from)\b)[a-z][\w’'\-]*[ \t]+){0,3}?"
        + re.escape(kind)
        + _AFTER_KIND
    )
    found = None
    for m in rx.finditer(text, lo, at):
        found = m
    if found is None:
        return None
    return found.group(1).removeprefix("The ")  # ("The Ruckle Holdouts, a group ...")


@lru_cache(maxsize=1)
def _body_kinds() -> frozenset[str]:
    """The kind nouns of ``resources/apposed_body_kinds.txt`` ("network", "movement")."""
    return frozenset(_lines("apposed_body_kinds.txt"))


def apposed_kind_body(an, at, lm):
    """The body a mention ``lm`` "the <kind>" at ``at`` stands for when ``kind`` is a
    listed body noun that is no organisation head ("network") and a name before was set
    off by ", a ... <kind>" (``kind_apposed_org``); None otherwise.

    >>> class _A:
    ...     text = "The Rivers Group, a network of farm families, met. The network said"
    >>> apposed_kind_body(_A(), 51, "the network")
    'Rivers Group'
    >>> _A.text = "The Rivers Group met CBC, the network. The network said"
    >>> apposed_kind_body(_A(), 40, "the network") is None
    True
    """
    if not lm.startswith("the ") or lm[4:] not in _body_kinds():
        return None
    return kind_apposed_org(an, at, lm[4:])
