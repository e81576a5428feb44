"""Lede job named next: a lede's indefinite description whose noun is a listed job or
role ("..., a former Calgary investment adviser accused of fraud testified Tuesday.";
"..., a 15-year-old midfielder told a hearing.") resolved to the new full name that
opens the next paragraph and speaks there ("Warren Roe, 58, who ran the firm, said
...": the name the lede held back). The description may carry an age and capitalised
place words, which the general described-named-next rule (lede_named_next.py) does not
read, and its noun may be one that rule keeps anonymous elsewhere ("adviser"); truly
unnamed sources ("a senior official", resources/lede_unnamed_heads.txt) stay unnamed.
"""

from __future__ import annotations

import bisect
import re

from .antecedents import _set_person
from .kin import _KIN_GENDER
from .lede_named_next import (
    _JOB_NOUNS,
    _PERSON_NOUNS,
    _apposed_other_role,
    _in_lede_paragraph,
    _lede_next_paragraph,
    _named_before,
    _next_paragraph_span,
)
from .lexicon import _lines
from .player_roles import _PLAYER_HEADS
from .titles import _ROLE_WORDS

_LEDE_UNNAMED_HEADS = frozenset(_lines("lede_unnamed_heads.txt"))

# "a/an", up to four modifiers (lower-case words, an age "15-year-old", capitalised
# place words: "a former Calgary investment adviser"), the head noun
_LEDE_JOB_RE = re.compile(
    r"[Aa]n?(?:[ \t]+(?:[a-z][a-z-]*|\d{1,3}-year-old|[A-Z][a-z]+)){0,4}?[ \t]+(?P<head>[a-z]+)"
)

# after the new name: an apposition or relative clause (", 58, who ran the firm ...,"),
# then the cue, or a predicate of the person the lede held back ("Warren Roe, 58, faces
# six counts", "... pleaded not guilty", "... is charged with")
_LEDE_JOB_NAME_SAYS_RE = re.compile(
    r"(?P<app>[ \t]*,[^.;:\n\"“”]{1,200},)?[ \t]+(?:said|says|told|testified|added"
    r"|faces|faced|pleaded|is[ \t]+charged|was[ \t]+charged|is[ \t]+accused|was[ \t]+accused)\b"
)

_LEDE_JOB_WORD_RE = re.compile(r"[a-z]+")

# the speech cues among them: any other predicate ("faces", "pleaded") tells of the
# person the lede is about, so it names the description only when the lede describes
# nobody else before it ("A man who drove drunk ... , with a judge telling him": the man)
_LEDE_JOB_SPEECH = frozenset(("said", "says", "told", "testified", "added"))
_LEDE_OTHER_PERSON_NOUNS = frozenset(_lines("generic_person_nouns.txt"))
_LEDE_INDEFINITE_RE = re.compile(r"\b[Aa]n?[ \t]+((?:[\w'’-]+[ \t]+){0,3}[\w'’-]+)")


def _lede_other_person_before(text, at):
    """Does the paragraph of ``at`` describe a person with "a"/"an" before ``at``?

    >>> _lede_other_person_before("A man who drove drunk was jailed, with a judge", 40)
    True
    >>> _lede_other_person_before("He never took a dollar, a former adviser", 24)
    False
    """
    lo = text.rfind("\n", 0, at) + 1
    for m in _LEDE_INDEFINITE_RE.finditer(text, lo, at):
        if any(
            w in _LEDE_OTHER_PERSON_NOUNS or w in _PERSON_NOUNS or w in _JOB_NOUNS
            for w in m.group(1).split()
        ):
            return True
    return False


def _lede_job_head(mention):
    """The job noun of a lede's indefinite description, None if it is none (or an
    unnamed source's noun).

    >>> _lede_job_head("a former Calgary investment adviser"), _lede_job_head("a 15-year-old midfielder")
    ('adviser', 'midfielder')
    >>> _lede_job_head("a senior official") is None
    True
    """
    m = _LEDE_JOB_RE.fullmatch(mention)
    if m is None:
        return None
    head = m.group("head")
    if head in _LEDE_UNNAMED_HEADS or not (
        head in _PERSON_NOUNS or head in _JOB_NOUNS or head in _PLAYER_HEADS
    ):
        return None
    return head


def _resolve_lede_job_named_next(an, q, persons):
    """Fill the speaker of a lede's indefinite job description (``_lede_job_head``), in
    the article's first paragraph with nobody named before it, with the full name that
    opens the next paragraph, never written before, no title in it, speaking after an
    optional apposition that gives it no other role ("Ann Roe, 58, who ..., said").
    False otherwise.

    >>> import pandas as pd, analysis
    >>> text = ('He never took a dollar, a former Calgary investment adviser testified.\\n\\n'
    ...         'Tom Vail, 58, who ran a small firm, said the money was lost.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]})).speaker.tolist()
    ['Tom Vail', 'Tom Vail']
    """
    head = _lede_job_head(q.mention)
    if head is None or not _in_lede_paragraph(an.text, q.m_end):
        return False
    if _lede_next_paragraph(an, q) is None:
        return False  # (somebody named before: not a lede's held-back name)
    span = _next_paragraph_span(an.text, q.m_end)
    if span is None:
        return False
    start, stop = span
    names = an.positions()
    j = bisect.bisect_left(names, start)
    if j >= len(names) or names[j] != start or len(an.names[j][1]) < 2:
        return False
    cw = an.names[j][1]
    gender, person = an.person_like(j)[:2]
    if not (person or gender in ("m", "f")) or not an.text.startswith(" ".join(cw), start):
        return False
    if any(w.lower().rstrip(".") in an.lex.titles for w in cw):
        return False  # ("Judge Ann Roe said": a title of its own)
    end = start + len(" ".join(cw))
    after = _LEDE_JOB_NAME_SAYS_RE.match(an.text, end, stop)
    if after is None or _apposed_other_role(an.text, end, head):
        return False
    verb = an.text[after.end() - 9 : after.end()].split()[-1]
    if verb not in _LEDE_JOB_SPEECH and _lede_other_person_before(an.text, q.m_start):
        return False  # ("A man ... , with a judge telling him ...\n\nKyle Roe pleaded")
    if after.group("app") and any(
        w in _ROLE_WORDS and w != head and w not in _KIN_GENDER
        for w in _LEDE_JOB_WORD_RE.findall(after.group("app"))
    ):  # (a kin word is no other role: "with her mother beside her")
        return False  # ("Ann Roe, who chairs the board as its president, said": another role)
    if _named_before(an, cw, start):
        return False
    return _set_person(an, q, persons, list(cw))
