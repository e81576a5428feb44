"""Described, then named with an age: a body sentence whose speaker is a new person's
description ("Another former patient, who came to watch, said A.", "The second witness,
a nursing student, said A.") followed in the same paragraph by a sentence that opens
with a new full name, an age and a speech verb ("Ann Roe, 47, said B"): reporters
describe a person, then name her. Owns only that reading; an unnamed source's noun
("An official said A. Ann Roe, 44, said B",
``resources/described_aged_unnamed_heads.txt``) stays unnamed.
"""

from __future__ import annotations

import re

from .antecedents import _CAP_NAME_WORD, _set_person
from .lede_named_next import _named_before
from .lexicon import _lines

_UNNAMED_HEADS = frozenset(_lines("described_aged_unnamed_heads.txt"))

# a description that introduces someone new: "a"/"an"/"another"/"one", or "the" and an
# ordinal ("the second witness"); up to three modifiers; the head; an apposition or a
# relative clause
_NEW_DESCRIPTION_RE = re.compile(
    r"(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he[ \t]+(?:first|second|third|fourth|fifth|sixth|next"
    r"|last))(?:[ \t]+[a-z][a-z-]*){0,3}?[ \t]+(?P<head>[a-z][a-z-]+)"
    r"(?:[ \t]*,.*|[ \t]+(?:who|of|at|from)\b.*)?",
    re.S,
)

# the next sentence: a new full name, its age alone, a speech verb ("Ann Roe, 47, said")
_AGED_NAME_SAYS_RE = re.compile(
    r"[.!?][ \t]+("
    + _CAP_NAME_WORD
    + r"(?:[ \t]+(?:(?:de|la|le|du|van|der|von|St\.?)[ \t]+)*"
    + _CAP_NAME_WORD
    + r"){1,2}),[ \t]*\d{1,3},[ \t]+(?:said|says|told|testified|added)\b"
)


def resolve_described_aged_next(an, q, persons):
    """Fill the speaker of a new person's description with the full name the next
    sentence of its paragraph gives with an age and a speech verb; False otherwise.

    >>> import pandas as pd, analysis
    >>> text = ('Another former patient, who came to watch, said he was billed twice. '
    ...         'Hal Merrow-Quist, 47, said he wrote three letters.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()
    ['Hal Merrow-Quist', 'Hal Merrow-Quist']
    """
    m = _NEW_DESCRIPTION_RE.fullmatch(q.mention)
    if m is None or m.group("head") in _UNNAMED_HEADS or " and " in q.mention:
        return False
    end = max(q.end, q.m_end)
    text = an.text
    dot = text.find(".", end, end + 400)
    if dot < 0 or "\n" in text[end:dot]:
        return False
    got = _AGED_NAME_SAYS_RE.match(text, dot)
    if got is None:
        return False
    cw = got.group(1).split()
    if any(w.lower().rstrip(".") in an.lex.titles for w in cw):
        return False  # ("Judge Ann Roe, 60, said": a title of its own)
    if _named_before(an, cw, got.start(1)):
        return False  # (someone the article already knows)
    return _set_person(an, q, persons, cw)
