"""A run of places' offices as one subject ("Prince Rupert's mayor, Port Edward's mayor
and Kitimat's mayor said", "Alberta's premier and Ontario's premier said"): this
module owns reading such a coordination back from the cue as one noun phrase
(``place_office_run_start``), typed a group like "Ann Roe and Tom Vale"
(``place_office_run``); it was cut inside a place ("Edward", "Ontario") or kept only
the last conjunct. One place's office ("Prince Rupert's mayor said") is
``place_possessive_offices``'."""

from __future__ import annotations

from .lexicon import _lines

_PLACE_OFFICES = frozenset(_lines("place_office_nouns.txt"))


def place_office_run(words) -> bool:
    """Are ``words`` (a mention, split) two or more places' listed offices joined by
    commas and "and"?

    >>> place_office_run("Prince Rupert's mayor and Port Edward's mayor".split())
    True
    >>> place_office_run("Prince Rupert's mayor and his wife".split())
    False
    """
    toks = []
    for w in words:
        toks.extend([(0, 0, w[:-1]), (0, 0, ",")] if w.endswith(",") else [(0, 0, w)])
    return place_office_run_start([*toks, (0, 0, "said")], len(toks)) == 0


def place_office_run_start(toks, k):
    """Start of a run of places' offices that ends right before token ``k`` (the
    cue), else -1: each conjunct "<Place>'s <office>", joined by commas and one "and".

    >>> t = [(0, 0, w) for w in "Alberta's premier , Ontario's premier and Quebec's premier said".split()]
    >>> place_office_run_start(t, 8)
    0
    >>> t = [(0, 0, w) for w in "Ann Roe and Quebec's premier said".split()]
    >>> place_office_run_start(t, 5)
    -1
    """
    if k < 5 or toks[k - 1][2] not in _ALL_OFFICE_WORDS:
        return -1
    best, i, conjuncts, seen_and = -1, k, 0, False
    while i > 0 and conjuncts < _MOST_CONJUNCTS:
        o = _office_start(toks, i)
        if o < 0:
            break
        p = o - 1  # the possessive place word
        if p < 0 or not _possessive_place(toks[p][2]):
            break
        while p - 1 >= 0 and p > o - 3 and _cap_word(toks[p - 1][2]):
            p -= 1
        conjuncts += 1
        if conjuncts >= 2 and seen_and:
            best = p
        if p < 2:
            break
        sep = toks[p - 1][2]
        if sep == "and" and not seen_and:
            seen_and, i = True, p - 1
            if i >= 1 and toks[i - 1][2] == ",":
                i -= 1  # (a serial comma)
        elif sep == "," and seen_and:
            i = p - 1
        else:
            break
    return best


# the longest run read (a walk back per cue stays short in any text)
_MOST_CONJUNCTS = 12

_ALL_OFFICE_WORDS = frozenset(w for o in _PLACE_OFFICES for w in o.split()[-1:])


def _office_start(toks, i):
    """Start of a listed office of one or two lower-case words ending before ``i``."""
    if i >= 2 and f"{toks[i - 2][2]} {toks[i - 1][2]}" in _PLACE_OFFICES:
        if _possessive_place(toks[i - 3][2] if i >= 3 else ""):
            return i - 2
    return i - 1 if i >= 1 and toks[i - 1][2] in _PLACE_OFFICES else -1


def _possessive_place(w):
    base = w[:-2] if w.endswith(("'s", "’s")) else w[:-1] if w.endswith(("s'", "s’")) else ""
    return _cap_word(base)


def _cap_word(w):
    return len(w) >= 2 and w[0].isupper() and w[1:].islower() and w.isalpha()
