"""An infinitive content whose object is the noun a contact relative clause describes:
"The divisions he promised to bridge have only grown deeper" -- the promise is "to
bridge" (the divisions); "have only grown deeper" is the main clause's verb, no
content. This module owns where an infinitive content ends: "to <verb>" right before a
finite auxiliary or copula, which no infinitive with its own object is followed by; and a
", but|and <new subject> <finite verb>" after it ("vowed to fight, but the council voted
to close it": "to fight"), since an infinitive reports no subject that could go on.
"""

from __future__ import annotations

import re

from .idioms import _past_form

# "to <verb>" then a finite auxiliary / copula ("to bridge | have", "to fix | is")
_TO_VERB_THEN_FINITE_RE = re.compile(
    r"[ \t]*to[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]{2,}(?=[ \t]+(?:have|has|had|is|are|was|were|will"
    r"|would|could|should|can|may|might|must|did|does|do|remain|remains|remained)\b)"
)


def infinitive_gap_end(masked, s0, e0):
    """End of "to <verb>" opening the content ``masked[s0:e0]`` when a finite auxiliary
    follows it at once (the object is the relative's head), else 0.

    >>> t = "to bridge have only grown deeper"
    >>> infinitive_gap_end(t, 0, len(t))
    9
    >>> infinitive_gap_end("to bridge the divides", 0, 21)
    0
    """
    m = _TO_VERB_THEN_FINITE_RE.match(masked, s0, e0)
    return 0 if m is None else m.end()


# ", but|and|yet <subject>": the subject opens with a determiner, a possessive or a
# capital ("the council", "their board", "City Hall"); its next words are checked after
_INFINITIVE_NEW_CLAUSE_RE = re.compile(
    r",[ \t]+(?:but|and|yet)[ \t]+(?:the|a|an|his|her|their|its|this|that|these|those"
    r"|[A-Z][\w'’-]*)[ \t]"
)
_NEW_CLAUSE_WORD_RE = re.compile(r"[\w'’-]+")

# finite verbs a new clause's subject takes besides past forms
_NEW_CLAUSE_FINITE = frozenset(
    "is are was were has have had will would could can may might must did does says".split()
)


def infinitive_new_clause_cut(text, s0, e0):
    """Where an infinitive content ``text[s0:e0]`` ("to fight, but the council voted to
    close it") gives way to a new clause with its own subject and finite verb (within
    the subject's next five words); -1 when it is no infinitive or no such clause follows.

    >>> t = "to fight, but the council voted to close it"
    >>> infinitive_new_clause_cut(t, 0, len(t))
    8
    >>> t = "to fight the plan, and the tax"
    >>> infinitive_new_clause_cut(t, 0, len(t))
    -1
    """
    if not text.startswith("to ", s0, e0) or text.find(", ", s0, e0) < 0:
        return -1
    for m in _INFINITIVE_NEW_CLAUSE_RE.finditer(text, s0, e0):
        for n, w in enumerate(_NEW_CLAUSE_WORD_RE.finditer(text, m.end(), min(e0, m.end() + 80))):
            verb = w.group()
            if n >= 5 or not verb.isalpha():
                break
            if verb.islower() and (verb in _NEW_CLAUSE_FINITE or _past_form(verb)):
                return m.start()
    return -1
