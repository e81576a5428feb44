"""A "he"/"she" statement right after a sentence whose subject is a description with
a newly named person in apposition ("On social media, the chef's fellow judge,
Delphine Roe, was more forgiving. '"...," she wrote'"): that person, not the one
quoted before, when the name's given name has no listed gender of the other sex and
the article says nothing against it.
"""

from __future__ import annotations

import re

from .given_names import _given_name_gender
from .titles import _person_gender
from .usage import _never_a_person

# ", Delphine Roe, was more forgiving": an apposed full name (two or three capitalised
# words) set off by commas, then the clause's verb (lower case)
_APPOSED_SUBJECT_RE = re.compile(
    r",[ \t]+((?:[A-Z][\w'’-]+[ \t]+){1,2}[A-Z][\w'’-]+),[ \t]+"
    r"(?:was|is|were|had|has|did|[a-z]+ed)\b[^.!?\n\"“”]{0,200}[.!?][ \t]*\Z"
)

_APPOSED_PRONOUN_WANT = {"he": "m", "she": "f"}


def _pronoun_after_apposed_subject(an, quotes):
    """Give '"...," she wrote' (a pronoun speaker) the person named in apposition to
    the subject of the sentence just before the quotation, in the same paragraph
    ("the chef's fellow judge on the show, Delphine Roe, was more forgiving.
    '"Be kind," she wrote'"), when that name's gender is not the other one; speaker
    strings only.

    >>> import pandas as pd, analysis
    >>> t = ('"No," said Ann Lee. Her old rival, Odile Vance, was kinder. '
    ...      '"Be kind," she wrote.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [t]})).speaker.tolist()
    ['Ann Lee', 'Odile Vance']
    """
    for q in quotes:
        if not q.mention or len(q.mention) > 3:
            continue  # (only "he"/"she": lower-casing never shortens a string)
        want = _APPOSED_PRONOUN_WANT.get(q.mention.lower())
        if want is None or q.stype != "person" or q.start > q.m_start:
            continue  # (the quotation first: '"...," she wrote')
        para = an.text.rfind("\n", 0, q.start) + 1
        lo = max(para, q.start - 400)
        head = an.text[lo : q.start].rstrip(' \t"“')  # (the opening quotation mark)
        if ", " not in head:
            continue
        stop = max(head.rfind(". ", 0, len(head) - 2), head.rfind("? ", 0, len(head) - 2))
        m = _APPOSED_SUBJECT_RE.search(head, max(0, stop))
        if m is None:
            continue
        name = m.group(1)
        if name == q.speaker or _never_a_person(an, name):
            continue
        g = _given_name_gender(an, name) or an.pronoun_gender.get(name)
        if g not in (None, want) or _person_gender(an, name) not in (None, want):
            continue
        q.speaker = an.canonical(name.split())
