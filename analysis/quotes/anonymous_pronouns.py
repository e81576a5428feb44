"""Anonymous pronouns: a "he"/"she" statement right after one whose speaker is an
anonymous indefinite description that says why it is unnamed ("A company technician,
who asked not to be named because he was not authorized to speak, said A." then '"B,"
he said.'): the same anonymous source, when the description's own clause gives that
gender and no person is named between the two statements. The pronoun rules otherwise
give it the last man or woman named before the source. A definite description right
after it in the same paragraph ('"B," the patroller said') describes that source again:
both statements take it.
"""

from __future__ import annotations

import itertools
import re

from .org_names import _PERSON_NOUN_ENDS
from .org_subjects import _other_name_between
from .phrases import non_speaker_nouns

# why a source is unnamed, and the gender the clause gives it
_ANONYMOUS_RE = re.compile(
    r"not[ \t]+to[ \t]+be[ \t]+(?:named|identified)|condition[ \t]+of[ \t]+anonymity"
    r"|(?:name|names)[ \t]+not[ \t]+be[ \t]+(?:used|published)"
)
_GENDER_WORDS = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}
_PRONOUNS = {"he": "m", "she": "f"}
# "the patroller", "the clerk": a source described again (group 1, the noun)
_THE_NOUN_RE = re.compile(r"the[ \t]+([a-z]+)")


def _anonymity_clause(text, p):
    """The clause between the indefinite description of statement ``p`` and its cue
    when it says why the source is unnamed ("who asked not to be named because ..."),
    else None."""
    if (p.mention or "")[:2].lower() not in ("a ", "an"):
        return None
    tail = text[p.m_end : p.m_end + 240]
    cut = re.search(r"\b(?:said|says|told)\b", tail)
    clause = tail[: cut.start()] if cut else ""
    return clause if clause and _ANONYMOUS_RE.search(clause) else None


def _anonymous_gender(text, p):
    """The gender ("m"/"f") the anonymity clause after the indefinite description of
    statement ``p`` gives its source, or None (no such clause, or both genders).

    >>> class P: mention, m_start, m_end = "A clerk", 0, 7
    >>> _anonymous_gender("A clerk, who asked not to be named because she feared "
    ...                   "reprisals, said the files were lost.", P)
    'f'
    """
    clause = _anonymity_clause(text, p)
    if clause is None:
        return None
    got = {_GENDER_WORDS[w] for w in re.findall(r"[a-z]+", clause) if w in _GENDER_WORDS}
    return got.pop() if len(got) == 1 else None


def pronoun_after_anonymous_source(an, quotes, reach=700):
    """Give the "he"/"she" statements that follow an anonymous source's statement (same
    paragraph or the next, within ``reach`` characters, nobody named between) that
    source, when its anonymity clause gives the pronoun's gender; speaker strings only.

    >>> import pandas as pd, analysis
    >>> t = ("Ann Roe said the audit was fair.\\n\\nA clerk, who asked not to be named "
    ...      "because he was not authorized to speak, said the files were lost.\\n\\n"
    ...      '"Nobody wanted to look," he said.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]}))["speaker"].tolist()[1:]
    ['a clerk', 'a clerk']
    """
    text = an.text
    for i in range(len(quotes) - 1):
        p = quotes[i]
        if p.m_start is None or p.stype == "person" or not p.speaker:
            continue
        gender = _anonymous_gender(text, p)
        if gender is None:
            continue
        for k in range(i + 1, len(quotes)):  # (no copy of the rest per source)
            q = quotes[k]
            low = (q.mention or "").lower()
            if _PRONOUNS.get(low) != gender or q.m_start is None or q.m_start <= p.m_end:
                break
            if q.m_start - p.m_end > reach or text.count("\n", p.m_end, q.m_start) > 2:
                break
            if _other_name_between(an, p.m_end, q.m_start, None):
                break
            q.speaker, q.stype = p.speaker, p.stype


def anonymous_source_redescribed(an, quotes):
    """Give an anonymous source's statement ("A former colleague of Roe's, who asked not
    to be named because he still works there, said A.") the description of the statement
    right after it in the same paragraph ('"B," the patroller said': "the" and a person
    noun left as written, nobody named between); speaker strings only.

    >>> import pandas as pd, analysis
    >>> t = ("A former colleague of the clerk, who asked not to be named because she "
    ...      'still works there, said the files were lost. "Nobody looked," the '
    ...      "technician said.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]}))["speaker"].tolist()
    ['the technician', 'the technician']
    """
    text = an.text
    for p, q in itertools.pairwise(quotes):
        if p.m_start is None or q.m_start is None or p.stype == "person" or not p.speaker:
            continue
        m = _THE_NOUN_RE.fullmatch((q.mention or "").lower())
        if m is None or (q.speaker or "").lower() != m.group(0) or q.m_start <= p.m_end:
            continue
        noun = m.group(1)
        if noun in non_speaker_nouns() or not (
            noun in an.lex.nouns or noun in an.lex.titles or noun.endswith(_PERSON_NOUN_ENDS)
        ):
            continue
        if "\n" in text[p.m_end : q.m_start] or _anonymity_clause(text, p) is None:
            continue
        if not _other_name_between(an, max(p.m_end, p.cue_end or 0), q.m_start, None):
            p.speaker, p.stype = q.speaker, q.stype
