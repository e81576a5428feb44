"""Descriptions first used in an attribution: '"A?" asked Harold Roe, 74. "B," the
retired grain buyer said.' -- a bare "the <modifiers> <person noun>" whose noun the
article has not used before (no introduction, no other referent) is the named person
quoted just before it, whose first mention the story set off with a comma, when nobody
else is named between (``description_first_used``,
run after the echo rules of ``coref.resolve``; speaker strings only).
"""

from __future__ import annotations

import re

from .antecedents import _unresolved_description
from .description_echoes import _echoed_head
from .kin import _PARAGRAPH_BREAK_RE
from .lede_named_next import _PERSON_NOUNS
from .lexicon import _lines
from .org_subjects import _other_name_between
from .titles import _person_gender

# cues of an answer: the person answering is not the one who asked just before
_ANSWER_CUES = frozenset("replied replies answered answers responded responds retorted".split())


# nouns for anyone among many ("the woman", "the official"): no description of one person
_GENERIC = frozenset(_lines("generic_person_nouns.txt"))

# agent-noun endings of a job a story may give first in an attribution ("grain buyer")
_AGENT_ENDS = ("er", "or", "ist", "ian")

# what may follow the description: its cue, or the end of an inverted attribution
# ('said the retired grain buyer.'), never "of" / "to" / a comma and a name
_AFTER_RE = re.compile(r"[ \t]*(?:[.!?\n\"”]|\Z)")


def _fresh_head(mention: str) -> str | None:
    """The head of a bare description that can be a new description of one person:
    a title or job noun, or an agent noun with a modifier, never a generic noun.

    >>> _fresh_head("the retired grain buyer"), _fresh_head("the engineer")
    ('buyer', 'engineer')
    >>> _fresh_head("the narrator"), _fresh_head("the woman"), _fresh_head("the new movement")
    (None, None, None)
    """
    head = _echoed_head(mention)
    if head is None or head in _GENERIC:
        return None
    if head in _PERSON_NOUNS:
        return head
    if len(mention.split()) >= 3 and head.endswith(_AGENT_ENDS):
        return head
    return None


def _noun_used_before(text: str, head: str, before: int) -> bool:
    """Does ``head`` (or its plural) occur as a word in ``text`` before ``before``?

    >>> _noun_used_before("A buyer came. Later", "buyer", 19)
    True
    >>> _noun_used_before("director of water engineering. The", "engineer", 34)
    False
    """
    return (
        re.search(r"(?<![\w-])" + re.escape(head) + r"(?:s|es)?(?![\w-])", text[:before], re.I)
        is not None
    )


def description_first_used(an, quotes) -> None:
    """Give an unresolved "the retired grain buyer" whose noun is new to the article the
    person with a full name quoted in the statement just before it (same paragraph or up
    to two paragraphs on, nobody else named between, no gender clash), when the story
    set that person's first mention off with a comma ("Harold Roe, 74, who ...", "The
    director of roads, Ann Roe, said"); a bare "Ann Roe said" keeps the description.

    >>> description_first_used(None, [])
    """
    for k in range(1, len(quotes)):
        q = quotes[k]
        if _unresolved_description(q) is None or (q.cue or "").lower() in _ANSWER_CUES:
            continue
        head = _fresh_head(q.mention)
        p = quotes[k - 1]
        if head is None or p.stype != "person" or " " not in (p.speaker or ""):
            continue
        if (p.mention or "").lower().startswith(("a ", "an ", "one ", "another ")):
            continue  # (an unnamed person the rules gave a name to)
        rest = an.text[q.m_end : q.m_end + 40].lstrip()
        if not (q.cue and rest.startswith(q.cue)) and _AFTER_RE.match(rest) is None:
            continue  # ("the former top aide to ...", "the chief executive, NAME,")
        lo, hi = max(p.end, p.m_end), min(q.start, q.m_start)
        if hi < lo or len(_PARAGRAPH_BREAK_RE.findall(an.text, lo, hi)) > 2:
            continue
        if _noun_used_before(an.text, head, q.m_start):
            continue  # (introduced or another referent: the echo rules' case)
        if _other_name_between(an, lo, hi, p.speaker):
            continue
        first = an.text.find(p.speaker)
        if first < 0 or not an.text.startswith(",", first + len(p.speaker)):
            continue  # (a person the story never described: the description stays)
        want = "f" if head.endswith(("woman", "wife", "mother")) else None
        want = "m" if head.endswith("man") and not want else want
        g = _person_gender(an, p.speaker)
        if want and g and g != want:
            continue
        q.speaker, q.stype = p.speaker, "person"
