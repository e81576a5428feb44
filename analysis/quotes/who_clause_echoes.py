"""A definite description that speaks with a relative clause echoing how the article
introduced someone ("The senator who chairs it said A" after "Senator Ann Roe, who
chairs the committee, said B"): the one person introduced as "NAME, who <same verb>",
not the last person of that kind quoted.
"""

from __future__ import annotations

import re

from .antecedents import _CAP_NAME_WORD

# "The senator who chairs it": the head and the relative's verb after the mention
_THE_HEAD_RE = re.compile(r"[Tt]he[ \t]+([a-z]+)")
_WHO_VERB_RE = re.compile(r"[ \t]+who[ \t]+([a-z]{3,}s)\b")

_NAME = r"((?:" + _CAP_NAME_WORD + r"[ \t]+){1,2}" + _CAP_NAME_WORD + r")"


def who_clause_echo(an, quotes):
    """Give "The <noun> who <verb>s ... said" the one person the text before it
    introduced as "NAME, who <verb>s" (the same verb). Speaker strings only.

    >>> import pandas as pd, analysis
    >>> t = ("Senator Ann Roe, who chairs the committee, said a study would follow.\\n\\n"
    ...      "Senator Tom Vale said the banks were slow.\\n\\n"
    ...      "The senator who chairs it said the report was late.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [t]})).speaker.tolist()
    ['Ann Roe', 'Tom Vale', 'Ann Roe']
    """
    seen = {}  # verb -> [(start, name words)] over the whole text, once (linear)
    for q in quotes:
        if q.m_start <= 0 or _THE_HEAD_RE.fullmatch(q.mention or "") is None:
            continue
        m = _WHO_VERB_RE.match(an.text, q.m_end)
        if m is None:
            continue
        verb = m.group(1)
        if verb not in seen:
            seen[verb] = _introduced(an, verb)
        found = {}
        for at, words in seen[verb]:
            if at < q.m_start:
                found.setdefault(words[-1], words)
        if len(found) != 1:
            continue  # (nobody introduced so, or several)
        name = an.canonical(next(iter(found.values())))
        if name and name != q.speaker:
            q.speaker, q.stype = name, "person"


def _introduced(an, verb):
    """[(start, name words)] of every "NAME, who <verb>" in the article (title words
    dropped: "Senator Ann Roe" is Ann Roe)."""
    rx = re.compile(_NAME + r",[ \t]+who[ \t]+" + verb + r"\b")
    out = []
    for n in rx.finditer(an.text):
        words = n.group(1).split()
        while len(words) > 2 and words[0].lower().rstrip(".") in an.lex.titles:
            words = words[1:]
        out.append((n.start(), words))
    return out
