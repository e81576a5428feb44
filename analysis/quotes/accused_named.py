"""The accused named by the charge: in a court story, "the accused" / "the defendant"
who speaks ('"I am sorry," the accused said') is the person the article named as the
subject of a plea, a charge or a conviction before the quote ("Wendell Gushue, 58,
pleaded guilty in September to fraud", "Ann Roe was charged with assault"). This module
owns giving such a statement, left with the bare noun as speaker, that person's name.
"""

from __future__ import annotations

import re

_ACCUSED_NOUNS = frozenset(("the accused", "the defendant"))

# a full name (two to four capitalised words), an optional ", 58," age, then the plea,
# the charge or the verdict the name is the subject of
_CHARGED_RE = re.compile(
    r"\b([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})(?:,[ \t]+\d{1,3},)?[ \t]+"
    r"(?:pleaded[ \t]+(?:not[ \t]+)?guilty|(?:was|is|has[ \t]+been)[ \t]+"
    r"(?:charged|convicted|found[ \t]+guilty|accused[ \t]+of)|stands[ \t]+trial)\b"
)


def accused_named(an, quotes):
    """Give each statement whose speaker is still the bare "the accused" / "the
    defendant" the full name of the last person the text before it names as pleading,
    charged or convicted; left alone when there is none. Speaker strings only.

    >>> import pandas as pd, analysis
    >>> t = ("Tom Vale, 61, pleaded guilty to theft.\\n\\n"
    ...      '"I regret it," the accused said.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]}))["speaker"].tolist()
    ['Tom Vale']
    """
    text = an.text
    for q in quotes:
        if (q.speaker or "").lower() not in _ACCUSED_NOUNS or q.m_start is None:
            continue
        if "guilty" not in text and " charged" not in text and " convicted" not in text:
            return  # (cheap: no plea, charge or verdict anywhere)
        found = None
        for m in _CHARGED_RE.finditer(text, 0, q.m_start):
            found = m.group(1)
        if found is not None and found.split()[0] not in ("The", "A", "An"):
            q.speaker, q.stype = found, "person"
