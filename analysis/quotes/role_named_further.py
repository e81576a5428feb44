"""Role named further on: a definite role description of a body that speaks while still
unnamed ("The society's executive director told reporters that A", "The rabbi of
Congregation X, who ..., said B") and is named only a few paragraphs on, where a new full
name is introduced with an echo of that description ("NAME, who has led the society since
2011, said", "NAME, a mechanical engineer who ..., said", "Rabbi NAME said"): that person
speaks the description's statements and the "he"/"she" statements between them that the
resolver left to the bare pronoun or gave to someone named before the description.
"""

from __future__ import annotations

import re

from .lede_named_next import _JOB_NOUNS, _PERSON_NOUNS
from .titles import _person_gender

# "the society's executive director", "the farm's general manager", "the rabbi of
# Congregation Beth Tikvah": the possessor or the "of" body, up to two modifiers, the head
_ROLE_OF_BODY_RE = re.compile(
    r"the[ \t]+(?:([a-z][a-z-]*)(?:'s|’s)[ \t]+)?((?:[a-z-]+[ \t]+){0,2}?)([a-z]+)"
    r"(?:[ \t]+(?:of|for|at)[ \t]+(?:the[ \t]+)?([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,4}))?",
    re.I,
)

# what follows a newly introduced name: ", who <clause>" or ", a/an <words> <noun>"
_WHO_RE = re.compile(r"(?:,[ \t]+\d{1,3})?,[ \t]+who[ \t]+([^.;!?\n]{1,200})")
_APPOSED_RE = re.compile(r",[ \t]+(?:an?|the)[ \t]+((?:[a-z-]+[ \t]+){0,4}[a-z]+)\b")

_PRONOUNS = {"he": "m", "she": "f"}


def _role_of_body(speaker):
    """(head, body words) of a definite role description of a body ("the farm's general
    manager" -> ("manager", {"farm"})), or None.

    >>> _role_of_body("The society's executive director")
    ('director', {'society'})
    >>> _role_of_body("the rabbi of Congregation Beth Tikvah")
    ('rabbi', {'congregation'})
    >>> _role_of_body("the executive director") is None
    True
    """
    if not speaker or not ("s " in speaker or " of " in speaker or " for " in speaker):
        return None  # (cheap: no possessive, no "of"/"for" body)
    m = _ROLE_OF_BODY_RE.fullmatch(speaker)
    if m is None:
        return None
    head = m.group(3).lower()
    if head not in _JOB_NOUNS and head not in _PERSON_NOUNS:
        return None
    if m.group(1):
        return head, {m.group(1).lower()}
    if m.group(4):
        return head, {m.group(4).split()[0].lower()}
    return None


def _unnamed_role(p):
    """The (head, body words) of statement ``p`` whose speaker is still its role
    description, or the body of "The <role> of <Body>" taken for the person; else None."""
    if not p.speaker or p.m_start is None:
        return None
    if p.stype in ("anonymous", "unknown"):
        return _role_of_body(p.speaker)
    mention = p.mention or ""
    if " of " in mention and mention.endswith(" of " + p.speaker):
        return _role_of_body(mention)  # ("The rabbi of Congregation Or Hadash": not the body)
    return None


def _echoes(text, q, head, body):
    """Does the name of ``q`` (a person's first mention) echo the role ``head`` of the
    ``body`` words: a "who" clause naming the body or a word on the head's stem, the
    head in apposition, or the head as the title before the name?"""
    before = text[max(0, q.m_start - 30) : q.m_start].split()
    if before and before[-1].lower() == head:
        return True  # ("Rabbi Elias Roe said")
    if q.mention.split()[0].lower() == head:
        return True
    m = _WHO_RE.match(text, q.m_end)
    if m is not None:
        words = re.findall(r"[a-z]+", m.group(1).lower())
        stem = head[: max(5, len(head) - 3)]
        if any(w in body or w.startswith(stem) for w in words):
            return True
    m = _APPOSED_RE.match(text, q.m_end)
    return m is not None and head in m.group(1).split()


def _new_name(text, q, lo):
    """Is ``q`` a full name whose surname the text before ``lo`` never gives?"""
    words = (q.speaker or "").split()
    return q.stype == "person" and len(words) > 1 and text.find(words[-1], 0, lo) < 0


def role_named_further(an, quotes, reach=2500, breaks=8):
    """Give an unnamed "the <body>'s <role>" / "the <role> of <Body>" statement, and the
    he/she statements after it, the new full name introduced within ``reach`` characters
    and ``breaks`` line breaks with an echo of that role (``_echoes``), when no other
    speaker comes between; speaker strings only.

    >>> import pandas as pd, analysis
    >>> t = ("The club's head coach told reporters that the season was over.\\n\\n"
    ...      "The rink closed early.\\n\\n"
    ...      "Ann Roe, who has coached the club since 2019, said the players were tired.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]}))["speaker"].tolist()
    ['Ann Roe', 'Ann Roe']
    """
    text = an.text
    for i, p in enumerate(quotes):
        if p.stype == "person" and " of " not in (p.mention or ""):
            continue
        role = _unnamed_role(p)
        if role is None:
            continue
        between, found = [], None
        for k in range(i + 1, len(quotes)):  # (no copy of the rest per role statement)
            q = quotes[k]
            if q.m_start is None or q.m_start <= p.m_end:
                continue
            if q.m_start - p.m_end > reach or text.count("\n", p.m_end, q.m_start) > breaks:
                break
            low = (q.mention or "").lower()
            if q.speaker == p.speaker:
                between.append((q, None))
            elif low in _PRONOUNS:
                between.append((q, _PRONOUNS[low]))
            elif _new_name(text, q, p.m_start) and _echoes(text, q, *role):
                found = q
                break
            else:
                break
        if found is None:
            continue
        gender = _person_gender(an, found.speaker)
        p.speaker, p.stype = found.speaker, "person"
        for q, g in between:
            if g is None or g == gender or (gender is None and q.speaker.lower() in _PRONOUNS):
                q.speaker, q.stype = found.speaker, "person"
