"""Wondering is no speech: this module owns the guard that drops the indirect row of
"Ann Roe wondered (aloud) whether A" / "wonders if A" / "wondered why A", an
indirect question after "wonder" (the project's decision: "wondered aloud whether" is
no row), while "Ann Roe asked whether A" keeps its row and a quotation framed by
"wondered" ('"Is it safe?" she wondered.', 'She wondered aloud: "..."') stays a quote.
"""

from __future__ import annotations

# the words that open an indirect question after "wonder" (and "aloud")
_QUESTION_OPENERS = frozenset("whether if why how what who when where which".split())


def wondered_question(c) -> bool:
    """Is the cue ``c`` a form of "wonder" followed (after an optional "aloud") by an
    indirect question ("whether", "if", "why", ...): no report of speech?

    >>> class C: lemma = "wonder"; kend = 3; toks = [(0, 0, w) for w in
    ...     "Roe wondered aloud whether it was safe".split()]
    >>> wondered_question(C)
    True
    >>> C.toks = [(0, 0, w) for w in 'Roe wondered aloud : " Is it safe ? "'.split()]
    >>> wondered_question(C)
    False
    """
    if c.lemma != "wonder":
        return False
    toks, j = c.toks, c.kend
    if j < len(toks) and toks[j][2].lower() == "aloud":
        j += 1
    return j < len(toks) and toks[j][2].lower() in _QUESTION_OPENERS
