"""Sports teams named before "the team" (``team_named_before``): a description "the
team" / "the club" stands for the team the article last named by its full name, a
capitalised "the <Place> <Plural>" run ("the Harbourton Valley Otters") or any "the <Name>" set off by an apposition
calling it a team ("The Winnipeg Whiteshell, the city's basketball team,"), as "the
company" stands for the company named before (``org_nearest``); when that sentence
opens with another team as its subject ("The Halifax Ravens traded Ann Roe to the
Kelso Falcons."), the subject team."""

from __future__ import annotations

import re

from .blocks import MASK
from .lexicon import _lines

# "the Kelso Ridge Falcons", "The Halifax Ravens": "the", one to three capitalised
# words, then a capitalised plural; never a name going on ("the Falcons' coach",
# "the United States of ...")
_TEAM_NAME_RE = re.compile(
    r"(?<![\w'’-])[Tt]he[ \t]+((?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][a-z]+s)\b"
    r"(?![ \t]+of\b|['’-])"
)

# a team whose name is no plural, set off by an apposition that calls it a team or a
# club ("The Winnipeg Whiteshell, the city's professional women's basketball team,")
_APPOSED_TEAM_RE = re.compile(
    r"(?<![\w'’-])[Tt]he[ \t]+((?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][a-z][\w'’-]*),[ \t]+"
    r"(?:the|an?)[ \t][^,.;:\n]{0,80}?[ \t](?:team|club),"
)

# a team's short form: "the Warriors", "The Warriors'" (its last word after "the")
_TEAM_SHORT_RE = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+([A-Z][a-z]+s)\b(?!-)")

# last words of such a run that are no team's (events, parties, countries, places)
_TEAM_NOT_LAST = frozenset(_lines("team_name_nonteams.txt")) | frozenset(
    w for w in _lines("geographic_heads.txt") if w.endswith("s")
)

# what may stand before a sentence's subject: spaces and an upper-case dateline
# ("HALIFAX — ")
_SUBJECT_LEAD_RE = re.compile(r"[ \t]*(?:[A-Z][A-Z.,' \t-]*[ \t]+[—–-]+[ \t]*)?")

# the descriptions of a team
TEAM_DESCRIPTIONS = frozenset(("the team", "the club"))
# the same with lower-case modifiers ("the baseball club", "the summer-collegiate
# baseball club", "the junior hockey team")
_TEAM_DESCRIPTION_RE = re.compile(r"the(?:[ \t]+[a-z][a-z-]*){1,3}[ \t]+(?:team|club)")


def is_team_description(lm):
    """Is the lower-case mention ``lm`` a description of a sports team?

    >>> is_team_description("the summer-collegiate baseball club"), is_team_description("the team")
    (True, True)
    >>> is_team_description("the club's owner")
    False
    """
    return lm in TEAM_DESCRIPTIONS or (
        lm.endswith(("team", "club")) and _TEAM_DESCRIPTION_RE.fullmatch(lm) is not None
    )


def team_named_before(an, at, reach=3000):
    """The full name of the sports team named last before ``at`` outside quotations
    (``an``: the article's analysis, its ``text`` and ``masked``), or None.

    >>> class _A:
    ...     text = masked = "The Kelso Ridge Falcons won. The team said so."
    >>> team_named_before(_A(), 29)
    'Kelso Ridge Falcons'
    """
    text = an.text
    lo = max(0, at - reach)
    found = []
    matches = list(_TEAM_NAME_RE.finditer(text, lo, at))
    if " team," in text[lo:at] or " club," in text[lo:at]:
        matches = sorted(
            matches + list(_APPOSED_TEAM_RE.finditer(text, lo, at)), key=lambda m: m.start()
        )  # ("The Winnipeg Whiteshell, the city's basketball team,": no plural)
    for m in matches:
        name = m.group(1)
        if name.rsplit(None, 1)[-1] in _TEAM_NOT_LAST:
            continue
        if an.masked is not None and an.masked[m.start(1)] == MASK:
            continue  # (named inside a quotation)
        found.append(m)
    if not found:
        return None
    team = _team_subject_of_sentence(text, found)
    name = " ".join(team.group(1).split())
    return (
        _team_short_after(an, found, team, at) or _short_before_in_sentence(an, found, team) or name
    )


def _short_before_in_sentence(an, found, team):
    """The full name of another team of ``found`` whose short form stands before
    ``team`` in the sentence naming it, outside quotations ("... as the Harriers beat
    the Wenatchee Pines 5-3.": the Harriers, the team the sentence is about, not the
    opponent named last); None when there is none.

    >>> class _A:
    ...     text = masked = ("The Kelso Falcons won twice. On Friday, Roe scored as the "
    ...                      "Falcons beat the Moose Jaw Warriors. The team said so.")
    >>> ms = list(_TEAM_NAME_RE.finditer(_A.text))
    >>> _short_before_in_sentence(_A(), ms, ms[-1])
    'Kelso Falcons'
    """
    text = an.text
    lo = max(text.rfind(". ", 0, team.start()), text.rfind("\n", 0, team.start())) + 1
    own = team.group(1).split()[-1]
    names = {m.group(1).split()[-1]: " ".join(m.group(1).split()) for m in found}
    for m in _TEAM_SHORT_RE.finditer(text, lo, team.start()):
        if (
            m.group(1) != own
            and m.group(1) in names
            and (an.masked is None or an.masked[m.start(1)] != MASK)
        ):
            return names[m.group(1)]
    return None


def _team_short_after(an, found, team, at):
    """The full name of another team of ``found`` whose short form ("the Warriors" for
    "the Moose Jaw Warriors") is the last team mention between the end of the sentence
    naming ``team`` and ``at`` (the paragraph since is about that team), outside
    quotations; None when no short form of another team comes after it.

    >>> class _A:
    ...     text = masked = ("The Kelso Falcons beat the Moose Jaw Warriors. The Warriors "
    ...                      "had won six in a row. The team said so.")
    >>> ms = list(_TEAM_NAME_RE.finditer(_A.text))
    >>> _team_short_after(_A(), ms, ms[0], 85)
    'Moose Jaw Warriors'
    """
    text = an.text
    names = {}
    for m in found:
        names.setdefault(m.group(1).split()[-1], " ".join(m.group(1).split()))
    if len(names) < 2:
        return None
    s = found[-1].end()  # (an end at or past ``at`` names no paragraph since: not sought)
    ends = [text.find(". ", s, at + 1), text.find("\n", s, at)]
    lo = min((e for e in ends if e >= 0), default=-1)
    if lo < 0 or lo >= at:
        return None
    shorts = [
        m
        for m in _TEAM_SHORT_RE.finditer(text, lo, at)
        if m.group(1) in names and (an.masked is None or an.masked[m.start(1)] != MASK)
    ]
    if not shorts:
        return None
    last = _team_subject_of_sentence(text, shorts).group(1)  # ("The Falcons beat the Warriors.")
    return None if last == team.group(1).split()[-1] else names[last]


def _team_subject_of_sentence(text, found):
    """Of the team matches ``found`` (in text order), the last one, unless the sentence
    that names it opens with an earlier one (only an upper-case dateline before it):
    that subject team ("HALIFAX — The Halifax Ravens traded Ann Roe to the Kelso
    Falcons." -> the Ravens).

    >>> t = "The Halifax Ravens traded Ann Roe to the Kelso Falcons."
    >>> ms = list(_TEAM_NAME_RE.finditer(t))
    >>> _team_subject_of_sentence(t, ms).group(1)
    'Halifax Ravens'
    """
    last = found[-1]
    lo = max(text.rfind(". ", 0, last.start()), text.rfind("\n", 0, last.start())) + 1
    for m in found:
        if m.start() < lo:
            continue
        if m is not last and _SUBJECT_LEAD_RE.fullmatch(text, lo, m.start()) is not None:
            return m
        break
    return last
