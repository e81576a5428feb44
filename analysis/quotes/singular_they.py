"""Singular "they": a person the article says uses the pronoun "they" ("NAME, who uses
the pronoun they, ...", "NAME, who uses they/them pronouns, ..."), so a later "They
said" / "they said" near that declaration is that person and not a group quoted
before. It also owns the unnamed speaker who withholds a singular "their name" ("A deckhand,
who asked that their name not be used, said ...": a later "they said" is that person).
This module owns only those declarations and their reach; every other "they" is left
to the group reading of ``pronouns``."""

from __future__ import annotations

import bisect
import re

# "<Name>, who uses the pronoun they" / "who uses they/them pronouns" / "who goes by
# they"; the name is one to three capitalised words (bounded repetition only)
_SINGULAR_THEY_RE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}),[ \t]+who[ \t]+"
    r"(?:uses|goes[ \t]+by|prefers)[ \t]+(?:the[ \t]+)?(?:pronouns?[ \t]+)?[\"“]?"
    r"they(?:/them)?[\"”]?(?![\w'’-])"
)
_SINGULAR_THEY_REACH = 1500  # characters a declaration reaches forward


def singular_they_person(an, at, after):
    """The full name of the person declared as using "they" in the last
    ``_SINGULAR_THEY_REACH`` characters before ``at``, when the declaration is later
    than ``after`` (the last group "they" could stand for); else None.

    >>> import types
    >>> t = "Crews left. Ash Roe-Lind, who uses the pronoun they, stayed. They said no."
    >>> an = types.SimpleNamespace(text=t, canonical=lambda w: " ".join(w), by_last={})
    >>> singular_they_person(an, t.index("They said"), -1)
    'Ash Roe-Lind'
    """
    text = an.text
    lo = max(0, at - _SINGULAR_THEY_REACH, after + 1)
    seg = text[lo:at]
    if "they" not in seg or (
        "pronoun" not in seg and "they/them" not in seg and " by they" not in seg
    ):
        return None
    best = None
    for m in _SINGULAR_THEY_RE.finditer(text, lo, at):
        best = m
    if best is None:
        return None
    words = best.group("name").split()
    names = getattr(an, "names", ())
    if names:  # (the names inside the declaration's name only: bisect, not every name)
        hi = best.end("name")
        for i in range(bisect.bisect_left(an.positions(), best.start()), len(names)):
            pos, cleaned = names[i][0], names[i][1]
            if pos >= hi:
                break
            if cleaned:
                words = list(cleaned)  # the index's cleaned name ("Tenant Jo Roe": Jo Roe)
    if words[-1].lower() in an.by_last:
        return an.canonical(words)
    return " ".join(words)


# an unnamed person's own name withheld with a singular "their" ("A deckhand, who asked
# that their name not be used, said ..."): the person is "they"; "their names" is a group
_THEIR_NAME_RE = re.compile(
    r"(?<![\w'’-])their[ \t]+(?:(?:full|last|real|first)[ \t]+)?name(?![\w'’-])", re.I
)
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]*\s")


def their_name_declared(text, lo, hi):
    """Does a singular "their name" come in ``text[lo:hi]`` before the sentence ends: the
    words right after an unnamed speaker's mention that make that one person a "they"
    ("A deckhand, who asked that their name not be used because they ..., said")?

    >>> t = "A cook, who asked that their name not be used, said they quit. They said no."
    >>> their_name_declared(t, 6, t.index("They said"))
    True
    >>> t = "Two cooks, who asked that their names not be used, said they quit."
    >>> their_name_declared(t, 9, len(t))
    False
    """
    hi = min(hi, lo + 400)
    m = _THEIR_NAME_RE.search(text, lo, hi)
    return m is not None and _SENTENCE_END_RE.search(text, lo, m.start()) is None


_PARAGRAPH_BREAK_RE = re.compile(r"\n\s*")  # (as kin's: one break, however many lines)
_NAME_REACH = 1000  # characters from the unnamed speaker's mention to the "they"


def their_name_speaker(an, q, persons, after):
    """(speaker, type) of the unnamed speaker that spoke the statement right before
    ``q`` (``an.last_desc``) when its sentence withholds a singular "their name"
    (``their_name_declared``): ``q``'s "they" in the same or the next paragraph is that
    one person, not a group quoted before (``after``: the last group "they" could stand
    for) and not when a person was named or quoted since; else None.

    >>> import types
    >>> t = "A cook, who asked that their name not be used, said they quit. They said no."
    >>> an = types.SimpleNamespace(text=t, last_desc=(0, 6, "a cook", "anonymous", ""))
    >>> q = types.SimpleNamespace(m_start=t.index("They said"))
    >>> their_name_speaker(an, q, [], -1)
    ('a cook', 'anonymous')
    >>> their_name_speaker(an, q, [(50, "Al Roe", "m")], -1) is None  # a person since
    True
    """
    d = an.last_desc
    if d is None or d[0] <= after or not (d[1] < q.m_start <= d[0] + _NAME_REACH):
        return None
    if persons and persons[-1][0] > d[0]:
        return None
    if len(_PARAGRAPH_BREAK_RE.findall(an.text, d[1], q.m_start)) > 1:
        return None  # (the same or the next paragraph only)
    if not their_name_declared(an.text, d[1], q.m_start):
        return None
    return d[2], d[3]
