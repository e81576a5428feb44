"""Two people written together with a kin noun in apposition to the second: "Janelle
Roe and her brother, Rodney Roe, run a trucking company. The two said A" / "Ann Roe and
his sister Mia Vale ..." -- the pair a later "the two" / "both" mention stands for
(``pair_named.named_pair_before`` asks this module for the matches; the pair rule
already reads "Ann Roe and Tom Vale" and "Ann Roe, a pilot, and Tom Vale"). It owns
only this pattern; the kin nouns are those of ``kin_apposed_pairs``."""

from __future__ import annotations

import re

from .kin_apposed_pairs import _kin_words

_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]*[a-zß-öø-ÿ](?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*[a-zß-öø-ÿ]){1,2}"
# "Ann Roe and her brother, Tom Roe" / "Ann Roe and his sister Mia Vale": two full names,
# the possessive and the kin noun (group 2) between them
_KIN_APPOSED_PAIR_RE = re.compile(
    r"(?<![\w'’.-])(" + _NAME + r")[ \t]+and[ \t]+(?:his|her|their)[ \t]+([a-z][\w-]*),?[ \t]+"
    r"(" + _NAME + r")(?![\w'’-]|[ \t]+[A-Z])"
)


def kin_apposed_pairs(seg):
    """(start, first name words, second name words) of each "NAME and her brother,
    NAME" in ``seg`` whose middle noun is a kin noun.

    >>> list(kin_apposed_pairs("Jo Roe and her brother, Al Roe, run it."))
    [(0, ['Jo', 'Roe'], ['Al', 'Roe'])]
    >>> list(kin_apposed_pairs("Jo Roe and her lawyer, Al Vale, run it."))
    []
    """
    if " and " not in seg:
        return
    kin = _kin_words()
    for m in _KIN_APPOSED_PAIR_RE.finditer(seg):
        if m.group(2) in kin:
            yield m.start(), m.group(1).split(), m.group(3).split()
