"""Naming relatives after an object: a relative clause in which someone names the
object in a quotation ('added a triple takeout that Roe called "the shot of the
week"', '..., which she dubbed "a gift"'). The quotation is the relative's subject's
(its own "called" frame reports it), not the quote of the verb whose object the
noun is. Only the clause's start is found here; ``content`` decides whether the text
before it is an object.
"""

from __future__ import annotations

import re

# a relative of naming that runs to the end of the content with its quotation: "that"
# or "which", one to three capitalised words or a pronoun, the naming verb, the
# masked quotation and closing punctuation only
_NAMING_RELATIVE_RE = re.compile(
    r"(?:,[ \t]*|(?<![ \t])[ \t]+)(?:that|which)[ \t]+"  # (one try per run of blanks)
    r"(?:he|she|they|we|I|(?:[A-Z][\w’'.\-]*[ \t]+){0,2}[A-Z][\w’'.\-]*)[ \t]+"
    r"(?:later[ \t]+)?(?:called|calls|dubbed|dubs|labelled|labeled|termed|described[ \t]+as"
    r"|hailed[ \t]+as)[ \t]+(?:it[ \t]+)?\x01+[^\w\x01]{0,3}\Z"
)


def naming_relative_start(masked: str, s0: int, e0: int) -> int:
    """Start of a naming relative that closes ``masked[s0:e0]`` with its quotation,
    -1 when there is none.

    >>> m = "a triple takeout that Kim Roe called " + "\\x01" * 12 + "."
    >>> m[: naming_relative_start(m, 0, len(m))]
    'a triple takeout'
    >>> naming_relative_start("that the shot was " + "\\x01" * 5, 0, 23)
    -1
    """
    if "\x01" not in masked[s0:e0] or (
        masked.find("that", s0, e0) < 0 and "which" not in masked[s0:e0]
    ):
        return -1
    m = _NAMING_RELATIVE_RE.search(masked, s0, e0)
    return -1 if m is None else m.start()
