"""One-word organisation names with no legal form ("TransLink", "Metrolinx") that the
article itself describes as a kind of body, in an apposition ("TransLink, the regional
transit authority,") or before the name ("the transit agency Metrolinx"), or that titles
a person in a sentence naming the body only by its kind ("Coastlink board chair Ann Roe
said ... after the regional ferry authority voted"): the referent of a later "the
authority" / "the agency" whose head is that kind.
"""

from __future__ import annotations

import re

from .lexicon import load_titles

# ", the <up to three words> <noun>" right after the name (group 1: the noun)
_ORG_DESCRIBED_AFTER_RE = re.compile(
    r",[ \t]+the[ \t]+(?:[a-z][\w’'\-]*[ \t]+){0,3}?([a-z]+)[ \t]*[,.;]"
)

# "the <up to three words> <noun> " right before the name (group 1: the noun)
_ORG_DESCRIBED_BEFORE_RE = re.compile(
    r"\b[Tt]he[ \t]+(?:[a-z][\w’'\-]*[ \t]+){0,3}?([a-z]+)[ \t]+\Z"
)


def described_org_kind(text, pos, word, head, fits):
    """Does the article describe the one-word name ``word`` at ``pos`` as a "<head>"
    (or a kind in ``fits``, the last words that fit the head) right there?

    >>> t = "TransLink, the regional transit authority, cut routes."
    >>> described_org_kind(t, 0, "TransLink", "authority", {"authority"})
    True
    >>> t = "Riders blamed the transit agency Metrolinx for it."
    >>> described_org_kind(t, t.index("Metro"), "Metrolinx", "agency", {"agency"})
    True
    >>> t = "Ann Roe, the regional transit manager, cut routes."
    >>> described_org_kind(t, 4, "Roe", "authority", {"authority"})
    False
    """
    if not word[:1].isupper() or not text.startswith(word, pos):
        return False
    end = pos + len(word)
    if text.startswith(",", end):
        m = _ORG_DESCRIBED_AFTER_RE.match(text, end, end + 80)
        if m is not None and (m.group(1) == head or m.group(1) in fits):
            return True
    lo = max(0, pos - 60)
    if text.find("he", lo, pos) >= 0:
        m = _ORG_DESCRIBED_BEFORE_RE.search(text, lo, pos)
        if m is not None and (m.group(1) == head or m.group(1) in fits):
            return True
    return False


# "<Word> <up to two lower-case words> <role> <Capital>": a one-word name titling a person
# ("Coastlink board chair Ann"); group 1 the name, group 2 the lower-case words
_ORG_TITLING_RE = re.compile(
    r"\b([A-Z][a-z]+(?:[A-Z][a-z]+)?)[ \t]+((?:[a-z][a-z\-]*[ \t]+){1,3})[A-Z]"
)

# "the <up to four lower-case words>" later in that sentence, never a possessive ("the
# company's offer") (group 1: the words)
_ORG_KIND_LATER_RE = re.compile(r"\bthe((?:[ \t]+[a-z][a-z\-]*){1,4})(?![’'\-a-z])")

# a sentence's end: ". " / "? " / "! " before a capital or a quotation mark, or a line break
_ORG_SENTENCE_END_RE = re.compile(r"[.?!][ \t]+[A-Z\"“]|\n")


def _org_titling_kinds(text):
    """{name: [(position, kind words)]} for every one-word name titling a person (a
    role word of resources/titles.txt last before the person's name) in a sentence that
    names a body "the <words>" after it (see ``titled_org_kind``)."""
    roles = load_titles()["role"]
    out: dict[str, list] = {}
    for m in _ORG_TITLING_RE.finditer(text):
        words = m.group(2).split()
        if words[-1] not in roles:
            continue
        stop = _ORG_SENTENCE_END_RE.search(text, m.end(), m.end() + 400)
        end = stop.start() if stop is not None else min(len(text), m.end() + 400)
        kinds = set()
        for k in _ORG_KIND_LATER_RE.finditer(text, m.end(), end):
            kinds.update(k.group(1).split())
        if kinds:
            out.setdefault(m.group(1), []).append((m.start(1), kinds))
    return out


def titled_org_kind(an, at, word, head):
    """Is the one-word name ``word`` the body a later "the <head>" at ``at`` stands for,
    because before ``at`` it titles a person ("Coastlink board chair Ann Roe") in a
    sentence that calls a body "the ... <head>" after it ("... after the regional ferry
    authority voted")? The article is scanned once (memo in ``an.title_cache``).

    >>> class _An:
    ...     text = ("Coastlink board chair Ann Roe said cuts were needed, after the "
    ...             "regional ferry authority voted. The authority said more.")
    ...     title_cache = {}
    >>> an = _An()
    >>> titled_org_kind(an, an.text.index("The auth"), "Coastlink", "authority")
    True
    >>> titled_org_kind(an, an.text.index("The auth"), "Coastlink", "agency")
    False
    """
    memo = an.title_cache.get(("org_titling",))
    if memo is None:
        memo = an.title_cache[("org_titling",)] = _org_titling_kinds(an.text)
    return any(pos < at and head in kinds for pos, kinds in memo.get(word, ()))
