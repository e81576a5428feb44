"""Question-and-answer exchanges quoted as dialogue in a court or hearing story: a
lawyer's question ('"Did you read the memo?" asked Ann Roe.') and the witness's answer
right after it, in the next paragraph ('"I read it," he answered.', or a plain quoted
paragraph with no attribution of its own), then the next question ('"And you signed
it?" she asked.'). This module owns the turns of such an exchange: an answer is never
the asker's, and a "he"/"she" question after an answer is the earlier asker's.
"""

from __future__ import annotations

import re

from .titles import _person_gender

_ASK_CUES = frozenset(("asked", "asks"))
_ANSWER_CUES = frozenset(("answered", "answers", "replied", "replies", "responded", "responds"))
_PRONOUN_GENDER = {"he": "m", "she": "f"}


# a question put to the one who answers names him or her: "you", "your"
_SECOND_PERSON_RE = re.compile(r"\b(?:[Yy]ou|[Yy]our)\b")


def _question(text, q):
    """Is ``q`` a quoted question turn put to someone: a direct quote with "asked" that
    ends in "?" and says "you" or "your" ("Did you read it?"; not a rhetorical "Are we
    supposed to move, then?")?"""
    if q.cue not in _ASK_CUES or q.kind != "direct":
        return False
    words = text[q.start : q.end].rstrip()
    return words.endswith("?") and _SECOND_PERSON_RE.search(words) is not None


def opens_answer(text, head, q):
    """Is the carried quote ``q`` a paragraph answering the quoted question ``head``
    ('"Did you sign it?" asked Ann Roe.\\n\\n"I signed it."')?

    >>> from analysis.quotes.cues import Quote
    >>> t = '"Did you sign it?" asked Ann Roe.\\n\\n"I signed it."'
    >>> h = Quote(1, 17, "direct", "asked", 19, 24, "Ann Roe", 25, 32)
    >>> q = Quote(36, 48, "direct", "asked", 19, 24, "Ann Roe", 25, 32)
    >>> q.attribution = "carried"
    >>> opens_answer(t, h, q)
    True
    """
    return q.attribution == "carried" and _question(text, head) and _next_paragraph(text, head, q)


def _next_paragraph(text, p, q):
    """Does ``q`` open the paragraph right after the one that holds ``p``?"""
    gap = text[p.end : q.start]
    return gap.count("\n\n") == 1 and q.start - p.end < 400


def _fits(an, speaker, mention):
    """Does the pronoun ``mention`` (or none) fit the person ``speaker``'s gender?"""
    g = _PRONOUN_GENDER.get((mention or "").lower())
    if g is None:
        return True
    own = _person_gender(an, speaker)
    return own is None or own == g


def exchange_turns(an, quotes):
    """Give the answer after a quoted question (an "answered"/"replied" pronoun turn or
    a quoted paragraph carried from the question) the last other person quoted before
    the question, and a "he"/"she" question right after such an answer the asker of
    the question before it. Speaker strings only; other quotes are left alone.

    >>> import pandas as pd, analysis
    >>> t = ('Ann Roe, the guide, told the inquest that the ice was thick.\\n\\n'
    ...      '"Did you check it?" asked Jo Fenn, the family lawyer.\\n\\n'
    ...      '"I checked it twice," she answered.')
    >>> analysis.extract_quotes(pd.DataFrame({"article_id": [1], "text": [t]}))["speaker"].tolist()
    ['Ann Roe', 'Jo Fenn', 'Ann Roe']
    """
    text = an.text
    if "?" not in text:
        return
    persons = _PersonsBefore(quotes)
    for i in range(1, len(quotes)):
        p, q = quotes[i - 1], quotes[i]
        if not _question(text, p) or not p.speaker or not _next_paragraph(text, p, q):
            continue
        carried = q.attribution == "carried" and q.m_start == p.m_start
        if not carried and q.cue not in _ANSWER_CUES:
            continue  # no answer turn
        if carried or (q.speaker == p.speaker and (q.mention or "").lower() in _PRONOUN_GENDER):
            who = persons.other_before(i - 1, p.speaker)
            if who is None or not _fits(an, who, None if carried else q.mention):
                continue
            q.speaker, q.stype = who, "person"
        if i + 1 < len(quotes):
            _next_question(an, text, p, q, quotes[i + 1])


class _PersonsBefore:
    """The last person speaker before ``quotes[k]`` other than a given one, for ``k``
    that never decreases over the calls (the rows before ``k`` no longer change then):
    the rows are read once, keeping the last person speaker and the last one other
    than it, not walked back from each answer.

    >>> class Q:
    ...     def __init__(self, speaker, stype="person"):
    ...         self.speaker, self.stype = speaker, stype
    >>> qs = [Q("Ann Roe"), Q("Jo Fenn"), Q("Jo Fenn"), Q("the court", "organization"), Q(None)]
    >>> p = _PersonsBefore(qs)
    >>> p.other_before(0, "Jo Fenn"), p.other_before(3, "Jo Fenn"), p.other_before(5, "Ann Roe")
    (None, 'Ann Roe', 'Jo Fenn')
    """

    def __init__(self, quotes):
        self.quotes, self.k = quotes, 0
        self.last = self.other = None  # the last person speaker; the last other than it

    def other_before(self, k, asked):
        """The last person speaker before ``quotes[k]`` other than ``asked``, or None."""
        for r in self.quotes[self.k : k]:
            if r.stype == "person" and r.speaker and r.speaker != self.last:
                self.last, self.other = r.speaker, self.last
        self.k = max(self.k, k)
        return self.last if self.last != asked else self.other


def _next_question(an, text, p, q, n):
    """Give the "he"/"she" question ``n`` right after the answer ``q`` to the question
    ``p`` the asker of ``p`` when the pronoun fits, or when it went to someone outside
    the exchange (neither asker nor answerer: a man named inside an earlier quote)."""
    if (
        _question(text, n)
        and (n.mention or "").lower() in _PRONOUN_GENDER
        and n.speaker != p.speaker
        and _next_paragraph(text, q, n)
        and (_fits(an, p.speaker, n.mention) or n.speaker != q.speaker)
    ):
        n.speaker, n.stype = p.speaker, "person"
