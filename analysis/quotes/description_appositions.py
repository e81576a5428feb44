"""A description that the article names only later, in an apposition that repeats it:
"The deputy minister, who sat in the gallery, ... '...,' the deputy minister said."
and, paragraphs on, "The deputy minister, Ann Roe, is expected to ...": Ann Roe, not
the last person quoted before the description. A possessed description ("said the
orchestra's principal cello, who ...") may be named so without its possessor or as its
instrument's player ("The cellist, Ann Roe, said").
"""

from __future__ import annotations

import re

from .antecedents import _CAP_NAME_WORD
from .names import parse_person_name
from .wordscan import _word_then

# what follows the description's last word in every apposition match ("minister ,")
_SPACED_COMMA_RE = re.compile(r"[ \t]*,")

# lower-case particles inside a name ("Colette de Varennes", "Jan van der Berg")
_APPOSED_PARTICLE = r"(?:(?:de|du|des|del|della|la|le|van|von|der|den|da|di|dos)[ \t]+){0,2}"
_APPOSED_LATER_NAME = (
    r"(" + _CAP_NAME_WORD + r"(?:[ \t]+" + _APPOSED_PARTICLE + _CAP_NAME_WORD + r"){1,3})"
)

# what follows the description's last word in every apposition match (", Bea Du Pont,")
_APPOSED_TAIL_RE = re.compile(r"[ \t]*,[ \t]+" + _APPOSED_LATER_NAME + r"[ \t]*,")


def apposed_description_name(text, mention, after, reach=6000):
    """The name that a later apposition "The <mention>, <Name>," gives the description
    ``mention`` ("the deputy minister"), searched in the ``reach`` characters after
    ``after``; None when no such apposition names one.

    >>> t = "A, the deputy minister said. Later: The deputy minister, Bea Du Pont, is due."
    >>> apposed_description_name(t, "the deputy minister", 28)
    'Bea Du Pont'
    >>> apposed_description_name(t, "the minister", 28) is None
    True
    >>> t2 = "A, the province says. A lawyer for the province, Jo Roe, spoke."
    >>> apposed_description_name(t2, "the province", 20) is None
    True
    """
    words = mention.split()
    if len(words) < 2 or words[0].lower() != "the":
        return None
    if not _word_then(text, words[-1], _APPOSED_TAIL_RE, after, after + reach):
        return None  # (every match holds its last word, then the name in commas: no pattern)
    rx = re.compile(
        r"(?:^|(?<=[.!?\n])[ \t]*|(?<=[ \t]))[Tt]he[ \t]+"
        + r"[ \t]+".join(re.escape(w) for w in words[1:])
        + r"[ \t]*,[ \t]+"
        + _APPOSED_LATER_NAME
        + r"[ \t]*,"
    )
    for m in rx.finditer(text, after, after + reach):
        if _PREP_BEFORE_RE.search(text, max(0, m.start() - 14), m.start()):
            continue  # ("A lawyer for the province, Jo Roe,": the lawyer's name, not the province's)
        return m.group(1) if parse_person_name(m.group(1))[0] else None
    return None


# a preposition right before "the <description>, <Name>,": the description is the object
# of a larger phrase the name is apposed to ("A lawyer for the province, Jo Roe,")
_PREP_BEFORE_RE = re.compile(
    r"\b(?:for|of|with|at|from|to|by|in|on|representing|against)[ \t]+\Z", re.I
)


def _description_apposed_later(an, q, persons):
    """Give the description ``q`` ("the deputy minister") the person a later
    apposition names with the same words ("The deputy minister, Ann Roe, is due ...");
    False when none does."""
    name = apposed_description_name(an.text, q.mention, q.m_end)
    if name is None and ("'" in q.mention or "’" in q.mention):
        # ("said the orchestra's principal cello, who ..." and "The cellist, Al Roe,")
        for other in apposed_description_variants(q.mention, an.lex.nouns):
            name = apposed_description_name(an.text, other, q.m_end, reach=1500)
            if name is not None:
                break
    if name is None:
        return False
    toks = parse_person_name(name)[0]
    if len(toks) < 2:
        return False
    canon = an.canonical(list(toks))
    q.speaker, q.stype = canon, "person"
    persons.append((q.m_start, canon, an.gender_of.get(toks[-1].lower())))
    return True


# "the orchestra's principal cello": "the", a possessor, then the owned description
_POSSESSED_DESCRIPTION_RE = re.compile(
    r"[Tt]he[ \t]+[a-z][\w-]*['’]s[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}[a-z]+)"
)


def apposed_description_variants(mention, nouns):
    """The shorter forms a later apposition may give a possessed description ("the
    orchestra's principal cello"): without its possessor ("the principal cello"), its
    head alone ("the cello"), and,
    for a last word that is no listed noun (an instrument, not a person), the player
    ("the cellist", "the drummer").

    >>> apposed_description_variants("the orchestra's principal cello", {})
    ['the principal cello', 'the cello', 'the cellist', 'the celloist', 'the celloer']
    >>> apposed_description_variants("the mayor", {})
    []
    """
    m = _POSSESSED_DESCRIPTION_RE.fullmatch(mention)
    if m is None:
        return []
    words = m.group(1).split()
    out = ["the " + " ".join(words)]
    last = words[-1]
    if len(words) > 1:
        out.append("the " + last)  # ("the orchestra's principal cellist": "The cellist,")
    if last not in nouns and len(last) >= 4:
        stems = [last[:-1]] if last[-1] in "aeo" else []
        out += ["the " + st + "ist" for st in stems + [last]] + ["the " + last + "er"]
    return out
