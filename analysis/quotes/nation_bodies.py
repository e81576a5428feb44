"""Indigenous governments and councils named by their place ("Kettle Point First
Nation said", "Maple Creek Band said", "Birch River Métis Settlement said", "Crane Lake
Tribal Council said"): this module owns telling such a capitalised name, whose last word
is a body word ("Nation", "Band", "Tribe", "Settlement"; "Council" is an organisation
already) and whose first word is no listed given name, an organisation
(``nation_body``), so the name is typed an organisation, not a person or unknown."""

from __future__ import annotations

# last words of a capitalised body name that are an indigenous government's or a band's
_BODY_WORDS = frozenset(("Nation", "Band", "Tribe", "Settlement"))


def nation_body(words_raw, lex) -> bool:
    """Are ``words_raw`` two or more capitalised words ending in a body word ("First
    Nation", "Band", "Tribe", "Settlement"), the first no listed given name ("Terry
    Nation" stays a person)?

    >>> from analysis.quotes.lexicon import lexicon
    >>> nation_body("Kettle Point First Nation".split(), lexicon())
    True
    >>> nation_body("Terry Nation".split(), lexicon()), nation_body(["Nation"], lexicon())
    (False, False)
    """
    if len(words_raw) < 2 or words_raw[-1] not in _BODY_WORDS:
        return False
    if not all(w[:1].isupper() for w in words_raw):
        return False
    return words_raw[0].lower() not in lex.gender
