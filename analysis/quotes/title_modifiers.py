"""Title modifiers: a capitalised word run written right before a lower-case title and a
full name ("Wolves captain Jolene Roe scored", "Acme spokesman Tom Vale said") modifies
that title -- a team, a company, a party -- and is no person of its own: the clause's
subject is the titled name after it. Owns only that test (asked by
``mentions._ArticleNames.item_of`` for clause-subject antecedents of "he"/"she").
"""

from __future__ import annotations

import re

# a lower-case word, then a full name of two or more capitalised words
_TITLE_THEN_NAME_RE = re.compile(r"[ \t]+([a-z]+)[ \t]+[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]")


def modifies_title_after(text, end, titles) -> bool:
    """Is the name ending at ``end`` followed by a lower-case title in ``titles`` and a
    full name (the name modifies that title: "Wolves captain Jolene Roe")?

    >>> t = "Wolves captain Jolene Roe scored twice."
    >>> modifies_title_after(t, 6, {"captain"})
    True
    >>> modifies_title_after("Wolves fans cheered Jo Roe.", 6, {"captain"})
    False
    """
    m = _TITLE_THEN_NAME_RE.match(text, end)
    return m is not None and m.group(1) in titles


# ", and her brother, " / ", but Roe's partner, " right before the name: a description
# that opens a conjoined main clause, its name in apposition
_CONJOINED_DESCRIPTION_RE = re.compile(
    r",[ \t]+(?:and|but|while)[ \t]+(?:the|his|her|their|its|[A-Z][\w-]*['’]s)[ \t]+"
    r"(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*,[ \t]+\Z"
)

# the name, then a comma and a lower-case verb (no relative pronoun)
_NAME_THEN_VERB_RE = re.compile(
    r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2},[ \t]+(?!who\b|which\b|whose\b)[a-z]+[ \t]"
)


def conjoined_apposed_subject(text, s0, pos) -> bool:
    """Does the name at ``pos`` stand in apposition to a description opening a conjoined
    clause of the sentence starting at ``s0`` ("Ann Roe scored twice, and her brother,
    Cyril Roe, scored the winner."), so that the name is that clause's subject?

    >>> t = "Ann Roe scored twice, and her brother, Cyril Roe, scored the winner."
    >>> conjoined_apposed_subject(t, 0, t.index("Cyril"))
    True
    >>> t = "Ann Roe scored twice, and her brother, Cyril Roe, who is 12, cheered."
    >>> conjoined_apposed_subject(t, 0, t.index("Cyril"))
    False
    """
    lo = max(s0, pos - 60)
    return (
        _CONJOINED_DESCRIPTION_RE.search(text, lo, pos) is not None
        and _NAME_THEN_VERB_RE.match(text, pos) is not None
    )


def pronoun_pair_first(text, at) -> str | None:
    """The gender ("f" / "m") of a "She" / "He" that ends right at ``at``, the first member
    of a pair subject ("She and Derek Roe now run ..."); None otherwise.

    >>> pronoun_pair_first("She and Derek Roe run it.", 3), pronoun_pair_first("The and", 3)
    ('f', None)
    """
    if text.startswith("She", at - 3) and (at == 3 or not text[at - 4].isalnum()):
        return "f"
    if text.startswith("He", at - 2) and (at == 2 or not text[at - 3].isalnum()):
        return "m"
    return None
