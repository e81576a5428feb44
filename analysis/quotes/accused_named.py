"""The accused named by the charge: in a court story, "the accused" / "the defendant"
who speaks ('"I am sorry," the accused said') is the person the article named as the
subject of a plea, a charge or a conviction before the quote ("Wendell Gushue, 58,
pleaded guilty in September to fraud", "Ann Roe was charged with assault"). This module
owns giving such a statement, left with the bare noun as speaker, that person's name.
"""

from __future__ import annotations

import bisect
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
    charged = None
    for q in quotes:
        if (q.speaker or "").lower() not in _ACCUSED_NOUNS or q.m_start is None:
            continue
        if charged is None:
            if "guilty" not in text and " charged" not in text and " convicted" not in text:
                return  # (cheap: no plea, charge or verdict anywhere)
            charged = _ChargedNames(text)
        found = charged.last_before(q.m_start)
        if found is not None and found.split()[0] not in ("The", "A", "An"):
            q.speaker, q.stype = found, "person"


# a character no ``_CHARGED_RE`` match holds (not a word character, an apostrophe, a
# hyphen, a comma, a space or a tab): a scan for it cannot pass one
_BARRIER_RE = re.compile(r"[^\w'’\-, \t]")


class _ChargedNames:
    """The ``_CHARGED_RE`` names of one text, read once: ``last_before(at)`` is the last
    name of ``_CHARGED_RE.finditer(text, 0, at)`` without a scan from the text's start
    for each statement. A scan stopped at ``at`` agrees with the whole text's scan up
    to the last barrier character before ``at`` (no match reaches over one, so no
    attempt before it reads past it); only the stretch after that barrier is scanned
    again.

    >>> t = "Ann Roe was charged. Tom Vale pleaded guilty. Ed Hall was"
    >>> c = _ChargedNames(t)
    >>> c.last_before(len(t)), c.last_before(t.index("Tom")), c.last_before(0)
    ('Tom Vale', 'Ann Roe', None)
    >>> c.last_before(t.index(" guilty"))  # (cut inside the plea: no match there)
    'Ann Roe'
    """

    def __init__(self, text):
        self.text = text
        self.ends, self.names = [], []
        for m in _CHARGED_RE.finditer(text):
            self.ends.append(m.end())
            self.names.append(m.group(1))
        self.barriers = [m.start() for m in _BARRIER_RE.finditer(text)]

    def last_before(self, at):
        """The last name ``_CHARGED_RE`` finds in ``text[:at]``, or None."""
        k = bisect.bisect_left(self.barriers, at)
        d = self.barriers[k - 1] if k else -1
        found = None
        for m in _CHARGED_RE.finditer(self.text, d + 1, at):
            found = m.group(1)
        if found is None and d >= 0 and (i := bisect.bisect_right(self.ends, d)):
            found = self.names[i - 1]
        return found
