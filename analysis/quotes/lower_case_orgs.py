"""An organisation named earlier with capitals and taken up again in lower case: "for
the Canadian Coast Guard ... The coast guard said A" is the Canadian Coast Guard, not a
person of the guard kind; ``lower_case_org_echoes`` runs after the other speaker rules
of ``coref.resolve`` and changes speaker strings only.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# "the coast guard", "the fire department": "the" and two or three lower-case words
_LOWER_DESC_RE = re.compile(r"[Tt]he((?:[ \t]+[a-z][a-z'’-]+){2,3})")

# words before the echoed ones that still belong to the name ("Canadian", "Nova Scotia")
_CAP_WORD = r"[A-Z][\w'’.-]*"


# a character no match of the name pattern below can hold or look past (not a word
# character, apostrophe, dot, hyphen, space or tab): the scan can restart after one
_OUTSIDE_RE = re.compile(r"[^\w'’. \t-]")


class _NameIndex:
    """The names of one article that end in ``words`` written with capitals, scanned once
    so that each quote's look-up costs its own sentence, not the text before it.

    >>> _NameIndex("for the Canadian Coast Guard. Later", ["coast", "guard"]).last(34)
    'Canadian Coast Guard'
    """

    def __init__(self, text: str, words: list[str], shared: dict | None = None):
        self.text = text
        caps = [w[:1].upper() + w[1:] for w in words]
        self.last_cap, self.first = caps[-1], text.find(caps[-1])
        self.shared = {} if shared is None else shared  # (one article's outside list)
        self.outside = None
        self.rx = self.ends = self.names = None
        if self.first >= 0:
            tail = r"[ \t]+".join(re.escape(w) for w in caps)
            self.rx = re.compile(
                r"(?<![\w'’.-])((?:"
                + _CAP_WORD
                + r"[ \t]+){0,3}?"
                + tail
                + r")(?![\w'’-])(?![ \t]+[A-Z])"
            )

    def _scan(self) -> None:
        found = list(self.rx.finditer(self.text))
        self.ends = [m.end() for m in found]
        self.names = [m.group(1) for m in found]
        if "outside" not in self.shared:
            self.shared["outside"] = [m.start() for m in _OUTSIDE_RE.finditer(self.text)]
        self.outside = self.shared["outside"]

    def last(self, before: int) -> str | None:
        """What ``_named_before(text, words, before)`` gives: the names wholly before
        the last outside character before ``before`` are the whole text's (no match
        runs across it, and no match before it looks past it), and the rest are
        scanned from that character on.
        """
        if before <= 0 or self.first < 0 or self.first + len(self.last_cap) > before:
            return None  # (cheap: the name's last word is not written with capitals before)
        if self.ends is None:
            self._scan()
        k = bisect_left(self.outside, before) - 1
        cut = self.outside[k] if k >= 0 else -1
        found = None
        for m in self.rx.finditer(self.text, cut + 1, before):
            found = m.group(1)
        if found is None:
            i = bisect_right(self.ends, cut) - 1
            found = self.names[i] if i >= 0 else None
        if found is None:
            return None
        lead = found.split()
        while lead and lead[0] in ("The", "A", "An"):
            lead = lead[1:]
        return " ".join(lead) or None


def _named_before(text: str, words: list[str], before: int) -> str | None:
    """The last capitalised name before ``before`` that ends in ``words`` written with
    capitals and is not followed by another capitalised word (so "Police Chief Ann Roe"
    names no police chief body).

    >>> _named_before("for the Canadian Coast Guard. Later", ["coast", "guard"], 34)
    'Canadian Coast Guard'
    >>> _named_before("said Police Chief Ann Roe. Later", ["police", "chief"], 31) is None
    True
    """
    return _NameIndex(text, words).last(before)


def lower_case_org_echoes(an, quotes) -> None:
    """Give a quote whose speaker mention is "the <two or three lower-case words>" the
    organisation named earlier whose name ends in those words with capitals.

    >>> class Q:
    ...     mention, m_start, speaker, stype = "The coast guard", 40, "Ann Roe", "person"
    >>> class A:
    ...     text = "Boats for the Canadian Coast Guard. Ann Roe said so. " * 1
    >>> q = Q(); lower_case_org_echoes(A(), [q]); q.speaker
    'Canadian Coast Guard'
    """
    text = an.text
    indexes: dict[tuple[str, ...], _NameIndex] = {}
    shared: dict = {}  # (positions of the outside characters, found once per article)
    for q in quotes:
        mention = q.mention or ""
        m = _LOWER_DESC_RE.fullmatch(mention)
        if m is None:
            continue
        words = m.group(1).split()
        speaker = (q.speaker or "").lower()
        if speaker.endswith(" ".join(words)) and speaker != mention.lower():
            continue  # (already an organisation of that name)
        index = indexes.get(key := tuple(words))
        if index is None:
            index = indexes[key] = _NameIndex(text, words, shared)
        name = index.last(q.m_start)
        if name is not None and len(name.split()) >= len(words):
            q.speaker, q.stype = name, "organization"
