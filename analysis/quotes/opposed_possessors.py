"""Whose claim is rejected: this module owns the speaker of a speech noun's pronoun
possessor right after a verb of opposing it, "Tom Vale dismissed his assertion that
A", "rejected her claim that A", "scoffed at his suggestion that A": the one who
dismisses is not the one who asserted, so the possessor ("his") is never the named
subject of that verb; it takes the person of its gender named before that subject,
or stays unresolved. "Tom Vale repeated his claim that A" (no opposing verb) keeps
Tom Vale, and a named possessor ("disputed the union's suggestion") is no pronoun.
"""

from __future__ import annotations

import re

from .mentions import _SUBJ
from .repeated_claims import claim_repeated_by

# verbs (with their particles) by which a subject opposes another's statement
_OPPOSING_VERBS = (
    "dismiss(?:ed|es)?|reject(?:ed|s)?|disput(?:ed|es|e)|challeng(?:ed|es|e)|"
    "question(?:ed|s)?|den(?:ied|ies|y)|refut(?:ed|es|e)|rebut(?:ted|s)?|"
    "contradict(?:ed|s)?|counter(?:ed|s)?|mock(?:ed|s)?|ridicul(?:ed|es|e)|"
    "derid(?:ed|es|e)|debunk(?:ed|s)?|contest(?:ed|s)?|discount(?:ed|s)?|"
    "criticis(?:ed|es|e)|criticiz(?:ed|es|e)|doubt(?:ed|s)?|"
    "scoff(?:ed|s)?[ \t]+at|laugh(?:ed|s)?[ \t]+off|brush(?:ed|es)?[ \t]+(?:aside|off)|"
    "wav(?:ed|es|e)[ \t]+(?:off|away|aside)|shrug(?:ged|s)?[ \t]+off|"
    "push(?:ed|es)?[ \t]+back[ \t]+(?:on|against)|t(?:ook|akes|ake)[ \t]+issue[ \t]+with"
)

# from the subject's name (at the antecedent's position) to the possessor: up to four
# name words, an apposition set off by commas, auxiliaries and adverbs, the verb
_OPPOSED_RE = re.compile(
    r"[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}(?:,[^,;.\"“”\n]{1,80},)?[ \t]+"
    r"(?:(?:has|had|have|also|quickly|flatly|firmly|again|later|swiftly|publicly|"
    r"strongly|sharply|repeatedly|then|promptly|angrily)[ \t]+){0,3}"
    r"(?:" + _OPPOSING_VERBS + r")[ \t]+\Z"
)

# an opposing verb right before the possessor ("... dismissed her")
_OPPOSING_VERB_END_RE = re.compile(r"\b(?:" + _OPPOSING_VERBS + r")[ \t]+\Z")


def opposed_subject(text: str, subject_at: int, possessor_at: int) -> bool:
    """Is the name at ``subject_at`` the subject of a verb opposing the speech noun
    whose possessor pronoun starts at ``possessor_at`` ("Tom Vale dismissed his ...")?

    >>> t = "Tom Vale flatly dismissed his assertion that the dam leaks."
    >>> opposed_subject(t, 0, t.index("his"))
    True
    >>> t = "Tom Vale repeated his claim that the dam leaks."
    >>> opposed_subject(t, 0, t.index("his"))
    False
    """
    if not 0 <= subject_at < possessor_at or possessor_at - subject_at > 200:
        return False
    return _OPPOSED_RE.match(text, subject_at, possessor_at) is not None


def opposed_possessor(an, q, ref, persons, want, pick):
    """The antecedent (position, name) for the pronoun possessor ``q.mention`` ("his",
    "her") of a speech noun whose resolved antecedent ``ref`` is the named subject of
    an opposing verb right before it: the nearest person of gender ``want`` before that
    subject (a quoted speaker from ``persons`` or a clause subject found by
    ``pick(an, kind, at, want, reach)``) other than the subject, or None; ``ref``
    itself when the verb does not oppose ("Tom Vale repeated his claim").
    """
    if _OPPOSING_VERB_END_RE.search(an.text, max(0, q.m_start - 40), q.m_start) and (
        (said := claim_repeated_by(an, q, persons, want, ref[1])) is not None
    ):
        return said  # "Ann Roe said the dock was safe ... dismissed her claim that the dock"
    if not opposed_subject(an.text, ref[0], q.m_start):
        return ref
    best = _person_before(an, persons, ref, want)
    at = ref[0]
    for _ in range(3):
        sub = pick(an, _SUBJ, at, want, 3000)
        if sub is None or (best is not None and sub[0] <= best[0]):
            break
        if sub[1] != ref[1]:
            best = sub
            break
        at = sub[0]
    return best


def _last_other(persons, ref, want):
    """The plain walk: the last entry (position, name) of ``persons`` before ``ref``'s
    position, not ``ref``'s name, of gender ``want`` or none, or None.

    >>> _last_other([(0, "Al Roe", "m"), (9, "Ann Zorn", "f"), (20, "Tom Vale", "m")],
    ...             (30, "Tom Vale"), "m")
    (0, 'Al Roe')
    """
    for pos, canon, g in reversed(persons):
        if pos < ref[0] and canon != ref[1] and (g is None or g == want):
            return (pos, canon)
    return None


class _PersonsIndex:
    """``_last_other`` without the walk over runs of entries it must pass: per gender
    asked, the indices of ``persons`` that gender accepts (``g`` None or equal), each
    with the index (in that list) of the nearest earlier one of another name. Follows
    the list as it grows; a shortened or changed list is indexed again (entries are
    tuples added once, so the same object at the same place is the same entry)."""

    def __init__(self):
        self.seen: list = []  # the entries indexed, in order
        self.by_want: dict = {}  # want -> (indices, skip to the previous other name)

    def sync(self, persons):
        seen = self.seen
        n = min(len(seen), len(persons))
        while n and persons[n - 1] is not seen[n - 1]:
            n -= 1  # (``del persons[k:]`` and new entries after it)
        if n < len(seen):
            del seen[n:]
            for idx, skip in self.by_want.values():
                while idx and idx[-1] >= n:
                    idx.pop()
                    skip.pop()
        for i in range(len(seen), len(persons)):
            seen.append(persons[i])
            for want, (idx, skip) in self.by_want.items():
                self._add(persons, want, idx, skip, i)

    @staticmethod
    def _add(persons, want, idx, skip, i):
        g = persons[i][2]
        if g is not None and g != want:
            return
        k = len(idx) - 1  # the previous accepted entry
        skip.append(k if k < 0 or persons[idx[k]][1] != persons[i][1] else skip[k])
        idx.append(i)

    def last_other(self, persons, ref, want):
        """``_last_other(persons, ref, want)``."""
        self.sync(persons)
        got = self.by_want.get(want)
        if got is None:
            idx, skip = got = self.by_want[want] = ([], [])
            for i in range(len(persons)):
                self._add(persons, want, idx, skip, i)
        idx, skip = got
        at, name = ref
        k = len(idx) - 1
        while k >= 0:
            pos, canon, _g = persons[idx[k]]
            if canon == name:
                k = skip[k]  # (the run of entries of ref's own name before it)
            elif pos < at:
                return (pos, canon)
            else:
                k -= 1
        return None


def _person_before(an, persons, ref, want):
    """``_last_other(persons, ref, want)``, from an index of ``persons`` kept in the
    article's memo (a stand-in without ``scan_memo`` walks the list)."""
    memo = getattr(an, "scan_memo", None)
    if memo is None:
        return _last_other(persons, ref, want)
    index = memo.get("opposed_persons")
    if index is None or index[0] is not persons:
        index = memo["opposed_persons"] = (persons, _PersonsIndex())
    return index[1].last_other(persons, ref, want)
