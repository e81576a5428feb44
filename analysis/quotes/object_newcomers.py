"""Object newcomers: a person first named in apposition to an indefinite description
that ends the sentence right before a "he"/"she" opening the next one ("The group has
hired a lawyer, Mira Katz of Sudbury. She told the Star that A"): the new person the
pronoun speaks for, over a speaker of the same gender quoted before. Owns only that
reading of a pronoun's antecedent (asked by ``pronouns._resolve_pronoun``).
"""

from __future__ import annotations

import re

from .copula_newcomers import _first_position
from .given_names import _given_name_gender
from .titles import _person_gender

# ", a|an <up to four lowercase words>, NAME[ of|from Place]." closing a sentence
_OBJECT_NEWCOMER_RE = re.compile(
    r"[ \t](?:a|an)[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,3}[a-z][\w'’-]*,[ \t]+"
    r"(?P<name>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){1,2})"
    r"(?:[ \t]+(?:of|from)[ \t]+[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,2})?\.[ \t]+\Z"
)

# a sentence that reports speech itself ("Roe said the group hired a lawyer, NAME."):
# the pronoun after it may well be that speaker's
_SPEECH_IN_SENTENCE_RE = re.compile(r"\b(?:said|says|told|tells|added|according)\b|[\"“”]")


def object_newcomer_before(an, q, want, reach=300):
    """(position, name) of a newcomer named in apposition to an indefinite description
    that closes the sentence right before ``q``'s pronoun, which opens its sentence,
    when the name's gender is ``want``, its surname was not written before and that
    sentence reports no speech; None otherwise.

    >>> import pandas as pd, analysis
    >>> text = ("Ann Roe said she was tired. The group has hired a lawyer, Simone "
    ...         "Katz-Obi of Sudbury. She told the Star that the leases still held.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()
    ['Ann Roe', 'Simone Katz-Obi']
    """
    if want not in ("m", "f"):
        return None
    text = an.text
    lo = max(0, q.m_start - reach)
    if "," not in text[lo : q.m_start]:
        return None
    found = _OBJECT_NEWCOMER_RE.search(text, lo, q.m_start)
    if found is None:
        return None
    ss = max(text.rfind(". ", lo, found.start()) + 1, text.rfind("\n", lo, found.start()) + 1)
    if _SPEECH_IN_SENTENCE_RE.search(text, ss, found.start()):
        return None
    name = newcomer_of_gender(an, found, want)
    return None if name is None else (found.start("name"), name)


def newcomer_of_gender(an, found, want):
    """The canonical name of ``found``'s "name" group when its surname is first written
    there (a newcomer) and its gender is ``want``; None otherwise. Shared by the
    newcomer look-backs (here and ``verb_object_newcomers``).

    >>> import re
    >>> from analysis.quotes.lexicon import lexicon
    >>> from analysis.quotes.mentions import _ArticleNames
    >>> t = "Tom Vale thanked Rita Osei-Lund."
    >>> an = _ArticleNames(t, [(0, len(t))], lexicon(), None)
    >>> found = re.search(r"(?P<name>Rita Osei-Lund)", t)
    >>> newcomer_of_gender(an, found, "f"), newcomer_of_gender(an, found, "m")
    ('Rita Osei-Lund', None)
    """
    words = found.group("name").split()
    if _first_position(an, words[-1]) < found.start("name"):
        return None  # (named before: no newcomer)
    name = an.canonical(words)
    if (_person_gender(an, name) or _given_name_gender(an, name)) != want:
        return None
    return name
