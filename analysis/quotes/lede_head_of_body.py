"""Lede head of a body named later: a lede's "the head of the union (that represents
the city's officers) said" resolved to the person a later paragraph (one of the next
three) introduces as that body's leader by name ("Cpl. Dana Roe, president of the
Saint John Police Association, said"), when the body's last word fits the lede's noun
as a name's last word does (``ledes._ORG_HEADS``: "the union" is an Association, a
Federation or a Union); else lede_named_next's head named in the next paragraph
(``resolve_head_named``, asked by roles).
"""

from __future__ import annotations

import re

from .antecedents import _set_person
from .lede_named_next import _resolve_head_named_next
from .lede_owner_named_next import resolve_owner_named_next
from .ledes import _ORG_HEADS

# "the head of the union", "The president of the association" (the lede's mention)
_HEAD_OF_BODY_RE = re.compile(
    r"(?i:the)[ \t]+(?:head|leader|chief|president|chair|boss)[ \t]+of[ \t]+the[ \t]+([a-z]+)\Z"
)

# "Cpl. Dana Roe, president of the Saint John Police Association": an optional title,
# the name, a leader's title and "of", the body's capitalised words
_LEADER_OF_BODY_RE = re.compile(
    r"(?:[A-Z][a-z]{1,4}\.[ \t]+)?((?:[A-Z][\w'’-]+[ \t]+){1,2}[A-Z][\w'’-]+),[ \t]+"
    r"(?:the[ \t]+)?(?:[a-z]+[ \t]+)?(?:president|head|leader|chair|chairman|chairwoman"
    r"|chairperson)[ \t]+of[ \t]+(?:the[ \t]+)?((?:[A-Z][\w'’.-]*[ \t]+){0,6}[A-Z][\w'’-]*)"
)


def _later_paragraphs_end(text, at, count=3):
    """End of the ``count``-th paragraph after the one holding ``at`` (the text's end if
    it has fewer).

    >>> _later_paragraphs_end("A.\\n\\nB.\\n\\nC.", 0, 1)
    6
    """
    pos = at
    for _ in range(count + 1):
        nl = text.find("\n\n", pos)
        if nl < 0:
            return len(text)
        pos = nl + 2
    return pos - 2


def resolve_head_of_body_named_later(an, q, persons):
    """Fill the speaker of a lede's "the head of the union" with the person one of the
    next three paragraphs names as the leader of a body whose last word fits "union"
    ("Dana Roe, president of the Saint John Police Association, said"); False when the
    mention is no such head, the statement is not in the lede's first two paragraphs, or
    no such person is named.

    >>> class Q: m_start, m_end, mention = 0, 21, "The head of the union"
    >>> class An: text = "The head of the union said so.\\n\\nAnn Roe, president of the Bay Nurses Union, said."
    >>> head_of_body_leader(An.text, Q)
    ['Ann', 'Roe']
    """
    cw = head_of_body_leader(an.text, q)
    return False if cw is None else _set_person(an, q, persons, cw)


def head_of_body_leader(text, q):
    """The words of the leader's name ``resolve_head_of_body_named_later`` gives for
    the statement ``q`` in ``text``, or None (also asked by roles._person_job_head: such
    a head is a person, not the body)."""
    m = _HEAD_OF_BODY_RE.match(q.mention or "")
    if m is None or m.group(1) not in _ORG_HEADS:
        return None
    if text.count("\n\n", 0, q.m_start) > 2:
        return None  # (the headline and the lede only)
    fits = _ORG_HEADS[m.group(1)]
    hi = _later_paragraphs_end(text, q.m_end)
    for lm in _LEADER_OF_BODY_RE.finditer(text, q.m_end, hi):
        if lm.group(2).split()[-1].lower() in fits:
            return lm.group(1).split()
    return None


def resolve_head_named(an, q, persons):
    """``resolve_head_of_body_named_later``, else lede_named_next's head named in the
    next paragraph ("The head of Assiniboine Hydro told ...": "Ann Roe, who has led the
    utility since 2022, said"), else lede_owner_named_next's owner ("The owner of the
    Kamloops Ridgebacks says"); False when none names the head."""
    return (
        resolve_head_of_body_named_later(an, q, persons)
        or _resolve_head_named_next(an, q, persons)
        or resolve_owner_named_next(an, q, persons)
    )
