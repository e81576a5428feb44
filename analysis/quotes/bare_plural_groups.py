"""Plural people nouns outside the lexicon as sentence subjects that "they" can stand for
("Volunteers at the depot sorted coats on Saturday. They said A"; "Paddlers on the Sable
River complained. They said A"): a plural that opens a sentence is a group when it is an
agent noun ("-ers", "-ors", "-ists", "-ians": "volunteers", "commuters", "hunters") or a
listed people plural ("regulars", "locals"), is no listed thing ("Numbers", "Papers",
"Orders"), and a verb follows it, right away or after one place phrase ("at the depot",
"from the local branch"), with no determiner before it ("The growers have" is
``plural_subjects``'). Asked by ``groups._group_subject``, so such a subject written
after an earlier group or counted pair is the nearer antecedent ("Two volunteers, A and B,
walked the dike. Farmers along the road waved. They said": the farmers, not the pair)."""

from __future__ import annotations

import re

# plural endings of agent nouns ("hunters", "operators", "cyclists", "physicians")
_AGENT_ENDS = ("ers", "ors", "ists", "ians")

# people plurals with no agent ending, read like the agent nouns
_PEOPLE_PLURALS = frozenset(
    "regulars locals patrons participants attendees congregants youths teens".split()
)

# plurals with an agent ending that are things, never people ("Numbers released on
# Monday show ..."); capitalised sentence openers most often
_THING_PLURALS = frozenset(
    """numbers papers orders letters matters waters centers centres computers containers
    corners layers chapters offers powers barriers borders markers filters towers quarters
    headquarters rivers meters metres disasters shelters registers charters tractors motors
    sectors factors errors doors floors colors colours mirrors rumors rumours favors
    favours flavors flavours honors honours vectors reactors indicators generators
    elevators sensors processors tumors tumours corridors answers lists flowers fibers
    fibres summers winters posters banners waivers covers lasers trailers boilers heaters
    printers monitors servers browsers folders others remainders calendars cancers fevers
    leftovers scooters shutters stickers timers transfers tenders ledgers papers
    scissors manners cellars pillars dollars years hours""".split()
)

# after the noun: one place phrase at most, then a verb (an auxiliary, "say", a common
# irregular past or a past in "-ed")
_VERB_NEXT_RE = re.compile(
    r"[ \t]+(?:(?:at|from|on|in|with|along|near|outside|inside|across|around|behind|of|for)"
    r"[ \t]+[^,.;:!?\n\"“”()]{1,60}?[ \t]+)?"
    r"(?:have|had|are|were|will|would|could|can|did|do|say|said|told|know|knew|came|went|"
    r"met|spent|took|gave|sat|stood|began|ran|kept|brought|held|made|got|saw|found|"
    r"[a-z]{3,}ed)\b"
)


# a determiner or number right before the subject: "The growers have" is read with its
# determiner by ``plural_subjects.plural_subject_before`` ("the growers"), not here
_DETERMINER_BEFORE_RE = re.compile(
    r"(?:^|[^\w'’])(?:the|these|those|both|all|many|most|some|other|several|two|three|four|"
    r"five|six|seven|eight|nine|ten|dozens|of|\d+)[ \t]+\Z",
    re.I,
)


def bare_people_plural(text: str, noun: str, end: int, first: int | None = None) -> bool:
    """Is ``noun`` (a sentence subject ending at ``end`` in ``text``, its first word, a
    modifier or the noun, at ``first``) a bare plural of people outside the lexicon that a
    verb follows ("Paddlers on the river complained"; not "The growers have", which has a
    determiner)?

    >>> t = "Paddlers on the Sable River complained on Sunday."
    >>> bare_people_plural(t, "Paddlers", 8)
    True
    >>> t = "The paddlers complained on Sunday."
    >>> bare_people_plural(t, "paddlers", 12, 4)
    False
    >>> t = "Numbers released on Monday showed a drop."
    >>> bare_people_plural(t, "Numbers", 7)
    False
    >>> t = "Hunters, trappers and guides filled the hall."
    >>> bare_people_plural(t, "Hunters", 7)
    False
    """
    low = noun.lower()
    first = end - len(noun) if first is None else first
    if _DETERMINER_BEFORE_RE.search(text, max(0, first - 12), first) is not None:
        return False
    if low in _THING_PLURALS or not (low.endswith(_AGENT_ENDS) or low in _PEOPLE_PLURALS):
        return False
    return _VERB_NEXT_RE.match(text, end) is not None
