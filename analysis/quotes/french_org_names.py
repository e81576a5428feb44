"""French organisation names of several words, some of them lower-case, after their
head noun ("the Guilde des éducatrices de l'Estrie", "the Syndicat des travailleurs
de Laval"): the name scanner splits such a name at its lower-case words, so "the
guild" / "the union" read after it needs the whole name as written
(``french_name_written``, asked by ``org_nearest._nearest_org_at`` for a one-word run
that is a French head, ``resources/french_org_heads.txt``); and, before a cue, the
whole name as the speaker's noun phrase (``french_name_left_start``, asked by np_left),
typed an organisation (``french_org_mention``, asked by names._stype_static: "the Société
de développement commercial Saint-Denis" is no person named Saint-Denis).
"""

from __future__ import annotations

import re

from .lexicon import _lines

# the head, a French connector ("des", "de", "du", "pour"), up to four more lower-case
# words, and a capitalised last word with an optional elided article ("l'Estrie");
# every repetition bounded, none nested
_FRENCH_NAME_RE = re.compile(
    r"[A-ZÀ-Ý][\w’'-]*[ \t]+(?:de|des|du|pour|en)(?:[ \t]+[a-zà-ÿ][\w’'-]*){0,4}"
    r"[ \t]+(?:[ldLD][’'])?[A-ZÀ-Ý][\w’'-]*"
)


def french_name_written(text, pos):
    """The French organisation name written at ``pos`` (its head there), when lower-case
    words follow the head before a capitalised last word, else None.

    >>> t = "the Guilde des éducatrices de l'Estrie said"
    >>> french_name_written(t, t.index("Guilde"))
    "Guilde des éducatrices de l'Estrie"
    >>> french_name_written("the Guilde said", 4) is None
    True
    """
    m = _FRENCH_NAME_RE.match(text, pos, min(len(text), pos + 120))
    return None if m is None else m.group()


# the connectors right after a French head ("Syndicat des ...", "Société de ...")
_FRENCH_CONNECTORS = frozenset(("de", "des", "du", "pour", "en"))
_FRENCH_HEAD_WORDS = frozenset(
    line.split("\t", 1)[0].strip() for line in _lines("french_org_heads.txt")
)


def french_name_left_start(toks, j):
    """The index of the French head that opens the name whose capitalised last word is
    token ``j`` (with "the" before it, if any) across two to five lower-case words, the
    first a connector ("the Syndicat des chauffeurs du secteur Nord"), else -1.

    >>> ws = "the Syndicat des chauffeurs du secteur Nord".split()
    >>> french_name_left_start([(0, 0, w) for w in ws], 6)
    0
    >>> ws = "the union of drivers in the Nord".split()
    >>> french_name_left_start([(0, 0, w) for w in ws], 6)
    -1
    """
    i = j - 1
    while i > 0 and j - i <= 5 and toks[i][2].isalpha() and toks[i][2].islower():
        i -= 1
    if j - i < 3 or toks[i + 1][2] not in _FRENCH_CONNECTORS:
        return -1
    head = toks[i][2]
    if not head[:1].isupper() or head.lower() not in _FRENCH_HEAD_WORDS:
        return -1
    return i - 1 if i > 0 and toks[i - 1][2] in ("the", "The") else i


def french_org_mention(words_raw) -> bool:
    """Is a mention (its words) a French organisation's name: [the] a capitalised French
    head, a connector, at most five lower-case words and a capitalised last word?

    >>> french_org_mention("The Société de développement commercial Saint-Denis".split())
    True
    >>> french_org_mention("Université de Montréal professor Ann Roe".split())
    False
    """
    k = 1 if words_raw and words_raw[0] in ("the", "The") else 0
    n = len(words_raw)
    if n - k < 3 or n - k > 8 or words_raw[k + 1] not in _FRENCH_CONNECTORS:
        return False
    head = words_raw[k]
    if not head[:1].isupper() or head.lower() not in _FRENCH_HEAD_WORDS:
        return False
    last = words_raw[-1]
    if last[1:2] in ("'", "’"):
        last = last[2:]  # an elided article: "de l'Estrie"
    return last[:1].isupper() and all(w.islower() for w in words_raw[k + 2 : -1])
