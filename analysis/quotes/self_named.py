"""Self-naming relatives: "A group of residents who call themselves Bow Valley Elk Watch
said" names its subject in the relative clause, so the name right after the reflexive
is the speaker (not "a group of residents", the head a "who" clause is otherwise
skipped back to). This module owns that test on the tokens before the cue.
"""

from __future__ import annotations

_NAMING_VERBS = frozenset(("call", "calls", "called", "name", "names", "named"))
_REFLEXIVES = frozenset(("themselves", "itself", "himself", "herself"))


def self_named_relative(toks, i):
    """Is the noun phrase at token ``i`` the name a "who"/"that" relative gives its own
    subject: "who call themselves NAME", "that calls itself NAME" (capitalised)?

    >>> ws = "A group of residents who call themselves Elk Watch said".split()
    >>> self_named_relative([(0, 0, w) for w in ws], 7)
    True
    >>> ws = "A group of residents who met Elk Watch staff said".split()
    >>> self_named_relative([(0, 0, w) for w in ws], 6)
    False
    """
    return (
        i >= 3
        and toks[i][2][:1].isupper()
        and toks[i - 1][2].lower() in _REFLEXIVES
        and toks[i - 2][2].lower() in _NAMING_VERBS
        and toks[i - 3][2].lower() in ("who", "that")
    )
