"""Singular "they": a person the article says uses the pronoun "they" ("NAME, who uses
the pronoun they, ...", "NAME, who uses they/them pronouns, ..."), so a later "They
said" / "they said" near that declaration is that person and not a group quoted
before. This module owns only the declaration and its reach; every other "they" is left
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
