"""Copula newcomers: a person first named as the complement of a copula whose subject
is a description ("The parent he was talking about is Ann Roe of Truro, whose son ...
She said A"; "The first to complain was Ann Roe. She said A"): the new person the next
"he"/"she" speaks for, over a speaker of unknown gender quoted before. Owns only that
reading of a pronoun's antecedent (asked by ``pronouns._resolve_pronoun``).
"""

from __future__ import annotations

import re

from .given_names import _given_name_gender
from .titles import _person_gender

# a sentence that opens with a description ("The parent ...", "The first to complain")
# and gives a new full name after "is"/"was" (no possessive: "was Ann Roe's idea")
_COPULA_NEWCOMER_RE = re.compile(
    r"(?:The|This|That)[ \t]+[a-z][^.!?\n\"“”]{0,80}?[ \t]"
    r"(?:is|was)[ \t]+(?P<name>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){1,2})(?![\w’'\-])"
)

# what stands right before a sentence's first word: a sentence end and spaces, a break
_SENTENCE_OPENS_RE = re.compile(r"(?:[.!?][ \t]+|\n)\Z")


def copula_newcomer_before(an, q, want, reach=400):
    """(position, name) of a newcomer named after a description's copula in the
    sentence before ``q``'s mention (or earlier in its own sentence), when the name's
    gender is ``want`` and its surname was not written before; None otherwise.

    >>> import pandas as pd, analysis
    >>> text = ('"It took a parent," Kim Lund-Okoro said.\\n\\nThe parent in question is '
    ...         'Mary Ashby-Vale of Truro. She said she drove down in November.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()
    ['Kim Lund-Okoro', 'Mary Ashby-Vale']
    """
    if want not in ("m", "f"):
        return None
    text = an.text
    lo = max(0, q.m_start - reach)
    seg = text[lo : q.m_start]
    if " is " not in seg and " was " not in seg:
        return None
    found = None
    for m in _COPULA_NEWCOMER_RE.finditer(text, lo, q.m_start):
        if _SENTENCE_OPENS_RE.search(text, max(0, m.start() - 3), m.start()) or not m.start():
            found = m  # (the description opens its sentence)
    if found is None:
        return None
    between = text[found.end() : q.m_start]
    if any(c in between for c in '"“”\n') or len(re.findall(r"[.!?][ \t]", between)) > 1:
        return None  # (the sentence before the mention's, no quotation between)
    words = found.group("name").split()
    if _first_position(an, words[-1]) < found.start():
        return None  # (named before: no newcomer)
    name = an.canonical(words)
    if (_person_gender(an, name) or _given_name_gender(an, name)) != want:
        return None
    return found.start("name"), name


# a word as written: a maximal run of word characters, apostrophes and hyphens
_WORD_RUN_RE = re.compile(r"[\w’'\-]+")


def _first_position(an, word):
    """Where ``word`` is first written whole in the article (not inside a longer run of
    word characters, apostrophes and hyphens), ``len(an.text)`` when never: one scan of
    the article builds the table (``an.word_first``), not one search of all the text
    before each pronoun.

    >>> class _A:
    ...     text, word_first = "Roe-Vale met Roe. Roe left.", None
    >>> _first_position(_A, "Roe"), _first_position(_A, "Lund")
    (13, 27)
    """
    table = an.word_first
    if table is None:
        table = {}
        for m in _WORD_RUN_RE.finditer(an.text):
            table.setdefault(m.group(), m.start())
        an.word_first = table
    return table.get(word, len(an.text))
