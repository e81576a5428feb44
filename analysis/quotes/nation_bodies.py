"""Indigenous governments and councils named by their place ("Kettle Point First
Nation said", "Maple Creek Band said", "Birch River Métis Settlement said", "Crane Lake
Tribal Council said"): this module owns telling such a capitalised name, whose last word
is a body word ("Nation", "Band", "Tribe", "Settlement"; "Council" is an organisation
already) and whose first word is no listed given name, an organisation
(``nation_body``), so the name is typed an organisation, not a person or unknown; an
honorific or title first ("Mr. Tribe", "Professor Band") keeps the person (the words
are surnames too, so they are not ``org_name_heads.txt``'s)."""

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
    >>> nation_body("Mr. Tribe".split(), lexicon()), nation_body("Professor Band".split(), lexicon())
    (False, False)
    """
    if len(words_raw) < 2 or words_raw[-1] not in _BODY_WORDS:
        return False
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words_raw):
        return False  # ("Mr. Tribe": an honorific, a person)
    first = words_raw[0].lower()
    return first not in lex.gender and first not in lex.titles  # ("Professor Tribe")
