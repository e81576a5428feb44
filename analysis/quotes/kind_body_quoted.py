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


def one_body_of_field(q_at, head, groups, persons=(), memo=None):
    """The one body quoted by name before ``q_at`` (``groups``: (position, speaker,
    type) of the organisations in the order quoted; ``persons``: (position, name,
    gender) of the names quoted, a body's name among them with no gender) whose name
    holds a field word of ``head``, when no other body that "the <head>" may be was
    quoted before; else None. ``memo`` (a per-article dict) keeps what the rows read so
    far gave, so that a story of many "the company said" reads each row once.

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
    st = _fit_state(head, words, groups, persons, memo)
    if st["other"] < q_at:
        return None  # (a body the head may also be quoted before)
    found = None
    for name, first in st["field"].items():
        if first < q_at:
            if found is not None:
                return None  # (two bodies of the field)
            found = name
    return found


def _fit_state(head, words, groups, persons, memo):
    """What the rows of ``groups`` (organisations) and ``persons`` (no gender) say for
    "the <head>": {"field": {name: first position}, "other": first position of a body
    of another fit}, read on from the rows read before when ``memo`` holds a state for
    these very lists (rows are only appended, or the tail cut or replaced: the last row
    read must still be in its place; else all rows are read again).

    >>> st = _fit_state("agency", {"health"}, [(5, "the agency", "organization")],
    ...                 [(9, "Eastside Health", None), (3, "Ann Roe", "f")], {})
    >>> st["field"], st["other"]
    ({'Eastside Health': 9}, inf)
    """
    key = ("one body of field", head)
    st = memo.get(key) if memo is not None else None
    lists = (groups, persons)
    if st is not None and not all(
        st["lists"][j] is rows
        and len(rows) >= st["n"][j]
        and (st["n"][j] == 0 or rows[st["n"][j] - 1] is st["last"][j])
        for j, rows in enumerate(lists)
    ):
        st = None
    if st is None:
        st = {"lists": lists, "n": [0, 0], "last": [None, None], "field": {}, "other": _INF}
        if memo is not None:
            memo[key] = st
    for j, (rows, want) in enumerate(((groups, "organization"), (persons, None))):
        n = st["n"][j]
        if n == len(rows):
            continue
        for k in range(n, len(rows)):
            pos, name, kind = rows[k][0], rows[k][1], rows[k][2]
            if kind != want or not isinstance(name, str) or not name[:1].isupper():
                continue
            fit = _may_be(head, name, words)
            if fit == "field":
                if pos < st["field"].get(name, _INF):
                    st["field"][name] = pos
            elif fit == "other" and pos < st["other"]:
                st["other"] = pos
        st["n"][j], st["last"][j] = len(rows), rows[-1]
    return st


_INF = float("inf")
