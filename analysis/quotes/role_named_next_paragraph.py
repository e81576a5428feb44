"""Role named in the next paragraph: a statement whose speaker is still a bare definite
role ('"He stopped everything," the coach said of his goalie.'), in an article that has
not used that role word before, given the person the very next paragraph opens by naming
in apposition to the same role ("The Kingfishers' coach, Ann Roe, said ...") and who
speaks in that paragraph. This module owns that mid-article cataphora; the lede's held-back
descriptions are ``description_echoes._lede_description_held_back``'s. Speaker strings
only.
"""

from __future__ import annotations

import re

from .antecedents import _unresolved_description
from .lede_named_next import _PERSON_NOUNS, _ROLE_CUES
from .org_names import _PERSON_NOUN_ENDS

# a bare definite role: "the coach", "the head coach" (the head is the last word)
_THE_ROLE_RE = re.compile(r"the[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?([a-z][a-z-]+)")

# the next paragraph's opening: "The Kingfishers' coach, Ann Roe," / "Its head coach, ..."
_NEXT_ROLE_RE = re.compile(
    r"\n[ \t\n\xa0]*(?:The|Their|His|Her|Its)[ \t]+(?:[A-Z][\w'’.&-]*[ \t]+){0,4}"
    r"(?:[a-z][\w-]*[ \t]+){0,2}(?P<head>[a-z][a-z-]+),[ \t]+"
    r"(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}),"
)


def _role_head(lm):
    """The role word of a bare definite description, or None.

    >>> _role_head("the coach"), _role_head("the head coach"), _role_head("the team")
    ('coach', 'coach', None)
    """
    m = _THE_ROLE_RE.fullmatch(lm)
    if m is None:
        return None
    head = m.group(1)
    if head in _PERSON_NOUNS or head in _ROLE_CUES or head.endswith(_PERSON_NOUN_ENDS):
        return head
    return None


def role_named_next_paragraph(an, quotes):
    """Give an unresolved "the <role>" the person the next paragraph names in apposition
    to the same role, when the role word is new to the article and that person speaks
    in that paragraph.

    >>> from analysis.quotes.assemble import extract
    >>> t = ('"We won," Ann Lee said.\\n\\n"He was brilliant," the coach said of his goalie.'
    ...      "\\n\\nThe Hawks' coach, Tom Vale, said the team was tired.")
    >>> [q.speaker for q in extract(t)[0]]
    ['Ann Lee', 'Tom Vale', 'Tom Vale']
    """
    text = an.text
    for q in quotes:
        lm = _unresolved_description(q)
        if lm is None or (head := _role_head(lm)) is None:
            continue
        nl = text.find("\n", q.m_end)
        m = _NEXT_ROLE_RE.match(text, nl) if nl >= 0 else None
        if m is None or m.group("head") != head:
            continue
        if re.search(r"(?<![\w-])" + re.escape(head) + r"(?![\w-])", text[: q.m_start], re.I):
            continue  # (the role was written before: an earlier holder may be meant)
        last = m.group("name").split()[-1]
        firsts = [pos for pos, *_ in an.by_last.get(last.lower(), ())]
        if not firsts or min(firsts) < m.start("name"):
            continue  # (a new person only)
        p_end = text.find("\n", m.end())
        p_end = len(text) if p_end < 0 else p_end
        p = next(
            (
                r
                for r in quotes
                if m.end() <= r.start < p_end + 1
                and r.stype == "person"
                and (r.speaker or "").split()[-1:] == [last]
            ),
            None,
        )
        if p is not None:
            q.speaker, q.stype = p.speaker, "person"
