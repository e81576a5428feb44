"""An indefinite description that names its person right away: "a scrutineer for the
mayor, Wendy Roe,", "a 58-year-old letter carrier named Ann Roe", "a foreman, who gave
only his first name, Bogdan,". Such an introduction is no unnamed person: a later "the
veteran scrutineer" / "the letter carrier" is the person it names
(``descriptions._last_person_described`` asks ``indefinite_named_after``).
"""

from __future__ import annotations

import re

from .antecedents import _CAP_NAME_WORD
from .wordscan import _indefinite_head_starts

# after the description's head: an optional short complement ("for the mayor"), then
# the name in apposition (", Ann Roe,"), after "named", or after a short "who" clause
# (", who gave only his first name, Bogdan,"); every repetition bounded, none nested
_INDEFINITE_NAMED_RE = re.compile(
    r"(?:[ \t]+(?:for|of|at|from|in|with|on)[ \t]+[^,.;:\n“”\"]{1,60}?)?"
    r"(?:,[ \t]+(?:who[ \t][^,.;\n“”\"]{1,60},[ \t]+)?|[ \t]+named[ \t]+)"
    r"(" + _CAP_NAME_WORD + r"(?:[ \t]+" + _CAP_NAME_WORD + r"){0,3})(?=[ \t]*[,.]|[ \t]+said\b)"
)


def indefinite_named_after(seg, start, head):
    """The name that the indefinite description starting at ``start`` in ``seg`` (its
    determiner; ``head`` its person noun) gives its person right after the head, else
    None.

    >>> s = "A scrutineer for the mayor, Wendy Roe, said it was fair."
    >>> indefinite_named_after(s, 0, "scrutineer")
    'Wendy Roe'
    >>> indefinite_named_after("A scrutineer said it was fair.", 0, "scrutineer") is None
    True
    """
    at = seg.find(head, start, start + 80)
    if at < 0:
        return None
    m = _INDEFINITE_NAMED_RE.match(seg, at + len(head))
    return None if m is None else m.group(1)


def indefinite_names_person(name, canon):
    """Does the ``name`` an indefinite description gave stand for the person ``canon``
    (the same last word, or the one given name: "Bogdan")?

    >>> indefinite_names_person("Wendy Roe", "Wendy Roe"), indefinite_names_person("Roe", "Al Lee")
    (True, False)
    """
    return name.split()[-1] == canon.split()[-1] or name == canon.split()[0]


def indefinite_named_head(text, lo, at, head):
    """``head`` (the last word of a bare description no person-noun list holds: "the
    letter carrier", "the veteran scrutineer") when ``text[lo:at]`` introduces someone
    with it in an indefinite description that names its person, else None.

    >>> t = "A scrutineer for the mayor, Wendy Roe, said so. The veteran scrutineer said"
    >>> indefinite_named_head(t, 0, 48, "scrutineer"), indefinite_named_head(t, 0, 48, "mayor")
    ('scrutineer', None)
    """
    if len(head) < 4 or not head.isalpha() or text.find(head, lo, at) < 0:
        return None
    seg = text[lo:at]
    for s in _indefinite_head_starts(seg, head) or ():
        if indefinite_named_after(seg, s, head) is not None:
            return head
    return None


def indefinite_named_before(text, at, phrase, reach=4000):
    """The name the last indefinite description written with all of ``phrase`` ("motel
    owner": a modifier and the head of "the motel owner") gives its person in the
    ``reach`` characters before ``at``, else None: "A motel owner on Main Street, Ann
    Roe, said ... '...,' the motel owner said" is Ann Roe, even when someone else was
    titled with the bare head ("Its owner, Tom Lee,").

    >>> t = "Its owner, Tom Lee, spoke. A motel owner on Main Street, Ann Roe, said so."
    >>> indefinite_named_before(t, len(t), "motel owner")
    'Ann Roe'
    >>> indefinite_named_before(t, len(t), "bakery owner") is None
    True
    """
    lo = max(0, at - reach)
    if text.find(phrase, lo, at) < 0:
        return None
    seg = text[lo:at]
    head = phrase.split()[-1]
    named = None
    for m in re.finditer(r"\b(?:[Aa]n?|[Aa]nother)[ \t]+" + re.escape(phrase) + r"\b", seg):
        named = indefinite_named_after(seg, m.start(), head) or named
    return named
