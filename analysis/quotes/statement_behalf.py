"""A statement read or released on someone's behalf ("Her lawyer, Tom Vale, read a
statement on her behalf"; "a statement released on behalf of Ann Roe"): whose
statement a later '"...," the statement said' quotes. The owner is the name after
"on behalf of", or for "on her/his behalf" the last person of that gender named
before (not the reader); "Her statement was read aloud by her son" / "Ann Roe's
statement was read by the Crown" name the owner the same way.
"""

from __future__ import annotations

import bisect
import re

from .blocks import MASK

# "statement ... on her behalf" / "on behalf of <Name>" in one sentence (group 1: the
# pronoun; group 2: the name)
_BEHALF_RE = re.compile(
    r"\bstatement\b[^.!?\n\x01]{0,80}?\bon[ \t]+(?:(his|her)[ \t]+behalf\b|behalf[ \t]+of[ \t]+"
    r"([A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,2}))"
)

# "Her statement was read aloud by her granddaughter": the owner is "her", not the reader
# (group 1: the pronoun; group 2: a possessive name, "Ann Roe's statement was read")
_READ_FOR_RE = re.compile(
    r"(?:\b([Hh]is|[Hh]er)|([A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,2})['’]s)[ \t]+"
    r"(?:[a-z][\w-]*[ \t]+){0,2}statement[ \t]+was[ \t]+read\b"
)


def behalf_owner(an, lo, seg, noun):
    """(speaker, "person") of the one on whose behalf the last statement in ``seg``
    (the text from ``lo``) was read or released; None when there is none.

    >>> import pandas as pd, analysis
    >>> t = ('Ann Roe was absent. Her lawyer, Tom Vale, read a statement on her behalf. '
    ...      '"I am sorry," the statement said.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [t]})).speaker.tolist()
    ['Ann Roe']

    ("Her statement was read aloud by her son" is hers, not the reader's, too.)
    """
    if noun != "statement" or ("behalf" not in seg and "was read" not in seg):
        return None
    last = None
    for rx in (_BEHALF_RE, _READ_FOR_RE):
        for m in rx.finditer(seg):
            if last is None or m.start() > last.start():
                last = m
    if last is None:
        return None
    if last.group(2):
        return an.canonical(last.group(2).split()), "person"
    want = "f" if last.group(1).lower() == "her" else "m"
    pos = lo + last.start()
    name_pos = an.positions()
    i = bisect.bisect_left(name_pos, pos) - 1
    while i >= 0 and pos - name_pos[i] < 3000:
        p, cw, g, _info = an.names[i]
        i -= 1
        if an.masked is not None and an.masked[p] == MASK:
            continue
        name = an.canonical(cw, g)
        if an.gender_of.get(name.lower()) == want and " " in name:
            return name, "person"
    return None
