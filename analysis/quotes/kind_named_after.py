"""A body introduced by its kind first and its name after a comma ("readings posted by
the company that runs the dam, Énergie Rivière-Nord."; "the mill was bought by a
company, Northgate Fibre, last year"): the referent of a later "the company" / "the
utility" that no other rule filled, though the name holds no word of that kind. Owns
only that reading (asked by ``orgs._resolve_org`` for a two-word "the <kind>", after
``kind_apposed_orgs.kind_apposed_org``, which owns the name-first order "NAME, a group of").
"""

from __future__ import annotations

import re

from ..gender import first_name_gender
from .blocks import MASK

# the name after the comma: one to five capitalised words, then a sentence end, a
# semicolon or a comma (never a verb: "to a company, Ann Roe said" is a frame)
_NAME_AFTER = (
    r",[ \t]+(?:[Tt]he[ \t]+)?(?P<name>(?:[A-ZÀ-Ý][\w’'&.\-]*[ \t]+){0,4}[A-ZÀ-Ý][\w’'&\-]*)"
    r"(?=[ \t]*[.;](?:[ \t\n]|\Z)|,[ \t]+(?!(?:said|says|told|added|wrote|according)\b)[a-z])"
)

# the kind's optional relative clause ("that runs the dam", "which owns the mill")
_RELATIVE = r"(?:[ \t]+(?:that|which)[ \t]+[^,.;:\n\"“”]{1,80}?)?"


def kind_named_after(an, at, kind, reach=3000):
    """The last name before ``at`` (within ``reach``, outside quotations) written right
    after "the|a|an [up to two words] ``kind`` [that|which ...]," and followed by a
    sentence end or another comma; None when there is none or the name opens with a
    given name ("a company, Ann Roe, ..." names a person).

    >>> class _A:
    ...     text = "It fell, by the company that runs the dam, Rivière Power. Later"
    ...     masked = None
    >>> kind_named_after(_A(), 62, "company")
    'Rivière Power'
    >>> _A.text = "The mill went to a company, Ann Roe said. Later"
    >>> kind_named_after(_A(), 47, "company") is None
    True
    """
    text = an.text
    lo = max(0, at - reach)
    if f" {kind}" not in text[lo:at]:
        return None
    rx = re.compile(
        r"(?<![\w’'\-])(?<!for )(?<!of )(?:the|a|an)[ \t]+(?:[a-z][\w’'\-]*[ \t]+){0,2}?"
        + re.escape(kind)
        + _RELATIVE
        + _NAME_AFTER
    )
    found = None
    for m in rx.finditer(text, lo, at):
        pos = m.start("name")
        if an.masked is not None and an.masked[pos] == MASK:
            continue
        if first_name_gender(m.group("name").split()[0]) is not None:
            continue  # ("a company, Tom Vale, ..." is a person)
        found = m
    return None if found is None else found.group("name")
