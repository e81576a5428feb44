"""An infinitive content whose object is the noun a contact relative clause describes:
"The divisions he promised to bridge have only grown deeper" -- the promise is "to
bridge" (the divisions); "have only grown deeper" is the main clause's verb, no
content. This module owns finding that end: "to <verb>" right before a finite
auxiliary or copula, which no infinitive with its own object is followed by.
"""

from __future__ import annotations

import re

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
