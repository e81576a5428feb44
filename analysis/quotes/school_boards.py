"""School boards named by their system: "the public board" / "the Catholic board" /
"the separate school board" said stands for the school board of that system the text
named last before it (a capitalised name ending in "School Board", "Schools", "School
Division", "School District" or "Board of Education"; a Catholic or separate board has
such a word in its name, resources/separate_school_words.txt); never a board of the other
system: the description as written when only boards of the other system were named.
"""

from __future__ import annotations

import re

from .blocks import MASK
from .lexicon import _lines

_SEPARATE_WORDS = frozenset(_lines("separate_school_words.txt"))

# "the public board", "The Catholic school board", "the separate school division"
_SYSTEM_BOARD_RE = re.compile(
    r"[Tt]he[ \t]+(public|[Cc]atholic|separate)(?:[ \t]+school)?[ \t]+(board|division|district)"
)

# a school board's name: capitalised words (a short one may end in a point: "St.";
# never a sentence's last word) ending so
_BOARD_NAME_RE = re.compile(
    r"(?<![\w'’.-])((?:[A-Z](?:[a-z]{0,2}\.|[\w'’-]*)[ \t]+){1,6}"
    r"(?:School[ \t]+(?:Board|Division|District)|Schools|Board[ \t]+of[ \t]+Education))"
    r"\b(?![ \t]+[A-Z]|['’-])"
)


def school_board_named(an, q, reach=4000):
    """The name of the school board of the mention's system ("the public board": no
    Catholic or separate word in its name) named last in the ``reach`` characters before
    it, outside quotations; the mention itself (as written) when only boards of the other
    system were named; None when no board was named or the mention is no such
    description.

    >>> class _A:
    ...     text = masked = ("The Lakeview District School Board and the Lakeview Catholic "
    ...                      "District School Board closed schools. The public board said so.")
    >>> class _Q:
    ...     mention, m_start = "The public board", 115
    >>> school_board_named(_A(), _Q())
    'Lakeview District School Board'
    """
    m = _SYSTEM_BOARD_RE.fullmatch(q.mention)
    if m is None:
        return None
    separate = m.group(1) != "public"
    text, masked = an.text, an.masked
    last = other = None
    for b in _BOARD_NAME_RE.finditer(text, max(0, q.m_start - reach), q.m_start):
        if masked is not None and masked[b.start(1)] == MASK:
            continue  # (named inside a quotation)
        words = b.group(1).split()
        if words[0] == "The":
            words = words[1:]
        if len(words) < 2:
            continue
        if (not _SEPARATE_WORDS.isdisjoint(words)) == separate:
            last = " ".join(words)
        else:
            other = words
    if last is None:
        return None if other is None else q.mention
    return last
