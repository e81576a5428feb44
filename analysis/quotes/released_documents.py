"""A document's issuing body named where the document is introduced: "an inspection
report released Wednesday by Ontario's Ministry of Long-Term Care" makes a later "The
report reads, in part: ..." the ministry's (``documents._document_issuer`` asks here last,
when no subject, signer or person writing it is found).
"""

from __future__ import annotations

import re
from functools import lru_cache

# the body's name: an optional capitalised owner ("Ontario's"), then capitalised words
# joined by at most one "of"/"for"/"and"/"on" each ("Ministry of Long-Term Care")
_RELEASED_BODY = (
    r"(?P<body>(?:[A-Z][\w’'-]*['’]s[ \t]+)?[A-Z][\w’'-]*"
    r"(?:[ \t]+(?:(?:of|for|and|on)[ \t]+)?[A-Z][\w’'-]*){0,5})"
)


@lru_cache(maxsize=64)
def _released_by_rx(noun):
    """ "<noun> released Wednesday by <Body>" for ``document_released_by``."""
    return re.compile(
        rf"\b{noun}[ \t]+(?:released|issued|published|prepared|compiled|tabled|commissioned)"
        r"(?:[ \t]+(?:on[ \t]+|last[ \t]+|this[ \t]+)?[A-Z][a-z]+)?[ \t]+by[ \t]+(?:the[ \t]+)?"
        + _RELEASED_BODY
    )


def document_released_by(seg, noun):
    """The body that released the document ``noun`` as the text ``seg`` says last
    ("a report released Wednesday by the Ministry of Health"), or None.

    >>> document_released_by("an inspection report released Wednesday by Ontario's "
    ...                      "Ministry of Long-Term Care. The report", "report")
    "Ontario's Ministry of Long-Term Care"
    >>> document_released_by("a report released Wednesday. The report", "report") is None
    True
    """
    if noun not in seg:
        return None
    last = None
    for m in _released_by_rx(noun).finditer(seg):
        last = m
    if last is None:
        return None
    return last.group("body").rstrip(".")
