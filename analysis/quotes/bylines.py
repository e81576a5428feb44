"""Bylines: the span of a "By Ann Roe" line (or "By Ann Roe and Tom Vale", "By Ann Roe,
The Canadian Press") near the top of an article. The writer named there is never an
antecedent of a pronoun or a speaker, so ``mentions._ArticleNames`` leaves the names of
that line out of its index ("By Ann Roe ... when it did, she said": not Ann Roe).
"""

from __future__ import annotations

import re

_CAP = r"[A-Z][\w.'’-]*"

# a whole line: "By", a name of two to four capitalised words, optionally a second
# writer after "and" or an outlet after a comma, and nothing else
_BYLINE_RE = re.compile(
    r"(?m)^[ \t]*By[ \t]+" + _CAP + r"(?:[ \t]+" + _CAP + r"){1,3}"
    r"(?:[ \t]+and[ \t]+" + _CAP + r"(?:[ \t]+" + _CAP + r"){1,3})?"
    r"(?:,[ \t]+(?:The[ \t]+)?" + _CAP + r"(?:[ \t]+" + _CAP + r"){0,3})?[ \t]*$"
)


def byline_span(text, reach=600):
    """(start, end) of the byline line among the first ``reach`` characters of ``text``,
    else None; a sentence opening with "By" ("By Thursday afternoon, Ann Roe had ...")
    is no byline.

    >>> t = "Lakers win" + 2 * chr(10) + "By Ann Roe" + 2 * chr(10) + "TORONTO — Text."
    >>> s = byline_span(t); t[s[0]:s[1]]
    'By Ann Roe'
    >>> byline_span("By Thursday afternoon, Ann Roe had agreed."), byline_span("By July 2013")
    (None, None)
    """
    if "By " not in text[:reach]:
        return None
    m = _BYLINE_RE.search(text, 0, reach)
    return None if m is None else (m.start(), m.end())
