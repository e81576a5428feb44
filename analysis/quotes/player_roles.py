"""Players described by their position ("the rookie forward", "the veteran reliever")
right after the story mentioned one player, even only as a possessor
("Blackwood-Osei's goal was her first. '...,' the rookie forward said"): that
player, when nobody else is named between and the article never gives that person
another role (a coach, a referee).
"""

from __future__ import annotations

import bisect
import re

from .antecedents import _set_person
from .blocks import MASK
from .kin import _PARAGRAPH_BREAK_RE
from .lexicon import _lines
from .mentions import _ALL
from .usage import _never_a_person

# words one per whitespace on each line of player_role_nouns.txt
_PLAYER_HEADS = frozenset(w for line in _lines("player_role_nouns.txt") for w in line.split())

# heads with another common sense ("the health centre", "the security guard"): a player
# only when the article writes the head as that player's title ("centre Ann Roe")
_PLAYER_TITLED_HEADS = frozenset(
    w for line in _lines("player_role_nouns_titled.txt") for w in line.split()
)


# one of those heads written in lower case as a title before a full name ("centre Ann Roe")
_PLAYER_TITLED_HEAD_RE = re.compile(
    r"\b(?:" + "|".join(sorted(_PLAYER_TITLED_HEADS)) + r")[ \t]+[A-Z][\w'’-]+[ \t]+[A-Z]"
)


def player_titled_head(an, q, head):
    """Is ``head`` of the mention one of ``_PLAYER_TITLED_HEADS`` that the article wrote
    as a lower-case title before a full name before the mention ("centre Ann Roe ... the
    fifth-year centre said": a player, no organisation)?

    >>> from types import SimpleNamespace as N
    >>> player_titled_head(N(text="from centre Ann Roe. The centre"), N(m_start=20), "centre")
    True
    >>> player_titled_head(N(text="The Health Centre said"), N(m_start=0), "centre")
    False
    """
    if head not in _PLAYER_TITLED_HEADS:
        return False
    return _PLAYER_TITLED_HEAD_RE.search(an.text, 0, q.m_start) is not None


def _player_titled_so(text, head, name):
    """Does ``text`` write ``head`` as a title right before the full ``name``?

    >>> _player_titled_so("19 points from centre Ann Roe.", "centre", "Ann Roe")
    True
    >>> _player_titled_so("Ann Roe runs the centre.", "centre", "Ann Roe")
    False
    """
    return f"{head} {name}" in text or f"{head.capitalize()} {name}" in text


# "the rookie forward", "The veteran left-handed reliever": the, up to two lower-case
# modifiers, a lower-case head
_PLAYER_MENTION_RE = re.compile(r"[Tt]he(?:[ \t]+[a-z][a-z-]*){0,2}[ \t]+([a-z]+)\Z")

# a role that is no player's, written right before a name ("coach Ann Roe") or in an
# apposition just after it ("Roe, the head coach,")
_PLAYER_OTHER_ROLES = (
    r"(?:coach|manager|referee|umpire|commissioner|president|owner|trainer|minister|"
    r"mayor|chair|director|spokesperson|spokesman|spokeswoman|executive|agent|lawyer)"
)
_PLAYER_ROLE_BEFORE_RE = re.compile(
    r"\b" + _PLAYER_OTHER_ROLES + r"[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,2}\Z", re.I
)
# someone's relation or helper apposed before the name ("her agent, Marc Roe,"; "his
# father, Tom Roe,"): another person than the player
_PLAYER_OWNED_BEFORE_RE = re.compile(
    r"\b(?:his|her|their|its)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*,[ \t]+"
    r"(?:[A-Z][\w'’.-]*[ \t]+){0,2}\Z"
)
_PLAYER_ROLE_AFTER_RE = re.compile(
    r"[\w'’-]*,[ \t]+(?:the|a|an|its|their|his|her)[ \t]+(?:[\w-]+[ \t]+){0,2}"
    + _PLAYER_OTHER_ROLES
    + r"\b",
    re.I,
)

# "the Nova Scotia skip", "The Ontario goalie": the, one or two capitalised place words
# and a lower-case head
_PLAYER_PLACE_MENTION_RE = re.compile(r"[Tt]he(?:[ \t]+[A-Z][a-z]+){1,2}[ \t]+([a-z]+)\Z")


def _player_titled_before(text, lo, at, head):
    """Whether ``text[lo:at]`` ends with ``head`` as a title before a name ("Alberta
    skip Dana " before "Roe"): a player of another place than the one described.

    >>> _player_titled_before("Alberta skip Dana Roe", 0, 18, "skip")
    True
    """
    return re.search(rf"\b{head}[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){{0,2}}\Z", text[lo:at]) is not None


# an indefinite or definite apposition after a name, up to its end ("Obuya, a
# 20-year-old shortstop who plays in Iowa")
_PLAYER_APPOSITION_RE = re.compile(r"[\w'’-]*,[ \t]+(?:a|an|the)[ \t]+([^,.;\n]{1,60})")


def _player_other_position(text, end, head):
    """Does the name ending at ``end`` have an apposition giving another player
    position than ``head`` ("Obuya, a 20-year-old shortstop," for "the reliever")?

    >>> _player_other_position("Al Obuya, a young shortstop, said", 8, "reliever")
    True
    >>> _player_other_position("Al Obuya, a young shortstop, said", 8, "shortstop")
    False
    """
    a = _PLAYER_APPOSITION_RE.match(text, end, end + 80)
    if a is None:
        return False
    words = a.group(1).split()
    return head not in words and any(w in _PLAYER_HEADS for w in words)


# a locative preposition right before a name: a place ("on the bus in Vancouver")
_PLAYER_PLACE_BEFORE_RE = re.compile(r"\b(?:in|near)[ \t]+\Z")


def _resolve_player_mentioned(an, q, persons, reach=500):
    """Fill "the rookie forward" (a player's position, ``_PLAYER_HEADS``) with the
    person named last before it, possessive mentions included, within ``reach``
    characters and the same or the previous paragraph, when that person is never
    given another role next to the name; False if none.

    >>> import pandas as pd, analysis
    >>> t = 'Ana Roe scored. Roe’s goal won it. "I shot low," the rookie forward said.'
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [t]})).speaker.tolist()
    ['Ana Roe']
    """
    m = _PLAYER_MENTION_RE.match(q.mention)
    place = None
    if m is None:
        m = _PLAYER_PLACE_MENTION_RE.match(q.mention)
        if m is None or m.group(1) not in _PLAYER_HEADS:
            return False
        place = q.mention.split()[1:-1]  # "the Nova Scotia skip"
        if re.search(rf"{' '.join(place)}[ \t]+{m.group(1)}[ \t]+[A-Z]", an.text):
            return False  # ("Nova Scotia skip Ann Roe": place_titled.py's)
    titled_only = m.group(1) in _PLAYER_TITLED_HEADS
    if m.group(1) not in _PLAYER_HEADS and not titled_only:
        return False
    an.antecedents()
    at = min(q.start, q.m_start)
    name_pos = an.positions()
    i = bisect.bisect_left(name_pos, at) - 1
    for _ in range(2):  # ("His phone buzzed on the bus in Vancouver": a place, no player)
        if i > 0 and _PLAYER_PLACE_BEFORE_RE.search(an.text, max(0, name_pos[i] - 8), name_pos[i]):
            i -= 1
    if i < 0 or at - name_pos[i] > reach:
        return False
    pos, cw, g, _info = an.names[i]
    if an.masked is not None and an.masked[pos] == MASK:
        return False
    item = an.item_of(i, _ALL)
    name = an.canonical(item[1], item[2]) if item is not None and item[1] else an.canonical(cw, g)
    if " " not in name:
        return False  # (one word the article never gives as someone's surname)
    if _never_a_person(an, name) or len(_PARAGRAPH_BREAK_RE.findall(an.text, pos, at)) > 1:
        return False
    if player_other_role(an.text, name, m.group(1), place):
        return False  # ("coach Tom Vale", "her agent, Tom Vale,": not a player)
    if titled_only and not _player_titled_so(an.text, m.group(1), name):
        return False  # ("the health centre said": no player titled "centre Ann Roe")
    return _set_person(an, q, persons, name.split())


def player_other_role(text, name, head, place=False):
    """Does ``text`` give the person ``name`` a role that is no player's "<head>" at
    any of its surname's writings ("coach Tom Vale", "her agent, Tom Vale,", "Vale, the
    head coach,", another position)? ``place``: a place-titled player ("the Nova
    Scotia skip") is not one titled with the head before the name either.

    >>> player_other_role("Head coach Ruth Abbot said so.", "Ruth Abbot", "winger")
    True
    >>> player_other_role("Winger Tom Vale scored.", "Tom Vale", "winger")
    False
    """
    last = re.escape(name.split()[-1])
    for u in re.finditer(rf"\b{last}\b", text):
        lo = max(0, u.start() - 40)
        if (
            _PLAYER_ROLE_BEFORE_RE.search(text, lo, u.start())
            or _PLAYER_OWNED_BEFORE_RE.search(text, lo, u.start())
            or _PLAYER_ROLE_AFTER_RE.match(text, u.end(), u.end() + 60)
            or (place and _player_titled_before(text, lo, u.start(), head))
            or _player_other_position(text, u.end(), head)
        ):
            return True
    return False
