"""A title that changes (``former_title_person``): "the former minister" / "The former
chief said" is the person the article gave that office in the past tense ("NAME, who
was the territory's mines minister", "NAME, a former deputy minister", "former chief
NAME") or titled so in an apposition ("The club's chief of operations at the time,
NAME,"), the nearest such before the mention, not a sitting office-holder quoted
before; "ex-" is "former" ("Ex-premier NAME", "the ex-premier said"). When nobody
is introduced with the role word, the mention is left to the other passes."""

from __future__ import annotations

import re
from functools import lru_cache

from .antecedents import _CAP_NAME_WORD, _set_person, _unquoted_before

_NAME = r"((?:" + _CAP_NAME_WORD + r"[ \t]+){1,3}" + _CAP_NAME_WORD + r")"

_FORMER_RE = re.compile(r"[Tt]he[ \t]+(?:former[ \t]+|ex-)([a-z]+(?:[ \t]+[a-z]+)?)\Z")


@lru_cache(maxsize=256)
def _introductions(head):
    """The compiled pattern of the introductions that give a person the role ``head``
    (group 1, 2, 3 or 4 is the name)."""
    h = r"\b" + re.escape(head) + r"\b"
    hh = "(?:" + re.escape(head) + "|" + re.escape(head.capitalize()) + ")"
    return re.compile(
        _NAME
        + r",[ \t]+who[ \t]+(?:was|had[ \t]+been|served[ \t]+as)[ \t]+[^.;\n]{0,80}?"
        + h
        + r"|"
        + _NAME
        + r",[ \t]+(?:a|the)[ \t]+(?:former[ \t]+|ex-)[^.,;\n]{0,60}?"
        + h
        + r"|\b(?:[Ff]ormer[ \t]+|[Ee]x-)(?:[A-Za-z\-]+[ \t]+){0,3}?"
        + hh
        + r"[ \t]+"
        + _NAME
        + r"\b|"
        + h
        + r"[^.;\n\"“”]{0,80}?,[ \t]+"
        + _NAME
        + r","
    )


def former_title_person(an, q, persons, reach=1500):
    """Make the speaker of "the former <role>" (``q.mention``) the person last
    introduced with that role word in the ``reach`` characters before it, outside
    quotations (see module doc); False when the mention is no such description or
    nobody is introduced so.

    >>> import pandas as pd
    >>> from analysis import extract_quotes
    >>> t = ("The minister, Ann Roe, said jobs would come. Tom Vale, who was the mines "
    ...      "minister in 2009, watched. The former minister said it takes a month.")
    >>> extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [t]}))["speaker"].tolist()
    ['Ann Roe', 'Tom Vale']
    """
    if "former" not in q.mention and "ex-" not in q.mention:
        return False
    m = _FORMER_RE.match(q.mention)
    if m is None:
        return False
    head = m.group(1).split()[-1]
    _lo, seg = _unquoted_before(an, q.m_start, reach)
    if head not in seg:
        return False
    found = None
    for hit in _introductions(head).finditer(seg):
        found = next(g for g in hit.groups() if g).split()
    return found is not None and _set_person(an, q, persons, found)
