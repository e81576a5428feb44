"""Region phrases: "on the west side of Kettle Lake", "in the north end of Lambton
County" — a preposition, "the", up to two lower-case modifiers, a region noun and "of"
before a capitalised place. The place only locates the people noun before the phrase
("Cottagers on the west side of Kettle Lake say": the cottagers), so the mention's
words after that "of" are no head (``names._plural_agent_before_phrase`` asks here).
"""

from __future__ import annotations

# the part of a feature or place named before "of" (as np_left_core._REGION_NOUNS)
REGION_NOUNS = frozenset(
    "shore shores coast side end edge bank banks rim tip reaches stretch slopes outskirts part"
    " corner".split()
)


def region_place_tail(words):
    """Is ``words`` (a mention's words after its head) a preposition, "the", up to two
    lower-case modifiers, a region noun, "of" and then capitalised words only?

    >>> region_place_tail("on the west side of Kettle Lake".split())
    True
    >>> region_place_tail("in the north end of the county".split())
    False
    >>> region_place_tail("of the Kettle Lake Association".split())
    False
    """
    if len(words) < 5 or not words[0].islower() or words[1] != "the":
        return False
    i = 2
    while i < 4 and i < len(words) and words[i].islower() and words[i] not in REGION_NOUNS:
        i += 1
    if i + 2 >= len(words) or words[i] not in REGION_NOUNS or words[i + 1] != "of":
        return False
    return all(w[:1].isupper() for w in words[i + 2 :])
