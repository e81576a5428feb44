"""Two person nouns joined by "and" under one determiner ("a brother and sister", "a
husband and wife", "the owner and chef"): this module owns telling such a pair one noun
phrase (``person_noun_pair``), so the subject read before a relative clause ("A husband
and wife who run a farm near Elmvale said") and the phrase after an inverted cue
('"...," said a brother and sister who farm near Elmvale') keep both nouns, not the
relative clause's object or the first noun alone (``pair_end``)."""

from __future__ import annotations


def _person_noun(w, lex) -> bool:
    return w.isalpha() and w.islower() and (w in lex.nouns or w in lex.titles)


def person_noun_pair(lw, i, lex) -> bool:
    """Is ``lw[i]`` (lower-cased words) an "and" between two lower-case person nouns
    ("brother and sister")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> person_noun_pair("a husband and wife".split(), 2, lexicon())
    True
    >>> person_noun_pair("a husband and rain".split(), 2, lexicon())
    False
    """
    return (
        0 < i < len(lw) - 1
        and lw[i] == "and"
        and _person_noun(lw[i - 1], lex)
        and _person_noun(lw[i + 1], lex)
    )


def pair_end(toks, j, lex) -> int:
    """End of "and <person noun>" at token ``j`` after a noun phrase ending in a person
    noun ("said a brother | and sister who farm"), when a relative word, punctuation or
    the end follows; ``j`` otherwise.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "said a brother and sister who farm".split()]
    >>> pair_end(t, 3, lexicon()), pair_end(t[:4] + [(0, 0, "rain")], 3, lexicon())
    (5, 3)
    """
    n = len(toks)
    if j + 1 >= n or j < 1 or toks[j][2] != "and":
        return j
    if not (_person_noun(toks[j - 1][2], lex) and _person_noun(toks[j + 1][2], lex)):
        return j
    if j + 2 < n and toks[j + 2][2] not in _PAIR_FOLLOWERS and toks[j + 2][2][:1].isalnum():
        return j
    return j + 2


# what may follow the pair's second noun: a relative word (or the end, or punctuation)
_PAIR_FOLLOWERS = frozenset(("who", "whose", "that", "from", "in", "of", "near", "at"))
