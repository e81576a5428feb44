"""A speech noun's clause inside the subject of its sentence: "Her assertion that the
mill would close drew criticism from the union", "Lee's claim that the water was safe
was met with anger". The noun frames (``frames._noun_frames``) end such a clause at a
clause break; this module owns finding where the clause's own verb phrase ends and the
sentence's main predicate ("drew", "was met with", "angered") begins, so the content
stops there.
"""

from __future__ import annotations

import re

from .lexicon import _IRREGULAR_PAST, _VERBISH_NEXT

# the words of a content (a masked quotation is one word)
_TOKEN_RE = re.compile(r"[A-Za-z][\w'’\-]*|\d[\d.,]*|\x01+")

# what may stand before the speech noun at the sentence start: a determiner, or
# nothing ("Her assertion", "The mayor's warning", "The claim by Lee")
_SUBJECT_LEAD_RE = re.compile(r"[\s\"“‘']*(?:(?:The|A|An|This|That)[ \t]+)?\Z")

# auxiliaries and copulas that open a verb phrase
_AUX = _VERBISH_NEXT | {"am", "may", "shall", "won't", "wasn't", "isn't", "hasn't", "didn't"}

# the rest of a verb group after its first auxiliary ("would be built", "has not been")
_GROUP_WORDS = frozenset(("be", "been", "being", "not", "have", "never", "also", "still", "n't"))

# words that open a new clause inside the content, which then needs a verb of its own
_CLAUSE_OPENERS = frozenset(
    "that which who as because since if when while although though unless until after "
    "before once where whether than so".split()
)

# openers of an adverbial clause, whose subject is followed by its own verb: an "-ed"
# word there is that verb ("if the rain continued", "when the mine opened")
_SUBORDINATORS = frozenset(
    "if when while although though unless until after before once because since".split()
)

# "and"/"but"/"or" open a new clause when a subject word follows them
_SUBJECT_WORDS = frozenset("the a an it he she they we his her its their this these those".split())

# words after which a finite-looking word does not open the main predicate
_NOT_BEFORE_MAIN = frozenset(
    "to there it he she they we i you not and but or the a an his her its their our "
    "this these those some any no every each".split()
)

# prepositions after which an "-ed" word is a modifier ("repairs needed on the bridge")
_PREPS = frozenset(
    "on in at by for to from with of into over under about after before as near".split()
)


def _is_past(w):
    """Is ``w`` a past form that can open a predicate ("drew", "angered")?"""
    return w in _IRREGULAR_PAST or (
        len(w) > 4 and w.endswith("ed") and not w.endswith(("eed", "dred"))
    )


def subject_clause_end(masked, ss, np_lo, lo, hi):
    """End of the clause ``lo``..``hi`` of a speech noun whose noun phrase starts at
    ``np_lo``, the start of the sentence ``ss`` (perhaps after "The"): the start of the
    sentence's main predicate once the clause has had its verb phrase, else ``hi``.

    >>> t = "Her assertion that the mill would close drew criticism from the union."
    >>> t[19 : subject_clause_end(t, 0, 0, 19, len(t) - 1)].strip()
    'the mill would close'
    >>> t = "Her warning that the river would flood if the rain continued went unheeded."
    >>> t[16 : subject_clause_end(t, 0, 0, 16, len(t) - 1)].strip()
    'the river would flood if the rain continued'
    >>> t = "Critics said her assertion that the mill would close drew criticism."
    >>> subject_clause_end(t, 0, 13, 32, len(t) - 1) == len(t) - 1
    True
    """
    if _SUBJECT_LEAD_RE.match(masked[ss:np_lo]) is None or "," in masked[lo:hi]:
        return hi
    toks = list(_TOKEN_RE.finditer(masked, lo, hi))
    need_verb, group, prev, sub_at = True, False, "", -9
    for i, m in enumerate(toks):
        w = m.group()
        lw = w.lower()
        nxt = toks[i + 1].group().lower() if i + 1 < len(toks) else ""
        if lw in _CLAUSE_OPENERS or (lw in ("and", "but", "or") and nxt in _SUBJECT_WORDS):
            need_verb, group = True, False
            sub_at = i if lw in _SUBORDINATORS else -9
        elif (
            need_verb
            and i >= sub_at + 2
            and _is_past(lw)
            and prev not in _NOT_BEFORE_MAIN | _PREPS
            and nxt not in _PREPS
        ):
            need_verb, group = False, False  # "if the rain continued": the clause's own "-ed"
        elif group and (lw in _GROUP_WORDS or prev in _AUX or prev in _GROUP_WORDS):
            pass  # "would be built", "would close", "has not been kept"
        elif lw in _AUX:
            if not need_verb and prev not in _NOT_BEFORE_MAIN and i >= 2:
                return m.start()  # "the water was safe was met with"
            need_verb, group = False, True
        elif need_verb and (lw in _IRREGULAR_PAST) and i >= 1:
            need_verb, group = False, False  # "the town flooded" is left open: an "-ed"
        elif (
            not need_verb
            and _is_past(lw)
            and prev not in _NOT_BEFORE_MAIN
            and prev not in _PREPS
            and nxt
            and nxt not in _PREPS
        ):
            return m.start()  # "the mill would close drew criticism"
        else:
            group = False
        prev = lw
    return hi
