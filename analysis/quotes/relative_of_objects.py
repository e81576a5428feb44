"""Relative clauses that close an "of" phrase: in "the memoirs of a former spy chief who
wrote that ..." or "the workings of the Dellmar Bank, which says ...", the relative
"who"/"which" carries the cue, and a thing (memoirs, workings, a passage) cannot speak,
so the clause's subject is the object of "of"/"from": the spy chief, the Bank. This
module owns that choice of antecedent: it narrows a speaker phrase to the object of
its "of"/"from" when the head before it is a noun no lexicon lists as a speaker (no
person, role, title, group or organisation noun, no number or share) and the object
can speak (a person or role noun for "who"; a capitalised name for "who" or "which").
"""

from __future__ import annotations

import re

from .lede_named_next import _PERSON_NOUNS

# the mention: an optional determiner, up to two modifiers, the head noun, "of"/"from"
# and the object noun phrase ("the memoirs of a former Ruritanian spy chief")
_OF_MENTION_RE = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his)[ \t]+)?"
    r"(?:[a-z][\w'’-]*[ \t]+){0,2}([a-z][a-z-]*)[ \t]+(?:of|from)[ \t]+(\S.*)\Z"
)

# the object: an optional determiner, lower-case modifiers or capitalised words, no
# further "of"/"from", comma or "and" (one noun phrase)
_OBJECT_RE = re.compile(r"(?:(?:the|a|an)[ \t]+)?(?:[\w'’.-]+[ \t]+){0,5}[\w'’.-]+\Z")

_REL_AFTER_RE = re.compile(r",?[ \t]+(who|which)[ \t]")

# heads that count or share out a group of people ("the number of voters who", "the
# rest of the staff who", "one of the officers who"): the relative is theirs
_QUANTITY_HEADS = frozenset(
    "number rest one two three none each any all both most some many few half third "
    "quarter share percent total couple handful dozens hundreds thousands millions "
    "side part head heads crew staff".split()
)


def _object_speaks(obj: str, rel: str, lex) -> bool:
    """Can the object phrase be the subject of the relative ``rel``?"""
    words = obj.split()
    if any(w in ("of", "from", "and", "or") for w in words) or "," in obj:
        return False
    last = words[-1]
    if last[:1].isupper():
        return True  # a name: "the Dellmar Development Bank", "Ann Roe"
    if rel != "who":
        return False
    kind = lex.nouns.get(last)
    return last in _PERSON_NOUNS or kind in ("person", "anonymous")


def of_object_span(
    text: str, s: int, e: int, lex, cue_start: int | None = None
) -> tuple[int, int] | None:
    """(start, end) of the object of "of"/"from" in the speaker phrase ``text[s:e]``
    when a relative "who"/"which" follows it and the head noun before "of" is no
    speaker; None otherwise. With ``cue_start``, the cue must stand inside that
    relative (after it, no comma, semicolon, dash or parenthesis between): "A
    co-worker of the clerk, who spoke on condition of anonymity, said" is the
    co-worker's.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "the memoirs of a former spy chief who wrote that forgeries work."
    >>> s, e = of_object_span(t, 0, t.index(" who"), lexicon())
    >>> t[s:e]
    'a former spy chief'
    >>> t = "A co-worker of the clerk, who spoke to us, said the files were lost."
    >>> of_object_span(t, 0, t.index(","), lexicon(), t.index("said")) is None
    True
    >>> t = "the leader of the farmers who said the road should close."
    >>> of_object_span(t, 0, t.index(" who"), lexicon()) is None
    True
    """
    mr = _REL_AFTER_RE.match(text, e)
    if mr is None:
        return None
    if cue_start is not None and (
        cue_start < mr.end() or any(ch in text[mr.end() : cue_start] for ch in ",;—–(")
    ):
        return None  # the cue is the main clause's, not the relative's
    m = _OF_MENTION_RE.match(text, s, e)
    if m is None:
        return None
    head = m.group(1)
    if (
        head in _PERSON_NOUNS
        or head in lex.nouns
        or head in lex.titles
        or head in _QUANTITY_HEADS
        or head.rstrip("s") in _PERSON_NOUNS
        or head.rstrip("s") in lex.nouns
    ):
        return None  # a speaker, a group or a share of one ("members of the board who")
    obj = m.group(2)
    if _OBJECT_RE.fullmatch(obj) is None or not _object_speaks(obj, mr.group(1), lex):
        return None
    return m.start(2), e
