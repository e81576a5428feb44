"""Bare descriptions the article gave in apposition: this module owns "the father of
three said" / "the welder said" when the article wrote that very description after a
name before ("Tom Vale, a father of three, ..."): given to exactly one person, that
person is the speaker ("Tom Vale, a father of three, ... Ben Ash, a father of two,
... the father of three said": Tom Vale, though Ben Ash was named last); given to two
people ("Tom Vale, a welder, ... Ben Ash, a welder, ... the welder said"), the noun
stays, as for an age given to two people (``kin._two_aged``). The search reads a
bounded stretch before the mention (no article scan per quote).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .antecedents import _set_person
from .lede_named_next import _JOB_NOUNS, _PERSON_NOUNS, _ROLE_CUES
from .lexicon import _SENT_START_STOP
from .names import _person_like

# "the father" followed in the text by "of three" / "of 2" (the mention stops at the noun)
_COUNT_OF_RE = re.compile(
    r"[ \t]+of[ \t]+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b"
)

# the mention: "the" and one to three lower-case words, no age ("the 19-year-old" is kin's)
_DESC_MENTION_RE = re.compile(r"[Tt]he((?:[ \t]+[a-z][a-z'’-]*){1,3})")

# the name right before ", a <description>": two or three capitalised words
_NAME_END_RE = re.compile(r"((?:[A-Z][\w'’.-]*[ \t]+){1,2}[A-Z][\w'’-]*[a-z])\Z")


@lru_cache(maxsize=256)
def _apposed_rx(desc):
    """ ", a <desc>" closed by a punctuation mark or a following phrase ("from
    Kelowna", "who ..."), for the description words ``desc`` (lower case)."""
    words = r"[ \t]+".join(re.escape(w) for w in desc.split())
    return re.compile(
        r",[ \t]+an?[ \t]+" + words + r"(?=[ \t]*[,.;:)—–]|[ \t]+"
        r"(?:from|in|of|at|with|who|for|on|and)\b)"
    )


# the first word after each ", a" / ", an" of the text: every match of ``_apposed_rx``
# opens with one of them (a description's first word is one whole run of these
# characters), so a description whose first word is not among them has no match
_APPOSED_FIRST_RE = re.compile(r",[ \t]+an?[ \t]+([a-z][a-z'’-]*)")


def _apposed_firsts(an, src):
    """The set of words written right after ", a" / ", an" in ``src`` (once per
    article, in ``an.scan_memo``): the gate of ``_apposed_all`` (speed68).

    >>> class An: scan_memo = {}
    >>> sorted(_apposed_firsts(An, "Tom Vale, a welder, and Ann Roe, an old friend, came."))
    ['old', 'welder']
    """
    got = an.scan_memo.get("apposed_firsts")
    if got is None:
        got = an.scan_memo["apposed_firsts"] = frozenset(_APPOSED_FIRST_RE.findall(src))
    return got


def _apposed_all(an, desc):
    """[(position, surname, name words)] of every "NAME, a <desc>" of the article
    outside quotations, in order: one pass per description and article (memoised in
    ``an.scan_memo``), so that many "the official said" read the article once; none
    when no ", a" / ", an" of the article opens with the description's first word
    (no pattern compiled)."""
    memo = an.scan_memo.setdefault("apposed_descriptions", {})
    got = memo.get(desc)
    if got is not None:
        return got
    got = memo[desc] = []
    src = an.masked if an.masked is not None else an.text
    if desc.split(None, 1)[0] not in _apposed_firsts(an, src):
        return got  # (the pattern below cannot match: its first word is never written)
    for a in _apposed_rx(desc).finditer(src):
        n = _NAME_END_RE.search(src, max(0, a.start() - 80), a.start())
        if n is None:
            continue
        cw = n.group(1).split()
        while cw and cw[0].lower() in _SENT_START_STOP:
            cw = cw[1:]
        if len(cw) >= 2 and _person_like(cw, an.lex, an.by_last_multi, "?"):
            got.append((n.start(), cw[-1], cw))
    return got


def _apposed_owners(an, q, reach=4000):
    """{surname: name words} of the people the ``reach`` characters before the mention
    "the <description>" (``q.mention``, with a following "of three"), outside
    quotations, gave that description in apposition ("Tom Vale, a father of three,")."""
    m = _DESC_MENTION_RE.fullmatch(q.mention)
    if m is None:
        return {}
    desc = m.group(1).split()
    count = _COUNT_OF_RE.match(an.text, q.m_end)
    if count is not None:
        desc += count.group().split()
    found = {}
    hits = _apposed_all(an, " ".join(desc))
    i = bisect.bisect_left(hits, (q.m_start - reach,))
    for pos, last, cw in hits[i:]:
        if pos >= q.m_start or len(found) > 1:
            break  # (two people are enough to keep the noun)
        found.setdefault(last, cw)
    return found


def described_twice(an, q):
    """Did the article give the description ``q.mention`` ("the welder") in apposition
    to two people ("Tom Vale, a welder, ... Ben Ash, a welder,"), so that the noun
    stays (no later guess of the person described)?"""
    return len(_apposed_owners(an, q)) > 1


def apposed_description(an, q, persons):
    """Fill the speaker of "the <description>" (``q.mention``, with a following "of
    three") that the article gave in apposition before it ("Tom Vale, a father of
    three,"): the one person given it; the noun itself when two people were given it.
    False when nobody was.

    >>> import pandas as pd, analysis
    >>> t = ("Tom Vale, a father of three, lost his job. Ben Ash, a father of two, lost "
    ...      "his too. The father of three said the plant closed.")
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [t]})).speaker[0]
    'Tom Vale'
    """
    found = _apposed_owners(an, q)
    if not found:
        return False
    if len(found) > 1:
        q.speaker, q.stype = q.mention, "unknown"  # (two of them: which one is not said)
        return True
    return _set_person(an, q, persons, next(iter(found.values())))


# endings of a job noun ("welder", "machinist", "librarian"), as kin's for an aged job
_JOB_ENDINGS = ("er", "or", "ist", "ian")

# "NAME, a welder," / "NAME, a retired welder.": one person noun in a short apposition
_SHORT_APPOSED_RE = re.compile(r",[ \t]+an?[ \t]+(?:[a-z][\w-]*[ \t]+)?([a-z][\w-]*)(?=[,.;])")


def other_job_apposed(an, canon, head, at):
    """Did the article, before ``at``, set off the person ``canon`` with a short
    apposition naming another person noun than ``head`` ("Tom Vale, a welder," before
    "the retired nurse said"), and never with ``head``, so that "the <head>" is not
    that person by default?

    >>> from analysis.quotes.mentions import _ArticleNames
    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "Tom Vale, a welder, lost his job. The retired nurse said it closed."
    >>> an = _ArticleNames(t, [(0, 33), (34, len(t))], lexicon(), None)
    >>> other_job_apposed(an, "Tom Vale", "nurse", 34), other_job_apposed(an, "Tom Vale", "welder", 34)
    (True, False)
    """
    last = canon.split()[-1]
    other = False
    for p, cw, _g, _info in an.by_last.get(last.lower(), ()):
        if p >= at:
            break
        e = an.text.find(cw[-1], p, p + 80)
        ap = _SHORT_APPOSED_RE.match(an.text, e + len(cw[-1])) if e >= 0 else None
        if ap is None:
            continue
        noun = ap.group(1)
        if noun == head:
            return False
        if (
            noun in _PERSON_NOUNS
            or noun in _ROLE_CUES
            or noun in _JOB_NOUNS
            or (len(noun) > 4 and noun.endswith(_JOB_ENDINGS))
        ):
            other = True
    return other
