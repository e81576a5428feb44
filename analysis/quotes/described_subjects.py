"""A "He"/"She" statement opening the sentence right after one whose subject is a
definite role description ("The chair did not accept that. She ruled that ..."): the
one person the article titled with that role before ("Panel chair Ann Roe said ..."),
when the person's given name does not have the other gender, not the last person of
that gender quoted. Statements whose own speaker was "the <role>" are
``described_pronouns``' and ``pronouns``'; this module owns a description that is a
plain sentence subject, no speaker.
"""

from __future__ import annotations

import re

from .antecedents import _CAP_NAME_WORD
from .lede_named_next import _PERSON_NOUNS

_PRONOUN_GENDER = {"He": "m", "She": "f"}

# the sentence before: "The <role> <lower-case verb>" ("The chair did not accept")
_THE_ROLE_SUBJECT_RE = re.compile(r"The[ \t]+([a-z]+)[ \t]+[a-z]")

_NAME_AFTER = r"[ \t]+((?:" + _CAP_NAME_WORD + r"[ \t]+){0,2}" + _CAP_NAME_WORD + r")"


def pronoun_after_described_subject(an, quotes):
    """Give a sentence-opening "She"/"He" statement the person titled with the role of
    the sentence before's subject "The <role>" (same paragraph), when the article titled
    exactly one person so before it and that person's gender fits. Speaker strings only.

    >>> import pandas as pd, analysis
    >>> t = ("Panel chair Ann Roe opened the hearing.\\n\\nLee Vale said she wanted a delay.\\n\\n"
    ...      "The chair did not agree. She said the hearing would go on.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [t]})).speaker.tolist()
    ['Lee Vale', 'Ann Roe']
    """
    seen = {}  # role -> [(start, name)] over the whole text, once (linear)
    for q in quotes:
        want = _PRONOUN_GENDER.get(q.mention or "")
        if want is None or q.m_start <= 0:
            continue
        head = _role_subject_before(an.text, q.m_start)
        if head is None:
            continue
        if head not in seen:
            rx = re.compile(r"(?<![\w'’-])(?i:" + re.escape(head) + r")" + _NAME_AFTER)
            seen[head] = [(m.start(), m.group(1)) for m in rx.finditer(an.text)]
        found = {name for at, name in seen[head] if at < q.m_start}
        if len(found) != 1:
            continue  # (nobody titled so, or several: which one is unsure)
        cw = found.pop().split()
        if len(cw) < 2 or an.lex.gender.get(cw[0].lower()) not in (want, None):
            continue
        name = an.canonical(cw)
        if name and name != q.speaker:
            q.speaker, q.stype = name, "person"


def _role_subject_before(text, at):
    """The role noun of "The <role> <verb> ..." when it opens the sentence right before
    the one ``at`` opens, in the same paragraph, else None.

    >>> t = "x\\nThe chair did not agree. She said"
    >>> _role_subject_before(t, t.find("She"))
    'chair'
    >>> t = "x\\nThe chair did not agree, and she said"
    >>> _role_subject_before(t, t.find("she"))
    """
    line = text[text.rfind("\n", 0, at) + 1 : at]
    body = line.rstrip(' \t“"')
    if not body.endswith(".") or len(body) == len(line):
        return None  # (the pronoun does not open a sentence)
    cut = max(body.rfind(". ", 0, len(body) - 1), body.rfind("? ", 0, len(body) - 1))
    m = _THE_ROLE_SUBJECT_RE.match(body, cut + 2 if cut >= 0 else 0)
    if m is None or m.group(1) not in _PERSON_NOUNS:
        return None
    return m.group(1)
