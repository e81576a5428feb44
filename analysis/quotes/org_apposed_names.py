"""A body's description followed right away by its name after "the" ("the regional
sailing association the Coastal League", "the farmers' union the Prairie Growers
Union"): as a speaker the body is the name, never the whole phrase. Owns only that
reading of a description speaker typed as an organisation (roles._resolve_named).
"""

from __future__ import annotations

import re

# "the <lower-case description> the <Capitalised Name>" to its end: the description's
# head (group 1) and the name (group 2)
_DESCRIPTION_THEN_NAME_RE = re.compile(
    r"(?:the|a|an|its|their)[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,5}([a-z][\w'’-]*)"
    r"[ \t]+the[ \t]+([A-Z][\w'’.&-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’.&-]*){0,6})"
)


def apposed_org_name(desc: str, nouns: dict) -> str | None:
    """The name closing a description written "the <description> the <Name>" whose head
    is an organisation noun of ``nouns`` (speaker_nouns.txt), or None ("a group in the
    Bulkley Valley": a place, no name of the group).

    >>> nouns = {"association": "organization"}
    >>> apposed_org_name("the regional sailing association the Coastal League", nouns)
    'Coastal League'
    >>> apposed_org_name("the union", nouns) is None
    True
    """
    if " the " not in desc:
        return None  # (the cheap test first)
    m = _DESCRIPTION_THEN_NAME_RE.fullmatch(desc)
    if m is None or nouns.get(m.group(1)) != "organization":
        return None
    return m.group(2)
