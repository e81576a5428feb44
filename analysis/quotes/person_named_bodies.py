"""A person whose surname is an institution's kind word ("Tom Court", "Ann Church",
"Bob Bank"): this module owns the check that such a name is a person of the article,
so that a later lower-case "the court"/"the church"/"the bank" is read as the
institution (or the phrase as written), never as that person. Evidence of a person: a
listed given name before the surname, and the surname written alone elsewhere
("Court said"), not after "the", or after an honorific ("Mr. Court"); for a court's
head ("Tom Court", "Ann Tribunal") the given name alone is enough, since courts are
named for places or levels ("Superior Court"), never for a given name."""

from __future__ import annotations

import re

from .names import _PERSON_TITLE

# "the"/"The" right before a capitalised word: "The Court", an institution's name
_THE_BEFORE_RE = re.compile(r"(?:^|[^\w'’])[Tt]he[ \t]+\Z")


def person_named_like(an, pos, cw):
    """Is the two-word name ``cw`` at ``pos`` a person (a listed given name, then a
    surname the article writes alone, without "the", or after a personal title)?

    >>> from analysis.quotes.lexicon import lexicon
    >>> from analysis.quotes.mentions import _ArticleNames
    >>> t = 'Tom Court filed it. "Yes," Court said. The court agreed.'
    >>> an = _ArticleNames(t, [(0, len(t))], lexicon(), None)
    >>> person_named_like(an, 0, ("Tom", "Court"))
    True
    >>> t = "Staff at Victoria Bank met. Victoria is a city. The bank agreed."
    >>> an = _ArticleNames(t, [(0, len(t))], lexicon(), None)
    >>> person_named_like(an, 9, ("Victoria", "Bank"))
    False
    """
    if len(cw) != 2 or getattr(an, "by_last", None) is None:
        return False
    if cw[0].lower() not in an.lex.gender:
        return False
    text = an.text
    for p, words, _g, info in an.by_last.get(cw[1].lower(), ()):
        if words[-1] != cw[1]:
            continue
        if not _PERSON_TITLE.isdisjoint(info[2]):
            return True  # "Mr. Court", "Judge Court"
        if len(words) != 1 or p == pos or text.startswith(("The ", "the "), p):
            continue  # (the run "The Bank" is a body's name)
        if _THE_BEFORE_RE.search(text, max(0, p - 6), p) is None:
            return True  # "Court said"
    return _judicial_surname(an, cw)


# heads of bodies named for a place or a level, never for a given name ("Superior Court",
# "Tax Court", "the Landlord and Tenant Tribunal"): "<given name> Court" is a person
_JUDICIAL_HEADS = frozenset(("court", "tribunal"))


def _judicial_surname(an, cw):
    """Is the two-word name ``cw`` (a listed given name first) a person because its
    surname is a court's head ("Tom Court"), written nowhere after "the" ("the Tom Court
    building")? Read from the memoised ``by_last`` index."""
    if cw[1].lower() not in _JUDICIAL_HEADS:
        return False
    text = an.text
    for p, words, _g, _info in an.by_last.get(cw[1].lower(), ()):
        if tuple(words[-2:]) == tuple(cw) and _THE_BEFORE_RE.search(text, max(0, p - 6), p):
            return False
    return True
