"""A group of people with a verb of its own after an inserted frame: "A, the company
said Wednesday, and some residents worry B" / "..., and critics say B". The words after
the conjunction open a plural people noun of the lexicon ("residents", "critics",
"parents"), after at most a quantifier ("some", "many", "several", "most", "other",
"few") and one lower-case modifier, and then a finite speech cue or a verb of worry or
belief in the plural ("worry", "fear", "believe", "say"): B is that group's (or nobody's),
never a second row of the first speaker. ``additions._other_speaker_after`` asks this
module; it owns only this reading."""

from __future__ import annotations

_QUANTIFIERS = frozenset("some many several most other few".split())
# verbs of worry, belief or complaint in the plural: no speech cue, but the group's mind
_MIND_VERBS = frozenset("worry fear believe think hope doubt suspect wonder complain".split())


def group_mind_after(pw, lex) -> bool:
    """Do the words ``pw`` after an insertion (``pw[0]`` the conjunction) open a plural
    people noun and a verb of its own (a speech cue, or a verb of worry or belief)?

    >>> from analysis.quotes.lexicon import lexicon
    >>> group_mind_after("and some residents worry the clinic will fill".split(), lexicon())
    True
    >>> group_mind_after("and critics say the plan is late".split(), lexicon())
    True
    >>> group_mind_after("and the clinic will fill by May".split(), lexicon())
    False
    >>> group_mind_after("and residents will get a letter".split(), lexicon())
    False
    """
    k = 1
    if len(pw) > 2 and pw[1].lower() in _QUANTIFIERS:
        k = 2
    for j in range(k, min(k + 2, len(pw) - 1)):
        w = pw[j]
        if not (w.isalpha() and w.islower()):
            return False
        if lex.nouns.get(w) == "group" and w not in _QUANTIFIERS:
            v = pw[j + 1]
            return v in _MIND_VERBS or (
                v.islower() and not v.endswith("ing") and lex.cue_re.fullmatch(v) is not None
            )
    return False
