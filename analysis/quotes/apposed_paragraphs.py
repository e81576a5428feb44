"""A "he"/"she" statement opening a paragraph right after a paragraph of narration that
introduces a new person in apposition ("By noon the canteen was selling rolls that its
owner, Ann Roe, called "the best in town." / '"...," she said'): that person, not the
one quoted before, when the narration paragraph holds no statement of its own, the name
appears there for the first time and its given name has the pronoun's gender. The same
holds for a person the narration paragraph names only by the name she gave ("a shopper
who gave her name only as Dolores stood at the empty stall." / '"...," she said'), whose
gender is the possessive's; ``name_given_in_who_clause`` reads that name for a
description's "who" clause wherever a pronoun continues it (``pronouns``).
"""

from __future__ import annotations

import bisect
import re

from .given_names import _given_name_gender
from .titles import _person_gender
from .usage import _never_a_person

# ", Ann Roe," / ", Ann Marie Roe,": an apposed full name set off by commas
_PARAGRAPH_APPOSED_RE = re.compile(r",[ \t]+((?:[A-Z][\w'’-]+[ \t]+){1,2}[A-Z][\w'’-]+),[ \t]")

_PARAGRAPH_PRONOUN_WANT = {"he": "m", "she": "f"}

# "who gave her name only as Dolores", "who would give only his first name, Marcel"
_PARAGRAPH_NAME_ONLY_RE = re.compile(
    r"\bwho[ \t]+(?:gave|would[ \t]+give)[ \t]+(?:only[ \t]+)?(his|her)[ \t]+"
    r"(?:first[ \t]+)?name(?:[ \t]+only)?(?:[ \t]+as|,)[ \t]+([A-Z][^\W\d_][\w'’-]*)\b(?![ \t]+[A-Z])"
)
_PARAGRAPH_OWNER_GENDER = {"his": "m", "her": "f"}

# "who asked that only her first name be used, Lucie," (the name right after the clause)
_ONLY_FIRST_NAME_USED_RE = re.compile(
    r"\bwho[ \t]+asked[ \t]+that[ \t]+only[ \t]+(his|her)[ \t]+first[ \t]+name[ \t]+be[ \t]+"
    r"(?:used|published|printed),[ \t]+([A-Z][^\W\d_][\w'’-]*)\b(?![ \t]+[A-Z])"
)

# the plain cues of such a statement
_PARAGRAPH_CUES = frozenset(("said", "says", "told", "added"))

# how far back a name written before the narration paragraph is looked for (bounded:
# hostile text of many such paragraphs is not read again from its start for each)
_NAMED_BEFORE_REACH = 30000


def _previous_paragraph(text, para, reach=600):
    """(start, end) of the paragraph before the one starting at ``para`` (its last
    ``reach`` characters at most); None when there is none."""
    end = para - 1
    while end > 0 and text[end - 1] in "\n \t":
        end -= 1
    if end <= 0:
        return None
    start = text.rfind("\n", max(0, end - reach), end) + 1
    return start, end


def pronoun_after_apposed_paragraph(an, quotes):
    """Give '"...," she said' opening a paragraph the person newly named in apposition
    in the narration paragraph before it, when no statement lies in that paragraph;
    speaker strings only.

    >>> import pandas as pd, analysis
    >>> t = ('Ann Lee said the wharf was old.\\n\\n"It is failing," she said.\\n\\n'
    ...      'The canteen sold rolls that its owner, Margaret Vance, called "the best in '
    ...      'town."\\n\\n"They were swimming at six," she said.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [t]})).speaker.tolist()
    ['Ann Lee', 'Ann Lee', 'Margaret Vance']
    """
    text = an.text
    starts = None
    for q in quotes:
        if not q.mention or len(q.mention) > 3:
            continue  # (only "he"/"she")
        want = _PARAGRAPH_PRONOUN_WANT.get(q.mention.lower())
        if want is None or q.stype not in ("person", "anonymous") or q.start > q.m_start:
            continue  # (the quotation first: '"...," she said')
        if q.cue not in _PARAGRAPH_CUES or text[q.m_end : q.cue_start].strip():
            continue  # (a plain "she said", not "she would say": another rule's habit)
        para = text.rfind("\n", 0, q.start) + 1
        if para == 0 or text[para : q.start].strip(" \t\"“'‘"):
            continue  # (the quotation must open its paragraph)
        prev = _previous_paragraph(text, para)
        if prev is None:
            continue
        if starts is None:
            starts = sorted(o.start for o in quotes)
        if bisect.bisect_left(starts, prev[0]) < bisect.bisect_left(starts, prev[1]):
            continue  # (a statement there: the usual resolution)
        if _paragraph_name_only(q, text, prev, want):
            continue
        found = list(_PARAGRAPH_APPOSED_RE.finditer(text, prev[0], prev[1]))
        if not found or q.stype != "person":
            continue
        name = found[-1].group(1)
        if _other_person_after(an, name, found[-1].end(1), prev[1]):
            continue  # ("Her mother, Ann Roe, stood with a friend, Jo Lee. Lee had knit")
        if (
            name == q.speaker
            or text.find(name, max(0, prev[0] - _NAMED_BEFORE_REACH), prev[0]) >= 0
        ):
            continue  # (named before: someone the resolver already knows)
        if _never_a_person(an, name):
            continue
        g = _given_name_gender(an, name) or an.pronoun_gender.get(name)
        if g != want or _person_gender(an, name) not in (None, want):
            continue  # (a given name of the pronoun's gender: a person, "Our Revolution" not)
        q.speaker = an.canonical(name.split())


def _other_person_after(an, name, lo, hi):
    """Is a person other than ``name`` named (in full or by a known surname) between
    ``lo`` and ``hi``, so that the apposed ``name`` is not the narration's last person?

    >>> import pandas as pd, analysis
    >>> t = ('Bo Ruiz said it was late.\\n\\nHis aunt, Marta Ruiz, sat with a neighbour, '
    ...      'Lena Holt. Holt had baked for everyone.\\n\\n"He was always like that," she said.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [t]})).speaker.tolist()
    ['Bo Ruiz', 'Lena Holt']
    """
    own = an.canonical(name.split())
    pos = an.positions()
    for i in range(bisect.bisect_left(pos, lo), bisect.bisect_left(pos, hi)):
        canon = an.canonical(an.names[i][1])
        if canon != own and len(canon.split()) >= 2 and not _never_a_person(an, canon):
            return True  # (a full name the article gave: a person, not "Grade 1")
    return False


def _paragraph_name_only(q, text, prev, want):
    """Give ``q`` the name a person of the narration paragraph ``prev`` gave ("a fan who
    gave his name only as Marcel") when its possessive has the pronoun's gender; True
    when it did.

    >>> class Q: speaker, stype = "a fan", "anonymous"
    >>> t = "A fan who gave his name only as Marcel stood in the cold."
    >>> _paragraph_name_only(Q, t, (0, len(t)), "m"), Q.speaker
    (True, 'Marcel')
    """
    if text.find("name", prev[0], prev[1]) < 0:
        return False
    found = _PARAGRAPH_NAME_ONLY_RE.findall(text, prev[0], prev[1])
    if len(found) != 1 or _PARAGRAPH_OWNER_GENDER[found[0][0]] != want:
        return False
    q.speaker, q.stype = found[0][1], "person"
    return True


def name_given_in_who_clause(text, at):
    """(name, gender) of the person a description's "who" clause starting at ``at``
    names only by the name she gave ("who gave her name only as Lucie", "who asked that
    only his first name be used, Marcel"), the gender being the possessive's; None when
    the clause gives no such name.

    >>> t = "A fan who gave her name only as Lucie had driven all night."
    >>> name_given_in_who_clause(t, t.index("who"))
    ('Lucie', 'f')
    >>> t = "A fan, who asked that only his first name be used, Marcel, waited."
    >>> name_given_in_who_clause(t, t.index("who")), name_given_in_who_clause(t, 0)
    (('Marcel', 'm'), None)
    """
    if text.startswith(" who ", at):
        at += 1  # (the space before the clause)
    if not text.startswith("who ", at):
        return None
    end = min(len(text), at + 120)
    m = _PARAGRAPH_NAME_ONLY_RE.match(text, at, end) or _ONLY_FIRST_NAME_USED_RE.match(
        text, at, end
    )
    return None if m is None else (m.group(2), _PARAGRAPH_OWNER_GENDER[m.group(1)])
