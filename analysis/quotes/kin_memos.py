"""Per-article memos of the article scans the kin rules ask once per quotation: the
full names that share a surname (by sex, and from where each is first written), and
whether a relative is named in apposition before a place ("her husband, Yusuf Roe,").
A repeated "His daughter ... she said" asked these over the whole article for every
quotation (quadratic work); this module owns answering them from one scan per article
(``an.scan_memo`` through ``article_memo``), with the same answers the scans gave.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .article_memo import article_memo


@lru_cache(maxsize=64)
def _kin_apposed_rxs(kin):
    """The two shapes of a relative named in apposition: "husband, Yusuf" / "husband
    Yusuf" and "Roe, her husband" (``kin`` a lower-case kin noun)."""
    return (
        re.compile(r"\b" + kin + r",?[ \t]+[A-Z]"),
        re.compile(r"[A-Z][\w'’-]*,[ \t]+(?:her|his|their)[ \t]+" + kin + r"\b"),
    )


def kin_named_in(text, kin):
    """Does ``text`` write the relative ``kin`` with a name in apposition ("her husband,
    Yusuf Roe,", "his sister, Ama,", "Yusuf Roe, her husband,")?

    >>> kin_named_in("Osman, her husband, Yusuf Roe, and their children", "husband")
    True
    >>> kin_named_in("Her husband shrugged.", "husband")
    False
    """
    if kin not in text:
        return False
    return any(rx.search(text) is not None for rx in _kin_apposed_rxs(kin))


def kin_named_before(an, at, kin):
    """``kin_named_in(an.text[:at], kin)``, from where each shape first ends in the
    article (found once per article): the first match of either shape ends first, so
    the text before ``at`` holds one when that end is at ``at`` or before. Only a cut
    right after the kin noun ("husband|s") may make a match the article does not hold:
    that place is scanned as before.

    >>> class An:
    ...     text, scan_memo = "Ann Roe spoke. Her husband, Tom, nodded. Her husband said", {}
    >>> kin_named_before(An, 20, "husband"), kin_named_before(An, 58, "husband")
    (False, True)
    """

    def scan():
        return [
            (m.end() if m is not None else None)
            for m in (rx.search(an.text) for rx in _kin_apposed_rxs(kin))
        ]

    for end in article_memo(an, "kin_named_before", kin, scan):
        if end is not None and end <= at:
            return True
    if an.text.endswith(kin, 0, at):
        return kin_named_in(an.text[:at], kin)
    return False


def surname_firsts(an, key, entries, keep):
    """The full names (two words) of the name entries ``entries()`` gives whose
    lower-case given name ``keep`` accepts, each with the place it is first written, in
    that order: two lists (places, names), built once per article and ``key`` (a
    hashable name of the entries and of the filter: the memo's key).

    >>> class An:
    ...     scan_memo = {}
    >>> es = [(30, ("Ann", "Roe")), (5, ("Tom", "Roe")), (50, ("Ann", "Roe")), (9, ("Roe",))]
    >>> surname_firsts(An, ("roe", "all"), lambda: es, lambda g: True)
    ([5, 30], ['Tom Roe', 'Ann Roe'])
    >>> surname_firsts(An, ("roe", "ann"), lambda: es, lambda g: g == "ann")
    ([30], ['Ann Roe'])
    """

    def scan():
        first = {}
        for e in entries():
            if len(e[1]) == 2 and keep(e[1][0].lower()):
                name = " ".join(e[1])
                if name not in first or e[0] < first[name]:
                    first[name] = e[0]
        pairs = sorted((p, n) for n, p in first.items())
        return [p for p, _n in pairs], [n for _p, n in pairs]

    return article_memo(an, "surname_firsts", key, scan)


def names_before(firsts, at, most=3):
    """The names of ``surname_firsts`` first written before ``at``, at most ``most`` of
    them (the earliest): enough to tell none, one, two or more apart.

    >>> sorted(names_before(([5, 30, 40, 60], ["A Roe", "B Roe", "C Roe", "D Roe"]), 45))
    ['A Roe', 'B Roe', 'C Roe']
    """
    places, names = firsts
    return set(names[: min(bisect.bisect_left(places, at), most)])
