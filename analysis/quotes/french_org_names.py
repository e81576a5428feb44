"""French organisation names of several words, some of them lower-case, after their
head noun ("the Guilde des éducatrices de l'Estrie", "the Syndicat des travailleurs
de Laval"): the name scanner splits such a name at its lower-case words, so "the
guild" / "the union" read after it needs the whole name as written
(``french_name_written``, asked by ``org_nearest._nearest_org_at`` for a one-word run
that is a French head, ``resources/french_org_heads.txt``).
"""

from __future__ import annotations

import re

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
