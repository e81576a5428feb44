"""A vote count's "said yes" / "said no": in "Eighty-seven per cent of the members who
voted said yes, the union said" the members cast ballots, they made no statement, so
"said yes" is no cue (the union's row stays). This module owns that test: "say" right
before a bare "yes" or "no" (the end of the clause or "to ..." after it) whose subject,
within a few words before the cue, holds a vote ("who voted", "that voted", "who cast
ballots", "of the ballots"), also in a fronted "Of ..." phrase before the subject's
comma ("Of the ballots cast, 60 per cent said yes"). A survey's or a person's answer ("61 percent of the growers
said yes", "He has said yes", "The mayor said no to the plan") stays a row.
"""

from __future__ import annotations

# the answer after the cue and what may follow it in a vote count
_ANSWERS = frozenset(("yes", "no"))
_AFTER_ANSWER = frozenset((".", ",", ";", "to", "in", "on", "and"))

# how far back from the cue the subject's vote may stand, and what ends the subject
_SUBJECT_REACH = 10
_SUBJECT_STOPS = frozenset((",", ";", ":", "said", "says", "say"))

# the words of a vote in the subject
_VOTE_WORDS = frozenset(("ballots", "ballot"))
_VOTE_VERBS = frozenset(("voted", "vote", "cast"))
_RELATIVES = frozenset(("who", "that"))


def vote_count_answer(c) -> bool:
    """Is the cue ``c`` (a Cue: ``toks``, ``k``, ``kend``, ``lemma``) the "said yes/no"
    of a vote count, whose subject holds a vote?

    >>> from types import SimpleNamespace as N
    >>> ws = "Most of the members who voted said yes .".split()
    >>> vote_count_answer(N(toks=[(0, 0, w) for w in ws], k=6, kend=7, lemma="say"))
    True
    >>> ws = "Most of the growers said yes .".split()
    >>> vote_count_answer(N(toks=[(0, 0, w) for w in ws], k=4, kend=5, lemma="say"))
    False
    """
    toks, k, kend = c.toks, c.k, c.kend
    if c.lemma != "say" or kend >= len(toks) or toks[kend][2].lower() not in _ANSWERS:
        return False
    if kend + 1 < len(toks) and toks[kend + 1][2].lower() not in _AFTER_ANSWER:
        return False  # ("said no injuries were reported": a clause)
    for x in range(k - 1, max(-1, k - 1 - _SUBJECT_REACH), -1):
        w = toks[x][2].lower()
        if w == ",":
            return _fronted_vote(toks, x)
        if w in _SUBJECT_STOPS:
            return False
        if w in _VOTE_WORDS or (
            w in _VOTE_VERBS and x >= 1 and toks[x - 1][2].lower() in _RELATIVES
        ):
            return True
    return False


def _fronted_vote(toks, comma):
    """Does a fronted partitive phrase end at the comma token ``comma`` and hold a vote
    ("Of the ballots cast, 60 per cent said yes", "Of those who voted, most said no"):
    "Of" opens the sentence's tokens ``toks`` and the phrase is a few words?

    >>> ws = "Of the ballots cast , most said yes .".split()
    >>> _fronted_vote([(0, 0, w) for w in ws], 4), _fronted_vote([(0, 0, w) for w in "Of the growers , most".split()], 3)
    (True, False)
    """
    if comma > _SUBJECT_REACH or not comma or toks[0][2] not in ("Of", "of"):
        return False
    for x in range(1, comma):
        w = toks[x][2].lower()
        if w in _VOTE_WORDS or (w in _VOTE_VERBS and toks[x - 1][2].lower() in _RELATIVES):
            return True
    return False
