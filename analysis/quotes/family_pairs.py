"""A family named by its plural surname as the speaker ("The Bérubés said A") when the
narration before it named the couple as "<Given> and <Given> <Surname>" ("Réjean and
Colette Bérubé have both worked at the plant since 1994"): the speaker is that pair,
written "Réjean and Colette Bérubé" (as ``groups._resolve_family_pair`` writes "the
couple"), not the plural as written. This module owns only that reading; a family the
text never names as such a pair, or whose surname a third person bears in full, keeps
the plural (``plural_names.plural_name_type``).
"""

from __future__ import annotations

import bisect
import re

from .article_memo import article_memo

# "Réjean and Colette Bérubé": two given names joined by "and" before one surname
# (letters of any script: "Réjean", "Zoë")
_GIVEN_PAIR_RE = re.compile(  # (the capital first, then the word boundary before it
    # as a look-behind: the same matches as a leading ``\b``, found ~2x faster)
    r"([A-Z](?<!\w[A-Z])[^\W\d_]+)[ \t]+and[ \t]+([A-Z][^\W\d_]+)[ \t]+([A-Z][\w'’-]*[^\W\d_])\b"
)


def family_pair_named(an, mention, at, reach=3000):
    """The pair "<Given> and <Given> <Surname>" the text names within ``reach``
    characters before ``at`` whose surname the family ``mention`` ("The Bérubés",
    "Joneses": one capitalised plural, "the" before it or not) is the plural of, else
    None (also when a third person of that surname is named in full).

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Walt and Deborah McKinnon run it. The McKinnons said no."
    >>> an = _ArticleNames(t, [(0, 33), (34, len(t))], lexicon(), None)
    >>> family_pair_named(an, "The McKinnons", 34), family_pair_named(an, "The Smiths", 34)
    ('Walt and Deborah McKinnon', None)
    """
    words = mention.split()
    if len(words) == 2 and words[0] in ("The", "the"):
        words = words[1:]
    plural = words[0]
    if len(words) != 1 or not plural[:1].isupper() or plural[-1:] != "s":
        return None
    stems = {plural[:-1]}
    if plural.endswith("es"):
        stems.add(plural[:-2])  # ("the Joneses": "Jones")
    given = an.lex.gender
    pairs = article_memo(an, "family_pairs", "pairs", lambda: _given_pairs(an.text))
    found = None
    for k in range(bisect.bisect_left(pairs, (max(0, at - reach),)), len(pairs)):
        pos, a, b, last = pairs[k]
        if pos >= at:
            break
        if last in stems and a.lower() in given and b.lower() in given:
            found = (a, b, last)  # (the last one before the family speaks)
    if found is None:
        return None
    a, b, last = found
    firsts = {e[1][0] for e in an.by_last.get(last.lower(), ()) if len(e[1]) > 1}
    if not firsts <= {a, b}:
        return None  # ("Ann and Tom Roe bought it from Carl Roe. The Roes said")
    return f"{a} and {b} {last}"


def _given_pairs(text):
    """(position, given, given, surname) of every "<Given> and <Given> <Surname>" of
    ``text``, in order (read once per article: ``family_pair_named`` asks per quote)."""
    if " and " not in text:
        return []
    return [(m.start(), *m.groups()) for m in _GIVEN_PAIR_RE.finditer(text)]
