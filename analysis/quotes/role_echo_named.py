"""A possessive role still unnamed ("..., their lawyer said Monday", "its chief
executive said") that the article names later by echoing the same words with an
apposed name ("Their lawyer, Vivienne Roe, said"): the statement is that person's
(``possessive_role_named_later``).
"""

from __future__ import annotations

import re

from .kin import _KIN_GENDER
from .lede_named_next import _JOB_NOUNS, _PERSON_NOUNS

# "their lawyer", "its chief executive": a possessive pronoun, up to two modifiers, a head
_POSSESSIVE_ROLE_RE = re.compile(r"(?:its|their|his|her)((?:[ \t]+[a-z-]+){0,2}?)[ \t]+([a-z]+)")

# a full name (two to four capitalised words) apposed after the echoed role
_APPOSED_NAME = r",[ \t]+((?:[A-Z][\w’'-]+[ \t]+){1,3}[A-Z][\w’'-]+),"


def _echo_names(text, mention, at, the_reach=600):
    """The distinct names apposed to ``mention`` (a possessive role) written again after
    ``at`` ("Their lawyer, Vivienne Roe,"), or with "the" for the possessive within
    ``the_reach`` characters ("His lawyer said A. ... said the lawyer, Vivienne Roe,").

    >>> sorted(_echo_names("His lawyer said A. B, said the lawyer, Ann Roe, who", "His lawyer", 10))
    ['Ann Roe']
    """
    words = mention.split()
    own = words[0].lower()  # (the same possessive: "its director" is not "his director")
    rest = "".join(r"[ \t]+" + re.escape(w) for w in words[1:])
    pat = r"\b[" + own[0].upper() + own[0] + "]" + re.escape(own[1:]) + rest
    found = {m.group(1) for m in re.finditer(pat + _APPOSED_NAME, text[at:])}
    near = text[at : at + the_reach]
    found |= {m.group(1) for m in re.finditer(r"\b[Tt]he" + rest + _APPOSED_NAME, near)}
    return found


def possessive_role_named_later(an, quotes):
    """Give a statement whose speaker is still a possessive role ("their lawyer") the one
    full name apposed to the same role written later in the article, when that name is
    new there (its surname not written before the statement), the role no kin noun ("his
    son": the kin rules read the name's sex); speaker strings only.

    >>> import pandas as pd, analysis
    >>> t = ("Four workers sued the firm, and their lawyer said that more had called.\\n\\n"
    ...      "The firm did not reply.\\n\\n"
    ...      "Their lawyer, Vivienne Roe, said the case was strong.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]}))["speaker"].tolist()
    ['Vivienne Roe', 'Vivienne Roe']
    """
    text = an.text
    for p in quotes:
        mention = (p.mention or "").strip()
        if not p.speaker or p.m_end is None or p.speaker.lower() != mention.lower():
            continue
        if mention[:1] not in "itThH" or " " not in mention:
            continue  # (cheap: no possessive pronoun first)
        m = _POSSESSIVE_ROLE_RE.fullmatch(mention.lower())
        if m is None or (m.group(2) not in _JOB_NOUNS and m.group(2) not in _PERSON_NOUNS):
            continue
        if m.group(2) in _KIN_GENDER:
            continue  # (a relative: the kin rules, which check the name's sex)
        names = _echo_names(text, mention, p.m_end)
        if len(names) != 1:
            continue
        name = next(iter(names))
        if name.split()[-1] in text[: p.m_start]:
            continue  # (a person met before: the echo may be another's)
        p.speaker, p.stype = name, "person"
