"""Ranked noun phrases after an inserted frame that close with a contact relative (w139).

This module owns one shape of the text that ends a sentence after an inserted frame and
is no second reported clause: a ranked noun phrase (an ordinal or a superlative, matched by
``additions._RANKED_APPOSITION_RE``) whose prepositional phrase runs into a relative clause
without "that", in the perfect ("The beach will stay closed, the town said Friday, the third
summer in a row the beach has closed": ``ranked_perfect_relative``). ``additions.
_ranked_apposition`` asks it when the words hold a clause; the content is the text before the
frame.
"""

from __future__ import annotations

_PERFECT = frozenset(("has", "have", "had"))
_REL_LEADS = frozenset(("the", "its", "their", "his", "her", "our", "this", "that"))
_PARTICIPLE_IRREGULAR = frozenset(
    "been won lost seen met run shut hit cut held left fallen frozen risen gone done "
    "made sold kept paid built flooded burned burnt broken chosen given taken".split()
)


def ranked_perfect_relative(words: list[str]) -> bool:
    """Do the words of a ranked noun phrase ("the third summer in a row the beach has
    closed") end in a contact relative clause in the perfect: a determiner, one to three
    nouns, "has"/"have"/"had", a participle and at most three words more?

    >>> ranked_perfect_relative("the third summer in a row the beach has closed.".split())
    True
    >>> ranked_perfect_relative("the third summer in a row the beach will close.".split())
    False
    """
    bare = [w.strip(".,!?;:").lower() for w in words]
    ks = [i for i, w in enumerate(bare) if w in _PERFECT]
    if len(ks) != 1:
        return False
    k = ks[0]
    j = k + 1
    while j < len(bare) and bare[j] in ("not", "never", "been", "already"):
        j += 1
    if j >= len(bare) or len(bare) - j - 1 > 3:
        return False
    part = bare[j]
    if not (part.endswith(("ed", "en")) or part in _PARTICIPLE_IRREGULAR):
        return False
    det = next((i for i in range(k - 1, max(k - 5, 0), -1) if bare[i] in _REL_LEADS), None)
    if det is None or det < 3 or not all(w.isalpha() for w in bare[det + 1 : k]):
        return False
    return bare[det - 1] not in ("of", "to", "that", "and", "but")
