"""A long capitalised office title set off before its holder's name after an inverted
cue ('"...," said the Minister of Northern Development, Ken Dale.'; "said the Secretary
of the Treasury, Ken Dale, on Monday"): this module owns making the speaker that name
(``office_of_name_after``), not "the Minister", the head the right-hand noun phrase
stopped at; likewise a place's office so set off ("said Prince Rupert's mayor, Ann
Roe"). The other orders ("the Secretary of the Treasury, Ken Dale, said", "Ken
Dale, Secretary of the Treasury, said") are read by the left-hand phrase rules."""

from __future__ import annotations

from .lexicon import _PRONOUNS, _TIME_WORDS, _lines
from .phrases import _is_cap

_PLACE_OFFICES = frozenset(_lines("place_office_nouns.txt"))

# words that may join the capitalised words of a portfolio ("Citizenship and
# Immigration", "State for Foreign Affairs", "Fisheries, Oceans and the Coast Guard")
_PORTFOLIO_JOINERS = frozenset(("and", "for", "of", "the", "&"))


def _title_end(toks, k, lex):
    """End of "the" and one or two capitalised words, the last a listed title ("the
    Minister", "the Deputy Minister"), from token ``k``; ``k`` when there is none."""
    n = len(toks)
    if k + 1 >= n or toks[k][2].lower() != "the":
        return k
    e = k + 1
    while e < n and e - k <= 2 and _is_cap(toks[e][2]) and toks[e][2].isalpha():
        e += 1
    if e == k + 1 or toks[e - 1][2].lower() not in lex.titles:
        return k
    return e


def _portfolio_end(toks, of):
    """End of the portfolio after "of" at ``toks[of]``: capitalised words, joined by
    "and" / "for" / "of" / "the", up to the comma that sets off the name; ``of`` when
    none ends at a comma."""
    n = len(toks)
    e, caps = of + 1, 0
    while e < n and e - of <= 9:
        w = toks[e][2]
        if _is_cap(w) and w.isalpha():
            caps += 1
        elif w.lower() not in _PORTFOLIO_JOINERS:
            break
        e += 1
    if caps == 0 or e >= n or toks[e][2] != "," or not _is_cap(toks[e - 1][2]):
        return of
    return e


def _place_office_end(toks, k):
    """Index of the comma after "<Place>'s <listed office>" from token ``k`` ("said
    Alberta's premier, Ann Roe": one to three capitalised words, the last possessive,
    and an office of ``place_office_nouns.txt``), else -1."""
    n, e = len(toks), k
    while e < n and e - k < 2 and toks[e][2].isalpha() and _is_cap(toks[e][2]):
        e += 1
    if e >= n or not toks[e][2].endswith(("'s", "’s")) or not _is_cap(toks[e][2][:-2]):
        return -1
    for size in (2, 1):
        words = [toks[x][2] for x in range(e + 1, min(e + 1 + size, n))]
        if len(words) == size and " ".join(words) in _PLACE_OFFICES:
            c = e + 1 + size
            return c if c < n and toks[c][2] == "," else -1
    return -1


def office_of_name_after(toks, np_, lex):
    """The span of the name set off after "the <Title> of <Portfolio>," (or after
    "<Place>'s <office>,": "said Alberta's premier, Ann Roe") that opens at
    ``np_[0]`` and the name ends its clause (a comma, a full stop or the end follows);
    ``np_`` otherwise.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "said the Secretary of the Treasury , Ken Dale .".split()]
    >>> office_of_name_after(t, (1, 3), lexicon())
    (7, 9)
    >>> t = [(0, 0, w) for w in "said the Secretary of the Treasury , in Ottawa .".split()]
    >>> office_of_name_after(t, (1, 3), lexicon())
    (1, 3)
    """
    n = len(toks)
    comma = _place_office_end(toks, np_[0])
    if comma < 0:
        of = _title_end(toks, np_[0], lex)
        if of == np_[0] or of >= n or toks[of][2] != "of" or np_[1] > of + 1 + 9:
            return np_
        comma = _portfolio_end(toks, of)
        if comma == of:
            return np_
    if np_[1] > comma:
        return np_
    e = comma + 1
    while e < n and e - comma <= 4 and _is_cap(toks[e][2]) and toks[e][2].isalpha():
        e += 1
    first = toks[comma + 1][2].lower() if comma + 1 < n else ""
    if e - comma < 3 or first in _TIME_WORDS or first in _PRONOUNS or first == "the":
        return np_  # (two name words at least: "said the Minister of Finance, Monday")
    if e < n and toks[e][2] not in (",", ".", "!", "?", ";"):
        return np_  # "said the Minister of Finance, Ken Dale's rival"
    return (comma + 1, e)
