"""Where an organisation name's continuation ends at a sentence end: the capitalised
words read after "of" / "for" / "and" in a name ("Board of Trade") stop at a word
written with a full stop that ends its sentence ("... the Kettle Valley Board of
Trade. The board said": the name is "Kettle Valley Board of Trade", never "... of
Trade. The"), while abbreviations ("U.S.", "Co.", "St.") stay inside the name.
"""

from __future__ import annotations

from .lexicon import COMPANY_SUFFIXES

# short words written with a full stop inside a name (lower case, without the stop)
_ORG_ABBREVIATIONS = frozenset(
    "st ste mt ft dept assn bros univ intl gov govt no nos sr jr dr mr mrs ms prof".split()
)


def _ends_sentence(word):
    """Is ``word`` a word of a name closed by a sentence's full stop ("Trade."), not an
    abbreviation ("U.S.", "Co.", "Inc.", "St.")?

    >>> [_ends_sentence(w) for w in ("Trade.", "U.S.", "Co.", "St.", "Trade")]
    [True, False, False, False, False]
    """
    if not word.endswith(".") or word.endswith(".."):
        return False
    stem = word[:-1]
    if len(stem) < 2 or "." in stem or not stem.isalpha() or stem.isupper():
        return False
    return stem.lower() not in COMPANY_SUFFIXES and stem.lower() not in _ORG_ABBREVIATIONS


def org_words_in_sentence(words):
    """``words`` (an organisation name's continuation, split on spaces) up to the first
    one that ends its sentence, that one without its full stop; and whether words were
    cut off.

    >>> org_words_in_sentence(["Trade.", "The"])
    (['Trade'], True)
    >>> org_words_in_sentence(["Trade."])
    (['Trade'], False)
    >>> org_words_in_sentence(["the", "U.S.", "Navy"])
    (['the', 'U.S.', 'Navy'], False)
    """
    for k, w in enumerate(words):
        if _ends_sentence(w):
            return words[:k] + [w[:-1]], k + 1 < len(words)
    return words, False
