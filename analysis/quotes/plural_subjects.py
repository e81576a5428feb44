"""A plural pronoun subject with no group before it ("The growers have filed an appeal.
In a joint letter, they said A"): the plural noun phrase that opens the sentence before,
"the growers", a determiner and a plural noun followed by a verb, is its antecedent."""

from __future__ import annotations

import bisect
import re

from .blocks import MASK
from .names import _plural_person_noun

# "The growers have", "These three bakers filed", "Both unions were": a determiner, up
# to two lower-case modifiers, a plural noun in -s, then a verb (an auxiliary or "-ed")
_PLURAL_SUBJECT_RE = re.compile(
    r"[ \t\n\"“]*(?:The|These|Those|Both|All)[ \t]+(?P<np>(?:[a-z][\w-]*[ \t]+){0,2}"
    r"[a-z]{2,}[^s\W]s)[ \t]+(?:have|had|are|were|will|would|could|did|do|[a-z]{3,}ed)\b"
)


def plural_subject_before(an, q):
    """(phrase, "group") for the plural noun phrase opening the sentence right before the
    one of ``q``'s "they" ("the growers"), or None.

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "The growers have filed an appeal. They said the rules were unfair."
    >>> class Q: m_start = start = t.index("They")
    >>> an = _ArticleNames(t, [(0, 33), (34, len(t))], lexicon(), None)
    >>> plural_subject_before(an, Q)
    ('the growers', 'group')
    """
    an.antecedents()
    si = bisect.bisect_right(an.ante[0], min(q.m_start, q.start)) - 1
    if si < 1:
        return None
    s0, s1 = an.sents[si - 1]
    if an.masked is not None and an.masked[s0 : s0 + 1] == MASK:
        return None
    m = _PLURAL_SUBJECT_RE.match(an.text, s0, s1)
    if m is None or not _people_noun(m.group("np").split()[-1], an.lex):
        return None  # ("The rules were changed. They said": no one)
    return "the " + m.group("np"), "group"


# plural endings of agent nouns ("growers", "operators", "dentists", "physicians")
_AGENT_ENDS = ("ers", "ors", "ists", "ians")


def _people_noun(noun, lex):
    """Is the plural ``noun`` people: a group or person noun of the lexicon, or an agent
    noun ending ("growers", "operators")?

    >>> from analysis.quotes.lexicon import lexicon
    >>> _people_noun("growers", lexicon()), _people_noun("rules", lexicon())
    (True, False)
    """
    return (
        noun.endswith(_AGENT_ENDS)
        or lex.nouns.get(noun) in ("group", "anonymous")
        or _plural_person_noun(noun, lex)
    )
