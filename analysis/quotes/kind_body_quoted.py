"""A kind noun for the one body quoted whose name lacks that noun: "Transplant Estrie
said A ... the agency said B", "Opéra Laurentien said A ... the company said B" (the
body's field, read from a field word of its name in resources/body_field_words.txt,
fits the noun: a health body is "the authority" / "the agency", an arts company "the
company"), when it is the only body that the noun may stand for quoted before it in
the article (``one_body_of_field``).
"""

from __future__ import annotations

from .kin import _org_kind
from .ledes import _ORG_HEADS
from .lexicon import _lines


def _fields():
    """{head: {field word, ...}} from resources/body_field_words.txt."""
    out = {}
    for line in _lines("body_field_words.txt"):
        _field, heads, words = line.split("\t")
        for head in heads.split():
            out.setdefault(head, set()).update(words.split())
    return out


_FIELD_WORDS = _fields()

# the kinds (kin._org_kind) of a body's name that "the <head>" may also stand for
_HEAD_KINDS = {"authority": ("government",), "agency": ("government",), "company": ("company",)}


def _may_be(head, name, words):
    """May the body ``name`` be "the <head>": a field word of the head in its name, a
    kind the head allows, or a last word of the head's kind?"""
    low = [w.strip(".,’'").lower() for w in name.split()]
    if any(w in words for w in low):
        return "field"
    if _org_kind(name) in _HEAD_KINDS.get(head, ()) or low[-1] in _ORG_HEADS.get(head, ()):
        return "other"
    return None


def one_body_of_field(q_at, head, groups, persons=()):
    """The one body quoted by name before ``q_at`` (``groups``: (position, speaker,
    type) of the organisations in the order quoted; ``persons``: (position, name,
    gender) of the names quoted, a body's name among them with no gender) whose name
    holds a field word of ``head``, when no other body that "the <head>" may be was
    quoted before; else None.

    >>> p = [(10, "Transplant Estrie", None)]
    >>> one_body_of_field(90, "agency", [], p)
    'Transplant Estrie'
    >>> one_body_of_field(90, "union", [], p) is None
    True
    >>> one_body_of_field(90, "agency", [], p + [(50, "Santé Mauricie", None)]) is None
    True
    """
    words = _FIELD_WORDS.get(head)
    if words is None:
        return None
    found, other = set(), False
    rows = [r for r in groups if r[2] == "organization"] + [r for r in persons if r[2] is None]
    for pos, name, _kind in rows:
        if pos >= q_at or not isinstance(name, str) or not name[:1].isupper():
            continue
        fit = _may_be(head, name, words)
        if fit == "field":
            found.add(name)
        elif fit == "other":
            other = True
    return next(iter(found)) if len(found) == 1 and not other else None
